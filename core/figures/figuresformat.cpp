// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/figures/figuresformat.h"

#include "core/figures/readinessfigures.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

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

} // namespace

QJsonObject toJson(const Figures &f)
{
    QJsonArray companies;
    for (const CompanyFigures &c : f.companies) {
        companies.append(QJsonObject{
            {u"code"_s, c.code},
            {u"name"_s, c.name},
            {u"personnel"_s, c.personnel},
            {u"tests_on_date"_s, c.testsOnDate},
            {u"full_rate"_s, c.fullRate},
            {u"reported"_s, c.reported ? QJsonValue(*c.reported) : QJsonValue(QJsonValue::Null)},
            {u"findings_open"_s, c.findingsOpen},
            {u"arrivals_on_date"_s, c.movement.arrivalsOnDate},
            {u"under_observation"_s, c.movement.underObservation},
            {u"away"_s, c.movement.away},
        });
    }
    return QJsonObject{
        {u"date"_s, f.date.toString(Qt::ISODate)},
        {u"personnel"_s, QJsonObject{{u"active"_s, f.personnel.active}, {u"party_members"_s, f.personnel.partyMembers}}},
        {u"tests"_s, QJsonObject{{u"on_date"_s, f.tests.onDate},
                                 {u"persons_on_date"_s, f.tests.personsOnDate},
                                 {u"positive_on_date"_s, f.tests.positiveOnDate},
                                 {u"cumulative"_s, f.tests.cumulative}}},
        {u"vaccination"_s, QJsonObject{{u"first_dose"_s, f.vaccination.firstDose},
                                       {u"full"_s, f.vaccination.full},
                                       {u"booster"_s, f.vaccination.booster},
                                       {u"exempt"_s, f.vaccination.exempt},
                                       {u"full_rate"_s, f.vaccination.fullRate}}},
        {u"volunteers"_s, QJsonObject{{u"shifts_on_date"_s, f.volunteers.shiftsOnDate},
                                      {u"hours_on_date"_s, f.volunteers.hoursOnDate},
                                      {u"hours_cumulative"_s, f.volunteers.hoursCumulative},
                                      {u"people_cumulative"_s, f.volunteers.peopleCumulative}}},
        {u"inspections"_s, QJsonObject{{u"cumulative"_s, f.inspections.cumulative},
                                       {u"findings"_s, f.inspections.findings},
                                       {u"findings_rectified"_s, f.inspections.findingsRectified},
                                       {u"findings_open"_s, f.inspections.findingsOpen},
                                       {u"findings_overdue"_s, f.inspections.findingsOverdue}}},
        {u"daily_reports"_s, QJsonObject{{u"expected"_s, f.dailyReports.expected},
                                         {u"reported"_s, f.dailyReports.reported},
                                         {u"zero"_s, f.dailyReports.zero},
                                         {u"missing"_s, QJsonArray::fromStringList(f.dailyReports.missing)}}},
        {u"movement"_s, QJsonObject{{u"arrivals_on_date"_s, f.movement.arrivalsOnDate},
                                    {u"arrivals_risk_on_date"_s, f.movement.arrivalsRiskOnDate},
                                    {u"under_observation"_s, f.movement.underObservation},
                                    {u"quarantine"_s, f.movement.quarantine},
                                    {u"home_monitoring"_s, f.movement.homeMonitoring},
                                    {u"last_day"_s, f.movement.lastDay},
                                    {u"checks_missed"_s, f.movement.checksMissed},
                                    {u"checks_abnormal"_s, f.movement.checksAbnormal},
                                    {u"away"_s, f.movement.away},
                                    {u"overdue_returns"_s, f.movement.overdueReturns}}},
        {u"companies"_s, companies},
        {u"readiness"_s, Readiness::toJson(f.readiness)},
    };
}

QString percent(double rate)
{
    return QLocale().toString(rate * 100.0, 'f', 1) + QLocale().percent();
}

