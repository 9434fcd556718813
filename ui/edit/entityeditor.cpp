// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/edit/entityeditor.h"

#include "core/db/entitytable.h"
#include "core/edit/edits.h"
#include "core/entity/entitydef.h"
#include "core/model/drill.h"
#include "core/model/duty.h"
#include "core/model/stocktake.h"
#include "core/model/training.h"
#include "core/validation/validator.h"
#include "ui/common/workspace.h"
#include "ui/forms/entityform.h"

#include <QMessageBox>
#include <QPushButton>

namespace seawall {
namespace {

// The defaults a new record takes, by what its columns refer to and the
// day it falls on.
void applyDefaults(const EntityDef &def, void *record, const EntityDefaults &defaults, const QDate &asOf)
{
    for (const Column &column : def.columns) {
        if (!column.set || column.has(Column::Derived))
            continue;
        if (defaults.values.contains(column.name)) {
            column.set(record, defaults.values.value(column.name));
        } else if (column.type == ColumnType::Reference) {
            const qint64 id = column.references == EntityKind::Company     ? defaults.companyId
                              : column.references == EntityKind::Person    ? defaults.personId
                              : column.references == EntityKind::Inspection ? defaults.inspectionId
                                                                            : 0;
            if (id != 0)
                column.set(record, id);
        } else if (column.name == def.day && column.type == ColumnType::Date) {
            column.set(record, (defaults.date.isValid() ? defaults.date : asOf).toString(Qt::ISODate));
        }
    }
}

qint64 versionOf(const EntityDef &def, qint64 id, Database &db)
{
    const auto stamp = EntityTable(db, def).stamp(id);
    return stamp ? stamp->version : 0;
}

// `edited` becomes `stored`, but for the fields the user changed from
// `opened` that were not changed in `stored`.
void mergeChanges(const EntityDef &def, const void *opened, const void *stored, void *edited)
{
    for (const Column &column : def.columns) {
        if (!column.get || !column.isRead())
            continue;
        const QVariant mine = column.get(edited);
        if (mine == column.get(opened) || column.get(stored) != column.get(opened))
            column.set(edited, column.get(stored));
    }
}

} // namespace

EntityEditor::EntityEditor(Workspace *workspace, QWidget *parent) : m_workspace(workspace), m_parent(parent) {}

bool EntityEditor::ask(const QString &title, const QString &text) const
{
    if (m_ask)
        return m_ask(title, text);
    return QMessageBox::question(m_parent, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        == QMessageBox::Yes;
}

void EntityEditor::tell(const QString &title, const QString &text) const
{
    if (m_tell)
        m_tell(title, text);
    else
        QMessageBox::warning(m_parent, title, text);
}

EntityEditor::Changed EntityEditor::askChanged(const QString &text) const
{
    if (m_askChanged)
        return m_askChanged(text);
    QMessageBox box(QMessageBox::Warning, tr("Changed elsewhere"), text, QMessageBox::NoButton, m_parent);
    QPushButton *reload = box.addButton(tr("&Reload"), QMessageBox::AcceptRole);
    QPushButton *overwrite = box.addButton(tr("&Save mine over it"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(reload);
    box.exec();
    if (box.clickedButton() == reload)
        return Changed::Reload;
    if (box.clickedButton() == overwrite)
        return Changed::Overwrite;
    return Changed::Keep;
}

bool EntityEditor::add(EntityKind kind, const EntityDefaults &defaults) { return open(kind, 0, defaults); }

bool EntityEditor::edit(EntityKind kind, qint64 id) { return open(kind, id, {}); }

template <typename T>
bool EntityEditor::openForm(qint64 id, const EntityDefaults &defaults)
{
    Database *db = m_workspace->database();
    if (!db)
        return false;
    Repository<T> records(*db);
    T record;
    if (id != 0) {
        const std::optional<T> stored = records.find(id);
        if (!stored)
            return false;
        record = *stored;
    } else {
        applyDefaults(definition<T>(), &record, defaults, m_workspace->asOf());
        if (const std::optional<T> stored = records.findByKey(record))
            record = *stored;
    }
    // The record as opened: a save over one changed elsewhere since is refused.
    std::optional<Edits::Opened<T>> opened;
    if (record.id != 0)
        opened = Edits::Opened<T>{record, versionOf(definition<T>(), record.id, *db)};
    EntityForm form(*db, definition<T>(), [](const void *r) { return Validator::check(*static_cast<const T *>(r)); },
                    m_parent);
    form.setMasked(!m_workspace->revealNumbers());
    form.setRecord(record);
    form.setSaver([this, db, &record, &opened, &form]() -> Status {
        const Status status = m_workspace->apply(Edits::save(*db, record, opened));
        if (status || status.error().kind != Error::Kind::Changed)
            return status;
        const std::optional<T> stored = Repository<T>(*db).find(record.id);
        if (!stored)
            return status;
        const qint64 version = versionOf(definition<T>(), record.id, *db);
        switch (askChanged(status.error().message)) {
        case Changed::Overwrite:
            opened = Edits::Opened<T>{*stored, version};
            return m_workspace->apply(Edits::save(*db, record, opened));
        case Changed::Reload:
            // What the user changed and no one else did is kept.
            mergeChanges(definition<T>(), &opened->record, &*stored, &record);
            opened = Edits::Opened<T>{*stored, version};
            form.setRecord(record);
            return Error{Error::Kind::Changed, tr("The form now shows the record as it is stored, with your changes "
                                                  "where no one else changed the same field. Check it and press OK.")};
        case Changed::Keep: break;
        }
        return status;
    });
    return form.exec() == QDialog::Accepted;
}

bool EntityEditor::open(EntityKind kind, qint64 id, const EntityDefaults &defaults)
{
    switch (kind) {
    case EntityKind::Company: return openForm<Company>(id, defaults);
    case EntityKind::Person: return openForm<Person>(id, defaults);
    case EntityKind::NucleicTest: return openForm<NucleicTest>(id, defaults);
    case EntityKind::Vaccination: return openForm<Vaccination>(id, defaults);
    case EntityKind::VolunteerShift: return openForm<VolunteerShift>(id, defaults);
    case EntityKind::Inspection: return openForm<Inspection>(id, defaults);
    case EntityKind::Finding: return openForm<Finding>(id, defaults);
    case EntityKind::DailyReport: return openForm<DailyReport>(id, defaults);
    case EntityKind::Duty: return openForm<Duty>(id, defaults);
    case EntityKind::Stocktake: return openForm<Stocktake>(id, defaults);
    case EntityKind::Training: return openForm<Training>(id, defaults);
    case EntityKind::Drill: return openForm<Drill>(id, defaults);
    case EntityKind::Departure: return openForm<Departure>(id, defaults);
    case EntityKind::Arrival: return openForm<Arrival>(id, defaults);
    case EntityKind::HealthCheck: return openForm<HealthCheck>(id, defaults);
    default: return false; // kept by the program, edited by no form
    }
}

Status EntityEditor::remove(EntityKind kind, const QList<qint64> &ids)
{
    Database *db = m_workspace->database();
    if (!db || ids.isEmpty())
        return {};
    const QString title = tr("Delete");
    if (const QString why = Edits::refusal(*db, kind, ids); !why.isEmpty()) {
        tell(title, why);
        return Error{Error::Kind::Conflict, why};
    }
    if (!ask(title, Edits::deleteQuestion(*db, kind, ids)))
        return {};
    const Status status = m_workspace->apply(Edits::remove(*db, kind, ids));
    if (!status)
        tell(title, status.error().message);
    return status;
}

} // namespace seawall
