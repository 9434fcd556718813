// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/dailyreport.h"

#include "core/entity/entitydef.h"
#include "core/util/text.h"

using namespace Qt::StringLiterals;

namespace seawall {

bool DailyReport::isZeroText(const QString &anomalies)
{
    const QString folded = foldLabel(anomalies);
    return folded.isEmpty() || folded == u"无"_s || folded == u"无异常"_s || folded == u"none"_s;
}

bool DailyReport::isZeroReport() const { return isZeroText(anomalies); }

namespace {

bool zeroReport(const DailyReport &report) { return report.isZeroReport(); }

} // namespace

template <>
const EntityDef &definition<DailyReport>()
{
    using namespace columns;
    static const EntityDef def = [] {
        EntityDef d{EntityKind::DailyReport, u"daily_report"_s, QT_TRANSLATE_NOOP("Entity", "daily report"),
                    QT_TRANSLATE_NOOP("Entity", "Daily reports")};
        d.columns = {
            companyOf(&DailyReport::companyId, Column::Key),
            plain(&DailyReport::date, u"report_date"_s, QT_TRANSLATE_NOOP("Field", "Report date"),
                  Column::Key | Column::Day)
                .withField(u"date"_s),
            plain(&DailyReport::edition, u"edition"_s, QT_TRANSLATE_NOOP("Field", "Edition"), Column::Key),
            plain(&DailyReport::onDuty, u"on_duty"_s, QT_TRANSLATE_NOOP("Field", "On duty")),
            plain(&DailyReport::away, u"away"_s, QT_TRANSLATE_NOOP("Field", "Away")),
            plain(&DailyReport::arrivals, u"arrivals"_s, QT_TRANSLATE_NOOP("Field", "Arrivals")),
            plain(&DailyReport::underObservation, u"under_observation"_s,
                  QT_TRANSLATE_NOOP("Field", "Under observation")),
            plain(&DailyReport::testsDone, u"tests_done"_s, QT_TRANSLATE_NOOP("Field", "Tests done")),
            plain(&DailyReport::anomalies, u"anomalies"_s, QT_TRANSLATE_NOOP("Field", "Anomalies"),
                  Column::Searchable),
            // Stored so that the figures count zero reports by an index, by
            // the one rule above.
            derived(u"zero_report"_s, &zeroReport, QT_TRANSLATE_NOOP("Field", "Zero report")),
        };
        d.title = {u"company_id"_s, u"report_date"_s};
        d.list.id = u"daily_reports"_s;
        d.list.columns = {u"report_date"_s, u"company_id"_s, u"edition"_s,    u"on_duty"_s,     u"away"_s,
                          u"arrivals"_s,    u"under_observation"_s, u"tests_done"_s, u"zero_report"_s,
                          u"anomalies"_s};
        d.list.filters = {u"edition"_s, u"zero"_s};
        d.list.conditions = {{u"zero"_s,
                              QT_TRANSLATE_NOOP("Field", "Zero report"),
                              {{QT_TRANSLATE_NOOP("Field", "Zero reports"), u"r.zero_report = 1"_s},
                               {QT_TRANSLATE_NOOP("Field", "With something to report"), u"r.zero_report = 0"_s}}}};
        return std::move(d.finish());
    }();
    return def;
}

} // namespace seawall
