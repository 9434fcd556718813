// SPDX-License-Identifier: GPL-3.0-or-later
// The roles a PostgreSQL server enforces (db/serverroles.h, db/serverusers.h):
// a viewer cannot write and reads ID and phone numbers masked, a
// coordinator writes the data but not the companies nor unlocks a day, an
// administrator does both; the server refuses, not only the window.
// Registered with the postgresql label only.
#include "core/audit/daylocks.h"
#include "core/db/companyrepository.h"
#include "core/db/personrepository.h"
#include "core/db/serverroles.h"
#include "core/db/serverusers.h"
#include "core/edit/edits.h"
#include "core/import/importer.h"
#include "core/lists/listquery.h"
#include "core/lists/listspecs.h"
#include "testdb.h"

#include <QCoreApplication>
#include <QSqlQuery>


using namespace Qt::StringLiterals;
using namespace seawall;
using seawall::test::scalar;

namespace {

// A person logged in to `t`'s database as a user of `role`, dropped again.
struct Login
{
    Login(test::TempDatabase &t, Role role) : m_owner(t.db)
    {
        const QString address = test::addLogin(t, role);
        name = DatabaseAddress::parse(address)->user;
        const Status opened = db.open(address);
        INFO((opened.ok() ? QString() : opened.error().message).toStdString());
        REQUIRE(opened.ok());
    }
    ~Login()
    {
        db.close();
        CHECK(ServerUsers::remove(m_owner, name).ok());
    }
    Database db;
    QString name;

private:
    Database &m_owner;
};

// The owner's database with the roles made, a company and a person in it.
struct Roles
{
    Roles()
    {
        REQUIRE(ServerRoles::create(t.db).ok());
        company = test::addCompany(t.db, u"BJ"_s, u"滨江公司"_s);
        Person p;
        p.idNumber = u"32061219850312163X"_s;
        p.name = u"张三"_s;
        p.companyId = company;
        p.phone = u"13812345678"_s;
        // Through the edit path, which writes the audit log too.
        REQUIRE(Edits::save(t.db, p).ok());
        person = PersonRepository(t.db).findByIdNumber(p.idNumber)->id;
    }
    test::TempDatabase t;
    qint64 company = 0;
    qint64 person = 0;
};

// The ID and phone numbers of the person as a list of persons shows them.
QStringList listed(Database &db)
{
    ListQuery persons(ListSpecs::of(EntityKind::Person));
    auto rows = persons.open(db);
    REQUIRE(rows.ok());
    const QList<QVariantList> all = rows.value().fetch(10);
    REQUIRE(all.size() == 1);
    QStringList numbers;
    for (const QVariant &cell : all.first())
        if (cell.toString().startsWith(u"320612"_s) || cell.toString().startsWith(u"138"_s))
            numbers << cell.toString();
    return numbers;
}

} // namespace

TEST_CASE("init --roles makes the three groups and their grants, and again changes nothing", "[roles][postgresql-only]")
{
    test::TempDatabase t;
    REQUIRE(ServerRoles::create(t.db).ok());
    REQUIRE(ServerRoles::create(t.db).ok());
    CHECK(ServerRoles::inUse(t.db));
    CHECK(scalar(t.db, u"SELECT count(*) FROM pg_roles WHERE rolname IN ('seawall_viewer', 'seawall_coordinator',"
                       u" 'seawall_admin') AND NOT rolcanlogin"_s)
              .toInt()
          == 3);
    // What each may, as the server says (has_table_privilege follows
    // membership: an administrator is a coordinator too).
    const auto may = [&t](const char *role, const char *table, const char *what) {
        return scalar(t.db, u"SELECT has_table_privilege('%1', '%2', '%3')"_s.arg(QLatin1String(role), QLatin1String(table),
                                                                                   QLatin1String(what)))
            .toBool();
    };
    CHECK_FALSE(may("seawall_viewer", "public.person", "SELECT"));
    CHECK(may("seawall_viewer", "seawall_masked.person", "SELECT"));
    CHECK(may("seawall_viewer", "public.nucleic_test", "SELECT"));
    CHECK_FALSE(may("seawall_viewer", "public.nucleic_test", "INSERT"));
    CHECK(may("seawall_coordinator", "public.person", "UPDATE"));
    CHECK_FALSE(may("seawall_coordinator", "public.company", "UPDATE"));
    CHECK_FALSE(may("seawall_coordinator", "public.day_lock", "DELETE"));
    CHECK(may("seawall_coordinator", "public.day_lock", "INSERT"));
    CHECK(may("seawall_admin", "public.company", "UPDATE"));
    CHECK(may("seawall_admin", "public.day_lock", "DELETE"));
    // The audit log: added to, never changed.
    for (const char *role : {"seawall_viewer", "seawall_coordinator", "seawall_admin"}) {
        CHECK_FALSE(may(role, "public.audit_log", "UPDATE"));
        CHECK_FALSE(may(role, "public.audit_log", "DELETE"));
    }
    CHECK(may("seawall_coordinator", "public.audit_log", "INSERT"));
}

