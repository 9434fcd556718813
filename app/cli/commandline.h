// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace seawall {

class Database;

// The headless `seawall [--db FILE] COMMAND …` interface.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum ExitCode { Done = 0, UsageError = 1, InputRejected = 2, DatabaseError = 3 };

    // True when the arguments name a command (or --help/--version): then
    // the program runs headless and never needs a display.
    static bool hasCommand(const QStringList &arguments);
    // True for a command that paints (charts, pages): it needs a
    // QApplication, on the offscreen platform when there is no display.
    static bool needsGui(const QStringList &arguments);
    // The --db value, or the per-user default database.
    static QString databasePath(const QStringList &arguments);

    int run(const QStringList &arguments);

private:
    int usage(const QString &problem = {});
    int openDatabase(Database &db);
    int runInit(const QStringList &args);
    int runDemo(const QStringList &args);
    int runStats(const QStringList &args);
    int runBriefing(const QStringList &args); // briefingcommand.cpp
    int runImport(const QStringList &args);   // importcommand.cpp
    int runImports(const QStringList &args);  // importcommand.cpp
    int runCsv(const QStringList &args);      // importcommand.cpp
    int runTemplate(const QStringList &args); // templatecommand.cpp
    int runBackup(const QStringList &args);
    int runRestore(const QStringList &args);
    int runAudit(const QStringList &args);  // auditcommand.cpp
    int runUnlock(const QStringList &args); // auditcommand.cpp
    int runPurge(const QStringList &args);  // auditcommand.cpp
    int runUser(const QStringList &args);   // usercommand.cpp
    int runCopyTo(const QStringList &args); // copycommand.cpp

    QString m_databasePath;
};

} // namespace seawall
