// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/forms/findingform.h"

#include "ui/forms/formfields.h"
#include "core/validation/validator.h"

#include <QPlainTextEdit>

using namespace Qt::StringLiterals;

namespace seawall {

FindingForm::FindingForm(QWidget *parent)
    : FormDialog(parent), m_description(new QPlainTextEdit(this)), m_deadline(new DateField(this)),
      m_status(new QComboBox(this)), m_rectifiedOn(new DateField(this))
{
    setWindowTitle(tr("Add finding"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 3 + 12);
    fillEnum(m_status, {FindingStatus::Open, FindingStatus::Rectified});
    addField(tr("Problem found:"), m_description, u"finding"_s);
    addField(tr("Rectify by:"), m_deadline, u"deadline"_s);
    addField(tr("Status:"), m_status, u"status"_s);
    addField(tr("Rectified on:"), m_rectifiedOn, u"rectified_on"_s);
    // The date belongs to a rectified finding only.
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        const bool rectified = selectedEnum<FindingStatus>(m_status) == FindingStatus::Rectified;
        m_rectifiedOn->setEnabled(rectified);
        if (!rectified)
            m_rectifiedOn->clear();
        // 整改中 → 已整改: say at once that the date is wanted.
        touch(u"rectified_on"_s);
    });
    m_rectifiedOn->setEnabled(false);
    finishLayout();
}

void FindingForm::setRecord(const Finding &finding)
{
    m_id = finding.id;
    m_inspectionId = finding.inspectionId;
    if (m_id != 0)
        setWindowTitle(tr("Edit finding"));
    m_description->setPlainText(finding.description);
    m_deadline->setDate(finding.deadline);
    selectEnum(m_status, finding.status);
    m_rectifiedOn->setDate(finding.rectifiedOn);
    if (m_id != 0)
        touchAll();
    else
        revalidate();
}

Finding FindingForm::record() const
{
    Finding f;
    f.id = m_id;
    f.inspectionId = m_inspectionId;
    f.description = m_description->toPlainText().trimmed();
    f.deadline = m_deadline->date();
    f.status = selectedEnum<FindingStatus>(m_status);
    f.rectifiedOn = f.status == FindingStatus::Rectified ? m_rectifiedOn->date() : QDate();
    return f;
}

std::vector<Error> FindingForm::check() const
{
    const Finding f = record();
    std::vector<Error> errors = Validator::check(f);
    replaceDateProblem(errors, m_deadline, u"deadline"_s, tr("Rectify by"));
    if (auto problem = m_rectifiedOn->problem(u"rectified_on"_s, tr("Rectified on")))
        errors.push_back(*problem);
    else if (f.status == FindingStatus::Rectified && !f.rectifiedOn.isValid())
        errors.push_back(Error::invalid(
            u"rectified_on"_s, tr("Rectified on: a rectified finding needs the date it was rectified.")));
    return errors;
}

} // namespace seawall
