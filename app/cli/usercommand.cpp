// SPDX-License-Identifier: GPL-3.0-or-later
// seawall user add|list|remove: the people of a server database.
#include "app/cli/commandline.h"

#include "app/cli/output.h"
#include "core/db/database.h"
#include "core/db/serverusers.h"

#include <QCommandLineParser>

#include <iostream>
#include <optional>
#include <string>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace seawall {
namespace {

// A line of standard input, with nothing echoed while it is typed at a
// terminal; none at the end of the input.
std::optional<QString> readLine(bool hidden)
{
#ifdef Q_OS_WIN
    HANDLE input = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    const bool console = hidden && GetConsoleMode(input, &mode);
    if (console)
        SetConsoleMode(input, mode & ~DWORD(ENABLE_ECHO_INPUT));
#else
    termios mode{};
    const bool console = hidden && tcgetattr(STDIN_FILENO, &mode) == 0;
    if (console) {
        termios quiet = mode;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
#endif
    std::string line;
    const bool read = bool(std::getline(std::cin, line));
#ifdef Q_OS_WIN
    if (console)
        SetConsoleMode(input, mode);
#else
    if (console)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &mode);
#endif
    if (!read)
        return std::nullopt;
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromStdString(line);
}

bool atTerminal()
{
#ifdef Q_OS_WIN
    DWORD mode = 0;
    return GetConsoleMode(GetStdHandle(STD_INPUT_HANDLE), &mode);
#else
    return isatty(STDIN_FILENO) == 1;
#endif
}

} // namespace

int CommandLine::runUser(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({u"role"_s, {}, u"role"_s});
    parser.addOption({u"password-stdin"_s, {}});
    if (!parser.parse(args))
        return usage(parser.errorText());
    const QStringList words = parser.positionalArguments();
    const QString action = words.value(0);
    const bool named = action == u"add"_s || action == u"remove"_s;
    if (!(named && words.size() == 2) && !(action == u"list"_s && words.size() == 1))
        return usage(tr("user needs one of: add NAME --role viewer|coordinator|admin, list, remove NAME."));
    const QString name = words.value(1);
    const auto failed = [](const Error &error) {
        return Output::fail(error.message, error.kind == Error::Kind::Invalid ? UsageError : DatabaseError);
    };

    Role role = Role::Viewer;
    QString password;
    if (action == u"add"_s) {
        static const std::pair<QString, Role> roles[] = {
            {u"viewer"_s, Role::Viewer}, {u"coordinator"_s, Role::Coordinator}, {u"admin"_s, Role::Administrator}};
        const auto chosen = std::find_if(std::begin(roles), std::end(roles),
                                         [&](const auto &known) { return known.first == parser.value(u"role"_s); });
        if (chosen == std::end(roles))
            return usage(tr("user add needs --role viewer, coordinator or admin."));
        role = chosen->second;
        // Never on the command line, where other users of the machine and
        // the shell's history see it.
        if (parser.isSet(u"password-stdin"_s)) {
            password = readLine(false).value_or(QString());
        } else if (atTerminal()) {
            Output::err() << tr("Password for %1: ").arg(name);
            Output::err().flush();
            password = readLine(true).value_or(QString());
            Output::err() << '\n' << tr("The same again: ");
            Output::err().flush();
            const QString again = readLine(true).value_or(QString());
            Output::err() << '\n';
            Output::err().flush();
            if (again != password)
                return failed(Error::invalid(u"password"_s, tr("The two passwords differ; nothing was changed.")));
        } else {
            return usage(tr("user add asks for the password at a terminal; else give it on standard input with "
                            "--password-stdin."));
        }
    }

    Database db;
    if (const int rc = openDatabase(db); rc != Done)
        return rc;
    if (action == u"list"_s) {
        const Result<QList<ServerUser>> users = ServerUsers::list(db);
        if (!users)
            return failed(users.error());
        for (const ServerUser &user : users.value())
            Output::out() << user.name << '\t' << roleName(user.role) << '\n';
        Output::out().flush();
        return Done;
    }
    const Status done = action == u"add"_s ? ServerUsers::add(db, name, role, password) : ServerUsers::remove(db, name);
    if (!done)
        return failed(done.error());
    Output::out() << (action == u"add"_s ? tr("%1 added as %2.").arg(name, roleName(role)) : tr("%1 removed.").arg(name))
                  << '\n';
    Output::out().flush();
    return Done;
}

} // namespace seawall
