// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/entity/entitykind.h"
#include "core/util/error.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QVariantHash>

#include <functional>

class QWidget;

namespace seawall {

class Workspace;

// Values a new record starts with: the company chosen in the tree, the
// person or inspection chosen, the day (the as-of date when not given),
// and stored values by column name (a report's edition).
struct EntityDefaults
{
    qint64 companyId = 0;
    qint64 personId = 0;
    qint64 inspectionId = 0;
    QDate date;
    QVariantHash values;
};

// What the views call to add, edit and delete records of any kind: each
// opens the kind's form (or asks), makes the change through Edits and
// keeps it as one step of the workspace's undo stack ("Add person 张三",
// "Delete Tests (3)"). An edit that changes nothing keeps nothing.
class EntityEditor
{
    Q_DECLARE_TR_FUNCTIONS(EntityEditor)

public:
    // Asks a yes/no question (title, text); a message box unless replaced.
    using Ask = std::function<bool(const QString &title, const QString &text)>;
    // Tells the user why something was refused; a message box unless replaced.
    using Tell = std::function<void(const QString &title, const QString &text)>;

    // What to do when a save finds the record changed elsewhere since its
    // form opened: reload it (keeping the user's own changes where no one
    // else changed the field), save over it, or go back to the form.
    enum class Changed { Reload, Overwrite, Keep };
    using AskChanged = std::function<Changed(const QString &text)>;

    EntityEditor(Workspace *workspace, QWidget *parent);

    void setAsk(Ask ask) { m_ask = std::move(ask); }
    void setTell(Tell tell) { m_tell = std::move(tell); }
    // A dialog with the three choices unless replaced.
    void setAskChanged(AskChanged ask) { m_askChanged = std::move(ask); }

    // Opens the form of a new record; one already stored with the natural
    // key the defaults give (a unit's report of the day) is opened instead.
    // True when something was saved.
    bool add(EntityKind kind, const EntityDefaults &defaults = {});
    bool edit(EntityKind kind, qint64 id);
    // Asks, saying what goes with the records, then deletes them all as one
    // step. Refused (and told) when other records still refer to them; the
    // returned error is then the explanation. Ok when done or when the user
    // said no.
    Status remove(EntityKind kind, const QList<qint64> &ids);

private:
    bool open(EntityKind kind, qint64 id, const EntityDefaults &defaults);
    template <typename T>
    bool openForm(qint64 id, const EntityDefaults &defaults);
    bool ask(const QString &title, const QString &text) const;
    Changed askChanged(const QString &text) const;
    void tell(const QString &title, const QString &text) const;

    Workspace *m_workspace;
    QWidget *m_parent;
    Ask m_ask;
    Tell m_tell;
    AskChanged m_askChanged;
};

} // namespace seawall
