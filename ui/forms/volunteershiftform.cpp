// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/forms/volunteershiftform.h"

#include "ui/forms/formfields.h"
#include "core/validation/validator.h"

#include <QDateTimeEdit>

using namespace Qt::StringLiterals;

namespace seawall {

VolunteerShiftForm::VolunteerShiftForm(Database &db, QWidget *parent)
    : PersonRecordForm(db, parent), m_team(new QLineEdit(this)), m_site(new QLineEdit(this)),
      m_task(new QLineEdit(this)), m_start(new QDateTimeEdit(this)), m_end(new QDateTimeEdit(this))
{
    setWindowTitle(tr("Add volunteer shift"));
    const QDateTime now(QDate::currentDate(), QTime(QTime::currentTime().hour(), 0));
    for (QDateTimeEdit *edit : {m_start, m_end}) {
        edit->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
        edit->setCalendarPopup(true);
    }
    m_start->setDateTime(now);
    m_end->setDateTime(now.addSecs(4 * 3600));
    addPersonFields();
    addField(tr("Team:"), m_team, u"team"_s);
    addField(tr("Site:"), m_site, u"site"_s);
    addField(tr("Task:"), m_task, u"task"_s);
    addField(tr("Start:"), m_start, u"start"_s);
    addField(tr("End:"), m_end, u"end"_s);
    finishLayout();
}

void VolunteerShiftForm::setRecord(const VolunteerShift &shift)
{
    m_id = shift.id;
    if (m_id != 0)
        setWindowTitle(tr("Edit volunteer shift"));
    m_person->setPersonId(shift.personId);
    selectId(m_company, shift.companyId);
    m_team->setText(shift.team);
    m_site->setText(shift.site);
    m_task->setText(shift.task);
    if (shift.start.isValid())
        m_start->setDateTime(shift.start);
    if (shift.end.isValid())
        m_end->setDateTime(shift.end);
    if (m_id != 0)
        touchAll();
    else
        revalidate();
}

VolunteerShift VolunteerShiftForm::record() const
{
    VolunteerShift s;
    s.id = m_id;
    s.personId = personId();
    s.companyId = companyId();
    s.team = m_team->text().trimmed();
    s.site = m_site->text().trimmed();
    s.task = m_task->text().trimmed();
    s.start = m_start->dateTime();
    s.end = m_end->dateTime();
    return s;
}

std::vector<Error> VolunteerShiftForm::check() const { return withPersonCheck(Validator::check(record())); }

} // namespace seawall
