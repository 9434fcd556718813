// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/unlockdaydialog.h"

#include "core/audit/daylocks.h"
#include "core/db/database.h"
#include "core/edit/changehub.h"
#include "ui/common/dateedit.h"
#include "ui/common/workspace.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace seawall {

UnlockDayDialog::UnlockDayDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_date(new DateEdit(workspace->asOf(), this)),
      m_reason(new QLineEdit(this)), m_state(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Unlock Day"));
    m_date->setObjectName(u"date"_s);
    m_reason->setObjectName(u"reason"_s);
    m_reason->setPlaceholderText(tr("Why records of the printed day must change"));
    m_reason->setMinimumWidth(360);
    m_state->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Unlock"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Day:"), m_date);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(m_state);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &UnlockDayDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &UnlockDayDialog::reject);
    connect(m_date, &QDateEdit::dateChanged, this, &UnlockDayDialog::update);
    connect(m_reason, &QLineEdit::textChanged, this, &UnlockDayDialog::update);
    update();
}

void UnlockDayDialog::update()
{
    Database *db = m_workspace->database();
    const std::optional<DayLocks::Lock> lock = db ? DayLocks::find(*db, m_date->date()) : std::nullopt;
    m_state->setText(lock ? DayLocks::refusal(*lock) : tr("%1 is not locked.").arg(m_date->date().toString(Qt::ISODate)));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(lock && !m_reason->text().trimmed().isEmpty());
}

void UnlockDayDialog::accept()
{
    Database *db = m_workspace->database();
    if (!db)
        return;
    if (const Status status = DayLocks::unlock(*db, m_date->date(), m_reason->text()); !status) {
        m_state->setText(status.error().message);
        return;
    }
    // The day's briefing is no longer what locks it; the audit log has a line more.
    ChangeSet changes;
    changes.addAll(EntityKind::Briefing);
    m_workspace->changes()->announce(changes);
    emit m_workspace->announced(tr("%1 is unlocked; the next evening briefing of that day locks it again.")
                                    .arg(m_date->date().toString(Qt::ISODate)));
    QDialog::accept();
}

} // namespace seawall