TEST_CASE("roles are a server's: a file refuses them and its one user is its administrator", "[roles][sqlite-only]")
{
    test::TempDatabase t;
    CHECK(t.db.role() == Role::Administrator);
    const Status refused = ServerRoles::create(t.db);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == Error::Kind::Invalid);
    CHECK_FALSE(ServerUsers::add(t.db, u"anna"_s, Role::Viewer, u"secret"_s).ok());
}

TEST_CASE("a viewer's edit and import are refused by the server", "[roles][postgresql-only]")
{
    Roles r;
    Login viewer(r.t, Role::Viewer);
    CHECK(viewer.db.role() == Role::Viewer);

    // Its numbers whole, as they are stored: what the server refuses is the
    // write itself, not a masked number the validation would.
    Person renamed = *PersonRepository(viewer.db).find(r.person);
    renamed.idNumber = u"32061219850312163X"_s;
    renamed.phone = u"13812345678"_s;
    renamed.name = u"张叁"_s;
    const auto edit = Edits::save(viewer.db, renamed);
    REQUIRE_FALSE(edit.ok());
    INFO(edit.error().message.toStdString());
    CHECK(edit.error().kind == Error::Kind::ReadOnly);
    CHECK(edit.error().message.contains(u"permission denied"_s));
    Person added;
    added.idNumber = u"110101199003074477"_s;
    added.name = u"李四"_s;
    added.companyId = r.company;
    const auto insert = Edits::save(viewer.db, added);
    REQUIRE_FALSE(insert.ok());
    INFO(insert.error().message.toStdString());
    CHECK(insert.error().message.contains(u"permission denied"_s));

    const QString file = test::writeFile(r.t.dir.filePath(u"persons.csv"_s),
                                         "姓名,身份证号,单位编码\n李四,110101199003074477,BJ\n");
    const ImportResult imported = Importer(viewer.db).run({file}, {});
    CHECK_FALSE(imported.committed);
    // Nothing landed: the owner still sees the one person, named as before.
    CHECK(scalar(r.t.db, u"SELECT count(*) FROM person"_s).toInt() == 1);
    CHECK(PersonRepository(r.t.db).find(r.person)->name == u"张三"_s);
}

TEST_CASE("a viewer reads ID and phone numbers masked by the server, a coordinator whole", "[roles][postgresql-only]")
{
    Roles r;
    Login viewer(r.t, Role::Viewer);
    Login coordinator(r.t, Role::Coordinator);
    // As util/masking.h masks them on screen: an ID number keeps its first
    // 6 and last 4 characters (320612 … 163X, 8 stars between), a phone
    // number its first 3 and last 4 (138 … 5678, 4 stars between).
    const QString maskedId = u"320612********163X"_s;
    const QString maskedPhone = u"138****5678"_s;
    const Person seen = *PersonRepository(viewer.db).find(r.person);
    CHECK(seen.idNumber == maskedId);
    CHECK(seen.phone == maskedPhone);
    CHECK(seen.name == u"张三"_s);
    CHECK(listed(viewer.db) == QStringList{maskedId, maskedPhone});

    const Person whole = *PersonRepository(coordinator.db).find(r.person);
    CHECK(whole.idNumber == u"32061219850312163X"_s);
    CHECK(whole.phone == u"13812345678"_s);
    CHECK(listed(coordinator.db) == QStringList{u"32061219850312163X"_s, u"13812345678"_s});

    // The audit log quotes the numbers of what changed: masked too.
    const QString after = scalar(viewer.db, u"SELECT after_json FROM audit_log WHERE entity = 'person'"_s).toString();
    CHECK(after.contains(maskedId));
    CHECK(after.contains(maskedPhone));
    CHECK_FALSE(after.contains(u"32061219850312163X"_s));
    CHECK_FALSE(after.contains(u"13812345678"_s));
}

TEST_CASE("a coordinator edits a person but cannot edit a company or unlock a day, an administrator can",
          "[roles][postgresql-only]")
{
    Roles r;
    const QDate day(2022, 3, 15);
    REQUIRE(DayLocks::lock(r.t.db, day, 1).ok());
    Login coordinator(r.t, Role::Coordinator);
    CHECK(coordinator.db.role() == Role::Coordinator);

    Person person = *PersonRepository(coordinator.db).find(r.person);
    person.phone = u"13900001111"_s;
    REQUIRE(Edits::save(coordinator.db, person).ok());
    CHECK(PersonRepository(r.t.db).find(r.person)->phone == u"13900001111"_s);

    Company company = *CompanyRepository(coordinator.db).find(r.company);
    company.contactPerson = u"王五"_s;
    const auto refusedCompany = Edits::save(coordinator.db, company);
    REQUIRE_FALSE(refusedCompany.ok());
    CHECK(refusedCompany.error().kind == Error::Kind::ReadOnly);
    const Status refusedUnlock = DayLocks::unlock(coordinator.db, day, u"a correction"_s);
    REQUIRE_FALSE(refusedUnlock.ok());
    CHECK(refusedUnlock.error().kind == Error::Kind::ReadOnly);
    CHECK(DayLocks::find(r.t.db, day).has_value());
    CHECK(CompanyRepository(r.t.db).find(r.company)->contactPerson.isEmpty());

    Login admin(r.t, Role::Administrator);
    CHECK(admin.db.role() == Role::Administrator);
    REQUIRE(Edits::save(admin.db, company).ok());
    CHECK(CompanyRepository(r.t.db).find(r.company)->contactPerson == u"王五"_s);
    REQUIRE(DayLocks::unlock(admin.db, day, u"a correction"_s).ok());
    CHECK_FALSE(DayLocks::find(r.t.db, day).has_value());
}

