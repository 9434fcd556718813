// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/lists/recordlistmodel.h"

#include "core/db/database.h"
#include "core/util/masking.h"

#include <QBrush>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace seawall {
namespace {

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
    return u'%' + escaped + u'%';
}

} // namespace

RecordListModel::RecordListModel(ListSpec spec, QObject *parent)
    : QSqlQueryModel(parent), m_spec(std::move(spec)), m_sortColumn(m_spec.sortColumn),
      m_sortOrder(m_spec.sortOrder)
{
}

void RecordListModel::setDatabase(Database *db)
{
    // The rows of the file being closed go now, even out of sight: their
    // query must not outlive its connection.
    if (!db)
        clear();
    m_db = db;
    m_options.clear();
    reload();
}

void RecordListModel::setSearch(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    reload();
}

void RecordListModel::setFilter(const QString &key, int option)
{
    if (m_filters.value(key, -1) == option)
        return;
    m_filters.insert(key, option);
    reload();
}

QList<FilterOption> RecordListModel::filterOptions(const QString &key) const
{
    for (const ListFilter &filter : m_spec.filters) {
        if (filter.key != key)
            continue;
        if (filter.distinctSql.isEmpty() || !m_db)
            return filter.options;
        if (auto cached = m_options.constFind(key); cached != m_options.constEnd())
            return *cached;
        QList<FilterOption> options;
        QSqlQuery query(m_db->connection());
        if (query.exec(filter.distinctSql))
            while (query.next()) {
                const QString value = query.value(0).toString();
                options.append({value, filter.column + u" = ?"_s, value});
            }
        const_cast<RecordListModel *>(this)->m_options.insert(key, options);
        return options;
    }
    return {};
}

void RecordListModel::setDateRange(const QDate &from, const QDate &to)
{
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    reload();
}

void RecordListModel::setScope(const QString &scopeSql)
{
    if (scopeSql == m_scope)
        return;
    m_scope = scopeSql;
    reload();
}

void RecordListModel::setAsOf(const QDate &date)
{
    if (date == m_asOf)
        return;
    m_asOf = date;
    if (!m_spec.highlight.isEmpty())
        reload();
}

