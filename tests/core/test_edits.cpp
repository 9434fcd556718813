// SPDX-License-Identifier: GPL-3.0-or-later
// Edits over records changed elsewhere since they were opened: another
// connection's save, an import, an import undone.
#include "core/db/companyrepository.h"
#include "core/db/databaseaddress.h"
#include "core/db/entitytable.h"
#include "core/edit/edits.h"
#include "core/import/importer.h"
#include "core/import/importundo.h"
#include "core/db/personrepository.h"
#include "core/util/username.h"
#include "testdb.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace seawall;

namespace {

qint64 versionOf(Database &db, qint64 id) { return EntityTable(db, definition<Company>()).stamp(id)->version; }

Company company(const QString &code, const QString &name)
{
    Company c;
    c.code = code;
    c.name = name;
    return c;
}

} // namespace

TEST_CASE("every change of a row counts its version up, and says when and by whom", "[edit][version]")
{
    test::TempDatabase t;
    Company bj = company(u"BJ"_s, u"滨江公司"_s);
    const auto added = Edits::save(t.db, bj);
    REQUIRE(added.ok());
    bj = *CompanyRepository(t.db).findByCode(u"BJ"_s);
    const auto stamp = EntityTable(t.db, definition<Company>()).stamp(bj.id);
    REQUIRE(stamp);
    CHECK(stamp->version == 1);
    CHECK(stamp->changedAt.isValid());
    CHECK(stamp->changedBy == test::changer(t.db));

    bj.contactPerson = u"张三"_s;
    REQUIRE(Edits::save(t.db, bj).ok());
    CHECK(versionOf(t.db, bj.id) == 2);
    // Saved as stored: nothing written, the version stays.
    REQUIRE(Edits::save(t.db, bj).ok());
    CHECK(versionOf(t.db, bj.id) == 2);
}

TEST_CASE("a save over a row another connection changed since it was opened is refused", "[edit][version]")
{
    test::TempDatabase t;
    REQUIRE(Edits::save(t.db, company(u"BJ"_s, u"滨江公司"_s)).ok());
    const Company opened = *CompanyRepository(t.db).findByCode(u"BJ"_s);
    const Edits::Opened<Company> asOpened{opened, versionOf(t.db, opened.id)};

    // Another coordinator: on a server, another role (made here; roles
    // belong to the whole server); on a file, the same account.
    Database other;
    QString them = currentUserName();
    if (t.db.backend() == SqlBackend::Postgresql) {
        QSqlQuery make(t.db.connection());
        REQUIRE(make.exec(u"DO $$ BEGIN CREATE ROLE second_coordinator LOGIN SUPERUSER;"
                          u" EXCEPTION WHEN duplicate_object THEN NULL; END $$"_s));
        DatabaseAddress address = DatabaseAddress::parse(t.path).value();
        address.user = them = u"second_coordinator"_s;
        REQUIRE(other.open(address).ok());
        CHECK(other.userName() == them);
        CHECK(t.db.userName() != them);
    } else {
        REQUIRE(other.open(t.path).ok());
    }
    Company theirs = opened;
    theirs.contactPerson = u"王五"_s;
    REQUIRE(Edits::save(other, theirs).ok());

    Company mine = opened;
    mine.contactPhone = u"13911112222"_s;
    const auto refused = Edits::save(t.db, mine, asOpened);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == Error::Kind::Changed);
    // What changed, and who changed it when.
    CHECK(refused.error().message.contains(u"Contact person"_s));
    CHECK_FALSE(refused.error().message.contains(u"Contact phone"_s));
    CHECK(refused.error().message.contains(them));
    CHECK(CompanyRepository(t.db).find(opened.id)->contactPerson == u"王五"_s);
    CHECK(CompanyRepository(t.db).find(opened.id)->contactPhone.isEmpty());

    // Opened again as it is now, the save goes through.
    const Edits::Opened<Company> again{*CompanyRepository(t.db).find(opened.id), versionOf(t.db, opened.id)};
    mine.contactPerson = u"王五"_s;
    REQUIRE(Edits::save(t.db, mine, again).ok());
    const Company stored = *CompanyRepository(t.db).find(opened.id);
    CHECK(stored.contactPerson == u"王五"_s);
    CHECK(stored.contactPhone == u"13911112222"_s);
    CHECK(versionOf(t.db, opened.id) == 3); // added, theirs, mine
}

