// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/briefing/briefingbuilder.h"

#include "core/briefing/movementsection.h"

#include "core/briefing/briefingstore.h"
#include "core/sql/sqldialect.h"
#include "core/db/sqlrun.h"
#include "core/sql/sqlvalues.h"
#include "core/sql/figurerules.h"
#include "core/figures/figuresengine.h"
#include "core/figures/figuresformat.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QVariantList>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace seawall {
namespace {

// The same rules as FiguresEngine, so that the charts and lists agree with
// the headline figures. Active binds D twice, rectified once.
const QString kActive = FigureRules::activePerson();
const QString kRectified = FigureRules::rectifiedFinding();
// The root company (no parent) last, the others by code, as in the table.
const QString kCompanyOrder = u"(c.parent_id IS NULL), c.code"_s;

constexpr int kChartDays = 14;

double milliHours(double hours)
{
    return std::round(hours * 1000.0) / 1000.0;
}

// Hours for a sentence: "8", "13.5".
QString hoursText(double hours)
{
    const double rounded = std::round(hours * 10.0) / 10.0;
    if (rounded == std::floor(rounded))
        return QString::number(qint64(rounded));
    return QString::number(rounded, 'f', 1);
}

} // namespace

BriefingBuilder::BriefingBuilder(Database &db)
    : m_db(db)
{
}

