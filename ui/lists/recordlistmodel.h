// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/lists/listquery.h"

#include <QAbstractTableModel>
#include <QDate>

#include <optional>

namespace seawall {

class Database;

// The rows of one entity as a table model, as core's ListQuery reads them:
// fetched a screenful at a time as the view scrolls. Stored codes, flags
// and personal numbers are shown as the user reads them.
class RecordListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit RecordListModel(ListSpec spec, QObject *parent = nullptr);

    const ListSpec &spec() const { return m_query.spec(); }

    void setDatabase(Database *db);
    void setSearch(const QString &text);
    // The option chosen for a filter by its key; -1 for all.
    void setFilter(const QString &key, int option);
    // The options of a filter as they stand (fixed or read from the database).
    QList<FilterOption> filterOptions(const QString &key) const;
    void setDateRange(const QDate &from, const QDate &to); // null dates: no range
    void setScope(const QList<qint64> &companyIds);
    void setAsOf(const QDate &date);
    // Only the rows whose `column` is `id`, e.g. the findings of the
    // inspection chosen in the master list.
    void setMaster(const QString &column, qint64 id);
    void setRevealNumbers(bool reveal);

    // Reads again with the current settings. While inactive (its list out
    // of sight) it only notes that it must, and reads when made active.
    void reload();
    void setActive(bool active);
    bool isActive() const { return m_active; }
    // How many rows the query gives in all (counted, not fetched).
    qint64 totalCount() const;

    qint64 idAt(int row) const;
    int rowOfId(qint64 id) const;
    // What a cell shows, as text (for export and tests).
    QString text(int row, int column) const;
    bool isHighlighted(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;

signals:
    void failed(const QString &message);

private:
    void clearRows();

    ListQuery m_query;
    Database *m_db = nullptr;
    std::optional<ListRows> m_cursor;
    QList<QVariantList> m_rows;
    bool m_reveal = false;
    bool m_active = true;
    bool m_pending = false;
};

} // namespace seawall
