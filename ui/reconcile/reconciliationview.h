// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reconcile/discrepancy.h"
#include "core/util/error.h"
#include "ui/common/readwhenshown.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace seawall {

class ProblemLabel;
class ReconciliationFilter;
class ReconciliationModel;
class Workspace;

// Everything that does not add up for the as-of date or a range of days, in
// the workspace's company scope (Reconciler): one row per item, filtered by
// kind, reviewed items hidden unless asked for. Double-click or Enter opens
// the records behind an item; "Mark reviewed…" keeps a note in the database.
class ReconciliationView : public QWidget
{
    Q_OBJECT

public:
    explicit ReconciliationView(Workspace *workspace, QWidget *parent = nullptr);

    // Reads the items again (done by itself when the workspace changes).
    void refresh();

    QTableView *table() const { return m_table; }
    QCheckBox *rangeBox() const { return m_range; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QComboBox *kindBox() const { return m_kind; }
    QCheckBox *showReviewedBox() const { return m_showReviewed; }
    QPushButton *recordsButton() const { return m_records; }
    QPushButton *reviewButton() const { return m_review; }
    QPushButton *clearButton() const { return m_clear; }
    QLabel *statusLabel() const { return m_status; }

    // The item of a row of the table as shown (sorted and filtered).
    const Discrepancy *itemAt(int row) const;

    // Without asking: what the buttons do once the user answered.
    void showRecords(int row);
    void markReviewed(int row, const QString &note);
    void clearReview(int row);

private:
    void refreshIfVisible();
    void rangeToggled(bool on);
    void askNote();
    void updateButtons();
    void showRefusal(const Status &status);
    void updateStatus();
    int currentRow() const;

    Workspace *m_workspace;
    ReconciliationModel *m_model;
    ReconciliationFilter *m_filter;
    QTableView *m_table = nullptr;
    QCheckBox *m_range = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_kind = nullptr;
    QCheckBox *m_showReviewed = nullptr;
    QPushButton *m_records = nullptr;
    QPushButton *m_review = nullptr;
    QPushButton *m_clear = nullptr;
    QLabel *m_status = nullptr;
    ProblemLabel *m_error = nullptr;
    ReadWhenShown *m_reading;
};

} // namespace seawall
