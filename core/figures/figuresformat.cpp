// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/figures/figuresformat.h"

#include "core/figures/readinessfigures.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

#include <limits>
#include <optional>

using namespace Qt::StringLiterals;

namespace seawall::FiguresFormat {
namespace {

// Display width of text in a terminal: CJK characters take two columns.
int displayWidth(const QString &text)
{
    int width = 0;
    for (const QChar c : text)
        width += c.unicode() >= 0x1100 ? 2 : 1;
    return width;
}

QString padRight(const QString &text, int width)
{
    return text + QString(std::max(0, width - displayWidth(text)), u' ');
}

QString padLeft(const QString &text, int width)
{
    return QString(std::max(0, width - displayWidth(text)), u' ') + text;
}

// One figure of the day: where the `stats --json` object holds it (a group
// and a key in it), its line of the terminal table (a "Figures" label) and
// its value.
struct Figure
{
    const char *group;
    const char *key;
    const char *label;
    Shown shown;
    QJsonValue (*value)(const Figures &f);
};

// In the order of the terminal table.
constexpr Figure kFigures[] = {
    {"personnel", "active", QT_TRANSLATE_NOOP("Figures", "Active personnel"), Shown::Count,
     [](const Figures &f) -> QJsonValue { return f.personnel.active; }},
    {"personnel", "party_members", QT_TRANSLATE_NOOP("Figures", "Party members"), Shown::Count,
     [](const Figures &f) -> QJsonValue { return f.personnel.partyMembers; }},
    {"tests", "on_date", QT_TRANSLATE_NOOP("Figures", "Tests today (person-times)"), Shown::Count,
     [](const Figures &f) -> QJsonValue { return f.tests.onDate; }},
    {"tests", "persons_on_date", QT_TRANSLATE_NOOP("Figures", "Persons tested today"), Shown::Count,
     [](const Figures &f) -> QJsonValue { return f.tests.personsOnDate; }},
    {"tests", "positive_on_date", QT_TRANSLATE_NOOP("Figures", "Positive today"), Shown::Count,
     [](const Figures &f) -> QJsonValue { return f.tests.positiveOnDate; }},
    {"tests", "cumulative", QT_TRANSLATE_NOOP("Figures", "Tests to date"), Shown::Count,
     [](const Figures &f) -> QJsonValue { return f.tests.cumulative; }},
    {"vaccination", "first_dose", QT_TRANSLATE_NOOP("Figures", "First dose"), Shown::Count,
     [](const Figures &f) -> QJsonValue { return f.vaccination.firstDose; }},
    {"vaccination", "full", QT_TRANSLATE_NOOP("Figures", "Full primary series"), Shown::Count,
     [](const Figures &f) -> QJsonValue { return f.vaccination.full; }},
    {"vaccination", "booster", QT_TRANSLATE_NOOP("Figures", "Booster"), Shown::Count,
     [](const Figures &f) -> QJsonValue { return f.vaccination.booster; }},
    {"vaccination", "exempt", QT_TRANSLATE_NOOP("Figures", "Exempt"), Shown::Count,
     [](const Figures &f) -> QJsonValue { return f.vaccination.exempt; }},
    {"vaccination", "full_rate", QT_TRANSLATE_NOOP("Figures", "Full vaccination rate"), Shown::Rate,
     [](const Figures &f) -> QJsonValue { return f.vaccination.fullRate; }},
    {"volunteers", "shifts_on_date", QT_TRANSLATE_NOOP("Figures", "Volunteer shifts today"), Shown::Count,
     [](const Figures &f) -> QJsonValue { return f.volunteers.shiftsOnDate; }},
    {"volunteers", "hours_on_date", QT_TRANSLATE_NOOP("Figures", "Volunteer hours today"), Shown::Hours,
     [](const Figures &f) -> QJsonValue { return f.volunteers.hoursOnDate; }},
    {"volunteers", "hours_cumulative", QT_TRANSLATE_NOOP("Figures", "Volunteer hours to date"), Shown::Hours,
     [](const Figures &f) -> QJsonValue { return f.volunteers.hoursCumulative; }},
    {"volunteers", "people_cumulative", QT_TRANSLATE_NOOP("Figures", "Volunteers to date"), Shown::Count,
     [](const Figures &f) -> QJsonValue { return f.volunteers.peopleCumulative; }},
    {"inspections", "cumulative", QT_TRANSLATE_NOOP("Figures", "Inspections to date"), Shown::Count,
     [](const Figures &f) -> QJsonValue { return f.inspections.cumulative; }},
    {"inspections", "findings", QT_TRANSLATE_NOOP("Figures", "Findings"), Shown::Count,
     [](const Figures &f) -> QJsonValue { return f.inspections.findings; }},
    {"inspections", "findings_rectified", QT_TRANSLATE_NOOP("Figures", "Findings rectified"), Shown::Count,
     [](const Figures &f) -> QJsonValue { return f.inspections.findingsRectified; }},
    {"inspections", "findings_open", QT_TRANSLATE_NOOP("Figures", "Findings open"), Shown::Count,
     [](const Figures &f) -> QJsonValue { return f.inspections.findingsOpen; }},
    {"inspections", "findings_overdue", QT_TRANSLATE_NOOP("Figures", "Findings overdue"), Shown::Count,
     [](const Figures &f) -> QJsonValue { return f.inspections.findingsOverdue; }},
    {"daily_reports", "expected", QT_TRANSLATE_NOOP("Figures", "Units expected to report"), Shown::Count,
     [](const Figures &f) -> QJsonValue { return f.dailyReports.expected; }},
    {"daily_reports", "reported", QT_TRANSLATE_NOOP("Figures", "Units reported"), Shown::Count,
     [](const Figures &f) -> QJsonValue { return f.dailyReports.reported; }},
    {"daily_reports", "zero", QT_TRANSLATE_NOOP("Figures", "Zero reports"), Shown::Count,
     [](const Figures &f) -> QJsonValue { return f.dailyReports.zero; }},
    {"daily_reports", "missing", QT_TRANSLATE_NOOP("Figures", "Missing reports"), Shown::Names,
     [](const Figures &f) -> QJsonValue { return QJsonArray::fromStringList(f.dailyReports.missing); }},
    {"movement", "arrivals_on_date", QT_TRANSLATE_NOOP("Figures", "Arrivals today"), Shown::Count,
     [](const Figures &f) -> QJsonValue { return f.movement.arrivalsOnDate; }},
    {"movement", "arrivals_risk_on_date", QT_TRANSLATE_NOOP("Figures", "Arrivals from risk areas today"), Shown::Count,
     [](const Figures &f) -> QJsonValue { return f.movement.arrivalsRiskOnDate; }},
    {"movement", "under_observation", QT_TRANSLATE_NOOP("Figures", "Under observation"), Shown::Count,
     [](const Figures &f) -> QJsonValue { return f.movement.underObservation; }},
    {"movement", "quarantine", QT_TRANSLATE_NOOP("Figures", "Centralised quarantine"), Shown::Count,
     [](const Figures &f) -> QJsonValue { return f.movement.quarantine; }},
    {"movement", "home_monitoring", QT_TRANSLATE_NOOP("Figures", "Home health monitoring"), Shown::Count,
     [](const Figures &f) -> QJsonValue { return f.movement.homeMonitoring; }},
    {"movement", "last_day", QT_TRANSLATE_NOOP("Figures", "Last day of observation"), Shown::Count,
     [](const Figures &f) -> QJsonValue { return f.movement.lastDay; }},
    {"movement", "checks_missed", QT_TRANSLATE_NOOP("Figures", "Health checks missed"), Shown::Count,
     [](const Figures &f) -> QJsonValue { return f.movement.checksMissed; }},
    {"movement", "checks_abnormal", QT_TRANSLATE_NOOP("Figures", "Abnormal health checks"), Shown::Count,
     [](const Figures &f) -> QJsonValue { return f.movement.checksAbnormal; }},
    {"movement", "away", QT_TRANSLATE_NOOP("Figures", "Away from the city"), Shown::Count,
     [](const Figures &f) -> QJsonValue { return f.movement.away; }},
    {"movement", "overdue_returns", QT_TRANSLATE_NOOP("Figures", "Returns overdue"), Shown::Count,
     [](const Figures &f) -> QJsonValue { return f.movement.overdueReturns; }},
};

// One field of a company's object in `stats --json`, with what it is
// called in a company's line of the briefing's changes.
struct CompanyField
{
    const char *key;
    const char *label; // none for the code, which names the company
    Shown shown;
    QJsonValue (*value)(const CompanyFigures &c);
};

// In the order of the per-company table.
constexpr CompanyField kCompanyFields[] = {
    {"code", nullptr, Shown::Text, [](const CompanyFigures &c) -> QJsonValue { return c.code; }},
    {"name", QT_TRANSLATE_NOOP("Figures", "name"), Shown::Text, [](const CompanyFigures &c) -> QJsonValue { return c.name; }},
    {"personnel", QT_TRANSLATE_NOOP("Figures", "active personnel"), Shown::Count,
     [](const CompanyFigures &c) -> QJsonValue { return c.personnel; }},
    {"tests_on_date", QT_TRANSLATE_NOOP("Figures", "tests today"), Shown::Count,
     [](const CompanyFigures &c) -> QJsonValue { return c.testsOnDate; }},
    {"full_rate", QT_TRANSLATE_NOOP("Figures", "full vaccination rate"), Shown::Rate,
     [](const CompanyFigures &c) -> QJsonValue { return c.fullRate; }},
    {"reported", QT_TRANSLATE_NOOP("Figures", "daily report"), Shown::Reported,
     [](const CompanyFigures &c) { return c.reported ? QJsonValue(*c.reported) : QJsonValue(QJsonValue::Null); }},
    {"findings_open", QT_TRANSLATE_NOOP("Figures", "open findings"), Shown::Count,
     [](const CompanyFigures &c) -> QJsonValue { return c.findingsOpen; }},
    {"arrivals_on_date", QT_TRANSLATE_NOOP("Figures", "arrivals today"), Shown::Count,
     [](const CompanyFigures &c) -> QJsonValue { return c.movement.arrivalsOnDate; }},
    {"under_observation", QT_TRANSLATE_NOOP("Figures", "under observation"), Shown::Count,
     [](const CompanyFigures &c) -> QJsonValue { return c.movement.underObservation; }},
    {"away", QT_TRANSLATE_NOOP("Figures", "away from the city"), Shown::Count,
     [](const CompanyFigures &c) -> QJsonValue { return c.movement.away; }},
};

// The figure under a dotted key ("tests.on_date"), if it is one.
const Figure *find(const QString &key)
{
    for (const Figure &figure : kFigures)
        if (key == QLatin1String(figure.group) + u'.' + QLatin1String(figure.key))
            return &figure;
    return nullptr;
}

// A field of a company's object, by its key ("full_rate"), if it is one.
const CompanyField *findField(const QString &field)
{
    for (const CompanyField &f : kCompanyFields)
        if (field == QLatin1String(f.key))
            return &f;
    return nullptr;
}

// How the figure or the company field ("companies.<code>.<field>") under a
// dotted key reads; none for a key of neither.
std::optional<Shown> shownOf(const QString &key)
{
    if (key.startsWith(u"companies."_s)) {
        if (const CompanyField *f = findField(key.section(u'.', 2)))
            return f->shown;
    } else if (const Figure *figure = find(key)) {
        return figure->shown;
    }
    return std::nullopt;
}

QString shownText(Shown how, const QJsonValue &value)
{
    switch (how) {
    case Shown::Hours: return QLocale().toString(value.toDouble(), 'f', 1);
    case Shown::Rate: return percent(value.toDouble());
    case Shown::Names: return names(value);
    case Shown::Text: return value.toString();
    case Shown::Reported:
        if (value.isNull())
            return QCoreApplication::translate("Figures", "not required");
        return value.toBool() ? QCoreApplication::translate("Figures", "reported")
                              : QCoreApplication::translate("Figures", "missing");
    case Shown::Count: break;
    }
    return QLocale().toString(value.toInteger());
}

} // namespace

QString label(const QString &key)
{
    if (key == u"date"_s)
        return QCoreApplication::translate("Figures", "Date");
    if (key.startsWith(u"readiness."_s))
        return Readiness::label(key.mid(10));
    const Figure *figure = find(key);
    return figure ? QCoreApplication::translate("Figures", figure->label) : QString();
}

QJsonValue value(const Figures &figures, const QString &key)
{
    const Figure *figure = find(key);
    return figure ? figure->value(figures) : QJsonValue(QJsonValue::Undefined);
}

int rank(const QString &key)
{
    if (const Figure *figure = find(key))
        return int(figure - std::begin(kFigures));
    if (key.startsWith(u"readiness."_s))
        if (const int r = Readiness::rank(key.mid(10)); r >= 0)
            return int(std::size(kFigures)) + r;
    return std::numeric_limits<int>::max();
}

QStringList companyFields()
{
    QStringList fields;
    for (const CompanyField &field : kCompanyFields)
        fields << QString::fromLatin1(field.key);
    return fields;
}

QString companyFieldLabel(const QString &field)
{
    const CompanyField *f = findField(field);
    return f && f->label ? QCoreApplication::translate("Figures", f->label) : QString();
}

Shown shown(const QString &key) { return shownOf(key).value_or(Shown::Count); }

QStringList companyTableFields()
{
    return {u"personnel"_s, u"tests_on_date"_s, u"full_rate"_s, u"reported"_s, u"findings_open"_s};
}

QStringList companyTableHeaders()
{
    return {QCoreApplication::translate("Figures", "Company"),     QCoreApplication::translate("Figures", "Personnel"),
            QCoreApplication::translate("Figures", "Tests today"), QCoreApplication::translate("Figures", "Full rate"),
            QCoreApplication::translate("Figures", "Daily report"), QCoreApplication::translate("Figures", "Open findings")};
}

QString companyText(const CompanyFigures &company, const QString &field)
{
    const CompanyField *f = findField(field);
    return f ? shownText(f->shown, f->value(company)) : QString();
}

QJsonObject toJson(const Figures &f)
{
    QJsonArray companies;
    for (const CompanyFigures &c : f.companies) {
        QJsonObject company;
        for (const CompanyField &field : kCompanyFields)
            company.insert(QString::fromLatin1(field.key), field.value(c));
        companies.append(company);
    }
    QJsonObject json{
        {u"date"_s, f.date.toString(Qt::ISODate)},
        {u"companies"_s, companies},
        {u"readiness"_s, Readiness::toJson(f.readiness)},
    };
    for (const Figure &figure : kFigures) {
        const QString group = QString::fromLatin1(figure.group);
        QJsonObject object = json.value(group).toObject();
        object.insert(QString::fromLatin1(figure.key), figure.value(f));
        json.insert(group, object);
    }
    return json;
}

QString percent(double rate)
{
    return QLocale().toString(rate * 100.0, 'f', 1) + QLocale().percent();
}

QString names(const QJsonValue &names)
{
    QStringList list;
    for (const QJsonValue &name : names.toArray())
        list << name.toString();
    return list.isEmpty() ? QCoreApplication::translate("Figures", "none") : QLocale().createSeparatedList(list);
}

QString text(const QString &key, const QJsonValue &value)
{
    if (key.startsWith(u"readiness."_s))
        return Readiness::text(key.mid(10), value);
    const std::optional<Shown> how = shownOf(key);
    return how ? shownText(*how, value) : QString();
}

QString toText(const Figures &f)
{
    const QLocale locale;
    const QList<Readiness::TextRow> readiness = Readiness::textRows(f.readiness);
    int labelWidth = 0;
    for (const Figure &figure : kFigures)
        labelWidth = std::max(labelWidth, displayWidth(QCoreApplication::translate("Figures", figure.label)));
    for (const Readiness::TextRow &row : readiness)
        labelWidth = std::max(labelWidth, displayWidth(row.label));

    QString out = QCoreApplication::translate("Figures", "Figures as of the end of %1").arg(locale.toString(f.date, QLocale::LongFormat))
                  + u"\n\n"_s;
    for (const Figure &figure : kFigures) {
        // Numbers line up on the right; a list of units runs on.
        const QString value = shownText(figure.shown, figure.value(f));
        out += padRight(QCoreApplication::translate("Figures", figure.label), labelWidth) + u"  "_s
               + (figure.shown == Shown::Names ? value : padLeft(value, 10)) + u'\n';
    }
    for (const Readiness::TextRow &row : readiness)
        out += padRight(row.label, labelWidth) + u"  "_s + (row.count ? padLeft(row.text, 10) : row.text) + u'\n';
    out += u'\n';

    // Each column as wide as its header or its widest value.
    const QStringList fields = companyTableFields();
    const QStringList headers = companyTableHeaders();
    QList<QStringList> rows{headers};
    for (const CompanyFigures &c : f.companies) {
        QStringList row{c.name};
        for (const QString &field : fields)
            row << companyText(c, field);
        rows << row;
    }
    QList<int> widths(headers.size(), 10);
    widths[0] = 0;
    for (const QStringList &row : std::as_const(rows))
        for (int i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], displayWidth(row[i]));
    for (const QStringList &row : std::as_const(rows)) {
        out += padRight(row[0], widths[0]);
        for (int i = 1; i < row.size(); ++i)
            out += u"  "_s + padLeft(row[i], widths[i]);
        out += u'\n';
    }
    return out;
}

} // namespace seawall::FiguresFormat
