// SPDX-License-Identifier: GPL-3.0-or-later
// The entity definitions describe the tables the migrations make: every
// column of every table, its references and what deleting the row a
// reference names does, its natural key as the table's unique key.
#include "core/entity/entitydef.h"
#include "core/model/company.h"
#include "core/model/nucleictest.h"
#include "testdb.h"

#include <QSet>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace seawall;

namespace {

QSet<QString> columnsOf(Database &db, const QString &table)
{
    QSet<QString> names;
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(u"PRAGMA table_info(%1)"_s.arg(table)));
    while (query.next())
        names.insert(query.value(1).toString());
    return names;
}

QString onDeleteText(Column::OnDelete onDelete)
{
    switch (onDelete) {
    case Column::OnDelete::Cascade: return u"CASCADE"_s;
    case Column::OnDelete::SetNull: return u"SET NULL"_s;
    case Column::OnDelete::Restrict: return u"RESTRICT"_s;
    }
    return {};
}

} // namespace

TEST_CASE("every definition names every column of its table", "[entity]")
{
    test::TempDatabase t;
    REQUIRE(Entities::all().size() == 20); // 13, and duty, stocktake, training, drill, departure, arrival, health check
    for (const EntityDef *def : Entities::all()) {
        INFO(def->table.toStdString());
        const QStringList defined = def->tableColumns();
        CHECK(QSet<QString>(defined.begin(), defined.end()) == columnsOf(t.db, def->table));
        CHECK(defined.size() == QSet<QString>(defined.begin(), defined.end()).size()); // none twice
    }
}

TEST_CASE("every reference of a definition is a foreign key of its table, deleting as it says", "[entity]")
{
    test::TempDatabase t;
    for (const EntityDef *def : Entities::all()) {
        QHash<QString, std::pair<QString, QString>> keys; // column → table, on delete
        QSqlQuery query(t.db.connection());
        REQUIRE(query.exec(u"PRAGMA foreign_key_list(%1)"_s.arg(def->table)));
        while (query.next())
            keys.insert(query.value(u"from"_s).toString(),
                        {query.value(u"table"_s).toString(), query.value(u"on_delete"_s).toString()});
        for (const Column &column : def->columns) {
            INFO(def->table.toStdString() << '.' << column.name.toStdString());
            CHECK(keys.contains(column.name) == (column.type == ColumnType::Reference));
            if (column.type != ColumnType::Reference)
                continue;
            CHECK(keys.value(column.name).first == Entities::of(column.references).table);
            CHECK(keys.value(column.name).second == onDeleteText(column.onDelete()));
        }
    }
}

TEST_CASE("a definition's natural key is its table's unique key", "[entity]")
{
    test::TempDatabase t;
    // Worked out from migrations.cpp: the UNIQUE constraints of the tables
    // whose rows arrive in files.
    const QHash<QString, QStringList> unique{
        {u"company"_s, {u"code"_s}},
        {u"person"_s, {u"id_number"_s}},
        {u"nucleic_test"_s, {u"person_id"_s, u"sampled_on"_s, u"site"_s}},
        {u"vaccination"_s, {u"person_id"_s, u"dose"_s}},
        {u"volunteer_shift"_s, {u"person_id"_s, u"start_at"_s}},
        {u"inspection"_s, {u"code"_s}},
        {u"finding"_s, {u"inspection_id"_s, u"description"_s}},
        {u"daily_report"_s, {u"company_id"_s, u"report_date"_s, u"edition"_s}},
    };
    for (auto it = unique.cbegin(); it != unique.cend(); ++it) {
        const EntityDef *def = Entities::ofTable(it.key());
        REQUIRE(def);
        QStringList key;
        for (int i : def->keyIndexes)
            key << def->columns.at(i).name;
        INFO(it.key().toStdString());
        CHECK(key == it.value());
    }
}

TEST_CASE("a definition is found by its kind, its table and its struct", "[entity]")
{
    CHECK(&Entities::of(EntityKind::NucleicTest) == &definition<NucleicTest>());
    CHECK(Entities::ofTable(u"company"_s) == &definition<Company>());
    CHECK(Entities::ofTable(u"no_such_table"_s) == nullptr);
    // Parents before children: a company before its persons, a person before their tests.
    const auto rank = [](EntityKind kind) { return Entities::all().indexOf(&Entities::of(kind)); };
    CHECK(rank(EntityKind::Company) < rank(EntityKind::Person));
    CHECK(rank(EntityKind::Person) < rank(EntityKind::NucleicTest));
    CHECK(rank(EntityKind::Inspection) < rank(EntityKind::Finding));
    CHECK_FALSE(Entities::isReferred(definition<NucleicTest>()));
    CHECK(Entities::isReferred(definition<Company>()));
}

TEST_CASE("a record's day is its flagged date, and it is named by its key unless told otherwise", "[entity]")
{
    // The dates DOMAIN.md counts each register by on a day.
    const QHash<EntityKind, QString> days{
        {EntityKind::NucleicTest, u"sampled_on"_s},   {EntityKind::Vaccination, u"vaccinated_on"_s},
        {EntityKind::VolunteerShift, u"start_at"_s},  {EntityKind::Inspection, u"inspected_on"_s},
        {EntityKind::DailyReport, u"report_date"_s},  {EntityKind::Duty, u"duty_date"_s},
        {EntityKind::Stocktake, u"counted_on"_s},     {EntityKind::Training, u"exam_on"_s},
        {EntityKind::Drill, u"drill_date"_s},         {EntityKind::Departure, u"leave_on"_s},
        {EntityKind::Arrival, u"arrived_on"_s},       {EntityKind::HealthCheck, u"checked_on"_s},
    };
    for (const EntityDef *def : Entities::all()) {
        INFO(def->table.toStdString());
        CHECK(def->day == days.value(def->kind));
        if (const Column *day = def->column(def->day))
            CHECK((day->type == ColumnType::Date || day->type == ColumnType::DateTime));
        for (const QString &name : def->title)
            CHECK(def->column(name));
    }
    // Named by the whole key: a drill by its unit, date and title.
    CHECK(Entities::of(EntityKind::Drill).title == QStringList{u"company_id"_s, u"drill_date"_s, u"title"_s});
    CHECK(Entities::of(EntityKind::Inspection).title == QStringList{u"code"_s});
    // Named otherwise: a person by name, not ID number; a test by person
    // and day, without the site.
    CHECK(Entities::of(EntityKind::Person).title == QStringList{u"name"_s});
    CHECK(Entities::of(EntityKind::NucleicTest).title == QStringList{u"person_id"_s, u"sampled_on"_s});
}
