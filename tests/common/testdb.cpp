// SPDX-License-Identifier: GPL-3.0-or-later
#include "testdb.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace Qt::StringLiterals;

namespace seawall::test {

TempDatabase::TempDatabase() : path(dir.filePath(u"test.sqlite"_s))
{
    const Status status = db.open(path);
    INFO((status.ok() ? QString() : status.error().message).toStdString());
    REQUIRE(status.ok());
}

QString writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

} // namespace seawall::test
