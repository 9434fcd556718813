// SPDX-License-Identifier: GPL-3.0-or-later
// Two imports into one database at the same time: the second waits for the
// first, says so, and then lands too.
#include "core/db/database.h"
#include "core/import/importer.h"
#include "core/import/importgate.h"
#include "testdb.h"

#include <QElapsedTimer>
#include <QThread>

#include <atomic>

using namespace Qt::StringLiterals;
using namespace seawall;

namespace {

// The first import, as far as its hold on the database goes.
std::unique_ptr<ImportGate> holdImports(Database &first)
{
    Result<std::unique_ptr<ImportGate>> gate = ImportGate::enter(first, {});
    REQUIRE(gate.ok());
    REQUIRE(gate.value());
    return std::move(gate.value());
}

// Runs an import of `file` on a thread with a connection of its own.
std::unique_ptr<QThread> importOnThread(const QString &path, const QString &file, ImportOptions options,
                                        ImportResult &result)
{
    std::unique_ptr<QThread> thread(QThread::create([path, file, options, &result] {
        Database db;
        if (const Status opened = db.open(path); !opened) {
            result.failure = opened.error().message;
            return;
        }
        result = Importer(db).run(QStringList{file}, options);
    }));
    thread->start();
    return thread;
}

} // namespace

TEST_CASE("an import that meets another one running waits for it, says so, and lands after it", "[import][concurrent]")
{
    test::TempDatabase t;
    const QString samples = QStringLiteral(SEAWALL_SAMPLES);
    REQUIRE(Importer(t.db).run(QStringList{samples + u"/companies.csv"_s}, {}).committed);
    const qint64 persons = test::scalar(t.db, u"SELECT count(*) FROM person"_s).toLongLong();

    Database first;
    REQUIRE(first.open(t.path).ok());
    auto holding = holdImports(first);

    // The second, on a thread with a connection of its own.
    std::atomic<bool> waited{false};
    ImportOptions options;
    options.waiting = [&waited] { waited = true; };
    ImportResult second;
    const auto thread = importOnThread(t.path, samples + u"/personnel.csv"_s, options, second);
    // It says it waits.
    QElapsedTimer clock;
    clock.start();
    while (!waited && clock.elapsed() < 15000)
        QThread::msleep(50);
    REQUIRE(waited);
    CHECK_FALSE(thread->isFinished());

    // The first ends; the second then runs to its end.
    REQUIRE(holding->transaction().commit().ok());
    holding.reset();
    REQUIRE(thread->wait(30000));
    INFO((second.failure ? *second.failure : QString()).toStdString());
    CHECK(second.committed);
    CHECK_FALSE(second.failure);
    // personnel.csv of the samples: 400 rows, each an ID number of its own.
    CHECK(test::scalar(t.db, u"SELECT count(*) FROM person"_s).toLongLong() == persons + 400);
}

TEST_CASE("an import waiting for another one can be cancelled and writes nothing", "[import][concurrent]")
{
    test::TempDatabase t;
    const QString samples = QStringLiteral(SEAWALL_SAMPLES);
    REQUIRE(Importer(t.db).run(QStringList{samples + u"/companies.csv"_s}, {}).committed);

    Database first;
    REQUIRE(first.open(t.path).ok());
    const auto holding = holdImports(first);

    std::atomic<bool> waited{false};
    ImportOptions options;
    options.waiting = [&waited] { waited = true; };
    // Cancelled as soon as it waits.
    options.cancelled = [&waited] { return waited.load(); };
    ImportResult second;
    const auto thread = importOnThread(t.path, samples + u"/personnel.csv"_s, options, second);
    REQUIRE(thread->wait(30000));
    CHECK(waited);
    CHECK(second.cancelled);
    CHECK_FALSE(second.committed);
    CHECK(test::scalar(t.db, u"SELECT count(*) FROM person"_s).toLongLong() == 0);
}