TEST_CASE("a row an import changed, or whose import was undone, is changed for a form opened before", "[edit][version]")
{
    test::TempDatabase t;
    const QString first = test::writeFile(t.dir.filePath(u"companies.csv"_s),
                                          "单位编码,单位名称,上级单位编码\nYH,沿海集团,\nBJ,滨江公司,YH\n");
    REQUIRE(Importer(t.db).run({first}, {}).committed);
    const Company opened = *CompanyRepository(t.db).findByCode(u"BJ"_s);
    const qint64 version = versionOf(t.db, opened.id);

    // A file renames it.
    const QString second = test::writeFile(t.dir.filePath(u"renamed.csv"_s),
                                           "单位编码,单位名称,上级单位编码\nBJ,滨江分公司,YH\n");
    const ImportResult renamed = Importer(t.db).run({second}, {});
    REQUIRE(renamed.committed);
    CHECK(versionOf(t.db, opened.id) == version + 1);
    Company mine = opened;
    mine.contactPhone = u"13911112222"_s;
    const auto refused = Edits::save(t.db, mine, Edits::Opened<Company>{opened, version});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == Error::Kind::Changed);
    CHECK(refused.error().message.contains(u"Company name"_s));

    // Undone, the name is back, and the row has changed once more.
    REQUIRE(ImportUndo(t.db).undo(renamed.files.at(0).batchId).ok());
    CHECK(CompanyRepository(t.db).find(opened.id)->name == u"滨江公司"_s);
    CHECK(versionOf(t.db, opened.id) == version + 2);
    const auto stillRefused = Edits::save(t.db, mine, Edits::Opened<Company>{opened, version + 1});
    REQUIRE_FALSE(stillRefused.ok());
    CHECK(stillRefused.error().kind == Error::Kind::Changed);
}

TEST_CASE("a person stored or imported without a gender takes the one the ID number says", "[edit][validation]")
{
    test::TempDatabase t;
    REQUIRE(Edits::save(t.db, company(u"BJ"_s, u"滨江公司"_s)).ok());
    const qint64 bj = CompanyRepository(t.db).findByCode(u"BJ"_s)->id;
    Person p;
    p.idNumber = u"32061219850312163X"_s; // 17th character 3: a man
    p.name = u"李明"_s;
    p.companyId = bj;
    REQUIRE(Edits::save(t.db, p).ok());
    CHECK(PersonRepository(t.db).findByIdNumber(p.idNumber)->gender == Gender::Male);

    // A file: one row without a gender, one whose gender the ID number does not say.
    const QString path = test::writeFile(t.dir.filePath(u"roster.csv"_s),
                                         "单位,姓名,性别,身份证号\n"
                                         "滨江公司,秦文,,320612198311208861\n"  // 6: a woman
                                         "滨江公司,龚雪,女,320612200002105519\n"); // 1: a man
    const ImportResult result = Importer(t.db).run({path}, {});
    REQUIRE(result.committed);
    CHECK(PersonRepository(t.db).findByIdNumber(u"320612198311208861"_s)->gender == Gender::Female);
    // The file's gender is kept, and noted.
    CHECK(PersonRepository(t.db).findByIdNumber(u"320612200002105519"_s)->gender == Gender::Female);
    CHECK(result.files.at(0).rejected == 0);
    QList<ImportProblem> genders;
    for (const ImportProblem &warning : result.files.at(0).warnings)
        if (warning.column == u"gender"_s)
            genders << warning;
    REQUIRE(genders.size() == 1);
    CHECK(genders.at(0).line == 3);
    CHECK(genders.at(0).message == u"Gender: the ID number says Male."_s);
}