Result<Briefing> BriefingBuilder::build(const QDate &date, ReportEdition edition) const
{
    Briefing b;
    b.date = date;
    b.edition = edition;
    const BriefingStore store(m_db);
    b.issueNumber = store.issueNumberFor(date, edition);

    // The morning edition is printed before the day's data exist: it shows
    // the day before as of its end, and the day's morning reports so far.
    const QDate asOf = edition == ReportEdition::Morning ? date.addDays(-1) : date;
    const FiguresEngine engine(m_db);
    Result<Figures> now = engine.compute(asOf);
    if (!now)
        return now.error();
    Result<Figures> previous = engine.compute(asOf.addDays(-1));
    if (!previous)
        return previous.error();
    b.figures = now.value();
    b.previous = previous.value();
    b.missingUnits = b.figures.dailyReports.missing;
    if (edition == ReportEdition::Morning) {
        Result<Briefing::MorningReports> morning = morningReports(date);
        if (!morning)
            return morning.error();
        b.morningReports = morning.value();
    }

    const QString d = asOf.toString(Qt::ISODate);
    const QString next = asOf.addDays(1).toString(Qt::ISODate);

    // The group and the per-company table.
    QSet<qint64> roots;
    QHash<qint64, qint64> shifts;
    QHash<qint64, bool> zeroReport; // company → its day's report is a zero report
    Status status = SqlRun::eachRow(m_db, u"SELECT id FROM company WHERE parent_id IS NULL"_s, {},
        [&](const QSqlQuery &q) { roots.insert(q.value(0).toLongLong()); });
    if (status)
        status = SqlRun::eachRow(m_db,
            u"SELECT company_id, count(*) FROM volunteer_shift WHERE start_at >= ? AND start_at < ?"
            u" AND company_id IS NOT NULL GROUP BY company_id"_s,
            { d, next },
            [&](const QSqlQuery &q) { shifts.insert(q.value(0).toLongLong(), q.value(1).toLongLong()); });
    // The evening edition when there is one, as FiguresEngine counts it.
    if (status)
        status = SqlRun::eachRow(m_db,
            u"SELECT company_id, zero_report FROM daily_report WHERE report_date = ?"
            u" ORDER BY company_id, CASE edition WHEN 'evening' THEN 0 ELSE 1 END"_s,
            { d }, [&](const QSqlQuery &q) {
                const qint64 id = q.value(0).toLongLong();
                if (!zeroReport.contains(id))
                    zeroReport.insert(id, q.value(1).toInt() != 0);
            });
    if (!status)
        return status.error();

    std::vector<Briefing::CompanyRow> rootRows;
    for (const CompanyFigures &c : b.figures.companies) {
        Briefing::CompanyRow row;
        row.code = c.code;
        row.name = c.name;
        row.personnel = c.personnel;
        row.testsToday = c.testsOnDate;
        row.fullRate = c.fullRate;
        row.shiftsToday = shifts.value(c.id);
        row.findingsOpen = c.findingsOpen;
        if (!c.reported)
            row.report = Briefing::ReportState::NotRequired;
        else if (!zeroReport.contains(c.id))
            row.report = Briefing::ReportState::Missing;
        else
            row.report
                = zeroReport.value(c.id) ? Briefing::ReportState::Zero : Briefing::ReportState::Reported;
        if (roots.contains(c.id)) {
            if (b.groupName.isEmpty())
                b.groupName = c.name; // the first root by code, should there be several
            rootRows.push_back(row);
        } else {
            b.companies.push_back(row);
        }
    }
    b.companies.insert(b.companies.end(), rootRows.begin(), rootRows.end());

    // Tests per day, every day of the window present; and the day's pending
    // results, from the same scan.
    const QDate first = asOf.addDays(-(kChartDays - 1));
    for (int i = 0; i < kChartDays; ++i)
        b.testsPerDay.push_back({ first.addDays(i), 0 });
    status = SqlRun::eachRow(m_db,
        u"SELECT sampled_on, count(*), sum(CASE WHEN result = 'pending' THEN 1 ELSE 0 END)"
        u" FROM nucleic_test WHERE sampled_on >= ? AND sampled_on <= ? GROUP BY sampled_on"_s,
        { first.toString(Qt::ISODate), d }, [&](const QSqlQuery &q) {
            const QDate day = SqlValues::toDate(q.value(0));
            const qint64 index = first.daysTo(day);
            if (index >= 0 && index < kChartDays)
                b.testsPerDay[size_t(index)].count = q.value(1).toLongLong();
            if (day == asOf)
                b.testsPendingToday = q.value(2).toLongLong();
        });
    if (!status)
        return status.error();

    // Vaccination coverage from the milestones kept on each person.
    status = SqlRun::eachRow(m_db,
        u"SELECT c.name, count(*), sum(CASE WHEN "_s + FigureRules::exemptPerson()
            + u" THEN 1 ELSE 0 END),"
              u" sum(CASE WHEN p.first_dose_on <= ? THEN 1 ELSE 0 END),"
              u" sum(CASE WHEN p.full_on <= ? THEN 1 ELSE 0 END),"
              u" sum(CASE WHEN p.booster_on <= ? THEN 1 ELSE 0 END)"
              u" FROM person p JOIN company c ON c.id = p.company_id WHERE "_s
            + kActive + u" GROUP BY c.id ORDER BY "_s + kCompanyOrder,
        { d, d, d, d, d, d, d }, [&](const QSqlQuery &q) {
            b.coverage.push_back({ q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                q.value(3).toLongLong(), q.value(4).toLongLong(), q.value(5).toLongLong() });
        });
    if (!status)
        return status.error();

    status = SqlRun::eachRow(m_db,
        u"SELECT c.name, sum(CASE WHEN "_s + kRectified
            + u" THEN 0 ELSE 1 END),"
              u" sum(CASE WHEN "_s
            + kRectified
            + u" THEN 1 ELSE 0 END)"
              u" FROM finding f JOIN inspection i ON i.id = f.inspection_id JOIN company c ON c.id = "
              u"i.company_id"
              u" WHERE i.inspected_on <= ? GROUP BY c.id ORDER BY "_s
            + kCompanyOrder,
        { d, d, d }, [&](const QSqlQuery &q) {
            b.findings.push_back({ q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong() });
        });
    if (!status)
        return status.error();

    const QString hours = SqlDialect::hoursBetween(u"start_at"_s, u"end_at"_s);
    status = SqlRun::eachRow(m_db,
        u"SELECT team, sum("_s + hours
            + u") FROM volunteer_shift WHERE start_at < ? GROUP BY team ORDER BY 2 DESC, team"_s,
        { next }, [&](const QSqlQuery &q) {
            QString team = q.value(0).toString();
            if (team.isEmpty())
                team = QCoreApplication::translate("Briefing", "No team");
            b.volunteerHours.push_back({ team, milliHours(q.value(1).toDouble()) });
        });
    if (!status)
        return status.error();

    Result<std::vector<OpenFinding>> open = OpenFindings::load(m_db, asOf, OpenFindings::Which::Open);
    if (!open)
        return open.error();
    b.openFindings = std::move(open.value());

    // 保障情况 is of the briefing's own day in both editions: the duty of
    // the day is planned before it begins.
    Result<ReadinessDetails> readiness = ReadinessDetails::load(m_db, date);
    if (!readiness)
        return readiness.error();
    b.readiness = std::move(readiness.value());
    if (status = MovementSection::fill(m_db, b); !status)
        return status.error();

    if (const auto edited = store.editedParagraph(date, edition)) {
        b.paragraph = *edited;
        b.paragraphEdited = true;
    } else {
        b.paragraph = draftParagraph(b);
    }
    return b;
}

