// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/today/reportedits.h"

#include "core/db/companyrepository.h"
#include "core/db/dailyreportrepository.h"
#include "ui/common/changecommand.h"
#include "ui/common/workspace.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace seawall::ReportEdits {
namespace {

QString unitName(Database &db, qint64 companyId)
{
    const auto company = CompanyRepository(db).find(companyId);
    return company ? company->name : QString();
}

} // namespace

QString problem(const DailyReport &report)
{
    if (report.companyId == 0)
        return QCoreApplication::translate("ReportEdits", "Choose the unit the report is from.");
    if (!report.date.isValid())
        return QCoreApplication::translate("ReportEdits", "The report date is missing.");
    // A report cannot arrive before its day: a future date is a typing slip.
    if (report.date > QDate::currentDate())
        return QCoreApplication::translate("ReportEdits", "The report date %1 is in the future.")
            .arg(QLocale().toString(report.date, QLocale::LongFormat));
    return {};
}

Status save(Workspace *workspace, const DailyReport &report)
{
    if (const QString why = problem(report); !why.isEmpty())
        return Error::invalid(u"date"_s, why);
    Database *db = workspace->database();
    if (!db)
        return {};
    const QString name = unitName(*db, report.companyId);
    const QString text = report.id == 0 ? QCoreApplication::translate("ReportEdits", "Record daily report of %1").arg(name)
                                        : QCoreApplication::translate("ReportEdits", "Edit daily report of %1").arg(name);
    return performEdit(workspace, text, [&report](ChangeRecorder &recorder) -> Status {
        DailyReportRepository reports(recorder.database());
        if (report.id != 0) {
            if (Status watched = recorder.watch(u"daily_report"_s, report.id); !watched)
                return watched;
            return reports.update(report);
        }
        const Result<qint64> inserted = reports.insert(report);
        if (!inserted)
            return inserted.error();
        recorder.watchNew(u"daily_report"_s, inserted.value());
        return {};
    });
}

Status recordZeroReport(Workspace *workspace, qint64 companyId, const QDate &date, ReportEdition edition)
{
    DailyReport report;
    report.companyId = companyId;
    report.date = date;
    report.edition = edition;
    report.anomalies = u"无"_s; // as units write it on paper
    if (const QString why = problem(report); !why.isEmpty())
        return Error::invalid(u"date"_s, why);
    Database *db = workspace->database();
    if (!db)
        return {};
    const QString text = QCoreApplication::translate("ReportEdits", "Zero report of %1").arg(unitName(*db, companyId));
    return performEdit(workspace, text, [&report](ChangeRecorder &recorder) -> Status {
        const Result<qint64> inserted = DailyReportRepository(recorder.database()).insert(report);
        if (!inserted)
            return inserted.error();
        recorder.watchNew(u"daily_report"_s, inserted.value());
        return {};
    });
}

} // namespace seawall::ReportEdits
