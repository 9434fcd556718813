// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/passworddialog.h"
#include "ui/common/problemlabel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace seawall {

PasswordDialog::PasswordDialog(const DatabaseAddress &address, QWidget *parent)
    : QDialog(parent), m_problem(new ProblemLabel(this)), m_password(new QLineEdit(this)), m_keep(new QCheckBox(this))
{
    setWindowTitle(tr("Password"));
    m_password->setObjectName(u"password"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMinimumWidth(280);
    m_keep->setObjectName(u"keep"_s);
    m_keep->setText(tr("&Keep it in the system keyring"));
    m_keep->setToolTip(tr("The next connection takes it from the keyring; it is never written to a file of Seawall."));
    m_problem->setObjectName(u"problem"_s);
    auto *what = new QLabel(tr("The server %1 wants the password of %2 for the database %3.")
                                .arg(address.host.toHtmlEscaped(), address.user.toHtmlEscaped(),
                                     address.database.toHtmlEscaped()),
                            this);
    what->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *form = new QFormLayout(this);
    form->addRow(what);
    form->addRow(m_problem);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(m_keep);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString PasswordDialog::password() const { return m_password->text(); }

bool PasswordDialog::keepInKeyring() const { return m_keep->isChecked(); }

void PasswordDialog::setProblem(const QString &message)
{
    m_problem->say(message);
    m_password->clear();
    m_password->setFocus();
}

void PasswordDialog::warnNotKept(const QString &problem)
{
    QMessageBox::warning(parentWidget(), windowTitle(),
                         tr("Connected, but the system keyring did not keep the password (%1). It will be asked "
                            "for again next time.")
                             .arg(problem));
}

} // namespace seawall
