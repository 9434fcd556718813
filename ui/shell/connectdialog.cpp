// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/connectdialog.h"

#include "core/paths.h"
#include "core/util/username.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace seawall {
namespace {
const QString kLastServerKey = u"server/last"_s;
constexpr int kDefaultPort = 5432;
}

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent), m_host(new QLineEdit(this)), m_port(new QSpinBox(this)), m_database(new QLineEdit(this)),
      m_user(new QLineEdit(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Connect to Server"));
    m_host->setObjectName(u"host"_s);
    m_port->setObjectName(u"port"_s);
    m_database->setObjectName(u"database"_s);
    m_user->setObjectName(u"user"_s);
    m_host->setPlaceholderText(tr("The server's name or address"));
    m_host->setMinimumWidth(320);
    m_port->setRange(1, 65535);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Co&nnect"));

    // The last server, or what a team's server usually is.
    const Result<DatabaseAddress> last = DatabaseAddress::parse(lastServer());
    const bool known = last && last.value().isServer();
    m_host->setText(known ? last.value().host : QString());
    m_port->setValue(known ? last.value().port : kDefaultPort);
    m_database->setText(known ? last.value().database : u"seawall"_s);
    m_user->setText(known ? last.value().user : currentUserName());

    auto *note = new QLabel(tr("A Seawall database on a PostgreSQL server, shared by the coordinators of a team. "
                               "The password is asked for when the server wants one."),
                            this);
    note->setWordWrap(true);
    auto *form = new QFormLayout(this);
    form->addRow(note);
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_host, m_database, m_user})
        connect(edit, &QLineEdit::textChanged, this, &ConnectDialog::update);
    update();
}

DatabaseAddress ConnectDialog::address() const
{
    DatabaseAddress address;
    address.kind = DatabaseAddress::Kind::Server;
    address.host = m_host->text().trimmed();
    address.port = m_port->value();
    address.database = m_database->text().trimmed();
    address.user = m_user->text().trimmed();
    return address;
}

void ConnectDialog::update()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_host->text().trimmed().isEmpty() && !m_database->text().trimmed().isEmpty());
}

QString ConnectDialog::lastServer()
{
    return QSettings(Paths::settingsFile(), QSettings::IniFormat).value(kLastServerKey).toString();
}

void ConnectDialog::rememberServer(const QString &address)
{
    QSettings(Paths::settingsFile(), QSettings::IniFormat).setValue(kLastServerKey, address);
}

} // namespace seawall
