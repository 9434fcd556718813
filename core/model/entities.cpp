// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/entity/entitydef.h"

#include "core/model/arrival.h"
#include "core/model/company.h"
#include "core/model/dailyreport.h"
#include "core/model/drill.h"
#include "core/model/duty.h"
#include "core/model/departure.h"
#include "core/model/healthcheck.h"
#include "core/model/importbatch.h"
#include "core/model/inspection.h"
#include "core/model/nucleictest.h"
#include "core/model/person.h"
#include "core/model/stocktake.h"
#include "core/model/training.h"
#include "core/model/vaccination.h"
#include "core/model/volunteershift.h"

using namespace Qt::StringLiterals;

namespace seawall {
namespace {

using columns::kept;
using columns::keptReference;

// The tables of what the program keeps beside the entities, read and
// written by their own stores; described here so that an edit of them
// (a review) is undone like any other, and changes to them are announced.
EntityDef bookkeeping(EntityKind kind, QString table, bool batched, QList<Column> columns)
{
    EntityDef d{kind, std::move(table)};
    d.batched = batched;
    d.versioned = false;
    d.columns = std::move(columns);
    return std::move(d.finish());
}

const EntityDef &nameVariant()
{
    static const EntityDef def = bookkeeping(
        EntityKind::NameVariant, u"person_name_variant"_s, true,
        {keptReference(u"person_id"_s, EntityKind::Person, Column::Key | Column::Cascade),
         kept(u"name"_s, ColumnType::Text, nullptr, Column::Key | Column::Personal),
         kept(u"line"_s, ColumnType::Integer), kept(u"file_kind"_s, ColumnType::Text),
         kept(u"seen_at"_s, ColumnType::DateTime)});
    return def;
}

const EntityDef &review()
{
    static const EntityDef def = bookkeeping(
        EntityKind::Review, u"reconciliation_review"_s, false,
        {kept(u"kind"_s, ColumnType::Text, nullptr, Column::Key), kept(u"key"_s, ColumnType::Text, nullptr, Column::Key),
         kept(u"note"_s, ColumnType::Text), kept(u"reviewed_at"_s, ColumnType::DateTime),
         kept(u"reviewed_by"_s, ColumnType::Text)});
    return def;
}

const EntityDef &briefing()
{
    static const EntityDef def = bookkeeping(
        EntityKind::Briefing, u"briefing"_s, false,
        {kept(u"briefing_date"_s, ColumnType::Date, nullptr, Column::Key),
         kept(u"edition"_s, ColumnType::Text, nullptr, Column::Key),
         kept(u"issue_number"_s, ColumnType::Integer, nullptr, Column::Optional),
         kept(u"figures_json"_s, ColumnType::Text), kept(u"paragraph"_s, ColumnType::Text),
         kept(u"paragraph_edited"_s, ColumnType::Bool), kept(u"printed_at"_s, ColumnType::DateTime, nullptr, Column::Optional),
         kept(u"printed_by"_s, ColumnType::Text)});
    return def;
}

} // namespace

namespace Entities {

const QList<const EntityDef *> &all()
{
    static const QList<const EntityDef *> definitions{
        &definition<ImportBatch>(),
        &definition<Company>(),
        &definition<CompanyAlias>(),
        &definition<Person>(),
        &nameVariant(),
        &definition<NucleicTest>(),
        &definition<Vaccination>(),
        &definition<VolunteerShift>(),
        &definition<Inspection>(),
        &definition<Finding>(),
        &definition<DailyReport>(),
        &review(),
        &briefing(),
        &definition<Duty>(),
        &definition<Stocktake>(),
        &definition<Training>(),
        &definition<Drill>(),
        &definition<Departure>(),
        &definition<Arrival>(),
        &definition<HealthCheck>(),
    };
    return definitions;
}

const EntityDef &of(EntityKind kind)
{
    for (const EntityDef *def : all())
        if (def->kind == kind)
            return *def;
    Q_UNREACHABLE();
}

const EntityDef *ofTable(QStringView table)
{
    for (const EntityDef *def : all())
        if (def->table == table)
            return def;
    return nullptr;
}

} // namespace Entities
} // namespace seawall
