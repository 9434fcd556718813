// SPDX-License-Identifier: GPL-3.0-or-later
// The demo's volunteer shifts, inspections and their findings, and daily reports.
#include "core/demo/demoloader.h"

#include "core/db/bulkwriter.h"
#include "core/db/database.h"
#include "core/model/dailyreport.h"
#include "core/model/enums.h"
#include "core/model/inspection.h"
#include "core/model/volunteershift.h"

using namespace Qt::StringLiterals;

namespace seawall::demo {

Status Loader::insertShifts()
{
    BulkWriter rows(m_db, definition<VolunteerShift>());
    // The same volunteers come back day after day.
    std::vector<int> volunteers;
    for (int i = 0; i < int(m_persons.size()); ++i)
        if (!m_persons[i].external && (m_persons[i].party || m_persons[i].young))
            volunteers.push_back(i);
    shuffleFront(volunteers, m_scale.volunteers);
    volunteers.resize(std::min(volunteers.size(), std::size_t(m_scale.volunteers)));

    for (int day = 0; day < m_scale.days; ++day) {
        const int count = m_scale.shiftsMin + pick(m_scale.shiftsMax - m_scale.shiftsMin);
        shuffleFront(volunteers, count);
        int done = 0;
        for (std::size_t i = 0; i < volunteers.size() && done < count; ++i) {
            const DemoPerson &person = m_persons[std::size_t(volunteers[i])];
            if (!person.activeOn(m_first + day))
                continue;
            const int hour = DemoData::shiftStartHours[std::size_t(pick(int(DemoData::shiftStartHours.size())))];
            VolunteerShift shift;
            shift.personId = idOf(volunteers[i]);
            shift.companyId = idOf(person.company);
            shift.team = (person.party ? DemoData::partyTeam : DemoData::youthTeam).toString();
            shift.site = any(DemoData::shiftSites);
            shift.task = any(DemoData::shiftTasks);
            shift.start = QDateTime(m_days[std::size_t(day)], QTime(hour, 0));
            shift.end = shift.start.addSecs(4 * 3600);
            if (!rows.add(shift))
                return rows.flush();
            ++done;
        }
    }
    progress(88);
    return rows.flush();
}

Status Loader::insertInspections()
{
    BulkWriter inspections(m_db, definition<Inspection>(), true);
    BulkWriter findings(m_db, definition<Finding>());
    std::vector<int> descriptions(DemoData::findings.size());
    for (std::size_t i = 0; i < descriptions.size(); ++i)
        descriptions[i] = int(i);

    constexpr std::array methods{InspectionMethod::Unannounced, InspectionMethod::Regular, InspectionMethod::Special,
                                 InspectionMethod::Unannounced, InspectionMethod::Regular};
    int inspectionCount = 0;
    for (int day = 0; day < m_scale.days; ++day) {
        const qint64 on = m_first + day;
        int count = m_scale.inspectionsWeekly / 7 + (pick(7) < m_scale.inspectionsWeekly % 7 ? 1 : 0);
        if (day == 0)
            count = std::max(count, 1); // its first finding stays open: one is always overdue
        for (int number = 1; number <= count; ++number) {
            // Every method is used from the third inspection on.
            const InspectionMethod method = methods[std::size_t(inspectionCount % int(methods.size()))];
            const qint64 id = idOf(inspectionCount++);
            QString inspectors = any(DemoData::inspectors);
            if (const QString second = any(DemoData::inspectors); chance(60) && second != inspectors)
                inspectors += u"、"_s + second;
            const QString code = u"JC%1-%2"_s.arg(QDate::fromJulianDay(on).toString(u"yyyyMMdd"_s))
                                     .arg(number, 2, 10, QChar(u'0'));
            Inspection inspection;
            inspection.id = id;
            inspection.code = code;
            inspection.inspectedOn = m_days[std::size_t(day)];
            inspection.companyId = idOf(1 + pick(kCompanies - 1));
            inspection.method = method;
            inspection.inspectors = inspectors;
            if (!inspections.add(inspection))
                return inspections.flush();
            if (Status status = inspections.flush(); !status) // before its findings
                return status;

            const int found = 1 + pick(4);
            const qint64 deadline = on + 7;
            shuffleFront(descriptions, found);
            for (int f = 0; f < found; ++f) {
                const bool keepOpen = day == 0 && number == 1 && f == 0;
                const bool rectified = !keepOpen && on < m_today && chance(deadline < m_today ? 75 : 40);
                const qint64 last = std::min(deadline + 3, m_today);
                Finding finding;
                finding.inspectionId = id;
                finding.description = DemoData::findings[std::size_t(descriptions[f])].toString();
                finding.deadline = dateOf(deadline);
                finding.status = rectified ? FindingStatus::Rectified : FindingStatus::Open;
                if (rectified)
                    finding.rectifiedOn = dateOf(on + 1 + pick(int(last - on)));
                if (!findings.add(finding))
                    return findings.flush();
            }
        }
    }
    if (Status status = inspections.flush(); !status)
        return status;
    progress(90);
    return findings.flush();
}

Status Loader::insertReports()
{
    BulkWriter rows(m_db, definition<DailyReport>());
    std::vector<int> reporting;
    for (int c = 0; c < kCompanies; ++c)
        if (!DemoData::companies[c].parentCode.isEmpty())
            reporting.push_back(c);

    for (int day = 0; day < m_scale.days; ++day) {
        const bool today = day == m_scale.days - 1;
        std::vector<bool> missing(kCompanies, false);
        bool anyMissing = false;
        for (int c : reporting) {
            missing[c] = chance(10) && !(day == m_positiveDay && c == m_positiveCompany);
            anyMissing = anyMissing || missing[c];
        }
        if (today && !anyMissing)
            missing[reporting[std::size_t(pick(int(reporting.size())))]] = true; // someone is always late

        for (int c : reporting) {
            if (missing[c])
                continue;
            const std::size_t cell = std::size_t(day * kCompanies + c);
            const int active = m_active[cell];
            const int tests = m_tested[cell];
            int away = pick(active / 100 + 4);
            int arrivals = chance(70) ? 0 : 1 + pick(4);
            int observation = chance(85) ? 0 : 1 + pick(2);
            // The registers' counts, now and then one off, as units count by hand.
            away = m_away[cell] + (m_moveRng.bounded(100) < 4 ? 1 : 0);
            arrivals = m_arrivals[cell];
            observation = m_observed[cell] + (m_moveRng.bounded(100) < 3 ? 1 : 0);
            const int onDuty = std::max(0, active - away - observation - pick(active / 15 + 1));
            const int testsDone = chance(75) ? tests : std::max(0, tests + pick(7) - 3);
            QString anomalies = chance(85) ? any(DemoData::zeroAnomalies) : any(DemoData::anomalies);
            if (day == m_positiveDay && c == m_positiveCompany) {
                anomalies = DemoData::positiveAnomaly.toString();
                observation += 3;
            }
            const bool withMorning = today && sendsMorning(c) && chance(85);
            for (int edition = withMorning ? 0 : 1; edition < 2; ++edition) {
                // The morning edition counts the morning's tests only.
                const QString text = edition == 0 && chance(50) ? any(DemoData::zeroAnomalies) : anomalies;
                DailyReport report;
                report.companyId = idOf(c);
                report.date = m_days[std::size_t(day)];
                report.edition = edition == 0 ? ReportEdition::Morning : ReportEdition::Evening;
                report.onDuty = onDuty;
                report.away = away;
                report.arrivals = arrivals;
                report.underObservation = observation;
                report.testsDone = edition == 0 ? testsDone * (40 + pick(31)) / 100 : testsDone;
                report.anomalies = text;
                if (!rows.add(report))
                    return rows.flush();
            }
        }
        progress(90, 99, day + 1, m_scale.days);
    }
    return rows.flush();
}

} // namespace seawall::demo
