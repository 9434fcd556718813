// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/edit/entityeditor.h"

#include "core/db/companyrepository.h"
#include "core/db/database.h"
#include "core/db/findingrepository.h"
#include "core/db/inspectionrepository.h"
#include "core/db/personrepository.h"
#include "core/db/shiftrepository.h"
#include "core/db/testrepository.h"
#include "core/db/vaccinationrepository.h"
#include "ui/common/changecommand.h"
#include "ui/forms/companyform.h"
#include "ui/forms/formfields.h"
#include "ui/forms/findingform.h"
#include "ui/forms/inspectionform.h"
#include "ui/forms/personform.h"
#include "ui/forms/nucleictestform.h"
#include "ui/forms/shiftform.h"
#include "ui/forms/vaccinationform.h"
#include "ui/common/workspace.h"

#include <QLocale>
#include <QMessageBox>
#include <QSqlQuery>

#include <optional>
#include <type_traits>

using namespace Qt::StringLiterals;

namespace seawall {
namespace {

QString tableOf(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Company: return u"company"_s;
    case EntityKind::Person: return u"person"_s;
    case EntityKind::NucleicTest: return u"nucleic_test"_s;
    case EntityKind::Vaccination: return u"vaccination"_s;
    case EntityKind::Shift: return u"volunteer_shift"_s;
    case EntityKind::Inspection: return u"inspection"_s;
    case EntityKind::Finding: return u"finding"_s;
    }
    return {};
}

qint64 countOf(Database &db, const QString &sql, qint64 id)
{
    QSqlQuery query(db.connection());
    query.prepare(sql);
    query.addBindValue(id);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

// A company's aliases are written anew on every save: the rows there now,
// whatever their ids, are recorded as the edit's.
void watchAliasesAfter(ChangeRecorder &recorder, qint64 companyId)
{
    QSqlQuery query(recorder.database().connection());
    query.prepare(u"SELECT id FROM company_alias WHERE company_id = ?"_s);
    query.addBindValue(companyId);
    if (query.exec())
        while (query.next())
            recorder.watchNew(u"company_alias"_s, query.value(0).toLongLong());
}

// Inserts or updates one record as one undo step; nothing when it is as it was.
template <typename Repository, typename Entity>
Status saveRecord(Workspace *workspace, const QString &table, const Entity &entity,
                  const std::optional<Entity> &original, const QString &stepName)
{
    if (original && *original == entity)
        return {};
    return performEdit(workspace, stepName, [&](ChangeRecorder &recorder) -> Status {
        Repository repository(recorder.database());
        qint64 id = entity.id;
        if (id == 0) {
            const Result<qint64> inserted = repository.insert(entity);
            if (!inserted)
                return inserted.error();
            id = inserted.value();
            recorder.watchNew(table, id);
        } else {
            if (Status status = recorder.watch(table, id); !status)
                return status;
            if constexpr (std::is_same_v<Entity, Company>)
                if (Status status = recorder.watchWhere(u"company_alias"_s, u"company_id = ?"_s, {id}); !status)
                    return status;
            if (Status status = repository.update(entity); !status)
                return status;
        }
        if constexpr (std::is_same_v<Entity, Company>)
            watchAliasesAfter(recorder, id);
        return {};
    });
}

// A record to edit: the stored one for an id (false when it is gone), else
// `start` as the defaults made it.
template <typename Repository, typename Entity>
bool loadInto(Database &db, qint64 id, Entity &start)
{
    if (id == 0)
        return true;
    const std::optional<Entity> found = Repository(db).find(id);
    if (found)
        start = *found;
    return found.has_value();
}

// Opens `form` over `start` and saves what the user accepts.
template <typename Repository, typename Entity, typename Form, typename StepName>
bool runForm(Workspace *workspace, Form &form, const QString &table, const Entity &start,
             void (Form::*set)(const Entity &), Entity (Form::*get)() const, const StepName &stepName)
{
    (form.*set)(start);
    const std::optional<Entity> original = start.id != 0 ? std::optional<Entity>(start) : std::nullopt;
    form.setSaver([&]() -> Status {
        const Entity entity = (form.*get)();
        return saveRecord<Repository>(workspace, table, entity, original, stepName(entity));
    });
    return form.exec() == QDialog::Accepted;
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

QString EntityEditor::describe(EntityKind kind, qint64 id) const
{
    Database *db = m_workspace->database();
    if (!db)
        return {};
    auto personName = [&](qint64 personId) {
        const auto person = PersonRepository(*db).find(personId);
        return person ? person->name : QString();
    };
    const QLocale locale;
    switch (kind) {
    case EntityKind::Company:
        if (const auto c = CompanyRepository(*db).find(id))
            return tr("company %1").arg(c->name);
        break;
    case EntityKind::Person:
        if (const auto p = PersonRepository(*db).find(id))
            return tr("person %1").arg(p->name);
        break;
    case EntityKind::NucleicTest:
        if (const auto t = TestRepository(*db).find(id))
            return tr("test of %1 on %2").arg(personName(t->personId), locale.toString(t->sampledOn, QLocale::ShortFormat));
        break;
    case EntityKind::Vaccination:
        if (const auto v = VaccinationRepository(*db).find(id))
            return tr("%1 dose of %2").arg(displayName(v->dose), personName(v->personId));
        break;
    case EntityKind::Shift:
        if (const auto s = ShiftRepository(*db).find(id))
            return tr("shift of %1 on %2").arg(personName(s->personId), locale.toString(s->start.date(), QLocale::ShortFormat));
        break;
    case EntityKind::Inspection:
        if (const auto i = InspectionRepository(*db).find(id))
            return tr("inspection %1").arg(i->code);
        break;
    case EntityKind::Finding:
        if (const auto f = FindingRepository(*db).find(id))
            return tr("finding “%1”").arg(f->description);
        break;
    }
    return {};
}

bool EntityEditor::add(EntityKind kind, const EntityDefaults &defaults)
{
    Database *db = m_workspace->database();
    if (!db)
        return false;
    return edit(kind, 0, defaults);
}

bool EntityEditor::edit(EntityKind kind, qint64 id) { return edit(kind, id, {}); }

bool EntityEditor::edit(EntityKind kind, qint64 id, const EntityDefaults &defaults)
{
    Database *db = m_workspace->database();
    if (!db)
        return false;
    Workspace *ws = m_workspace;
    // "Add person 张三" / "Edit person 张三", named from what was typed.
    const auto step = [id](const QString &what) { return id == 0 ? tr("Add %1").arg(what) : tr("Edit %1").arg(what); };
    const auto personName = [db](qint64 personId) {
        const auto person = PersonRepository(*db).find(personId);
        return person ? person->name : QString();
    };
    switch (kind) {
    case EntityKind::Company: {
        Company start;
        start.parentId = defaults.companyId;
        if (!loadInto<CompanyRepository>(*db, id, start))
            return false;
        CompanyForm form(*db, m_parent);
        return runForm<CompanyRepository>(ws, form, tableOf(kind), start, &CompanyForm::setCompany,
                                          &CompanyForm::company, [&](const Company &c) {
                                              return step(tr("company %1").arg(c.name));
                                          });
    }
    case EntityKind::Person: {
        Person start;
        start.companyId = defaults.companyId;
        if (!loadInto<PersonRepository>(*db, id, start))
            return false;
        PersonForm form(*db, m_parent);
        return runForm<PersonRepository>(ws, form, tableOf(kind), start, &PersonForm::setPerson, &PersonForm::person,
                                         [&](const Person &p) { return step(tr("person %1").arg(p.name)); });
    }
    case EntityKind::NucleicTest: {
        NucleicTest start;
        start.personId = defaults.personId;
        start.companyId = defaults.companyId;
        start.sampledOn = ws->asOf();
        if (!loadInto<TestRepository>(*db, id, start))
            return false;
        NucleicTestForm form(*db, m_parent);
        form.personEdit()->setMasked(!ws->revealNumbers());
        return runForm<TestRepository>(ws, form, tableOf(kind), start, &NucleicTestForm::setTest,
                                       &NucleicTestForm::test, [&](const NucleicTest &t) {
                                           return step(tr("test of %1 on %2")
                                                           .arg(personName(t.personId),
                                                                QLocale().toString(t.sampledOn, QLocale::ShortFormat)));
                                       });
    }
    case EntityKind::Vaccination: {
        Vaccination start;
        start.personId = defaults.personId;
        start.companyId = defaults.companyId;
        if (!loadInto<VaccinationRepository>(*db, id, start))
            return false;
        VaccinationForm form(*db, m_parent);
        form.personEdit()->setMasked(!ws->revealNumbers());
        return runForm<VaccinationRepository>(ws, form, tableOf(kind), start, &VaccinationForm::setVaccination,
                                              &VaccinationForm::vaccination, [&](const Vaccination &v) {
                                                  return step(tr("%1 dose of %2")
                                                                  .arg(displayName(v.dose), personName(v.personId)));
                                              });
    }
    case EntityKind::Shift: {
        VolunteerShift start;
        start.personId = defaults.personId;
        start.companyId = defaults.companyId;
        if (!loadInto<ShiftRepository>(*db, id, start))
            return false;
        ShiftForm form(*db, m_parent);
        form.personEdit()->setMasked(!ws->revealNumbers());
        return runForm<ShiftRepository>(ws, form, tableOf(kind), start, &ShiftForm::setShift, &ShiftForm::shift,
                                        [&](const VolunteerShift &s) {
                                            return step(tr("shift of %1 on %2")
                                                            .arg(personName(s.personId),
                                                                 QLocale().toString(s.start.date(), QLocale::ShortFormat)));
                                        });
    }
    case EntityKind::Inspection: {
        Inspection start;
        start.companyId = defaults.companyId;
        start.inspectedOn = ws->asOf();
        if (!loadInto<InspectionRepository>(*db, id, start))
            return false;
        InspectionForm form(*db, m_parent);
        return runForm<InspectionRepository>(ws, form, tableOf(kind), start, &InspectionForm::setInspection,
                                             &InspectionForm::inspection, [&](const Inspection &i) {
                                                 return step(tr("inspection %1").arg(i.code));
                                             });
    }
    case EntityKind::Finding: {
        Finding start;
        start.inspectionId = defaults.inspectionId;
        if (!loadInto<FindingRepository>(*db, id, start))
            return false;
        FindingForm form(m_parent);
        return runForm<FindingRepository>(ws, form, tableOf(kind), start, &FindingForm::setFinding,
                                          &FindingForm::finding, [&](const Finding &f) {
                                              return step(tr("finding “%1”").arg(f.description));
                                          });
    }
    }
    return false;
}

QString EntityEditor::refusal(EntityKind kind, qint64 id) const
{
    Database *db = m_workspace->database();
    if (!db)
        return {};
    if (kind == EntityKind::Person) {
        const qint64 tests = countOf(*db, u"SELECT count(*) FROM nucleic_test WHERE person_id = ?"_s, id);
        const qint64 doses = countOf(*db, u"SELECT count(*) FROM vaccination WHERE person_id = ?"_s, id);
        const qint64 shifts = countOf(*db, u"SELECT count(*) FROM volunteer_shift WHERE person_id = ?"_s, id);
        if (tests + doses + shifts == 0)
            return {};
        const auto person = PersonRepository(*db).find(id);
        const QLocale locale;
        return tr("%1 cannot be deleted while records refer to them (nucleic-acid tests: %2, vaccinations: %3, "
                  "volunteer shifts: %4). Delete those first.")
            .arg(person ? person->name : QString(), locale.toString(tests), locale.toString(doses),
                 locale.toString(shifts));
    }
    if (kind == EntityKind::Company) {
        const qint64 children = countOf(*db, u"SELECT count(*) FROM company WHERE parent_id = ?"_s, id);
        const qint64 persons = countOf(*db, u"SELECT count(*) FROM person WHERE company_id = ?"_s, id);
        const qint64 records = countOf(*db,
                                       u"SELECT (SELECT count(*) FROM nucleic_test WHERE company_id = ?1)"
                                       u" + (SELECT count(*) FROM inspection WHERE company_id = ?1)"
                                       u" + (SELECT count(*) FROM daily_report WHERE company_id = ?1)"_s,
                                       id);
        if (children + persons + records == 0)
            return {};
        const auto company = CompanyRepository(*db).find(id);
        const QLocale locale;
        return tr("%1 cannot be deleted while other records belong to it (companies under it: %2, persons: %3, "
                  "tests, inspections and daily reports: %4). Move or delete those first.")
            .arg(company ? company->name : QString(), locale.toString(children), locale.toString(persons),
                 locale.toString(records));
    }
    return {};
}

QString EntityEditor::deleteStepName(EntityKind kind, const QList<qint64> &ids) const
{
    if (ids.size() == 1)
        return tr("Delete %1").arg(describe(kind, ids.first()));
    const QString n = QLocale().toString(ids.size());
    switch (kind) {
    case EntityKind::Company: return tr("Delete %1 companies").arg(n);
    case EntityKind::Person: return tr("Delete %1 persons").arg(n);
    case EntityKind::NucleicTest: return tr("Delete %1 tests").arg(n);
    case EntityKind::Vaccination: return tr("Delete %1 vaccinations").arg(n);
    case EntityKind::Shift: return tr("Delete %1 shifts").arg(n);
    case EntityKind::Inspection: return tr("Delete %1 inspections").arg(n);
    case EntityKind::Finding: return tr("Delete %1 findings").arg(n);
    }
    return {};
}

QString EntityEditor::deleteQuestion(EntityKind kind, const QList<qint64> &ids) const
{
    QString text = deleteStepName(kind, ids) + tr("?");
    Database *db = m_workspace->database();
    qint64 findings = 0;
    qint64 aliases = 0;
    for (qint64 id : ids) {
        if (kind == EntityKind::Inspection)
            findings += countOf(*db, u"SELECT count(*) FROM finding WHERE inspection_id = ?"_s, id);
        if (kind == EntityKind::Company)
            aliases += countOf(*db, u"SELECT count(*) FROM company_alias WHERE company_id = ?"_s, id);
    }
    if (findings > 0)
        text += u"\n\n"_s + tr("Findings deleted with it: %1.").arg(QLocale().toString(findings));
    if (aliases > 0)
        text += u"\n\n"_s + tr("Aliases deleted with it: %1.").arg(QLocale().toString(aliases));
    text += u"\n\n"_s + tr("Edit ▸ Undo brings it back.");
    return text;
}

Status EntityEditor::remove(EntityKind kind, const QList<qint64> &ids)
{
    Database *db = m_workspace->database();
    if (!db || ids.isEmpty())
        return {};
    const QString title = tr("Delete");
    QStringList refusals;
    for (qint64 id : ids)
        if (const QString why = refusal(kind, id); !why.isEmpty())
            refusals << why;
    if (!refusals.isEmpty()) {
        // A few are enough to say what to do.
        if (refusals.size() > 5)
            refusals = refusals.mid(0, 5) << tr("… and %1 more.").arg(QLocale().toString(refusals.size() - 5));
        const QString text = refusals.join(u'\n');
        tell(title, text);
        return Error{Error::Kind::Conflict, text};
    }
    if (!ask(title, deleteQuestion(kind, ids)))
        return {};
    const QString table = tableOf(kind);
    const Status status = performEdit(m_workspace, deleteStepName(kind, ids), [&](ChangeRecorder &recorder) -> Status {
        Database &target = recorder.database();
        for (qint64 id : ids) {
            // The row, and what goes with it or loses its reference to it.
            if (Status s = recorder.watchDelete(table, id); !s)
                return s;
            Status removed;
            switch (kind) {
            case EntityKind::Company: removed = CompanyRepository(target).remove(id); break;
            case EntityKind::Person: removed = PersonRepository(target).remove(id); break;
            case EntityKind::NucleicTest: removed = TestRepository(target).remove(id); break;
            case EntityKind::Vaccination: removed = VaccinationRepository(target).remove(id); break;
            case EntityKind::Shift: removed = ShiftRepository(target).remove(id); break;
            case EntityKind::Inspection: removed = InspectionRepository(target).remove(id); break;
            case EntityKind::Finding: removed = FindingRepository(target).remove(id); break;
            }
            if (!removed)
                return removed;
        }
        return {};
    });
    if (!status)
        tell(title, status.error().message);
    return status;
}

Status EntityEditor::moveCompany(Workspace *workspace, qint64 id, qint64 newParentId)
{
    Database *db = workspace->database();
    if (!db)
        return {};
    CompanyRepository companies(*db);
    auto company = companies.find(id);
    if (!company)
        return Error{Error::Kind::NotFound, tr("The company no longer exists.")};
    if (company->parentId == newParentId)
        return {};
    if (newParentId != 0) {
        const auto parent = companies.find(newParentId);
        if (!parent)
            return Error{Error::Kind::NotFound, tr("The company no longer exists.")};
        for (qint64 below : companies.subtree(id))
            if (below == newParentId)
                return Error::invalid(u"parent_code"_s,
                                      newParentId == id
                                          ? tr("%1 cannot be moved under itself.").arg(company->name)
                                          : tr("%1 cannot be moved under %2, which belongs to it.")
                                                .arg(company->name, parent->name));
    }
    const QString name = company->name;
    company->parentId = newParentId;
    return performEdit(workspace, tr("Move company %1").arg(name), [&](ChangeRecorder &recorder) -> Status {
        if (Status s = recorder.watch(u"company"_s, id); !s)
            return s;
        if (Status s = recorder.watchWhere(u"company_alias"_s, u"company_id = ?"_s, {id}); !s)
            return s;
        if (Status s = CompanyRepository(recorder.database()).update(*company); !s)
            return s;
        watchAliasesAfter(recorder, id);
        return {};
    });
}

} // namespace seawall
