// SPDX-License-Identifier: GPL-3.0-or-later
// The main() of every test executable.
//
// Each test process first makes a home of its own under the build folder
// and points HOME, the XDG folders, TMPDIR and the locale there: set here,
// where no registration with ctest can lose them, so that no test reads or
// writes the settings, data or cache of the person running the suite, and
// two processes never share a settings file. The QApplication is created
// only after Catch2 has parsed the command line and is not merely listing
// tests: catch_discover_tests lists them at build time, where there is no
// display.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

namespace {

void setEnvironment(const char *name, const QString &value) { qputenv(name, QFile::encodeName(value)); }

// A home for this process, removed when it ends; the folders Qt and the
// program look for are made in it.
bool makePrivateHome(QTemporaryDir &home)
{
    if (!home.isValid())
        return false;
    const QDir root(home.path());
    for (const char *folder : {".config", ".local/share", ".local/state", ".cache", "runtime", "tmp"})
        if (!root.mkpath(QString::fromLatin1(folder)))
            return false;
    // Qt refuses a runtime folder that others may enter.
    QFile::setPermissions(root.filePath(QStringLiteral("runtime")),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    setEnvironment("HOME", root.path());
    setEnvironment("XDG_CONFIG_HOME", root.filePath(QStringLiteral(".config")));
    setEnvironment("XDG_DATA_HOME", root.filePath(QStringLiteral(".local/share")));
    setEnvironment("XDG_STATE_HOME", root.filePath(QStringLiteral(".local/state")));
    setEnvironment("XDG_CACHE_HOME", root.filePath(QStringLiteral(".cache")));
    setEnvironment("XDG_RUNTIME_DIR", root.filePath(QStringLiteral("runtime")));
    setEnvironment("TMPDIR", root.filePath(QStringLiteral("tmp")));
    // One language for every run: the tests that need Chinese load it.
    qputenv("LANG", "C.UTF-8");
    qputenv("LC_ALL", "C.UTF-8");
    qunsetenv("LANGUAGE");
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    const QString program = QFileInfo(QFile::decodeName(argv[0])).fileName();
    QTemporaryDir home(QStringLiteral(SEAWALL_TEST_HOMES "/") + program + QStringLiteral("-XXXXXX"));
    if (!makePrivateHome(home)) {
        std::fprintf(stderr, "%s: cannot make a private home under %s\n", argv[0], SEAWALL_TEST_HOMES);
        return EXIT_FAILURE;
    }

    Catch::Session session;
    if (const int rc = session.applyCommandLine(argc, argv); rc != 0)
        return rc;
    const auto &config = session.configData();
    const bool listing = config.listTests || config.listTestNamesOnly || config.listTags || config.listReporters;
    if (listing)
        return session.run();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    return session.run();
}
