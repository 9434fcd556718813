// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/forms/formdialog.h"
#include "core/model/company.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace seawall {

class Database;

// Adds or edits a company: its place in the tree (parent), names it is
// known by in files (aliases, one a line), contact and whether it reports daily.
class CompanyForm : public FormDialog
{
    Q_OBJECT

public:
    explicit CompanyForm(Database &db, QWidget *parent = nullptr);

    // The parent list leaves out the company and its descendants.
    void setRecord(const Company &company);
    Company record() const;

    QComboBox *parentCombo() const { return m_parent; }
    QPlainTextEdit *aliasesEdit() const { return m_aliases; }
    QLineEdit *contactPhoneEdit() const { return m_contactPhone; }

protected:
    std::vector<Error> check() const override;

private:
    Database &m_db;
    qint64 m_id = 0;
    QLineEdit *m_code;
    QLineEdit *m_name;
    QComboBox *m_parent;
    QPlainTextEdit *m_aliases;
    QLineEdit *m_contactPerson;
    QLineEdit *m_contactPhone;
    QCheckBox *m_reportsDaily;
    QCheckBox *m_reportsMorning;
};

} // namespace seawall
