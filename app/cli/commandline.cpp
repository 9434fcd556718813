// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commandline.h"

#include "app/cli/output.h"
#include "core/db/backup.h"
#include "core/db/dailybackup.h"
#include "core/db/database.h"
#include "core/db/databaseaddress.h"
#include "core/db/serverroles.h"
#include "core/demo/demogenerator.h"
#include "core/figures/figuresengine.h"
#include "core/figures/figuresformat.h"
#include "core/paths.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace seawall {
namespace {


// Splits `seawall [--db FILE] COMMAND ARGS…` into the global part and the
// command's own arguments (the command first).
struct Split
{
    QStringList global;
    QStringList command;
};

Split split(const QStringList &arguments)
{
    Split parts;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (i > 0 && !arg.startsWith(u'-')) {
            parts.command = arguments.mid(i);
            break;
        }
        parts.global << arg;
        if (arg == u"--db"_s && i + 1 < arguments.size())
            parts.global << arguments.at(++i);
    }
    return parts;
}

QDate parseIsoDate(const QString &text)
{
    return QDate::fromString(text, Qt::ISODate);
}

} // namespace

bool CommandLine::hasCommand(const QStringList &arguments)
{
    const Split parts = split(arguments);
    return !parts.command.isEmpty() || parts.global.contains(u"--help"_s) || parts.global.contains(u"-h"_s)
           || parts.global.contains(u"--version"_s);
}

bool CommandLine::needsGui(const QStringList &arguments)
{
    const Split parts = split(arguments);
    return !parts.command.isEmpty() && parts.command.first() == u"briefing"_s;
}

QString CommandLine::databasePath(const QStringList &arguments)
{
    const Split parts = split(arguments);
    const qsizetype at = parts.global.indexOf(u"--db"_s);
    if (at >= 0 && at + 1 < parts.global.size())
        return parts.global.at(at + 1);
    return Paths::defaultDatabase();
}

int CommandLine::usage(const QString &problem)
{
    QTextStream &stream = problem.isEmpty() ? Output::out() : Output::err();
    if (!problem.isEmpty())
        stream << problem << "\n\n";
    stream << tr("Usage: seawall [--db FILE|URL] [COMMAND [OPTIONS]]\n"
                 "\n"
                 "Without a command, opens the main window.\n"
                 "\n"
                 "Commands:\n"
                 "  init [--roles]                Create or migrate the database; print its schema version.\n"
                 "                                On a server, --roles also makes the roles seawall_admin,\n"
                 "                                seawall_coordinator and seawall_viewer and their grants.\n"
                 "  demo [--large] [--if-empty]   Fill an empty database with demo data.\n"
                 "  stats --date YYYY-MM-DD [--json]\n"
                 "                                Print the figures of a day.\n"
                 "  briefing --date YYYY-MM-DD [--edition morning|evening] --pdf FILE [--png FILE]\n"
                 "                                Write the daily briefing as a PDF (and PNG pages:\n"
                 "                                FILE, FILE-2 …); it is kept as printed.\n"
                 "  import [--kind K] [--encoding E] [--dry-run] [--skip-invalid] [--rejects OUT.csv]\n"
                 "         [--mark-missing-left] [--json] FILE...\n"
                 "                                Import the CSV files and workbooks subsidiaries send,\n"
                 "                                all or nothing (exit code 2 when rows are rejected).\n"
                 "  import --undo BATCH           Undo one import as a whole.\n"
                 "  imports [--json]              List the imports.\n"
                 "  csv FILE [--encoding E] [--sheet S] [--json]\n"
                 "                                Show how Seawall reads a CSV file or a workbook.\n"
                 "  template --kind K OUT.xlsx    Write a blank workbook for the units to fill in.\n"
                 "  backup DEST                   Write a consistent copy of the database to DEST.\n"
                 "  restore BACKUP                Replace the database with a backup copy, keeping the\n"
                 "                                file as it was beside it.\n"
                 "  audit [--since D] [--until D] [--json]\n"
                 "                                Print the audit log: who changed what, when.\n"
                 "  unlock --date D --reason TEXT Unlock a day whose evening briefing was printed.\n"
                 "  purge --confirm               Replace persons' names, ID and phone numbers by\n"
                 "                                pseudonyms, for good (figures are kept).\n"
                 "  user add NAME --role viewer|coordinator|admin [--password-stdin]\n"
                 "  user list\n"
                 "  user remove NAME              The people of a server database (administrators).\n"
                 "  copy-to TARGET                Copy every row into an empty database, a file or\n"
                 "                                postgresql://user@host[:port]/database, in one\n"
                 "                                transaction; every table's count is checked.\n"
                 "\n"
                 "On the first open of each day the database is checked and copied into the folder\n"
                 "backups beside it; the last 14 copies are kept (Settings).\n"
                 "\n"
                 "Options:\n"
                 "  --db FILE      The database file (default: %1)\n"
                 "  --db URL       A database on a PostgreSQL server: postgresql://user@host[:port]/database\n"
                 "                 (the password from PGPASSWORD or ~/.pgpass).\n"
                 "  --help         Show this text.\n"
                 "  --version      Show the version.\n")
                  .arg(QDir::toNativeSeparators(Paths::defaultDatabase()));
    stream.flush();
    return problem.isEmpty() ? Done : UsageError;
}

