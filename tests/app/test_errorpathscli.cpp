// SPDX-License-Identifier: GPL-3.0-or-later
// `seawall` as a user runs it when the database or an output goes wrong:
// the exit code (3 for the database, see README.md "Exit codes"), a message
// naming the file and the cause, and nothing half-written.
#include "figuresfixture.h"
#include "scratchdisk.h"
#include "testdb.h"

#include <QFileInfo>
#include <QProcess>

using namespace Qt::StringLiterals;
using namespace seawall;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runSeawall(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    env.remove(u"LANGUAGE"_s);
    env.remove(u"DISPLAY"_s);
    env.remove(u"QT_QPA_PLATFORM"_s);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SEAWALL_EXECUTABLE), arguments);
    REQUIRE(process.waitForFinished(120000));
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError())};
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QString fixtureFile(const QString &path)
{
    Database db;
    REQUIRE(db.open(path).ok());
    test::FiguresFixture fixture(db);
    return path;
}

// The file with a span of it overwritten by the same garbage on every run.
void overwrite(const QString &path, qint64 offset, qint64 size)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.seek(offset));
    QByteArray bytes(size, Qt::Uninitialized);
    quint32 state = 11;
    for (char &byte : bytes)
        byte = char((state = state * 1103515245u + 12345u) >> 24);
    REQUIRE(file.write(bytes) == size);
}

} // namespace

TEST_CASE("stats on a damaged database is exit code 3 naming the file and the damage", "[cli][errors]")
{
    QTemporaryDir dir;
    const QString db = fixtureFile(dir.filePath(u"damaged.sqlite"_s));
    const QString how
        = GENERATE(as<QString> {}, u"truncated to half its size"_s, u"garbage over its middle half"_s);
    INFO(how.toStdString());
    const qint64 size = QFileInfo(db).size();
    if (how.startsWith(u"truncated"_s))
        REQUIRE(QFile::resize(db, size / 2));
    else
        overwrite(db, size / 4, size / 2);
    const QByteArray damaged = contents(db);

    const Run run = runSeawall({u"--db"_s, db, u"stats"_s, u"--date"_s, u"2022-03-15"_s});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 3);
    CHECK(run.err.contains(db + u" is damaged (database disk image is malformed)"_s));
    CHECK(run.out.isEmpty()); // no figures from what could be read
    CHECK(contents(db) == damaged);
}

TEST_CASE("a database on a read-only disk is exit code 3 saying so", "[cli][errors]")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"share"_s);
    const QString db = fixtureFile(folder + u"/readonly.sqlite"_s);
    const test::ScratchDisk disk(folder, test::ScratchDisk::Kind::ReadOnly);
    if (!disk.ok()) {
        WARN("not run: " << disk.why().toStdString());
        return;
    }
    const Run run = runSeawall({u"--db"_s, db, u"stats"_s, u"--date"_s, u"2022-03-15"_s});
    CHECK(run.exitCode == 3);
    CHECK(run.err.contains(db + u" is on a read-only disk"_s));
}
