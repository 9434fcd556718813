// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/lists/recordlistmodel.h"

#include "core/db/database.h"
#include "core/util/masking.h"

#include <QBrush>
#include <QCoreApplication>
#include <QLocale>

namespace seawall {
namespace {

// Rows read at a time: a screenful and more.
constexpr int kFetchRows = 256;

} // namespace

RecordListModel::RecordListModel(ListSpec spec, QObject *parent)
    : QAbstractTableModel(parent), m_query(std::move(spec))
{
}

void RecordListModel::setDatabase(Database *db)
{
    // The rows of the file being closed go now, even out of sight: their
    // statement must not outlive its connection.
    if (!db) {
        beginResetModel();
        clearRows();
        endResetModel();
    }
    m_db = db;
    m_query.forgetOptions();
    reload();
}

void RecordListModel::setSearch(const QString &text)
{
    if (m_query.setSearch(text))
        reload();
}

void RecordListModel::setFilter(const QString &key, int option)
{
    if (m_query.setFilter(key, option))
        reload();
}

QList<FilterOption> RecordListModel::filterOptions(const QString &key) const { return m_query.filterOptions(m_db, key); }

void RecordListModel::setDateRange(const QDate &from, const QDate &to)
{
    if (m_query.setDateRange(from, to))
        reload();
}

void RecordListModel::setScope(const QList<qint64> &companyIds)
{
    if (m_query.setScope(companyIds))
        reload();
}

void RecordListModel::setAsOf(const QDate &date)
{
    if (m_query.setAsOf(date))
        reload();
}

void RecordListModel::setMaster(const QString &column, qint64 id)
{
    if (m_query.setMaster(column, id))
        reload();
}

void RecordListModel::setRevealNumbers(bool reveal)
{
    if (reveal == m_reveal)
        return;
    m_reveal = reveal;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::DisplayRole});
}

void RecordListModel::setActive(bool active)
{
    m_active = active;
    if (active && m_pending)
        reload();
}

void RecordListModel::clearRows()
{
    if (m_cursor)
        m_cursor->finish();
    m_cursor.reset();
    m_rows.clear();
}

void RecordListModel::reload()
{
    if (!m_active) {
        m_pending = true;
        return;
    }
    m_pending = false;
    beginResetModel();
    clearRows();
    if (m_db && m_db->isOpen()) {
        Result<ListRows> rows = m_query.open(*m_db);
        if (rows) {
            m_cursor = std::move(rows.value());
            m_rows = m_cursor->fetch(kFetchRows);
        } else {
            emit failed(rows.error().message);
        }
    }
    endResetModel();
}

bool RecordListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_cursor && !m_cursor->atEnd();
}

void RecordListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<QVariantList> more = m_cursor->fetch(kFetchRows);
    if (more.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size()) - 1);
    m_rows << more;
    endInsertRows();
}

qint64 RecordListModel::totalCount() const
{
    if (!m_db || !m_db->isOpen())
        return 0;
    return m_query.count(*m_db);
}

qint64 RecordListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).value(int(spec().columns.size())).toLongLong() : 0;
}

int RecordListModel::rowOfId(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (idAt(row) == id)
            return row;
    return -1;
}

bool RecordListModel::isHighlighted(int row) const
{
    if (spec().highlight.isEmpty() || row < 0 || row >= m_rows.size())
        return false;
    return m_rows.at(row).value(int(spec().columns.size()) + 1).toInt() != 0;
}

QString RecordListModel::text(int row, int column) const { return data(index(row, column)).toString(); }

int RecordListModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int RecordListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_cursor ? 0 : int(spec().columns.size());
}

QVariant RecordListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= spec().columns.size())
        return {};
    const ListColumn &column = spec().columns.at(index.column());
    if (role == Qt::BackgroundRole && isHighlighted(index.row()))
        return QBrush(QColor(0xfd, 0xe2, 0xe1)); // a pale red that keeps dark text readable
    if (role == Qt::TextAlignmentRole && (column.kind == CellKind::Integer || column.kind == CellKind::Number))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const QVariant value = m_rows.at(index.row()).value(index.column());
    if (value.isNull())
        return QString();
    const QString stored = value.toString();
    switch (column.kind) {
    case CellKind::Text:
    case CellKind::Date:
    case CellKind::DateTime:
        return stored;
    case CellKind::Integer:
        return QLocale().toString(value.toLongLong());
    case CellKind::Number:
        return QLocale().toString(value.toDouble(), 'f', 1);
    case CellKind::Bool:
        return value.toInt() != 0 ? QCoreApplication::translate("Field", "Yes")
                                  : QCoreApplication::translate("Field", "No");
    case CellKind::Code:
        return column.display ? column.display(stored) : stored;
    case CellKind::IdNumber:
        return m_reveal ? stored : maskIdNumber(stored);
    case CellKind::Phone:
        return m_reveal ? stored : maskPhone(stored);
    case CellKind::MaskedText:
        return m_reveal ? stored : maskNumbersIn(stored);
    }
    return stored;
}

QVariant RecordListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section < spec().columns.size())
        return QCoreApplication::translate("Field", spec().columns.at(section).header);
    return QAbstractTableModel::headerData(section, orientation, role);
}

void RecordListModel::sort(int column, Qt::SortOrder order)
{
    if (m_query.setSort(column, order))
        reload();
}

} // namespace seawall
