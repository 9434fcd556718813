// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/figures/readinessfigures.h"

#include "core/db/sqlrun.h"
#include "core/figures/figuresformat.h"
#include "core/sql/figurerules.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace seawall::Readiness {
namespace {

enum QueryId {
    DutyGaps,        // name of each reporting company not covered
    Shortages,       // stocktake id, company id, name, item, unit, quantity, minimum
    Certificates,    // certified persons, expiring records
    Drills,          // cumulative, last 30 days
    WithoutDrill,    // name of each reporting company without a recent drill
    QueryCount
};

// Adds one row of the query `index` to the figures.
void read(int index, const QSqlQuery &row, ReadinessFigures &f)
{
    const auto v = [&row](int i) { return row.value(i).toLongLong(); };
    switch (index) {
    case DutyGaps: f.dutyGaps << row.value(0).toString(); break;
    case Shortages:
        f.suppliesBelowMinimum.push_back(
            {v(0), v(1), row.value(2).toString(), row.value(3).toString(), row.value(4).toString(), v(5), v(6)});
        break;
    case Certificates:
        f.certified = v(0);
        f.certificatesExpiring = v(1);
        break;
    case Drills:
        f.drillsCumulative = v(0);
        f.drillsLast30Days = v(1);
        break;
    case WithoutDrill: f.companiesWithoutDrill << row.value(0).toString(); break;
    default: break;
    }
}

QString countText(const QJsonValue &count) { return QLocale().toString(count.toInteger()); }

// One readiness figure: its key in `stats --json`, its label, its value
// there, and that value as text (for the terminal table and for the
// changes since a briefing was printed, read back from its JSON).
struct Field
{
    const char *key;
    const char *label;
    QJsonValue (*json)(const ReadinessFigures &f);
    QString (*text)(const QJsonValue &value);
};

// In the order of the terminal table. Each item below its minimum is
// {"company", "item", "unit", "quantity", "minimum"} in the JSON.
constexpr Field kFields[] = {
    {"duty_gaps", QT_TRANSLATE_NOOP("Figures", "Duty gaps"),
     [](const ReadinessFigures &f) -> QJsonValue { return QJsonArray::fromStringList(f.dutyGaps); }, FiguresFormat::names},
    {"supplies_below_minimum", QT_TRANSLATE_NOOP("Figures", "Supplies below minimum"),
     [](const ReadinessFigures &f) -> QJsonValue {
         QJsonArray shortages;
         for (const SupplyShortage &s : f.suppliesBelowMinimum)
             shortages.append(QJsonObject{{u"company"_s, s.company},
                                          {u"item"_s, s.item},
                                          {u"unit"_s, s.unit},
                                          {u"quantity"_s, s.quantity},
                                          {u"minimum"_s, s.minimum}});
         return shortages;
     },
     [](const QJsonValue &value) {
         QJsonArray names;
         for (const QJsonValue &shortage : value.toArray()) {
             const QJsonObject s = shortage.toObject();
             names.append(QCoreApplication::translate("Figures", "%1 %2 (%3 of %4)")
                              .arg(s[u"company"_s].toString(), s[u"item"_s].toString(),
                                   countText(s[u"quantity"_s]), countText(s[u"minimum"_s])));
         }
         return FiguresFormat::names(names);
     }},
    {"certified", QT_TRANSLATE_NOOP("Figures", "Persons certified"),
     [](const ReadinessFigures &f) -> QJsonValue { return f.certified; }, countText},
    {"certificates_expiring", QT_TRANSLATE_NOOP("Figures", "Certificates expiring within 30 days"),
     [](const ReadinessFigures &f) -> QJsonValue { return f.certificatesExpiring; }, countText},
    {"drills_cumulative", QT_TRANSLATE_NOOP("Figures", "Drills to date"),
     [](const ReadinessFigures &f) -> QJsonValue { return f.drillsCumulative; }, countText},
    {"drills_last_30_days", QT_TRANSLATE_NOOP("Figures", "Drills in the last 30 days"),
     [](const ReadinessFigures &f) -> QJsonValue { return f.drillsLast30Days; }, countText},
    {"companies_without_drill", QT_TRANSLATE_NOOP("Figures", "Units without a drill in 30 days"),
     [](const ReadinessFigures &f) -> QJsonValue { return QJsonArray::fromStringList(f.companiesWithoutDrill); },
     FiguresFormat::names},
};

} // namespace

