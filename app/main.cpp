// SPDX-License-Identifier: GPL-3.0-or-later
// One executable: with a command it works headless (no display needed), with
// none it opens the main window.
#include "cli/commandline.h"
#include "translation.h"

#include "mainwindow.h"

#include <QApplication>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

void describe(QCoreApplication &app)
{
    app.setApplicationName(u"seawall"_s);
    app.setApplicationVersion(QStringLiteral(SEAWALL_VERSION));
}

QStringList arguments(int argc, char *argv[])
{
    QStringList list;
    for (int i = 0; i < argc; ++i)
        list << QString::fromLocal8Bit(argv[i]);
    return list;
}

} // namespace

int main(int argc, char *argv[])
{
    const QStringList args = arguments(argc, argv);
    if (seawall::CommandLine::needsGui(args)) {
        // Painting needs a GUI application, not a screen.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
            && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        describe(app);
        seawall::Translation::install();
        return seawall::CommandLine().run(app.arguments());
    }
    if (seawall::CommandLine::hasCommand(args)) {
        QCoreApplication app(argc, argv);
        describe(app);
        seawall::Translation::install();
        return seawall::CommandLine().run(app.arguments());
    }

    QApplication app(argc, argv);
    describe(app);
    seawall::Translation::install();
    app.setApplicationDisplayName(QCoreApplication::translate("main", "Seawall"));
    seawall::MainWindow window(seawall::CommandLine::databasePath(app.arguments()));
    window.show();
    return app.exec();
}
