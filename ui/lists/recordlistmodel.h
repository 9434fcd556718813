// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/lists/listspec.h"

#include <QDate>
#include <QHash>
#include <QSqlQueryModel>

namespace seawall {

class Database;

// The rows of one entity as a table model. QSqlQueryModel fetches them
// lazily as the view scrolls, so a million tests open as fast as ten; the
// search text, filters, date range, company scope and sort order become the
// WHERE and ORDER BY of the one query (all values bound). Stored codes,
// flags and personal numbers are shown as the user reads them.
class RecordListModel : public QSqlQueryModel
{
    Q_OBJECT

public:
    explicit RecordListModel(ListSpec spec, QObject *parent = nullptr);

    const ListSpec &spec() const { return m_spec; }

    void setDatabase(Database *db);
    void setSearch(const QString &text);
    // The option chosen for a filter by its key; -1 for all.
    void setFilter(const QString &key, int option);
    // The options of a filter as they stand (fixed or read from the database).
    QList<FilterOption> filterOptions(const QString &key) const;
    void setDateRange(const QDate &from, const QDate &to); // null dates: no range
    void setScope(const QString &scopeSql);                // Workspace::scopeSql
    void setAsOf(const QDate &date);
    // A fixed condition with one bound value, e.g. the findings of the
    // inspection chosen in the master list.
    void setMaster(const QString &condition, const QVariant &bind);
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

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void failed(const QString &message);

private:
    QString whereClause(QVariantList &binds) const;

    ListSpec m_spec;
    Database *m_db = nullptr;
    QString m_search;
    QHash<QString, int> m_filters;
    QHash<QString, QList<FilterOption>> m_options;
    QDate m_from;
    QDate m_to;
    QString m_scope;
    QDate m_asOf = QDate::currentDate();
    QString m_masterCondition;
    QVariant m_masterBind;
    bool m_reveal = false;
    bool m_active = true;
    bool m_pending = false;
    int m_sortColumn;
    Qt::SortOrder m_sortOrder;
};

} // namespace seawall