std::vector<FiguresEngine::Query> queries(const QDate &date, const QList<qint64> &companyIds)
{
    const auto in = [&companyIds](const QString &column) { return SqlRun::inIds(column, companyIds); };
    const QString d = date.toString(Qt::ISODate);
    const QString windowStart = date.addDays(1 - FigureRules::kDrillWindowDays).toString(Qt::ISODate);
    std::vector<FiguresEngine::Query> q(QueryCount);

    q[DutyGaps] = {u"SELECT c.name FROM company c WHERE "_s + FigureRules::reportingCompany() + u" AND NOT "_s
                       + FigureRules::dutyCovered() + in(u"c.id"_s) + u" ORDER BY c.code"_s,
                   {d}};
    q[Shortages] = {u"SELECT s.id, c.id, c.name, s.item, s.unit, s.quantity, "_s + FigureRules::minimumInForce()
                        + u" FROM stocktake s JOIN company c ON c.id = s.company_id WHERE "_s
                        + FigureRules::latestStocktake() + u" AND "_s + FigureRules::belowMinimum() + in(u"s.company_id"_s)
                        + u" ORDER BY c.code, s.item"_s,
                    {d}};
    q[Certificates] = {u"SELECT count(DISTINCT CASE WHEN "_s + FigureRules::certifies() + u" THEN t.person_id END),"
                           u" coalesce(sum(CASE WHEN "_s + FigureRules::certificateExpiringSoon() + u" THEN 1 ELSE 0 END), 0)"
                           u" FROM training t JOIN person p ON p.id = t.person_id WHERE "_s + FigureRules::activePerson()
                           + in(u"coalesce(t.company_id, p.company_id)"_s),
                       {d, d, d, d, d, d, d}};
    q[Drills] = {u"SELECT count(*), coalesce(sum(CASE WHEN drill_date >= ? THEN 1 ELSE 0 END), 0)"
                 u" FROM drill WHERE drill_date <= ?"_s + in(u"company_id"_s),
                 {windowStart, d}};
    q[WithoutDrill] = {u"SELECT c.name FROM company c WHERE "_s + FigureRules::reportingCompany()
                           + u" AND NOT EXISTS (SELECT 1 FROM drill x WHERE x.company_id = c.id"
                             u" AND x.drill_date >= ? AND x.drill_date <= ?)"_s
                           + in(u"c.id"_s) + u" ORDER BY c.code"_s,
                       {windowStart, d}};
    return q;
}

Result<ReadinessFigures> compute(Database &db, const QDate &date, const QList<qint64> &companyIds)
{
    ReadinessFigures f;
    const std::vector<FiguresEngine::Query> all = queries(date, companyIds);
    for (int index = 0; index < int(all.size()); ++index) {
        const Status status = SqlRun::eachRow(db, all[index].sql, all[index].binds,
                                              [&](const QSqlQuery &row) { read(index, row, f); });
        if (!status)
            return status.error();
    }
    return f;
}

QJsonObject toJson(const ReadinessFigures &f)
{
    QJsonObject json;
    for (const Field &field : kFields)
        json.insert(QString::fromLatin1(field.key), field.json(f));
    return json;
}

QList<TextRow> textRows(const ReadinessFigures &f)
{
    QList<TextRow> rows;
    for (const Field &field : kFields) {
        const QJsonValue value = field.json(f);
        rows.append({QCoreApplication::translate("Figures", field.label), field.text(value), value.isDouble()});
    }
    return rows;
}

QString label(const QString &key)
{
    const int r = rank(key);
    return r < 0 ? QString() : QCoreApplication::translate("Figures", kFields[r].label);
}

QString text(const QString &key, const QJsonValue &value)
{
    const int r = rank(key);
    return r < 0 ? QString() : kFields[r].text(value);
}

int rank(const QString &key)
{
    for (int i = 0; i < int(std::size(kFields)); ++i)
        if (key == QLatin1String(kFields[i].key))
            return i;
    return -1;
}

} // namespace seawall::Readiness
