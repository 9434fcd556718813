// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/forms/dailyreportform.h"

#include "core/db/companyrepository.h"
#include "core/validation/validator.h"
#include "ui/forms/formfields.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace seawall {
namespace {

QSpinBox *countBox(QWidget *parent)
{
    auto *spin = new QSpinBox(parent);
    spin->setRange(0, 1000000); // a count is never negative
    spin->setGroupSeparatorShown(true);
    return spin;
}

} // namespace

DailyReportForm::DailyReportForm(Database &db, QWidget *parent)
    : FormDialog(parent), m_db(db), m_company(new QComboBox(this)), m_date(new QDateEdit(this)),
      m_edition(new QComboBox(this)), m_onDuty(countBox(this)), m_away(countBox(this)), m_arrivals(countBox(this)),
      m_underObservation(countBox(this)), m_testsDone(countBox(this)), m_anomalies(new QLineEdit(this))
{
    setWindowTitle(tr("Record daily report"));
    m_company->setMinimumContentsLength(12);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    fillEnum(m_edition, {ReportEdition::Morning, ReportEdition::Evening});
    m_anomalies->setPlaceholderText(tr("无 (nothing to report)"));
    addField(tr("&Unit:"), m_company, u"company"_s);
    addField(tr("&Date:"), m_date, u"date"_s);
    addField(tr("E&dition:"), m_edition, u"edition"_s);
    addField(tr("On &duty:"), m_onDuty, u"on_duty"_s);
    addField(tr("A&way from the city:"), m_away, u"away"_s);
    addField(tr("A&rrivals:"), m_arrivals, u"arrivals"_s);
    addField(tr("Under &observation:"), m_underObservation, u"under_observation"_s);
    addField(tr("&Tests done:"), m_testsDone, u"tests_done"_s);
    addField(tr("&Anomalies:"), m_anomalies, u"anomalies"_s);
    m_zero = addButton(tr("&Zero report"));
    m_zero->setObjectName(u"zeroReport"_s);
    m_zero->setToolTip(tr("Save a zero report (无): nothing to report today."));
    connect(m_zero, &QPushButton::clicked, this, [this] {
        m_anomalies->setText(u"无"_s);
        accept();
    });
    finishLayout();
}

void DailyReportForm::setRecord(const DailyReport &report)
{
    m_id = report.id;
    if (m_id != 0)
        setWindowTitle(tr("Edit daily report"));
    m_company->clear();
    // Units that need not report may still send one; they are offered only
    // when the report is theirs.
    for (const Company &c : CompanyRepository(m_db).all())
        if (c.reportsDaily || c.id == report.companyId)
            m_company->addItem(c.name, c.id);
    selectId(m_company, report.companyId);
    m_date->setDate(report.date);
    selectEnum(m_edition, report.edition);
    m_onDuty->setValue(report.onDuty);
    m_away->setValue(report.away);
    m_arrivals->setValue(report.arrivals);
    m_underObservation->setValue(report.underObservation);
    m_testsDone->setValue(report.testsDone);
    m_anomalies->setText(report.anomalies);
    // The counts are what the coordinator types first when a unit phones in.
    m_onDuty->setFocus();
    m_onDuty->selectAll();
    revalidate();
}

DailyReport DailyReportForm::record() const
{
    DailyReport r;
    r.id = m_id;
    r.companyId = selectedId(m_company);
    r.date = m_date->date();
    r.edition = selectedEnum<ReportEdition>(m_edition);
    r.onDuty = m_onDuty->value();
    r.away = m_away->value();
    r.arrivals = m_arrivals->value();
    r.underObservation = m_underObservation->value();
    r.testsDone = m_testsDone->value();
    r.anomalies = m_anomalies->text().trimmed();
    return r;
}

std::vector<Error> DailyReportForm::check() const { return Validator::check(record()); }

} // namespace seawall