int CommandLine::run(const QStringList &arguments)
{
    const Split parts = split(arguments);
    QCommandLineParser global;
    global.addOption({u"db"_s, {}, u"file"_s});
    global.addOption({{u"h"_s, u"help"_s}, {}});
    global.addOption({u"version"_s, {}});
    if (!global.parse(parts.global))
        return usage(global.errorText());
    if (global.isSet(u"version"_s)) {
        Output::out() << "seawall " << QCoreApplication::applicationVersion() << '\n';
        Output::out().flush();
        return Done;
    }
    if (global.isSet(u"help"_s) || parts.command.isEmpty())
        return usage();
    m_databasePath = global.isSet(u"db"_s) ? global.value(u"db"_s) : Paths::defaultDatabase();
    // An address of a kind Seawall cannot open is a mistake in the command,
    // never the name of a file to create.
    if (const Result<DatabaseAddress> address = DatabaseAddress::parse(m_databasePath); !address)
        return usage(address.error().message);

    const QString command = parts.command.first();
    // A command's own parser wants a program name first.
    const QStringList args = QStringList{QCoreApplication::applicationFilePath()} + parts.command.mid(1);
    // Every command and what runs it.
    static const std::pair<QString, int (CommandLine::*)(const QStringList &)> commands[] = {
        {u"init"_s, &CommandLine::runInit},         {u"demo"_s, &CommandLine::runDemo},
        {u"stats"_s, &CommandLine::runStats},       {u"briefing"_s, &CommandLine::runBriefing},
        {u"import"_s, &CommandLine::runImport},     {u"imports"_s, &CommandLine::runImports},
        {u"csv"_s, &CommandLine::runCsv},           {u"template"_s, &CommandLine::runTemplate},
        {u"backup"_s, &CommandLine::runBackup},     {u"restore"_s, &CommandLine::runRestore},
        {u"audit"_s, &CommandLine::runAudit},       {u"unlock"_s, &CommandLine::runUnlock},
        {u"purge"_s, &CommandLine::runPurge},       {u"user"_s, &CommandLine::runUser},
        {u"copy-to"_s, &CommandLine::runCopyTo},
    };
    QStringList names;
    for (const auto &[name, runner] : commands) {
        if (name == command)
            return (this->*runner)(args);
        names << name;
    }
    return usage(tr("Unknown command \"%1\". Commands: %2.").arg(command, names.join(u", "_s)));
}

int CommandLine::openDatabase(Database &db)
{
    if (const Status status = Backups::openAndKeep(db, m_databasePath, Paths::backupsKept()); !status)
        return Output::fail(status.error().message, DatabaseError);
    return Done;
}

int CommandLine::runInit(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({u"roles"_s, {}});
    if (!parser.parse(args) || !parser.positionalArguments().isEmpty())
        return usage(parser.errorText().isEmpty() ? tr("init takes no arguments.") : parser.errorText());
    if (parser.isSet(u"roles"_s) && !DatabaseAddress::parse(m_databasePath)->isServer())
        return usage(tr("init --roles is for a database on a PostgreSQL server; a file has one user, who owns it."));
    Database db;
    if (const int rc = openDatabase(db); rc != Done)
        return rc;
    if (parser.isSet(u"roles"_s)) {
        if (const Status made = ServerRoles::create(db); !made)
            return Output::fail(made.error().message, DatabaseError);
        Output::out() << tr("%1: roles seawall_admin, seawall_coordinator and seawall_viewer ready.")
                             .arg(db.address().display())
                      << '\n';
    }
    Output::out() << tr("%1: schema version %2").arg(db.address().display()).arg(db.schemaVersion())
                  << '\n';
    Output::out().flush();
    return Done;
}

