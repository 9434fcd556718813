// SPDX-License-Identifier: GPL-3.0-or-later
// The import's directory of persons by ID number: its flat table
// (util/hashslots.h, removal included) checked against a std::map kept
// beside it, and its preload against the persons a database holds.
#include "testdb.h"

#include "core/db/companyrepository.h"
#include "core/db/personrepository.h"
#include "core/import/persondirectory.h"

#include <QRandomGenerator>

#include <map>

using namespace Qt::StringLiterals;
using namespace seawall;

namespace {

QString digits(QRandomGenerator &random, int count)
{
    QString s;
    for (int i = 0; i < count; ++i)
        s += QChar(u'0' + char16_t(random.bounded(10)));
    return s;
}

// ID numbers of every form the directory tells apart: 18 characters ending
// in a digit or X, 15 digits, and forms it keeps aside (a passport, 17
// digits, a lower-case x).
QString anIdNumber(QRandomGenerator &random)
{
    switch (random.bounded(10)) {
    case 0: return digits(random, 15);
    case 1: return digits(random, 17) + u'X';
    case 2: return u"E"_s + digits(random, 8);
    case 3: return random.bounded(2) ? digits(random, 17) : digits(random, 17) + u'x';
    default: return digits(random, 18);
    }
}

// Names of one to ten characters: most fit a slot, some do not, and one
// character is outside the Basic Multilingual Plane (two UTF-16 units).
QString aName(QRandomGenerator &random)
{
    static const QStringList pieces{u"张"_s, u"王"_s, u"欧阳"_s, u"𠮷"_s, u"·"_s, u"买买提"_s, u"娜"_s};
    QString name;
    const int parts = 1 + random.bounded(5);
    for (int i = 0; i < parts; ++i)
        name += pieces.at(random.bounded(pieces.size()));
    return name;
}

void checkSame(PersonDirectory &directory, const QString &idNumber, const std::optional<PersonRef> &expected)
{
    INFO(idNumber.toStdString());
    const std::optional<KnownPerson> found = directory.find(idNumber);
    REQUIRE(found.has_value() == expected.has_value());
    if (!expected)
        return;
    CHECK(found->id == expected->id);
    CHECK(found->name.toString() == expected->name);
    CHECK(found->companyId == expected->companyId);
    CHECK(found->external == expected->external);
}

} // namespace

TEST_CASE("the person directory's ID number keys keep every form apart", "[import][persons]")
{
    CHECK(PersonDirectory::numberKey(u"110105194912310021"_s) != 0);
    CHECK(PersonDirectory::numberKey(u"11010519491231002X"_s) != 0);
    CHECK(PersonDirectory::numberKey(u"11010519491231002X"_s) != PersonDirectory::numberKey(u"110105194912310021"_s));
    // 15 digits are kept apart from 18 characters beginning with them.
    CHECK(PersonDirectory::numberKey(u"110105491231002"_s) != 0);
    CHECK(PersonDirectory::numberKey(u"110105491231002"_s) != PersonDirectory::numberKey(u"000110105491231002"_s));
    CHECK(PersonDirectory::numberKey(u"000000000000000"_s) != PersonDirectory::numberKey(u"000000000000000000"_s));
    CHECK(PersonDirectory::numberKey(u"000000000000000000"_s) != 0);
    // The forms it has no key for.
    CHECK(PersonDirectory::numberKey(u"11010519491231002x"_s) == 0);
    CHECK(PersonDirectory::numberKey(u"1101051949123100X2"_s) == 0);
    CHECK(PersonDirectory::numberKey(u"11010519491231002"_s) == 0);
    CHECK(PersonDirectory::numberKey(u"E12345678"_s) == 0);
    CHECK(PersonDirectory::numberKey(u"１１０１０５１９４９１２３１００２１"_s) == 0);
}

