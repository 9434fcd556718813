// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reconcile/discrepancy.h"

#include <QUndoCommand>

namespace seawall {

class Workspace;

// "Mark reviewed" or "Clear review" of one reconciliation item as one step
// of the window's undo stack: redo writes the review it was given (or
// clears it), undo puts back what was there before.
class ReviewCommand : public QUndoCommand
{
public:
    ReviewCommand(Workspace *workspace, const Discrepancy &item, std::optional<Review> after);

    void redo() override;
    void undo() override;

private:
    void write(const std::optional<Review> &review);

    Workspace *m_workspace;
    DiscrepancyKind m_kind;
    QString m_key;
    std::optional<Review> m_before;
    std::optional<Review> m_after;
};

} // namespace seawall