void RecordListModel::setMaster(const QString &condition, const QVariant &bind)
{
    m_masterCondition = condition;
    m_masterBind = bind;
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

QString RecordListModel::whereClause(QVariantList &binds) const
{
    QString where = u" WHERE 1 = 1"_s;
    if (!m_scope.isEmpty() && !m_spec.scopeColumn.isEmpty())
        where += m_scope; // " AND <scope column> IN (ids)", made by Workspace from integers
    if (!m_masterCondition.isEmpty()) {
        where += u" AND "_s + m_masterCondition;
        binds << m_masterBind;
    }
    if (!m_search.isEmpty()) {
        QStringList likes;
        for (const ListColumn &column : m_spec.columns)
            if (column.searchable) {
                likes << (column.search.isEmpty() ? column.sql + u" LIKE ? ESCAPE '\\'"_s : column.search);
                binds << likePattern(m_search);
            }
        if (!likes.isEmpty())
            where += u" AND ("_s + likes.join(u" OR "_s) + u')';
    }
    for (const ListFilter &filter : m_spec.filters) {
        const int chosen = m_filters.value(filter.key, -1);
        const QList<FilterOption> options = filterOptions(filter.key);
        if (chosen < 0 || chosen >= options.size())
            continue;
        where += u" AND ("_s + options.at(chosen).condition + u')';
        if (options.at(chosen).bind.isValid())
            binds << options.at(chosen).bind;
    }
    if (!m_spec.dateColumn.isEmpty() && m_from.isValid()) {
        where += u" AND "_s + m_spec.dateColumn + u" >= ?"_s;
        binds << m_from.toString(Qt::ISODate);
    }
    if (!m_spec.dateColumn.isEmpty() && m_to.isValid()) {
        where += u" AND "_s + m_spec.dateColumn + u" <= ?"_s;
        binds << m_to.toString(Qt::ISODate);
    }
    return where;
}

void RecordListModel::setActive(bool active)
{
    m_active = active;
    if (active && m_pending)
        reload();
}

void RecordListModel::reload()
{
    if (!m_active) {
        m_pending = true;
        return;
    }
    m_pending = false;
    if (!m_db || !m_db->isOpen()) {
        clear();
        return;
    }
    QStringList select;
    for (const ListColumn &column : m_spec.columns)
        select << column.sql;
    QVariantList binds;
    // The id and the highlight flag come after the shown columns.
    select << m_spec.idColumn;
    if (!m_spec.highlight.isEmpty()) {
        select << u"("_s + m_spec.highlight + u')';
        for (qsizetype i = m_spec.highlight.count(u'?'); i > 0; --i)
            binds << m_asOf.toString(Qt::ISODate);
    }
    QString sql = u"SELECT "_s + select.join(u", "_s) + u" FROM "_s + m_spec.from + whereClause(binds);
    const int sortColumn = std::clamp(m_sortColumn, 0, int(m_spec.columns.size()) - 1);
    const QString direction = m_sortOrder == Qt::AscendingOrder ? u"ASC"_s : u"DESC"_s;
    sql += u" ORDER BY %1 %2, %3 %2"_s.arg(m_spec.columns.at(sortColumn).sql, direction, m_spec.idColumn);

    // The rows shown so far are fetched as the table scrolls, so their
    // statement is still running, and SQLite shows the connection the file
    // as it was when it began: what an import or undo wrote meanwhile on a
    // connection of its own would not show. Finished first (a copy of a
    // QSqlQuery shares its statement), the new query sees the file now.
    QSqlQuery shown = QSqlQueryModel::query();
    shown.finish();
    QSqlQuery query(m_db->connection());
    query.prepare(sql);
    for (const QVariant &bind : std::as_const(binds))
        query.addBindValue(bind);
    if (!query.exec()) {
        emit failed(m_db->errorFrom(query).message);
        clear();
        return;
    }
    setQuery(std::move(query));
}

qint64 RecordListModel::totalCount() const
{
    if (!m_db || !m_db->isOpen())
        return 0;
    QVariantList binds;
    QSqlQuery query(m_db->connection());
    const QString from = m_search.isEmpty() && !m_spec.countFrom.isEmpty() ? m_spec.countFrom : m_spec.from;
    query.prepare(u"SELECT count(*) FROM "_s + from + whereClause(binds));
    for (const QVariant &bind : std::as_const(binds))
        query.addBindValue(bind);
    if (!query.exec() || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

qint64 RecordListModel::idAt(int row) const
{
    return QSqlQueryModel::data(createIndex(row, int(m_spec.columns.size()))).toLongLong();
}

int RecordListModel::rowOfId(qint64 id) const
{
    for (int row = 0; row < rowCount(); ++row)
        if (idAt(row) == id)
            return row;
    return -1;
}

bool RecordListModel::isHighlighted(int row) const
{
    if (m_spec.highlight.isEmpty())
        return false;
    return QSqlQueryModel::data(createIndex(row, int(m_spec.columns.size()) + 1)).toInt() != 0;
}

QString RecordListModel::text(int row, int column) const
{
    return data(index(row, column)).toString();
}

QVariant RecordListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.column() >= m_spec.columns.size())
        return {};
    const ListColumn &column = m_spec.columns.at(index.column());
    if (role == Qt::BackgroundRole && isHighlighted(index.row()))
        return QBrush(QColor(0xfd, 0xe2, 0xe1)); // a pale red that keeps dark text readable
    if (role == Qt::TextAlignmentRole && (column.kind == CellKind::Integer || column.kind == CellKind::Hours))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const QVariant value = QSqlQueryModel::data(index, Qt::DisplayRole);
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
    case CellKind::Hours:
        return QLocale().toString(value.toDouble(), 'f', 1);
    case CellKind::Bool:
        return value.toInt() != 0 ? QCoreApplication::translate("RecordList", "Yes")
                                  : QCoreApplication::translate("RecordList", "No");
    case CellKind::Code:
        return column.display ? column.display(stored) : stored;
    case CellKind::IdNumber:
        return m_reveal ? stored : maskIdNumber(stored);
    case CellKind::Phone:
        return m_reveal ? stored : maskPhone(stored);
    }
    return stored;
}

int RecordListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || QSqlQueryModel::columnCount() == 0 ? 0 : int(m_spec.columns.size());
}

QVariant RecordListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section < m_spec.columns.size())
        return QCoreApplication::translate("RecordList", m_spec.columns.at(section).header);
    return QSqlQueryModel::headerData(section, orientation, role);
}

void RecordListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= m_spec.columns.size())
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    reload();
}

} // namespace seawall
