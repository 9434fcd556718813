// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/forms/companyform.h"

#include "ui/forms/formfields.h"
#include "core/validation/validator.h"

#include <QCheckBox>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;

namespace seawall {

CompanyForm::CompanyForm(Database &db, QWidget *parent)
    : FormDialog(parent), m_db(db), m_code(new QLineEdit(this)), m_name(new QLineEdit(this)),
      m_parent(new QComboBox(this)), m_aliases(new QPlainTextEdit(this)), m_contactPerson(new QLineEdit(this)),
      m_contactPhone(new QLineEdit(this)), m_reportsDaily(new QCheckBox(tr("Sends a daily report"), this)),
      m_reportsMorning(new QCheckBox(tr("Sends a morning report"), this))
{
    setWindowTitle(tr("Add company"));
    fillCompanies(m_parent, db, tr("(none: top of the group)"));
    m_aliases->setPlaceholderText(tr("Other names used in files, one a line"));
    m_aliases->setTabChangesFocus(true);
    m_aliases->setFixedHeight(m_aliases->fontMetrics().lineSpacing() * 4 + 12);
    m_reportsDaily->setChecked(true);

    addField(tr("Code:"), m_code, u"code"_s);
    addField(tr("Name:"), m_name, u"name"_s);
    addField(tr("Parent company:"), m_parent, u"parent_code"_s);
    addField(tr("Aliases:"), m_aliases, u"aliases"_s);
    addField(tr("Contact person:"), m_contactPerson, u"contact_person"_s);
    addField(tr("Contact phone:"), m_contactPhone, u"contact_phone"_s);
    addField(QString(), m_reportsDaily, u"reports_daily"_s);
    addField(QString(), m_reportsMorning, u"reports_morning"_s);
    finishLayout();
}

void CompanyForm::setRecord(const Company &company)
{
    m_id = company.id;
    if (m_id != 0) {
        setWindowTitle(tr("Edit company %1").arg(company.name));
        fillCompanies(m_parent, m_db, tr("(none: top of the group)"), m_id);
    }
    m_code->setText(company.code);
    m_name->setText(company.name);
    selectId(m_parent, company.parentId);
    m_aliases->setPlainText(company.aliases.join(u'\n'));
    m_contactPerson->setText(company.contactPerson);
    m_contactPhone->setText(company.contactPhone);
    m_reportsDaily->setChecked(company.reportsDaily);
    m_reportsMorning->setChecked(company.reportsMorning);
    if (m_id != 0)
        touchAll();
    else
        revalidate();
}

Company CompanyForm::record() const
{
    Company c;
    c.id = m_id;
    c.code = m_code->text().trimmed();
    c.name = m_name->text().trimmed();
    c.parentId = selectedId(m_parent);
    for (const QString &line : m_aliases->toPlainText().split(u'\n'))
        if (!line.trimmed().isEmpty() && !c.aliases.contains(line.trimmed()))
            c.aliases << line.trimmed();
    c.contactPerson = m_contactPerson->text().trimmed();
    c.contactPhone = m_contactPhone->text().trimmed();
    c.reportsDaily = m_reportsDaily->isChecked();
    c.reportsMorning = m_reportsMorning->isChecked();
    return c;
}

std::vector<Error> CompanyForm::check() const
{
    std::vector<Error> errors = Validator::check(record());
    const Company c = record();
    if (c.aliases.contains(c.name) && !c.name.isEmpty())
        errors.push_back(Error::invalid(u"aliases"_s, tr("Aliases: %1 is already the company's name.").arg(c.name)));
    return errors;
}

} // namespace seawall
