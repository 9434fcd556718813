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

using namespace Qt::StringLiterals;

namespace seawall {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent), m_language(new QComboBox(this)), m_database(new QLineEdit(this))
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

    auto *note = new QLabel(tr("Changes take effect the next time Seawall starts."), this);
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

void SettingsDialog::save()
{
    Paths::setLanguage(m_language->currentData().toString());
    const QString path = QDir::fromNativeSeparators(m_database->text().trimmed());
    if (!path.isEmpty())
        WelcomeDialog::rememberDatabase(path);
}

} // namespace seawall
