// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QObject>
#include <QStringList>

class QUndoStack;

namespace seawall {

class Database;

// What every view of the main window follows: the open database, the as-of
// date, the company chosen in the company tree (with its children), whether
// personal numbers are shown in full, and the one undo stack of the window.
// Views read it and listen to its signals; only the main window sets the
// database, the date and the company.
class Workspace : public QObject
{
    Q_OBJECT

public:
    explicit Workspace(QObject *parent = nullptr);
    ~Workspace() override;

    // Null while no database is open.
    Database *database() const { return m_db; }
    void setDatabase(Database *db);

    QDate asOf() const { return m_asOf; }
    void setAsOf(const QDate &date);

    // The chosen company (0 for the whole group) and the ids of it and all
    // its descendants (empty for the whole group).
    qint64 companyId() const { return m_companyId; }
    const QList<qint64> &companyIds() const { return m_companyIds; }
    void setCompany(qint64 id, const QList<qint64> &subtreeIds);
    // " AND <column> IN (1,2,3)" for the chosen subtree, or an empty string
    // for the whole group. The ids are integers read from the database.
    QString scopeSql(const QString &column) const;

    bool revealNumbers() const { return m_reveal; }
    void setRevealNumbers(bool reveal);

    QUndoStack *undoStack() const { return m_undo; }

    // Says that records of these tables changed (an edit, an undo, an
    // import), so that the views over them read again; no tables means any.
    void notifyDataChanged(const QStringList &tables = {});
    // Whether a view over `table` must read again after dataChanged(tables).
    static bool touches(const QStringList &tables, const QString &table);

signals:
    void databaseChanged();
    void asOfChanged(const QDate &date);
    void scopeChanged();
    void revealNumbersChanged(bool reveal);
    void dataChanged(const QStringList &tables);
    // Something went wrong that the user must hear of (an undo that could
    // not be made); the main window shows it.
    void problem(const QString &message);

private:
    Database *m_db = nullptr;
    QDate m_asOf = QDate::currentDate();
    qint64 m_companyId = 0;
    QList<qint64> m_companyIds;
    bool m_reveal = false;
    QUndoStack *m_undo = nullptr;
};

} // namespace seawall