Result<Briefing::MorningReports> BriefingBuilder::morningReports(const QDate &date) const
{
    // A morning report counts here by itself: the evening one of the day,
    // should it be in already, is not what the morning edition reports on.
    Briefing::MorningReports morning;
    const Status status = SqlRun::eachRow(m_db,
        u"SELECT c.name, EXISTS (SELECT 1 FROM daily_report r WHERE r.company_id = c.id"
        u" AND r.report_date = ? AND r.edition = 'morning') FROM company c WHERE "_s
            + FigureRules::morningReportingCompany() + u" ORDER BY c.code"_s,
        { SqlValues::date(date) }, [&](const QSqlQuery &q) {
            ++morning.expected;
            if (q.value(1).toInt() != 0)
                ++morning.received;
            else
                morning.missing << q.value(0).toString();
        });
    if (!status)
        return status.error();
    return morning;
}

QString BriefingBuilder::draftParagraph(const Briefing &briefing)
{
    const Figures &f = briefing.figures;
    // The morning edition's figures are of the day before: "yesterday".
    const bool morning = briefing.edition == ReportEdition::Morning;
    const auto n = [](qint64 value) { return QString::number(value); };
    const auto count
        = [](qint64 value) { return int(std::min<qint64>(value, std::numeric_limits<int>::max())); };
    // A clause of the day the figures are of: "yesterday" in the morning
    // edition, "today" in the evening's (both texts marked for lupdate).
    const auto ofDay = [&](const char *yesterday, const char *today, qint64 value = -1) {
        return QCoreApplication::translate("Briefing", morning ? yesterday : today, nullptr,
                                           value < 0 ? -1 : count(value));
    };
    QStringList clauses;

    // Tests. "All negative" only when it is true of every record of the day.
    const qint64 pending = briefing.testsPendingToday;
    if (f.tests.onDate == 0) {
        clauses << ofDay(QT_TRANSLATE_NOOP("Briefing", "No nucleic-acid tests were carried out yesterday, %1 to date"),
                         QT_TRANSLATE_NOOP("Briefing", "No nucleic-acid tests were carried out today, %1 to date"))
                       .arg(n(f.tests.cumulative));
    } else if (f.tests.positiveOnDate == 0 && pending == 0) {
        clauses << ofDay(QT_TRANSLATE_N_NOOP("Briefing",
                             "Yesterday the group carried out %n nucleic-acid test(s) of %1 person(s), "
                             "%2 to date, all results negative"),
                         QT_TRANSLATE_N_NOOP("Briefing",
                             "Today the group carried out %n nucleic-acid test(s) of %1 person(s), "
                             "%2 to date, all results negative"),
                         f.tests.onDate)
                       .arg(n(f.tests.personsOnDate), n(f.tests.cumulative));
    } else {
        clauses << ofDay(QT_TRANSLATE_N_NOOP("Briefing",
                             "Yesterday the group carried out %n nucleic-acid test(s) of %1 person(s), "
                             "%2 to date"),
                         QT_TRANSLATE_N_NOOP("Briefing",
                             "Today the group carried out %n nucleic-acid test(s) of %1 person(s), "
                             "%2 to date"),
                         f.tests.onDate)
                       .arg(n(f.tests.personsOnDate), n(f.tests.cumulative));
    }
    if (pending > 0 && f.tests.positiveOnDate > 0)
        clauses << QCoreApplication::translate(
            "Briefing", "%n result(s) still pending", nullptr, count(pending));
    else if (pending > 0)
        clauses << QCoreApplication::translate(
            "Briefing", "%n result(s) still pending, all others negative", nullptr, count(pending));

    if (f.personnel.active > 0)
        clauses << QCoreApplication::translate("Briefing",
            "%n person(s) fully vaccinated, a full vaccination rate of %1, "
            "%2 with a booster",
            nullptr, count(f.vaccination.full))
                       .arg(FiguresFormat::percent(f.vaccination.fullRate), n(f.vaccination.booster));

    if (f.volunteers.shiftsOnDate > 0)
        clauses << ofDay(QT_TRANSLATE_N_NOOP("Briefing",
                             "%n volunteer shift(s) yesterday totalling %1 hours, %2 hours to date"),
                         QT_TRANSLATE_N_NOOP("Briefing",
                             "%n volunteer shift(s) today totalling %1 hours, %2 hours to date"),
                         f.volunteers.shiftsOnDate)
                       .arg(hoursText(f.volunteers.hoursOnDate), hoursText(f.volunteers.hoursCumulative));
    else
        clauses << ofDay(QT_TRANSLATE_NOOP("Briefing", "no volunteer shifts yesterday, %1 hours to date"),
                         QT_TRANSLATE_NOOP("Briefing", "no volunteer shifts today, %1 hours to date"))
                       .arg(hoursText(f.volunteers.hoursCumulative));

    if (f.inspections.findingsOpen > 0 && f.inspections.findingsOverdue > 0)
        clauses << QCoreApplication::translate("Briefing",
            "%n inspection finding(s) not yet rectified, %1 of them overdue", nullptr,
            count(f.inspections.findingsOpen))
                       .arg(n(f.inspections.findingsOverdue));
    else if (f.inspections.findingsOpen > 0)
        clauses << QCoreApplication::translate("Briefing",
            "%n inspection finding(s) not yet rectified, none overdue", nullptr,
            count(f.inspections.findingsOpen));
    else if (f.inspections.findings > 0)
        clauses << QCoreApplication::translate(
            "Briefing", "all %n inspection finding(s) rectified", nullptr, count(f.inspections.findings));

    const QString names = QCoreApplication::translate("Briefing", ", ", "between the names of units");
    if (f.dailyReports.expected > 0 && briefing.missingUnits.isEmpty()) {
        clauses << ofDay(QT_TRANSLATE_N_NOOP("Briefing",
                             "yesterday %n unit(s) expected to report, all reported, %1 of them zero reports"),
                         QT_TRANSLATE_N_NOOP("Briefing",
                             "%n unit(s) expected to report, all reported, %1 of them zero reports"),
                         f.dailyReports.expected)
                       .arg(n(f.dailyReports.zero));
    } else if (f.dailyReports.expected > 0) {
        clauses << ofDay(QT_TRANSLATE_N_NOOP("Briefing",
                             "yesterday %n unit(s) expected to report, %1 reported, %2 of them zero reports"),
                         QT_TRANSLATE_N_NOOP("Briefing",
                             "%n unit(s) expected to report, %1 reported, %2 of them zero reports"),
                         f.dailyReports.expected)
                       .arg(n(f.dailyReports.reported), n(f.dailyReports.zero));
        clauses << QCoreApplication::translate("Briefing", "%1 not reported")
                       .arg(briefing.missingUnits.join(names));
    }

    // People on the move: the reports' counts, then the registers'.
    clauses << MovementSection::clauses(briefing);

    // The morning reports of the briefing's own day, so far.
    if (const auto &m = briefing.morningReports; m && m->expected > 0) {
        if (m->missing.isEmpty())
            clauses << QCoreApplication::translate("Briefing",
                "this morning %n unit(s) expected to send a morning report, all received", nullptr,
                count(m->expected));
        else
            clauses << QCoreApplication::translate("Briefing",
                "this morning %n unit(s) expected to send a morning report, %1 received so far, %2 not yet",
                nullptr, count(m->expected))
                           .arg(n(m->received), m->missing.join(names));
    }

    QString paragraph = clauses.join(QCoreApplication::translate(
                            "Briefing", "; ", "between the clauses of the briefing's paragraph"))
        + QCoreApplication::translate("Briefing", ".", "the end of the briefing's paragraph");
    // A positive result comes first, as a sentence of its own.
    if (f.tests.positiveOnDate > 0)
        paragraph
            = QCoreApplication::translate("Briefing", "%1 %2", "a sentence, then the rest of the paragraph")
                  .arg(ofDay(QT_TRANSLATE_N_NOOP("Briefing", "Yesterday nucleic-acid tests found %n positive result(s)."),
                             QT_TRANSLATE_N_NOOP("Briefing", "Today nucleic-acid tests found %n positive result(s)."),
                             f.tests.positiveOnDate),
                      paragraph);
    return paragraph;
}

} // namespace seawall
