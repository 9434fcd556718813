// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commandline.h"

#include "app/cli/output.h"
#include "core/db/database.h"
#include "core/db/databasecopy.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QHash>

using namespace Qt::StringLiterals;

namespace seawall {
namespace {

// Where an address leads, to tell one database named two ways.
QString placeOf(const DatabaseAddress &address)
{
    return address.isServer() ? address.display() : QFileInfo(address.path).absoluteFilePath();
}

} // namespace

int CommandLine::runCopyTo(const QStringList &args)
{
    QCommandLineParser parser;
    if (!parser.parse(args) || parser.positionalArguments().size() != 1)
        return usage(parser.errorText().isEmpty()
                         ? tr("copy-to needs the database to copy into: a file or postgresql://user@host[:port]/database.")
                         : parser.errorText());
    const Result<DatabaseAddress> target = DatabaseAddress::parse(parser.positionalArguments().constFirst());
    if (!target)
        return usage(target.error().message);
    const Result<DatabaseAddress> source = DatabaseAddress::parse(m_databasePath);
    if (source && placeOf(source.value()) == placeOf(target.value()))
        return usage(tr("copy-to needs another database than the one copied."));

    Database from;
    if (const int rc = openDatabase(from); rc != Done)
        return rc;
    Database to;
    const auto fail = [](const Error &error) {
        Output::err() << '\n' << error.message << '\n';
        Output::err().flush();
        return DatabaseError;
    };
    if (const Status opened = to.open(target.value()); !opened)
        return fail(opened.error());
    QHash<QString, qint64> copiedRows;
    const auto progress = [&copiedRows](const QString &table, qint64 done, qint64 total) {
        // A line per table, its count rewritten in place as it goes.
        Output::err() << '\r' << tr("Copying %1: %2 of %3 rows").arg(table).arg(done).arg(total)
                      << (done == total ? '\n' : ' ');
        Output::err().flush();
        copiedRows[table] = done;
    };
    if (const Status copied = DatabaseCopy::copy(from, to, progress); !copied)
        return fail(copied.error());
    qint64 rows = 0;
    for (const qint64 count : std::as_const(copiedRows))
        rows += count;
    Output::out() << tr("Copied %1 into %2: %n rows, every table's count checked.", nullptr, int(rows))
                         .arg(from.address().display(), to.address().display())
                  << '\n';
    Output::out().flush();
    return Done;
}

} // namespace seawall
