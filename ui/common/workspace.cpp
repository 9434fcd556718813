// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/workspace.h"

#include "core/db/sqlrun.h"

#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace seawall {

Workspace::Workspace(QObject *parent) : QObject(parent), m_undo(new QUndoStack(this)) {}

Workspace::~Workspace() = default;

void Workspace::setDatabase(Database *db)
{
    // Steps of another file cannot be undone on this one.
    m_undo->clear();
    m_db = db;
    emit databaseChanged();
}

void Workspace::setAsOf(const QDate &date)
{
    if (date == m_asOf || !date.isValid())
        return;
    m_asOf = date;
    emit asOfChanged(date);
}

void Workspace::setCompany(qint64 id, const QList<qint64> &subtreeIds)
{
    if (id == m_companyId && subtreeIds == m_companyIds)
        return;
    m_companyId = id;
    m_companyIds = id == 0 ? QList<qint64>() : subtreeIds;
    emit scopeChanged();
}

QString Workspace::scopeSql(const QString &column) const
{
    return SqlRun::inIds(column, m_companyIds);
}

void Workspace::setRevealNumbers(bool reveal)
{
    if (reveal == m_reveal)
        return;
    m_reveal = reveal;
    emit revealNumbersChanged(reveal);
}

void Workspace::notifyDataChanged(const QStringList &tables) { emit dataChanged(tables); }

bool Workspace::touches(const QStringList &tables, const QString &table)
{
    return tables.isEmpty() || tables.contains(table);
}

} // namespace seawall
