// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/error.h"

#include <QCoreApplication>
#include <QList>

#include <functional>

class QWidget;

namespace seawall {

class Workspace;

enum class EntityKind { Company, Person, NucleicTest, Vaccination, Shift, Inspection, Finding };

// Values a new record starts with (the company chosen in the tree, the
// inspection a finding belongs to).
struct EntityDefaults
{
    qint64 companyId = 0;
    qint64 personId = 0;
    qint64 inspectionId = 0;
};

// What the list views call to add, edit and delete records: each opens the
// record's form (or asks), makes the change in one transaction and pushes
// it as one step of the workspace's undo stack, named for what it did
// ("Add person 张三", "Delete 3 tests"). An edit that changes nothing
// pushes nothing.
class EntityEditor
{
    Q_DECLARE_TR_FUNCTIONS(EntityEditor)

public:
    // Asks a yes/no question (title, text); a message box unless replaced.
    using Ask = std::function<bool(const QString &title, const QString &text)>;
    // Tells the user why something was refused; a message box unless replaced.
    using Tell = std::function<void(const QString &title, const QString &text)>;

    EntityEditor(Workspace *workspace, QWidget *parent);

    void setAsk(Ask ask) { m_ask = std::move(ask); }
    void setTell(Tell tell) { m_tell = std::move(tell); }

    // Open the form; true when something was saved.
    bool add(EntityKind kind, const EntityDefaults &defaults = {});
    bool edit(EntityKind kind, qint64 id);
    // Asks, saying what goes with the records, then deletes them all as one
    // step. Refused (and told) when other records still refer to them; the
    // returned error is then the explanation. Ok when done or when the user
    // said no.
    Status remove(EntityKind kind, const QList<qint64> &ids);

    // Moves a company under another (0: the top of the group) as one step;
    // refused under itself or one of its descendants. For the company tree's
    // drag and drop and the parent field.
    static Status moveCompany(Workspace *workspace, qint64 id, qint64 newParentId);

    // Why the records cannot be deleted, in the user's language; empty when they can.
    QString refusal(EntityKind kind, qint64 id) const;
    // The name of a record in undo steps and questions (张三, 华东公司, DC-2022-001).
    QString describe(EntityKind kind, qint64 id) const;

private:
    bool edit(EntityKind kind, qint64 id, const EntityDefaults &defaults);
    bool ask(const QString &title, const QString &text) const;
    void tell(const QString &title, const QString &text) const;
    QString deleteQuestion(EntityKind kind, const QList<qint64> &ids) const;
    QString deleteStepName(EntityKind kind, const QList<qint64> &ids) const;

    Workspace *m_workspace;
    QWidget *m_parent;
    Ask m_ask;
    Tell m_tell;
};

} // namespace seawall