TEST_CASE("the person directory finds what was remembered last and nothing forgotten", "[import][persons]")
{
    test::TempDatabase t;
    PersonDirectory directory(t.db);
    // The database has no person: from now on find() asks it nothing.
    REQUIRE(directory.preload().ok());
    REQUIRE(directory.isComplete());

    QRandomGenerator random(20261206);
    std::map<QString, std::optional<PersonRef>> expected;
    std::vector<QString> used;
    // Enough persons for the table to grow several times over, persons
    // forgotten at every size (each leaves a hole the keys after it close),
    // and persons remembered again with other values.
    for (int step = 0; step < 40000; ++step) {
        const int what = random.bounded(10);
        if (what < 2 && !used.empty()) {
            const QString &idNumber = used[size_t(random.bounded(qint64(used.size())))];
            directory.forget(idNumber);
            expected[idNumber].reset();
        } else {
            const QString idNumber = what < 3 && !used.empty() ? used[size_t(random.bounded(qint64(used.size())))]
                                                                : anIdNumber(random);
            const PersonRef person{step + 1, aName(random), random.bounded(1, 50), random.bounded(4) == 0};
            directory.remember(idNumber, person);
            if (!expected.contains(idNumber))
                used.push_back(idNumber);
            expected[idNumber] = person;
        }
        if (step % 5000 == 0)
            for (const auto &[idNumber, person] : expected)
                checkSame(directory, idNumber, person);
    }
    qsizetype known = 0;
    for (const auto &[idNumber, person] : expected) {
        checkSame(directory, idNumber, person);
        known += person.has_value();
    }
    CHECK(known > 20000);
    directory.forget(u"E00000000"_s); // never there
    directory.forget(u"999999999999999999"_s);
    for (const QString &idNumber : used)
        directory.forget(idNumber);
    for (const QString &idNumber : used)
        checkSame(directory, idNumber, std::nullopt);
}

TEST_CASE("the person directory loads every person the database holds", "[import][persons]")
{
    test::TempDatabase t;
    Company company;
    company.code = u"HT"_s;
    company.name = u"海通公司"_s;
    const qint64 companyId = test::ok(CompanyRepository(t.db).insert(company));
    struct Given
    {
        const char16_t *idNumber;
        const char16_t *name;
        PersonCategory category;
    };
    const Given given[] = {
        {u"11010519491231002X", u"张三丰", PersonCategory::Staff},
        {u"440304199001010046", u"李四", PersonCategory::Dispatched},
        {u"32061219850312163X", u"约翰·史密斯", PersonCategory::External},
        {u"650102198001011234", u"阿卜杜热合曼·买买提", PersonCategory::External},
    };
    std::vector<qint64> ids;
    for (const Given &g : given) {
        Person p;
        p.idNumber = QString::fromUtf16(g.idNumber);
        p.name = QString::fromUtf16(g.name);
        p.companyId = companyId;
        p.category = g.category;
        ids.push_back(test::ok(PersonRepository(t.db).insert(p)));
    }

    PersonDirectory directory(t.db);
    REQUIRE(directory.preload().ok());
    for (size_t i = 0; i < std::size(given); ++i)
        checkSame(directory, QString::fromUtf16(given[i].idNumber),
                  PersonRef{ids[i], QString::fromUtf16(given[i].name), companyId,
                            given[i].category == PersonCategory::External});
    checkSame(directory, u"110105194912310021"_s, std::nullopt);

    // Without the preload each person is looked up once, by SQL.
    PersonDirectory asked(t.db);
    checkSame(asked, u"650102198001011234"_s, PersonRef{ids[3], u"阿卜杜热合曼·买买提"_s, companyId, true});
    checkSame(asked, u"32061219850312163X"_s, PersonRef{ids[2], u"约翰·史密斯"_s, companyId, true});
    checkSame(asked, u"110105194912310021"_s, std::nullopt);
    checkSame(asked, u"E12345678"_s, std::nullopt);
}
