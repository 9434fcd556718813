// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reconcile/reconciliationmodel.h"

#include "ui/common/cells.h"

#include <QBrush>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace seawall {

ReconciliationModel::ReconciliationModel(QObject *parent) : QAbstractTableModel(parent) {}

void ReconciliationModel::setItems(std::vector<Discrepancy> items)
{
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

int ReconciliationModel::rowOf(DiscrepancyKind kind, const QString &key) const
{
    for (size_t row = 0; row < m_items.size(); ++row)
        if (m_items[row].kind == kind && m_items[row].key == key)
            return int(row);
    return -1;
}

int ReconciliationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ReconciliationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReconciliationModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Discrepancy &d = m_items[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KindColumn:
            return displayName(d.kind);
        case CompanyColumn:
            return d.companyName;
        case DateColumn:
            return Cells::date(d.date);
        case DescriptionColumn:
            return d.description;
        case ReviewColumn:
            if (!d.review)
                return {};
            return d.review->note.isEmpty() ? tr("Reviewed") : d.review->note;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ReviewColumn && d.review)
            return tr("Reviewed by %1 on %2").arg(d.review->reviewedBy,
                                                  Cells::dateTime(d.review->reviewedAt));
        if (index.column() == DescriptionColumn)
            return d.description;
        return {};
    case Qt::ForegroundRole:
        if (d.review)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case SortRole:
        switch (index.column()) {
        case KindColumn:
            return int(d.kind);
        case CompanyColumn:
            return d.companyCode;
        case DateColumn:
            return d.date;
        case DescriptionColumn:
            return d.description;
        case ReviewColumn:
            return d.review ? d.review->note : QString();
        }
        return {};
    case KindRole:
        return int(d.kind);
    case ReviewedRole:
        return d.reviewed();
    }
    return {};
}

QVariant ReconciliationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case CompanyColumn:
        return tr("Company");
    case DateColumn:
        return tr("Date");
    case DescriptionColumn:
        return tr("What does not add up");
    case ReviewColumn:
        return tr("Review");
    }
    return {};
}

ReconciliationFilter::ReconciliationFilter(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(ReconciliationModel::SortRole);
}

void ReconciliationFilter::setKind(std::optional<DiscrepancyKind> kind)
{
    m_kind = kind;
    invalidateFilter();
}

void ReconciliationFilter::setShowReviewed(bool show)
{
    m_showReviewed = show;
    invalidateFilter();
}

bool ReconciliationFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_kind && index.data(ReconciliationModel::KindRole).toInt() != int(*m_kind))
        return false;
    return m_showReviewed || !index.data(ReconciliationModel::ReviewedRole).toBool();
}

} // namespace seawall
