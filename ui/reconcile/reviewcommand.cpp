// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reconcile/reviewcommand.h"

#include "core/reconcile/reviewstore.h"
#include "ui/common/workspace.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace seawall {

ReviewCommand::ReviewCommand(Workspace *workspace, const Discrepancy &item, std::optional<Review> after)
    : m_workspace(workspace), m_kind(item.kind), m_key(item.key), m_before(item.review), m_after(std::move(after))
{
    setText(m_after ? QCoreApplication::translate("Reconcile", "Mark reviewed")
                    : QCoreApplication::translate("Reconcile", "Clear review"));
}

void ReviewCommand::redo()
{
    write(m_after);
}

void ReviewCommand::undo()
{
    write(m_before);
}

void ReviewCommand::write(const std::optional<Review> &review)
{
    Database *db = m_workspace->database();
    if (!db)
        return;
    ReviewStore store(*db);
    const Status status = review ? store.put(m_kind, m_key, *review) : store.clear(m_kind, m_key);
    if (!status)
        qWarning("review not written: %s", qPrintable(status.error().message));
    m_workspace->notifyDataChanged({u"reconciliation_review"_s});
}

} // namespace seawall
