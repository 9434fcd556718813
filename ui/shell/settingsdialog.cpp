// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/settingsdialog.h"

#include "core/paths.h"
#include "ui/shell/welcomedialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace seawall {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent), m_language(new QComboBox(this)), m_database(new QLineEdit(this)),
      m_listDays(new QComboBox(this)), m_backupsKept(new QSpinBox(this))
{
    setWindowTitle(tr("Settings"));
    // The languages are named in their own language, as people look for them.
    m_language->addItem(tr("Follow the system"), QString());
    m_language->addItem(u"中文（简体）"_s, u"zh_CN"_s);
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->setCurrentIndex(std::max(0, m_language->findData(Paths::language())));

    const QString remembered = WelcomeDialog::rememberedDatabase();
    m_database->setText(QDir::toNativeSeparators(remembered.isEmpty() ? Paths::defaultDatabase() : remembered));
    m_database->setMinimumWidth(360);
    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &SettingsDialog::browse);
    auto *databaseRow = new QHBoxLayout;
    databaseRow->addWidget(m_database, 1);
    databaseRow->addWidget(browse);

    m_listDays->addItem(tr("The as-of day"), 1);
    m_listDays->addItem(tr("The 7 days up to the as-of day"), 7);
    m_listDays->setCurrentIndex(std::max(0, m_listDays->findData(listDays())));
    m_listDays->setToolTip(tr("The dates a list of tests, vaccinations, shifts, inspections or daily reports "
                              "shows when it opens and when the as-of date changes"));

    m_backupsKept->setRange(1, 365);
    m_backupsKept->setValue(Paths::backupsKept());
    m_backupsKept->setToolTip(tr("Seawall copies the database on the first open of each day into the folder "
                                 "backups beside it and keeps this many of the newest copies"));

    auto *note = new QLabel(tr("The language and the database take effect the next time Seawall starts."), this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Database at start:"), databaseRow);
    qobject_cast<QLabel *>(form->labelForField(databaseRow))->setBuddy(m_database);
    form->addRow(tr("Dated lists &show:"), m_listDays);
    form->addRow(tr("Daily &backups kept:"), m_backupsKept);
    form->addRow(note);
    form->addRow(buttons);
}

void SettingsDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Database at start"), m_database->text(),
                                                      tr("Seawall databases (*.sqlite);;All files (*)"));
    if (!path.isEmpty())
        m_database->setText(QDir::toNativeSeparators(path));
}

namespace {

QString listDaysKey() { return u"lists/days"_s; }

} // namespace

int SettingsDialog::listDays()
{
    const int days = QSettings(Paths::settingsFile(), QSettings::IniFormat).value(listDaysKey(), 1).toInt();
    return days == 7 ? 7 : 1;
}

void SettingsDialog::save()
{
    QSettings(Paths::settingsFile(), QSettings::IniFormat).setValue(listDaysKey(), m_listDays->currentData().toInt());
    Paths::setLanguage(m_language->currentData().toString());
    Paths::setBackupsKept(m_backupsKept->value());
    const QString path = QDir::fromNativeSeparators(m_database->text().trimmed());
    if (!path.isEmpty())
        WelcomeDialog::rememberDatabase(path);
}

} // namespace seawall
