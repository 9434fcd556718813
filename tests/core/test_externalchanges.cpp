// SPDX-License-Identifier: GPL-3.0-or-later
// Views read again what another program changed: on a server the
// database announces which tables a transaction changed; in a file,
// SQLite's data_version tells that another connection wrote.
#include "core/db/companyrepository.h"
#include "core/db/database.h"
#include "core/edit/edits.h"
#include "core/edit/externalchanges.h"
#include "core/model/company.h"
#include "testdb.h"

#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace seawall;

TEST_CASE("another connection's change is heard, the program's own is not", "[externalchanges]")
{
    test::TempDatabase t;
    Database other;
    REQUIRE(other.open(t.path).ok());
    ExternalChanges heard(t.db);
    QSignalSpy spy(&heard, &ExternalChanges::changed);

    // This connection's own change was announced by the program already.
    test::addCompany(t.db, u"KF"_s, u"开发公司"_s);
    CHECK_FALSE(spy.wait(2500));

    // Another program's: a company added there.
    test::addCompany(other, u"WY"_s, u"物业公司"_s);
    REQUIRE(spy.wait(5000));
    const auto changes = spy.takeFirst().at(0).value<ChangeSet>();
    CHECK(changes.touchesAll(EntityKind::Company));
    if (t.db.backend() == SqlBackend::Postgresql) {
        // The server names the table: persons were not touched.
        CHECK_FALSE(changes.touches(EntityKind::Person));
    } else {
        // A file says only that something changed.
        CHECK(changes.touchesAll(EntityKind::Person));
    }

    // An edit there of a company of ours, through the program's edit path.
    Company company = *CompanyRepository(other).findByCode(u"KF"_s);
    company.contactPerson = u"王五"_s;
    REQUIRE(Edits::save(other, company).ok());
    REQUIRE(spy.wait(5000));
    CHECK(spy.takeFirst().at(0).value<ChangeSet>().touchesAll(EntityKind::Company));
}
