// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/templatesdialog.h"

#include "core/import/importtemplate.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace seawall {

TemplatesDialog::TemplatesDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Templates"));
    auto *intro = new QLabel(tr("Blank Excel workbooks to send to the units: Chinese headers, ID and phone numbers "
                                "formatted as text, drop-down lists for fixed values, and a sheet saying how to "
                                "fill them in. What the units send back imports as it is."),
                             this);
    intro->setWordWrap(true);
    m_kinds = new QListWidget(this);
    m_kinds->setObjectName(u"kinds"_s);
    for (const csv::FileKind kind : csv::HeaderMap::kinds()) {
        auto *item = new QListWidgetItem(csv::displayName(kind), m_kinds);
        item->setData(Qt::UserRole, int(kind));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    m_folder = new QLineEdit(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), this);
    m_folder->setObjectName(u"folder"_s);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    m_status = new QLabel(this);
    m_status->setObjectName(u"status"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    // Not the standard Save button, whose text Qt sets again when the
    // language changes (a template is written through the Chinese catalogue).
    m_write = buttons->addButton(tr("&Write templates"), QDialogButtonBox::AcceptRole);
    m_write->setObjectName(u"write"_s);
    m_write->setDefault(true);

    auto *form = new QFormLayout;
    auto *kindsLabel = new QLabel(tr("&Kinds:"), this);
    kindsLabel->setBuddy(m_kinds);
    form->addRow(kindsLabel, m_kinds);
    auto *folderLabel = new QLabel(tr("&Folder:"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(browse, &QPushButton::clicked, this, &TemplatesDialog::chooseFolder);
    connect(buttons, &QDialogButtonBox::accepted, this, &TemplatesDialog::writeTemplates);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kinds, &QListWidget::itemChanged, this, &TemplatesDialog::updateButtons);
    connect(m_folder, &QLineEdit::textChanged, this, &TemplatesDialog::updateButtons);
    resize(560, 460);
}

void TemplatesDialog::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder for the templates"), m_folder->text());
    if (!folder.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(folder));
}

void TemplatesDialog::updateButtons()
{
    bool any = false;
    for (int row = 0; row < m_kinds->count(); ++row)
        any = any || m_kinds->item(row)->checkState() == Qt::Checked;
    m_write->setEnabled(any && !m_folder->text().trimmed().isEmpty());
}

bool TemplatesDialog::writeTemplates()
{
    const QDir folder(QDir::fromNativeSeparators(m_folder->text().trimmed()));
    if (!folder.exists() && !QDir().mkpath(folder.absolutePath())) {
        m_status->setText(tr("The folder %1 could not be made.").arg(QDir::toNativeSeparators(folder.absolutePath())));
        return false;
    }
    QStringList written;
    for (int row = 0; row < m_kinds->count(); ++row) {
        const QListWidgetItem *item = m_kinds->item(row);
        if (item->checkState() != Qt::Checked)
            continue;
        const auto kind = csv::FileKind(item->data(Qt::UserRole).toInt());
        const QString path = folder.filePath(ImportTemplate::fileName(kind));
        if (const Status status = ImportTemplate::write(kind, path); !status) {
            m_status->setText(status.error().message);
            return false;
        }
        written << QFileInfo(path).fileName();
    }
    m_status->setText(tr("Written to %1: %2.")
                          .arg(QDir::toNativeSeparators(folder.absolutePath()), written.join(tr(", "))));
    return true;
}

} // namespace seawall
