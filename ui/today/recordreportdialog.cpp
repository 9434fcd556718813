// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/today/recordreportdialog.h"

#include "core/db/companyrepository.h"
#include "core/db/dailyreportrepository.h"
#include "ui/common/workspace.h"
#include "ui/today/reportedits.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace seawall {

RecordReportDialog::RecordReportDialog(Workspace *workspace, const DailyReport &report, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_id(report.id)
{
    setWindowTitle(m_id == 0 ? tr("Record daily report") : tr("Edit daily report"));

    m_company = new QComboBox(this);
    if (Database *db = workspace->database()) {
        for (const Company &c : CompanyRepository(*db).all()) {
            // Units that need not report may still send one; list them only
            // when the report is theirs.
            if (c.reportsDaily || c.id == report.companyId)
                m_company->addItem(c.name, c.id);
        }
    }
    m_company->setCurrentIndex(m_company->findData(report.companyId));

    m_date = new QDateEdit(report.date.isValid() ? report.date : workspace->asOf(), this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_edition = new QComboBox(this);
    for (ReportEdition e : {ReportEdition::Morning, ReportEdition::Evening})
        m_edition->addItem(displayName(e), QVariant::fromValue(int(e)));
    m_edition->setCurrentIndex(report.edition == ReportEdition::Morning ? 0 : 1);

    const auto count = [this](int value) {
        auto *spin = new QSpinBox(this);
        spin->setRange(0, 1000000); // a count is never negative
        spin->setValue(value);
        spin->setGroupSeparatorShown(true);
        return spin;
    };
    m_onDuty = count(report.onDuty);
    m_away = count(report.away);
    m_arrivals = count(report.arrivals);
    m_underObservation = count(report.underObservation);
    m_testsDone = count(report.testsDone);
    m_anomalies = new QLineEdit(report.anomalies, this);
    m_anomalies->setPlaceholderText(tr("无 (nothing to report)"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Unit:"), m_company);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("E&dition:"), m_edition);
    form->addRow(tr("On &duty:"), m_onDuty);
    form->addRow(tr("A&way from the city:"), m_away);
    form->addRow(tr("A&rrivals:"), m_arrivals);
    form->addRow(tr("Under &observation:"), m_underObservation);
    form->addRow(tr("&Tests done:"), m_testsDone);
    form->addRow(tr("&Anomalies:"), m_anomalies);

    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #b01e1e"_s);
    m_problem->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_zero = buttons->addButton(tr("&Zero report"), QDialogButtonBox::ActionRole);
    m_zero->setObjectName(u"zeroReport"_s);
    m_zero->setToolTip(tr("Save a zero report (无): nothing to report today."));
    m_zero->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Save)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &RecordReportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RecordReportDialog::reject);
    connect(m_zero, &QPushButton::clicked, this, &RecordReportDialog::saveZeroReport);

    m_company->setMinimumContentsLength(12);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    // The counts are what the coordinator types first when a unit phones in.
    m_onDuty->setFocus();
    m_onDuty->selectAll();
}

bool RecordReportDialog::record(Workspace *workspace, qint64 companyId, const QDate &date, ReportEdition edition,
                                QWidget *parent)
{
    // A report that came meanwhile (an import, a colleague) is opened
    // rather than refused as a duplicate.
    if (Database *db = workspace->database()) {
        if (const auto existing = DailyReportRepository(*db).findByKey(companyId, date, edition))
            return edit(workspace, existing->id, parent);
    }
    DailyReport report;
    report.companyId = companyId;
    report.date = date;
    report.edition = edition;
    RecordReportDialog dialog(workspace, report, parent);
    return dialog.exec() == QDialog::Accepted;
}

bool RecordReportDialog::edit(Workspace *workspace, qint64 reportId, QWidget *parent)
{
    Database *db = workspace->database();
    const auto report = db ? DailyReportRepository(*db).find(reportId) : std::nullopt;
    if (!report)
        return false;
    RecordReportDialog dialog(workspace, *report, parent);
    return dialog.exec() == QDialog::Accepted;
}

DailyReport RecordReportDialog::report() const
{
    DailyReport r;
    r.id = m_id;
    r.companyId = m_company->currentData().toLongLong();
    r.date = m_date->date();
    r.edition = m_edition->currentIndex() == 0 ? ReportEdition::Morning : ReportEdition::Evening;
    r.onDuty = m_onDuty->value();
    r.away = m_away->value();
    r.arrivals = m_arrivals->value();
    r.underObservation = m_underObservation->value();
    r.testsDone = m_testsDone->value();
    r.anomalies = m_anomalies->text().trimmed();
    return r;
}

QString RecordReportDialog::problem() const { return m_problem->isHidden() ? QString() : m_problem->text(); }

void RecordReportDialog::accept()
{
    if (save(report()))
        QDialog::accept();
}

void RecordReportDialog::saveZeroReport()
{
    DailyReport r = report();
    r.anomalies = u"无"_s;
    if (save(r))
        QDialog::accept();
}

bool RecordReportDialog::save(const DailyReport &report)
{
    const Status saved = ReportEdits::save(m_workspace, report);
    if (saved)
        return true;
    m_problem->setText(saved.error().message);
    m_problem->show();
    return false;
}

} // namespace seawall
