// SPDX-License-Identifier: GPL-3.0-or-later
#include "testdb.h"

#include <catch2/catch.hpp>

#include "core/db/companyrepository.h"
#include "core/db/personrepository.h"

#include <QFile>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace seawall::test {

TempDatabase::TempDatabase() : path(dir.filePath(u"test.sqlite"_s))
{
    const Status status = db.open(path);
    INFO((status.ok() ? QString() : status.error().message).toStdString());
    REQUIRE(status.ok());
}

QString copyOf(const QString &source, const QString &path)
{
    REQUIRE(QFile::copy(source, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

std::vector<qint64> addPinyinNames(Database &db, qint64 company)
{
    const QStringList names{u"张三"_s, u"安娜"_s, u"丁一"_s, u"万芳"_s};
    const QStringList ids{u"32061219850312163X"_s, u"320612199001011005"_s, u"320612197511201002"_s,
                          u"320612198812081002"_s};
    std::vector<qint64> persons;
    for (int i = 0; i < names.size(); ++i) {
        Person p;
        p.idNumber = ids.at(i);
        p.name = names.at(i);
        p.companyId = company;
        const auto person = PersonRepository(db).insert(p);
        REQUIRE(person.ok());
        persons.push_back(person.value());
    }
    return persons;
}

QString writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

qint64 addCompany(Database &db, const QString &code, const QString &name, qint64 parent)
{
    Company c;
    c.code = code;
    c.name = name;
    c.parentId = parent;
    const auto id = CompanyRepository(db).insert(c);
    REQUIRE(id.ok());
    return id.value();
}

} // namespace seawall::test
