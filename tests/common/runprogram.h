// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "qtcatch.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace seawall::test {

// What a program run by a test printed, and how it ended (-1: it crashed).
struct Run
{
    int exitCode = -1;
    QString out;     // standard output, read as UTF-8
    QByteArray bytes; // the same, as written
    QString err;
};

struct RunOptions
{
    QString locale = QStringLiteral("C.UTF-8"); // LANG, LC_ALL and LANGUAGE
    QString workingDirectory;
    QByteArray input; // written to its standard input, which is then closed
    int timeoutMs = 300000;
};

// Runs `program` to its end in the locale asked for, with no display at
// all: the commands must work without one.
inline Run runProgram(const QString &program, const QStringList &arguments, const RunOptions &options = {})
{
    QProcess process;
    if (!options.workingDirectory.isEmpty())
        process.setWorkingDirectory(options.workingDirectory);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), options.locale);
    env.insert(QStringLiteral("LC_ALL"), options.locale);
    env.insert(QStringLiteral("LANGUAGE"), options.locale.section(u'.', 0, 0));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    process.write(options.input);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(options.timeoutMs));
    Run run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.bytes = process.readAllStandardOutput();
    run.out = QString::fromUtf8(run.bytes);
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

#ifdef SEAWALL_EXECUTABLE
// Runs the seawall built with the tests.
inline Run runSeawall(const QStringList &arguments, const RunOptions &options = {})
{
    return runProgram(QStringLiteral(SEAWALL_EXECUTABLE), arguments, options);
}
#endif

} // namespace seawall::test