int CommandLine::runDemo(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({u"large"_s, {}});
    parser.addOption({u"if-empty"_s, {}});
    parser.addOption({u"date"_s, {}, u"date"_s});
    if (!parser.parse(args) || !parser.positionalArguments().isEmpty())
        return usage(parser.errorText().isEmpty() ? tr("demo takes no file arguments.") : parser.errorText());
    DemoGenerator::Options options;
    if (parser.isSet(u"date"_s)) {
        options.today = parseIsoDate(parser.value(u"date"_s));
        if (!options.today.isValid())
            return usage(tr("--date needs a date written as YYYY-MM-DD."));
    }
    options.large = parser.isSet(u"large"_s);

    Database db;
    if (const int rc = openDatabase(db); rc != Done)
        return rc;
    if (parser.isSet(u"if-empty"_s) && !DemoGenerator::isEmpty(db)) {
        Output::out() << tr("%1 already holds data; left as it is.").arg(db.address().display())
                      << '\n';
        Output::out().flush();
        return Done;
    }
    int shown = -1;
    options.progress = [&shown](int percent) {
        if (percent / 10 != shown / 10) {
            shown = percent;
            Output::err() << tr("Generating demo data: %1%").arg(percent) << '\r';
            Output::err().flush();
        }
    };
    DemoGenerator generator(db);
    if (const Status status = generator.generate(options); !status) {
        Output::err() << '\n' << status.error().message << '\n';
        Output::err().flush();
        return status.error().kind == Error::Kind::Invalid ? InputRejected : DatabaseError;
    }
    Output::err() << '\n';
    Output::out() << tr("Demo data written to %1.").arg(db.address().display()) << '\n';
    Output::out().flush();
    Output::err().flush();
    return Done;
}

int CommandLine::runStats(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({u"date"_s, {}, u"date"_s});
    parser.addOption({u"json"_s, {}});
    parser.addOption({u"sql"_s, {}}); // the bare queries, for the benchmark
    if (!parser.parse(args) || !parser.positionalArguments().isEmpty())
        return usage(parser.errorText().isEmpty() ? tr("stats takes no file arguments.") : parser.errorText());
    const QDate date = parser.isSet(u"date"_s) ? parseIsoDate(parser.value(u"date"_s)) : QDate();
    if (!date.isValid())
        return usage(tr("stats needs --date YYYY-MM-DD."));

    Database db;
    if (const int rc = openDatabase(db); rc != Done)
        return rc;
    FiguresEngine engine(db);
    if (parser.isSet(u"sql"_s)) {
        Output::out() << engine.sqlScript(date);
        Output::out().flush();
        return Done;
    }
    const Result<Figures> figures = engine.compute(date);
    if (!figures)
        return Output::fail(figures.error().message, DatabaseError);
    if (parser.isSet(u"json"_s))
        Output::out() << QString::fromUtf8(QJsonDocument(FiguresFormat::toJson(figures.value())).toJson());
    else
        Output::out() << FiguresFormat::toText(figures.value());
    Output::out().flush();
    return Done;
}

int CommandLine::runBackup(const QStringList &args)
{
    QCommandLineParser parser;
    if (!parser.parse(args) || parser.positionalArguments().size() != 1)
        return usage(parser.errorText().isEmpty() ? tr("backup needs the file to write: backup DEST.") : parser.errorText());
    const QString target = parser.positionalArguments().constFirst();
    Database db;
    if (const int rc = openDatabase(db); rc != Done)
        return rc;
    if (const Status status = backupDatabase(db, target); !status)
        return Output::fail(status.error().message, DatabaseError);
    Output::out() << tr("%1 backed up to %2.").arg(QDir::toNativeSeparators(db.path()), QDir::toNativeSeparators(target))
                  << '\n';
    Output::out().flush();
    return Done;
}

int CommandLine::runRestore(const QStringList &args)
{
    QCommandLineParser parser;
    if (!parser.parse(args) || parser.positionalArguments().size() != 1)
        return usage(parser.errorText().isEmpty() ? tr("restore needs the backup to restore: restore BACKUP.")
                                                  : parser.errorText());
    const QString backup = parser.positionalArguments().constFirst();
    const Result<QString> kept = Backups::restore(backup, m_databasePath);
    if (!kept)
        return Output::fail(kept.error().message, kept.error().kind == Error::Kind::Invalid ? UsageError : DatabaseError);
    Output::out() << tr("%1 restored from %2.").arg(QDir::toNativeSeparators(m_databasePath), QDir::toNativeSeparators(backup));
    if (!kept.value().isEmpty())
        Output::out() << ' ' << tr("The file as it was is kept as %1.").arg(QDir::toNativeSeparators(kept.value()));
    Output::out() << '\n';
    Output::out().flush();
    return Done;
}

} // namespace seawall
