// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/role.h"
#include "core/edit/editstep.h"

#include <QDate>
#include <QList>
#include <QObject>

#include <memory>

class QUndoStack;

namespace seawall {

class ChangeHub;
class Database;
class ExternalChanges;

// What every view of the main window follows: the open database, the as-of
// date, the company chosen in the company tree (with its children), whether
// personal numbers are shown in full, the one undo stack of the window and
// the hub where changes to the data are announced. Views read it and
// listen to its signals and its hub; only the main window sets the
// database, the date and the company.
class Workspace : public QObject
{
    Q_OBJECT

public:
    explicit Workspace(QObject *parent = nullptr);
    ~Workspace() override;

    // Null while no database is open. Views read a new file on
    // databaseChanged(); the hub announces changes within one.
    Database *database() const { return m_db; }
    void setDatabase(Database *db);
    // What the open database lets its user do (everything while none is).
    Permissions permissions() const;

    QDate asOf() const { return m_asOf; }
    void setAsOf(const QDate &date);

    // The days a dated list (tests, vaccinations …) shows when it opens and
    // again whenever the as-of date moves: the as-of day alone (1, the
    // default) or the seven days up to it (7), as chosen in Settings.
    int listDays() const { return m_listDays; }
    void setListDays(int days);
    // The first day of that range; its last is the as-of date.
    QDate listFrom() const { return m_asOf.addDays(1 - m_listDays); }

    // The chosen company (0 for the whole group) and the ids of it and all
    // its descendants (empty for the whole group).
    qint64 companyId() const { return m_companyId; }
    const QList<qint64> &companyIds() const { return m_companyIds; }
    void setCompany(qint64 id, const QList<qint64> &subtreeIds);

    bool revealNumbers() const { return m_reveal; }
    void setRevealNumbers(bool reveal);

    QUndoStack *undoStack() const { return m_undo; }
    ChangeHub *changes() const { return m_changes; }

    // Keeps the step of a change made through Edits: on the undo stack
    // when it can be undone, and announced. Returns the error of a change
    // refused, for the caller to show; ok when done or nothing changed.
    Status apply(Result<EditStepPtr> edit);
    // Undoes an import: through the undo stack when it is the stack's
    // latest step (Redo brings it back), else at once (for good).
    Status undoImport(qint64 batchId);

signals:
    void databaseChanged();
    void asOfChanged(const QDate &date);
    void listDaysChanged(int days);
    void scopeChanged();
    void revealNumbersChanged(bool reveal);
    // Something went wrong that the user must hear of (an undo that could
    // not be made); the main window shows it.
    void problem(const QString &message);
    // Something done that the user should hear of in passing (where a file
    // was saved); the main window says it in its status bar.
    void announced(const QString &message);

private:
    Database *m_db = nullptr;
    QDate m_asOf = QDate::currentDate();
    int m_listDays = 1;
    qint64 m_companyId = 0;
    QList<qint64> m_companyIds;
    bool m_reveal = false;
    QUndoStack *m_undo = nullptr;
    ChangeHub *m_changes = nullptr;
    // Another coordinator's changes, announced on the hub as this window's are.
    std::unique_ptr<ExternalChanges> m_external;
};

} // namespace seawall