TEST_CASE("users are added, listed and removed by an administrator, and refused to others", "[roles][postgresql-only]")
{
    Roles r;
    Login admin(r.t, Role::Administrator);
    const QString name = u"sw_anna_%1"_s.arg(QCoreApplication::applicationPid());
    REQUIRE(ServerUsers::add(admin.db, name, Role::Viewer, u"secret"_s).ok());
    const auto users = test::ok(ServerUsers::list(admin.db));
    const auto anna = std::find_if(users.begin(), users.end(), [&](const ServerUser &u) { return u.name == name; });
    REQUIRE(anna != users.end());
    CHECK(anna->role == Role::Viewer);
    const auto self = std::find_if(users.begin(), users.end(), [&](const ServerUser &u) { return u.name == admin.name; });
    REQUIRE(self != users.end());
    CHECK(self->role == Role::Administrator);
    CHECK(ServerUsers::add(admin.db, name, Role::Viewer, u"secret"_s).error().kind == Error::Kind::Conflict);
    CHECK_FALSE(ServerUsers::add(admin.db, u"Bad Name"_s, Role::Viewer, u"secret"_s).ok());

    Login coordinator(r.t, Role::Coordinator);
    const Status refused = ServerUsers::add(coordinator.db, name + u"_2"_s, Role::Viewer, u"secret"_s);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(u"Only an administrator"_s));
    const Status notRemoved = ServerUsers::remove(coordinator.db, name);
    REQUIRE_FALSE(notRemoved.ok());
    CHECK(notRemoved.error().message.contains(u"Only an administrator"_s));

    REQUIRE(ServerUsers::remove(admin.db, name).ok());
    CHECK(scalar(r.t.db, u"SELECT count(*) FROM pg_roles WHERE rolname = '%1'"_s.arg(name)).toInt() == 0);
    CHECK(ServerUsers::remove(admin.db, name).error().kind == Error::Kind::NotFound);
}

TEST_CASE("a migration with the roles made keeps the masked views and grants its new tables", "[roles][postgresql-only]")
{
    Roles r;
    // Back to version 15: the step to 16 makes day_lock again.
    QSqlQuery q(r.t.db.connection());
    REQUIRE(q.exec(u"DROP TABLE day_lock"_s));
    REQUIRE(q.exec(u"UPDATE seawall_schema SET version = 15"_s));
    Database again;
    const Status migrated = again.open(r.t.path);
    INFO((migrated.ok() ? QString() : migrated.error().message).toStdString());
    REQUIRE(migrated.ok());
    CHECK(again.schemaVersion() == Database::latestSchemaVersion());
    CHECK(scalar(again, u"SELECT has_table_privilege('seawall_coordinator', 'public.day_lock', 'INSERT')"_s).toBool());
    Login viewer(r.t, Role::Viewer);
    CHECK(PersonRepository(viewer.db).find(r.person)->idNumber == u"320612********163X"_s);
    CHECK(DayLocks::all(viewer.db).isEmpty());
}

TEST_CASE("a login in none of Seawall's groups is refused as it opens, naming the groups", "[roles][postgresql-only]")
{
    Roles roles;
    const QString name = u"sw_nogroup_%1"_s.arg(QCoreApplication::applicationPid());
    QSqlQuery q(roles.t.db.connection());
    REQUIRE(q.exec(u"CREATE ROLE %1 LOGIN PASSWORD 'secret'"_s.arg(name)));
    DatabaseAddress address = DatabaseAddress::parse(roles.t.path).value();
    address.user = name;
    Database db;
    const Status opened = db.open(address.display());
    db.close();
    REQUIRE(q.exec(u"DROP ROLE %1"_s.arg(name)));
    REQUIRE_FALSE(opened.ok());
    INFO(opened.error().message.toStdString());
    CHECK(opened.error().kind == Error::Kind::Open);
    CHECK(opened.error().message.contains(name));
    CHECK(opened.error().message.contains(u"seawall_viewer"_s));
    CHECK(opened.error().message.contains(u"seawall user add"_s));
}
