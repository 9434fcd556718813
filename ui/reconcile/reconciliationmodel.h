// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reconcile/discrepancy.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

#include <vector>

namespace seawall {

// The items of the reconciliation as a table: kind, company, date,
// description and the review note. Qt::UserRole holds what a column sorts by.
class ReconciliationModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { KindColumn, CompanyColumn, DateColumn, DescriptionColumn, ReviewColumn, ColumnCount };
    static constexpr int SortRole = Qt::UserRole;
    static constexpr int KindRole = Qt::UserRole + 1;
    static constexpr int ReviewedRole = Qt::UserRole + 2;

    explicit ReconciliationModel(QObject *parent = nullptr);

    void setItems(std::vector<Discrepancy> items);
    const Discrepancy &item(int row) const { return m_items.at(size_t(row)); }
    int rowOf(DiscrepancyKind kind, const QString &key) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<Discrepancy> m_items;
};

// Keeps the items of one kind (or all) and hides the reviewed ones unless
// asked to show them.
class ReconciliationFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ReconciliationFilter(QObject *parent = nullptr);

    // No kind: every kind.
    void setKind(std::optional<DiscrepancyKind> kind);
    void setShowReviewed(bool show);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<DiscrepancyKind> m_kind;
    bool m_showReviewed = false;
};

} // namespace seawall
