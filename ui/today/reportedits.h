// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/dailyreport.h"
#include "core/util/error.h"

namespace seawall {

class Workspace;

// The edits of daily reports, each one undo step named for its unit, so
// that the Today grid, the record-report dialog and the list of reports
// write alike.
namespace ReportEdits {

// What is wrong with a report before it is written (a future date…); empty
// when it may be saved.
QString problem(const DailyReport &report);

// Inserts the report (id 0) or updates it, as one undo step.
Status save(Workspace *workspace, const DailyReport &report);

// Records a zero report (无, all counts 0) for a unit, day and edition in
// one step.
Status recordZeroReport(Workspace *workspace, qint64 companyId, const QDate &date, ReportEdition edition);

} // namespace ReportEdits
} // namespace seawall
