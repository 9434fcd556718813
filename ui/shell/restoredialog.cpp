// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/restoredialog.h"

#include "core/db/dailybackup.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace seawall {

RestoreDialog::RestoreDialog(const QString &databasePath, QWidget *parent)
    : QDialog(parent), m_list(new QTreeWidget(this))
{
    setWindowTitle(tr("Restore from Backup"));
    auto *intro = new QLabel(tr("Seawall copies %1 on the first open of each day into %2. The copy you choose "
                                "replaces the database; the file as it is now is kept beside it.")
                                 .arg(QDir::toNativeSeparators(QFileInfo(databasePath).fileName()),
                                      QDir::toNativeSeparators(Backups::folderFor(databasePath))),
                             this);
    intro->setWordWrap(true);
    m_list->setHeaderLabels({tr("Date"), tr("Records")});
    m_list->setRootIsDecorated(false);
    m_list->setAllColumnsShowFocus(true);
    const QLocale locale;
    for (const BackupCopy &copy : Backups::list(databasePath)) {
        QStringList counts;
        for (const auto &[entity, rows] : copy.counts)
            if (rows > 0)
                counts << tr("%1 %2").arg(entity, locale.toString(rows));
        auto *item = new QTreeWidgetItem(m_list, {locale.toString(copy.day, QLocale::LongFormat),
                                                  counts.isEmpty() ? tr("No records") : counts.join(tr(", "))});
        item->setData(0, Qt::UserRole, copy.path);
        item->setToolTip(0, QDir::toNativeSeparators(copy.path));
    }
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    restore->setEnabled(m_list->currentItem() != nullptr);
    connect(m_list, &QTreeWidget::currentItemChanged, restore,
            [restore](QTreeWidgetItem *current) { restore->setEnabled(current != nullptr); });
    connect(m_list, &QTreeWidget::itemActivated, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    if (m_list->topLevelItemCount() == 0)
        layout->addWidget(new QLabel(tr("There are no backups of this database yet."), this));
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(640, 360);
}

QString RestoreDialog::chosen() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

int RestoreDialog::copies() const { return m_list->topLevelItemCount(); }

} // namespace seawall
