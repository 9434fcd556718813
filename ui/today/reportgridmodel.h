// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reports/reportgrid.h"

#include <QAbstractTableModel>

namespace seawall {

// The unit × day grid of daily reports: one column per earlier day, then the
// as-of day's morning edition (only when some unit sends a morning report)
// and its evening edition. A unit has reported for a day with either
// edition, so the evening cell of a unit that sent only its morning report
// shows that report (in italics) while it waits for the evening one. Each
// cell says its state in a word or symbol as well as in colour, so that it
// reads in print and without colour vision.
class ReportGridModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        StateRole = Qt::UserRole + 1, // int(ReportState)
        CompanyIdRole,
        DateRole,
        EditionRole, // int(ReportEdition): the edition to record or the one shown
        ReportIdRole, // the report of the cell's edition (earlier days: the one shown); 0 when none
    };

    explicit ReportGridModel(QObject *parent = nullptr);

    void setGrid(ReportGrid grid);
    const ReportGrid &grid() const { return m_grid; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The word or symbol a cell shows for a state, and its colour.
    static QString symbol(ReportState state);
    static QString stateName(ReportState state);
    static QColor colour(ReportState state);

private:
    // The cell of the column's edition (of the day, for earlier days), and
    // what it shows: the day's report by the rule when its edition has none.
    const ReportCell *cell(const QModelIndex &index) const;
    const ReportCell *shown(const QModelIndex &index) const;
    QDate dateOf(int column) const;
    // The edition of a column of the as-of day; nullopt for earlier days.
    std::optional<ReportEdition> editionOf(int column) const;

    ReportGrid m_grid;
};

} // namespace seawall