QString toText(const Figures &f)
{
    const QLocale locale;
    const auto n = [&locale](qint64 value) { return locale.toString(value); };
    const auto h = [&locale](double value) { return locale.toString(value, 'f', 1); };
    const QList<std::pair<QString, QString>> rows{
        {QCoreApplication::translate("Figures", "Active personnel"), n(f.personnel.active)},
        {QCoreApplication::translate("Figures", "Party members"), n(f.personnel.partyMembers)},
        {QCoreApplication::translate("Figures", "Tests today (person-times)"), n(f.tests.onDate)},
        {QCoreApplication::translate("Figures", "Persons tested today"), n(f.tests.personsOnDate)},
        {QCoreApplication::translate("Figures", "Positive today"), n(f.tests.positiveOnDate)},
        {QCoreApplication::translate("Figures", "Tests to date"), n(f.tests.cumulative)},
        {QCoreApplication::translate("Figures", "First dose"), n(f.vaccination.firstDose)},
        {QCoreApplication::translate("Figures", "Full primary series"), n(f.vaccination.full)},
        {QCoreApplication::translate("Figures", "Booster"), n(f.vaccination.booster)},
        {QCoreApplication::translate("Figures", "Exempt"), n(f.vaccination.exempt)},
        {QCoreApplication::translate("Figures", "Full vaccination rate"), percent(f.vaccination.fullRate)},
        {QCoreApplication::translate("Figures", "Volunteer shifts today"), n(f.volunteers.shiftsOnDate)},
        {QCoreApplication::translate("Figures", "Volunteer hours today"), h(f.volunteers.hoursOnDate)},
        {QCoreApplication::translate("Figures", "Volunteer hours to date"), h(f.volunteers.hoursCumulative)},
        {QCoreApplication::translate("Figures", "Volunteers to date"), n(f.volunteers.peopleCumulative)},
        {QCoreApplication::translate("Figures", "Inspections to date"), n(f.inspections.cumulative)},
        {QCoreApplication::translate("Figures", "Findings"), n(f.inspections.findings)},
        {QCoreApplication::translate("Figures", "Findings rectified"), n(f.inspections.findingsRectified)},
        {QCoreApplication::translate("Figures", "Findings open"), n(f.inspections.findingsOpen)},
        {QCoreApplication::translate("Figures", "Findings overdue"), n(f.inspections.findingsOverdue)},
        {QCoreApplication::translate("Figures", "Units expected to report"), n(f.dailyReports.expected)},
        {QCoreApplication::translate("Figures", "Units reported"), n(f.dailyReports.reported)},
        {QCoreApplication::translate("Figures", "Zero reports"), n(f.dailyReports.zero)},
        {QCoreApplication::translate("Figures", "Arrivals today"), n(f.movement.arrivalsOnDate)},
        {QCoreApplication::translate("Figures", "Arrivals from risk areas today"), n(f.movement.arrivalsRiskOnDate)},
        {QCoreApplication::translate("Figures", "Under observation"), n(f.movement.underObservation)},
        {QCoreApplication::translate("Figures", "Centralised quarantine"), n(f.movement.quarantine)},
        {QCoreApplication::translate("Figures", "Home health monitoring"), n(f.movement.homeMonitoring)},
        {QCoreApplication::translate("Figures", "Last day of observation"), n(f.movement.lastDay)},
        {QCoreApplication::translate("Figures", "Health checks missed"), n(f.movement.checksMissed)},
        {QCoreApplication::translate("Figures", "Abnormal health checks"), n(f.movement.checksAbnormal)},
        {QCoreApplication::translate("Figures", "Away from the city"), n(f.movement.away)},
        {QCoreApplication::translate("Figures", "Returns overdue"), n(f.movement.overdueReturns)},
    };
    int labelWidth = 0;
    for (const auto &row : rows)
        labelWidth = std::max(labelWidth, displayWidth(row.first));

    QString out = QCoreApplication::translate("Figures", "Figures as of the end of %1").arg(locale.toString(f.date, QLocale::LongFormat))
                  + u"\n\n"_s;
    for (const auto &row : rows)
        out += padRight(row.first, labelWidth) + u"  "_s + padLeft(row.second, 10) + u'\n';
    out += padRight(QCoreApplication::translate("Figures", "Missing reports"), labelWidth) + u"  "_s
           + (f.dailyReports.missing.isEmpty() ? QCoreApplication::translate("Figures", "none") : locale.createSeparatedList(f.dailyReports.missing))
           + u"\n"_s;
    for (const auto &row : Readiness::textRows(f.readiness))
        out += padRight(row.first, labelWidth) + u"  "_s + row.second + u'\n';
    out += u'\n';

    const QStringList headers{QCoreApplication::translate("Figures", "Company"), QCoreApplication::translate("Figures", "Personnel"), QCoreApplication::translate("Figures", "Tests"),
                              QCoreApplication::translate("Figures", "Full rate"), QCoreApplication::translate("Figures", "Report"), QCoreApplication::translate("Figures", "Open findings")};
    int nameWidth = displayWidth(headers[0]);
    for (const CompanyFigures &c : f.companies)
        nameWidth = std::max(nameWidth, displayWidth(c.name));
    out += padRight(headers[0], nameWidth);
    for (int i = 1; i < headers.size(); ++i)
        out += u"  "_s + padLeft(headers[i], 10);
    out += u'\n';
    for (const CompanyFigures &c : f.companies) {
        const QString report = !c.reported ? u"-"_s
                               : *c.reported ? QCoreApplication::translate("Figures", "reported")
                                             : QCoreApplication::translate("Figures", "missing");
        out += padRight(c.name, nameWidth) + u"  "_s + padLeft(n(c.personnel), 10) + u"  "_s
               + padLeft(n(c.testsOnDate), 10) + u"  "_s + padLeft(percent(c.fullRate), 10) + u"  "_s
               + padLeft(report, 10) + u"  "_s + padLeft(n(c.findingsOpen), 10) + u'\n';
    }
    return out;
}

} // namespace seawall::FiguresFormat
