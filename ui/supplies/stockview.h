// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/readiness/stocklevels.h"
#include "ui/edit/entityeditor.h"
#include "ui/common/readwhenshown.h"

#include <QWidget>

class QTableWidget;

namespace seawall {

class ProblemLabel;
class Workspace;

// The Supplies page: each item's latest quantity as of the as-of date
// against its minimum (those below it stand out), the history of the item
// chosen, and beside them the list of all stocktakes (`records`). Enter on
// an item opens its latest stocktake; Insert records a new count of it.
class StockView : public QWidget
{
    Q_OBJECT

public:
    StockView(Workspace *workspace, QWidget *records, QWidget *parent = nullptr);

    QTableWidget *levels() const { return m_levels; }
    QTableWidget *history() const { return m_history; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void showHistory();
    void openLatest(int row);
    void addCount(int row);

    Workspace *m_workspace;
    EntityEditor m_editor;
    ProblemLabel *m_error = nullptr;
    QTableWidget *m_levels = nullptr;
    QTableWidget *m_history = nullptr;
    std::vector<StockLevel> m_rows;
    ReadWhenShown *m_reading;
};

} // namespace seawall
