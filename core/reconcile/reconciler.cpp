// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reconcile/reconciler.h"

#include "core/reconcile/movementreconcile.h"

#include "core/csv/headermap.h"
#include "core/db/sqlrun.h"
#include "core/sql/sqlvalues.h"
#include "core/reports/openfindings.h"
#include "core/sql/figurerules.h"
#include "core/sql/sqldialect.h"
#include "core/model/enums.h"
#include "core/reconcile/reviewstore.h"
#include "core/util/masking.h"
#include "core/util/text.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlQuery>

#include <algorithm>
#include <functional>
#include <optional>
#include <tuple>

using namespace Qt::StringLiterals;

namespace seawall {
namespace {

// A day as the window's lists show it (2022-03-15), in any language.
QString iso(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QString number(qint64 value)
{
    return QLocale().toString(value);
}

// A check of one query: its statement, its binds, and the item a row
// makes (none where the row shows nothing wrong).
struct Check
{
    QString sql;
    QVariantList binds;
    std::function<std::optional<Discrepancy>(const QSqlQuery &row)> item;
};

// Of a row holding the company's id, code and name from `companyColumn` on.
Discrepancy item(DiscrepancyKind kind, const QSqlQuery &q, int companyColumn)
{
    return Discrepancy::about(kind, q.value(companyColumn).toLongLong(), q.value(companyColumn + 1).toString(),
                              q.value(companyColumn + 2).toString());
}

// The active persons of a company who are not exempt on the day: the base of
// the vaccination check. Binds the day four times.
QString activeNotExempt()
{
    return FigureRules::activePerson() + u" AND "_s + FigureRules::exemptPerson() + u" IS NOT TRUE"_s;
}

// A list of persons: their ID number, name and phone (masked as such),
// then the columns `more`.
void listPersons(RecordTable &table, const QStringList &more)
{
    table.headers = QStringList{QCoreApplication::translate("Reconcile", "ID number"),
                                QCoreApplication::translate("Reconcile", "Name"),
                                QCoreApplication::translate("Reconcile", "Phone")}
        + more;
    table.idNumberColumn = 0;
    table.phoneColumn = 2;
}

// One name an import met for a person, as person_name_variant and the
// batch hold it, with the person's record.
struct NameSeen
{
    qint64 personId = 0;
    qint64 companyId = 0;
    QString companyCode;
    QString companyName;
    QString idNumber;
    QString recordName;
    bool external = false;
    QString name;
    QString file;
    qint64 line = 0;
    QString fileKind;
    QDateTime seenAt;
};

// "张叁 (tests.csv, line 12)"; a roster row that renamed the person left the
// name it replaced.
QString sighting(const NameSeen &seen)
{
    if (seen.fileKind == csv::toCode(csv::FileKind::Personnel))
        return QCoreApplication::translate("Reconcile", "%1 (the name before %2, line %3)")
            .arg(seen.name, seen.file, number(seen.line));
    return QCoreApplication::translate("Reconcile", "%1 (%2, line %3)").arg(seen.name, seen.file, number(seen.line));
}

// One item for the names seen of one person (oldest first), leaving out any
// that now fold to the name on record (the record was corrected, or the
// file only padded the name); nullopt when none is left.
std::optional<Discrepancy> nameItem(const std::vector<NameSeen> &seen)
{
    const NameSeen &person = seen.front();
    const QString recordKey = foldName(person.recordName);
    QStringList names;
    QStringList phrases;
    qint64 sightings = 0;
    QDateTime last;
    for (const NameSeen &s : seen) {
        if (foldName(s.name) == recordKey)
            continue;
        ++sightings;
        last = std::max(last, s.seenAt);
        if (names.contains(s.name))
            continue;
        names << s.name;
        phrases << sighting(s);
    }
    if (names.isEmpty())
        return std::nullopt;
    Discrepancy i
        = Discrepancy::about(DiscrepancyKind::NameMismatch, person.companyId, person.companyCode, person.companyName);
    i.recordId = person.personId;
    i.date = last.date();
    i.first = names.size();
    i.second = sightings;
    // The names in the key: a name seen later, or the record renamed,
    // makes it a new item that a review of the old one does not hide.
    QStringList sorted = names;
    sorted.sort();
    i.key = person.idNumber + u'/' + person.recordName + u'/' + sorted.join(u'/');
    const QString seenList = QLocale().createSeparatedList(phrases);
    i.description = person.external
        ? QCoreApplication::translate("Reconcile", "ID number %1 (on no roster): recorded as %2; imported files say %3.")
              .arg(maskIdNumber(person.idNumber), person.recordName, seenList)
        : QCoreApplication::translate("Reconcile", "ID number %1: the roster says %2; imported files say %3.")
              .arg(maskIdNumber(person.idNumber), person.recordName, seenList);
    return i;
}

// The daily report a unit is counted by: the evening edition when it sent both.
const QString kCountedReport = FigureRules::countedReport();

} // namespace

Reconciler::Reconciler(Database &db) : m_db(db) {}

Result<std::vector<Discrepancy>> Reconciler::compute(const QDate &from, const QDate &to,
                                                     const QList<qint64> &companyIds) const
{
    const QString d = iso(to);
    // The checks of one query each: the item a row makes, none where the
    // row shows nothing wrong.
    std::vector<Check> checks;

    // Tests done as reported against the records of that company and day:
    // the count is a range of the nucleic_test_day index per report.
    checks.push_back(
        {u"SELECT r.id, r.company_id, c.code, c.name, r.report_date, r.tests_done,"
         u" (SELECT count(*) FROM nucleic_test t WHERE t.sampled_on = r.report_date AND t.company_id = r.company_id)"
         u" FROM daily_report r JOIN company c ON c.id = r.company_id"
         u" WHERE r.report_date >= ? AND r.report_date <= ? AND "_s
             + kCountedReport + SqlRun::inIds(u"r.company_id"_s, companyIds),
         {iso(from), d}, [](const QSqlQuery &q) -> std::optional<Discrepancy> {
             const qint64 reported = q.value(5).toLongLong();
             const qint64 counted = q.value(6).toLongLong();
             if (reported == counted)
                 return std::nullopt;
             Discrepancy i = item(DiscrepancyKind::TestCount, q, 1);
             i.recordId = q.value(0).toLongLong();
             i.date = SqlValues::toDate(q.value(4));
             i.key = i.companyCode + u'/' + iso(i.date);
             i.first = reported;
             i.second = counted;
             i.description = counted > reported
                 ? QCoreApplication::translate("Reconcile", "The report says %1 tests done; there are %2 test records, %3 more.")
                       .arg(number(reported), number(counted), number(counted - reported))
                 : QCoreApplication::translate("Reconcile", "The report says %1 tests done; there are %2 test records, %3 fewer.")
                       .arg(number(reported), number(counted), number(reported - counted));
             return i;
         }});

    // Persons on no roster, per company. The key holds the count and the
    // newest person, so that a review does not hide persons added later.
    checks.push_back(
        {u"SELECT p.company_id, c.code, c.name, count(*), max(p.id) FROM person p"
         u" JOIN company c ON c.id = p.company_id WHERE p.category = 'external'"_s
             + SqlRun::inIds(u"p.company_id"_s, companyIds) + u" GROUP BY p.company_id, c.id"_s,
         {}, [&to](const QSqlQuery &q) -> std::optional<Discrepancy> {
             Discrepancy i = item(DiscrepancyKind::OffRoster, q, 0);
             i.date = to;
             i.first = q.value(3).toLongLong();
             i.key = u"%1/%2/%3"_s.arg(i.companyCode).arg(i.first).arg(q.value(4).toLongLong());
             i.description = QCoreApplication::translate("Reconcile", "Persons on no roster (external): %1.").arg(number(i.first));
             return i;
         }});

    // Active persons, not exempt, with no dose by `to` or whose primary series
    // is not complete by then: the milestones kept on each person make it
    // one scan of the person_figures index.
    checks.push_back(
        {u"SELECT p.company_id, c.code, c.name,"
         u" sum(CASE WHEN p.first_dose_on IS NULL OR p.first_dose_on > ? THEN 1 ELSE 0 END),"
         u" sum(CASE WHEN p.first_dose_on <= ? AND (p.full_on IS NULL OR p.full_on > ?) THEN 1 ELSE 0 END)"
         u" FROM person p JOIN company c ON c.id = p.company_id WHERE "_s
             + activeNotExempt() + SqlRun::inIds(u"p.company_id"_s, companyIds) + u" GROUP BY p.company_id, c.id"_s,
         {d, d, d, d, d, d, d}, [&to](const QSqlQuery &q) -> std::optional<Discrepancy> {
             const qint64 none = q.value(3).toLongLong();
             const qint64 incomplete = q.value(4).toLongLong();
             if (none == 0 && incomplete == 0)
                 return std::nullopt;
             Discrepancy i = item(DiscrepancyKind::Unvaccinated, q, 0);
             i.date = to;
             i.first = none;
             i.second = incomplete;
             i.key = u"%1/%2/%3"_s.arg(i.companyCode).arg(none).arg(incomplete);
             i.description = QCoreApplication::translate("Reconcile", "Active persons with no vaccination: %1; with an incomplete primary series: %2.")
                                 .arg(number(none), number(incomplete));
             return i;
         }});

    // Days without a report from a unit that must report: one indexed look-up
    // per unit and day of the window.
    const QDate windowFrom = std::min(from, to.addDays(1 - kReportWindowDays));
    for (QDate day = windowFrom; day <= to; day = day.addDays(1))
        checks.push_back(
            {u"SELECT c.id, c.code, c.name FROM company c WHERE c.reports_daily = 1"_s
                 + SqlRun::inIds(u"c.id"_s, companyIds)
                 + u" AND NOT EXISTS (SELECT 1 FROM daily_report r WHERE r.report_date = ?"
                   u" AND r.company_id = c.id)"_s,
             {iso(day)}, [day, windowFrom, to](const QSqlQuery &q) -> std::optional<Discrepancy> {
                 Discrepancy i = item(DiscrepancyKind::MissingReport, q, 0);
                 i.date = day;
                 i.windowFrom = windowFrom;
                 i.windowTo = to;
                 i.key = i.companyCode + u'/' + iso(day);
                 i.description = QCoreApplication::translate("Reconcile", "No daily report for %1.").arg(iso(day));
                 return i;
             }});

    std::vector<Discrepancy> items;
    Status status;
    for (const Check &check : checks) {
        status = SqlRun::eachRow(m_db, check.sql, check.binds, [&](const QSqlQuery &q) {
            if (std::optional<Discrepancy> i = check.item(q))
                items.push_back(std::move(*i));
        });
        if (!status)
            return status.error();
    }

    // Findings overdue as of `to`.
    const Result<std::vector<OpenFinding>> overdue
        = OpenFindings::load(m_db, to, OpenFindings::Which::Overdue, companyIds);
    if (!overdue)
        return overdue.error();
    for (const OpenFinding &f : overdue.value()) {
        Discrepancy i = Discrepancy::about(DiscrepancyKind::OverdueFinding, f.companyId, f.companyCode, f.companyName);
        i.recordId = f.findingId;
        i.date = f.deadline;
        i.key = f.inspectionCode + u'/' + f.description;
        i.first = f.daysOverdue;
        i.description
            = QCoreApplication::translate("Reconcile", "“%1” (inspection %2): deadline %3, days overdue: %4.")
                  .arg(f.description, f.inspectionCode, iso(f.deadline), number(f.daysOverdue));
        items.push_back(std::move(i));
    }

    // Persons imported under another name than the one on record. Listed
    // whatever the range, like the persons on no roster: the conflict lasts
    // until the record or the files are put right, or it is reviewed; and
    // when a file was imported says nothing of the days its rows are about.
    // Differing names are rare, so their few rows are grouped here.
    std::vector<NameSeen> seen;
    status = SqlRun::eachRow(m_db,
                 u"SELECT p.id, p.company_id, c.code, c.name, p.id_number, p.name, p.category = 'external',"
                 u" v.name, b.file_name, v.line, v.file_kind, v.seen_at"
                 u" FROM person_name_variant v JOIN person p ON p.id = v.person_id"
                 u" JOIN company c ON c.id = p.company_id JOIN import_batch b ON b.id = v.batch_id"
                 u" WHERE b.undone_at IS NULL"_s
                     + SqlRun::inIds(u"p.company_id"_s, companyIds) + u" ORDER BY p.id, v.seen_at, v.id"_s,
                 {}, [&seen](const QSqlQuery &q) {
                     seen.push_back({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                                     q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                                     q.value(6).toInt() != 0, q.value(7).toString(), q.value(8).toString(),
                                     q.value(9).toLongLong(), q.value(10).toString(),
                                     QDateTime::fromString(q.value(11).toString(), Qt::ISODate)});
                 });
    if (!status)
        return status.error();
    for (size_t at = 0; at < seen.size();) {
        size_t end = at;
        while (end < seen.size() && seen[end].personId == seen[at].personId)
            ++end;
        if (auto i = nameItem({seen.begin() + qsizetype(at), seen.begin() + qsizetype(end)}))
            items.push_back(*i);
        at = end;
    }

    // The daily reports' people on the move against the registers.
    if (status = MovementReconcile::addItems(m_db, from, to, companyIds, items); !status)
        return status.error();

    const auto reviews = ReviewStore(m_db).all();
    if (!reviews)
        return reviews.error();
    for (Discrepancy &i : items)
        if (const auto found = reviews->constFind(ReviewStore::storageKey(i.kind, i.key)); found != reviews->cend())
            i.review = *found;

    std::stable_sort(items.begin(), items.end(), [](const Discrepancy &a, const Discrepancy &b) {
        return std::tie(a.kind, a.companyCode, a.date, a.key) < std::tie(b.kind, b.companyCode, b.date, b.key);
    });
    return items;
}

Result<RecordTable> Reconciler::records(const Discrepancy &item) const
{
    if (item.kind == DiscrepancyKind::NameMismatch)
        return nameRecords(item);
    if (item.kind == DiscrepancyKind::MovementCount)
        return MovementReconcile::records(m_db, item);
    RecordTable table;
    QString sql;
    QVariantList binds;
    // Persons as Chinese readers look for them: by name in pinyin.
    const QString byName = SqlDialect::byPinyin(m_db.backend(), u"p.name"_s);
    // Columns holding stored dates or enumeration codes, shown as such.
    QList<int> dates;
    int resultColumn = -1;
    int editionColumn = -1;
    int methodColumn = -1;
    int statusColumn = -1;
    switch (item.kind) {
    case DiscrepancyKind::TestCount:
        listPersons(table, {QCoreApplication::translate("Reconcile", "Sampled on"), QCoreApplication::translate("Reconcile", "Site"), QCoreApplication::translate("Reconcile", "Result"),
                            QCoreApplication::translate("Reconcile", "Lab")});
        sql = u"SELECT p.id_number, p.name, p.phone, t.sampled_on, t.site, t.result, t.lab FROM nucleic_test t"
              u" JOIN person p ON p.id = t.person_id WHERE t.sampled_on = ? AND t.company_id = ? ORDER BY "_s
              + byName + u", t.id"_s;
        binds = {iso(item.date), item.companyId};
        dates = {3};
        resultColumn = 5;
        break;
    case DiscrepancyKind::OffRoster:
        listPersons(table, {QCoreApplication::translate("Reconcile", "Test records"), QCoreApplication::translate("Reconcile", "Last test")});
        sql = u"SELECT p.id_number, p.name, p.phone,"
              u" (SELECT count(*) FROM nucleic_test t WHERE t.person_id = p.id),"
              u" (SELECT max(t.sampled_on) FROM nucleic_test t WHERE t.person_id = p.id)"
              u" FROM person p WHERE p.company_id = ? AND p.category = 'external' ORDER BY "_s
              + byName + u", p.id"_s;
        binds = {item.companyId};
        dates = {4};
        break;
    case DiscrepancyKind::Unvaccinated: {
        const QString d = iso(item.date);
        listPersons(table, {QCoreApplication::translate("Reconcile", "Department"), QCoreApplication::translate("Reconcile", "Primary doses"),
                            QCoreApplication::translate("Reconcile", "First dose on"), QCoreApplication::translate("Reconcile", "Status")});
        sql = u"SELECT p.id_number, p.name, p.phone, p.department,"
              u" (SELECT count(*) FROM vaccination v WHERE v.person_id = p.id AND v.dose <> 'booster'"
              u" AND v.vaccinated_on <= ?),"
              u" CASE WHEN p.first_dose_on <= ? THEN p.first_dose_on END,"
              u" CASE WHEN p.first_dose_on IS NULL OR p.first_dose_on > ? THEN 0 ELSE 1 END"
              u" FROM person p WHERE p.company_id = ? AND "_s
            + activeNotExempt()
            + u" AND (p.first_dose_on IS NULL OR p.first_dose_on > ? OR p.full_on IS NULL OR p.full_on > ?)"
              u" ORDER BY "_s
            + byName + u", p.id"_s;
        binds = {d, d, d, item.companyId, d, d, d, d, d, d};
        dates = {5};
        statusColumn = 6;
        break;
    }
    case DiscrepancyKind::MissingReport:
        table.headers = {QCoreApplication::translate("Reconcile", "Date"), QCoreApplication::translate("Reconcile", "Edition"), QCoreApplication::translate("Reconcile", "On duty"), QCoreApplication::translate("Reconcile", "Away"), QCoreApplication::translate("Reconcile", "Arrivals"),
                         QCoreApplication::translate("Reconcile", "Under observation"), QCoreApplication::translate("Reconcile", "Tests done"), QCoreApplication::translate("Reconcile", "Anomalies")};
        sql = u"SELECT report_date, edition, on_duty, away, arrivals, under_observation, tests_done, anomalies"
              u" FROM daily_report WHERE company_id = ? AND report_date >= ? AND report_date <= ?"
              u" ORDER BY report_date, edition DESC"_s;
        binds = {item.companyId, iso(item.windowFrom), iso(item.windowTo)};
        dates = {0};
        editionColumn = 1;
        break;
    case DiscrepancyKind::NameMismatch:
    case DiscrepancyKind::MovementCount:
        break; // nameRecords(), MovementReconcile::records()
    case DiscrepancyKind::OverdueFinding:
        table.headers = {QCoreApplication::translate("Reconcile", "Inspection"), QCoreApplication::translate("Reconcile", "Inspected on"), QCoreApplication::translate("Reconcile", "Method"), QCoreApplication::translate("Reconcile", "Inspectors"), QCoreApplication::translate("Reconcile", "Finding"),
                         QCoreApplication::translate("Reconcile", "Deadline"), QCoreApplication::translate("Reconcile", "Status")};
        sql = u"SELECT i.code, i.inspected_on, i.method, i.inspectors, f.description, f.deadline, f.status"
              u" FROM finding f JOIN inspection i ON i.id = f.inspection_id WHERE f.id = ?"_s;
        binds = {item.recordId};
        dates = {1, 5};
        methodColumn = 2;
        break;
    }

    const Status status = SqlRun::eachRow(m_db, sql, binds, [&](const QSqlQuery &q) {
        QVariantList row;
        for (int column = 0; column < table.headers.size(); ++column) {
            const QVariant value = q.value(column);
            const QString text = value.toString();
            if (dates.contains(column))
                row << (value.isNull() ? QVariant() : QVariant(SqlValues::toDate(value)));
            else if (column == resultColumn)
                row << (parseEnum<TestResult>(text) ? displayName(*parseEnum<TestResult>(text)) : text);
            else if (column == editionColumn)
                row << (parseEnum<ReportEdition>(text) ? displayName(*parseEnum<ReportEdition>(text)) : text);
            else if (column == methodColumn)
                row << (parseEnum<InspectionMethod>(text) ? displayName(*parseEnum<InspectionMethod>(text)) : text);
            else if (item.kind == DiscrepancyKind::OverdueFinding && column == 6)
                row << (parseEnum<FindingStatus>(text) ? displayName(*parseEnum<FindingStatus>(text)) : text);
            else if (column == statusColumn)
                row << (value.toInt() == 0 ? QCoreApplication::translate("Reconcile", "No vaccination") : QCoreApplication::translate("Reconcile", "Primary series incomplete"));
            else
                row << value;
        }
        table.rows << row;
    });
    if (!status)
        return status.error();
    return table;
}

// The person's name on record, then each name imports met for them (oldest
// first) with the file, its line, the import and the day it was seen.
Result<RecordTable> Reconciler::nameRecords(const Discrepancy &item) const
{
    RecordTable table;
    table.headers = {QCoreApplication::translate("Reconcile", "ID number"), QCoreApplication::translate("Reconcile", "Name"),
                     QCoreApplication::translate("Reconcile", "Seen in"), QCoreApplication::translate("Reconcile", "Line"),
                     QCoreApplication::translate("Reconcile", "Import"), QCoreApplication::translate("Reconcile", "Seen on")};
    table.idNumberColumn = 0;
    QString recordKey;
    Status status = SqlRun::eachRow(m_db, u"SELECT id_number, name, category FROM person WHERE id = ?"_s, {item.recordId},
                        [&](const QSqlQuery &q) {
                            recordKey = foldName(q.value(1).toString());
                            const bool external = q.value(2).toString() == u"external"_s;
                            table.rows << QVariantList{q.value(0), q.value(1),
                                                       external ? QCoreApplication::translate("Reconcile", "On record (on no roster)")
                                                                : QCoreApplication::translate("Reconcile", "Roster"),
                                                       QVariant(), QVariant(), QVariant()};
                        });
    if (!status)
        return status.error();
    status = SqlRun::eachRow(m_db,
                 u"SELECT p.id_number, v.name, b.file_name, v.file_kind, v.line, v.batch_id, v.seen_at"
                 u" FROM person_name_variant v JOIN person p ON p.id = v.person_id"
                 u" JOIN import_batch b ON b.id = v.batch_id"
                 u" WHERE v.person_id = ? AND b.undone_at IS NULL ORDER BY v.seen_at, v.id"_s,
                 {item.recordId}, [&](const QSqlQuery &q) {
                     const QString name = q.value(1).toString();
                     if (foldName(name) == recordKey)
                         return;
                     const auto kind = csv::parseFileKind(q.value(3).toString());
                     const QString where = kind ? QCoreApplication::translate("Reconcile", "%1 (%2)")
                                                      .arg(q.value(2).toString(), csv::displayName(*kind))
                                                : q.value(2).toString();
                     table.rows << QVariantList{q.value(0), name, where, q.value(4).toLongLong(),
                                                q.value(5).toLongLong(),
                                                QDateTime::fromString(q.value(6).toString(), Qt::ISODate).date()};
                 });
    if (!status)
        return status.error();
    return table;
}

} // namespace seawall
