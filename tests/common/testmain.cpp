// SPDX-License-Identifier: GPL-3.0-or-later
// The main() of every test executable. The QApplication is created only
// after Catch2 has parsed the command line and is not merely listing tests:
// catch_discover_tests lists them at build time, where there is no display.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>

#include <memory>

int main(int argc, char *argv[])
{
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
