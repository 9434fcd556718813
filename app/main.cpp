// SPDX-License-Identifier: GPL-3.0-or-later
// One executable: with a command it works headless (no display needed), with
// none it opens the main window.
#include "app/cli/commandline.h"
#include "app/translation.h"

#include "ui/shell/mainwindow.h"
#include "ui/shell/welcomedialog.h"

#include <QApplication>
#include <QIcon>

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

// The icon compiled in (resources/), for a desktop whose theme has none of
// ours (a build run in place, before the package installed it).
QIcon applicationIcon()
{
    QIcon icon;
    for (int size : {16, 32, 48, 64, 128, 256})
        icon.addFile(u":/icons/seawall-%1.png"_s.arg(size), QSize(size, size));
    return icon;
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
    seawall::Translation::install(seawall::Translation::windowLocale());
    app.setApplicationDisplayName(QCoreApplication::translate("main", "Seawall"));
    // The desktop entry and the installed icon theme name both "seawall".
    QGuiApplication::setDesktopFileName(u"seawall"_s);
    QGuiApplication::setWindowIcon(QIcon::fromTheme(u"seawall"_s, applicationIcon()));

    // --db names the file; otherwise the remembered or per-user database,
    // and on a first start the welcome dialog asks (Cancel quits).
    QString path;
    if (app.arguments().mid(1).contains(u"--db"_s)) {
        path = seawall::CommandLine::databasePath(app.arguments());
    } else {
        path = seawall::WelcomeDialog::startupDatabase();
        if (path.isEmpty()) {
            seawall::WelcomeDialog welcome;
            if (welcome.exec() != QDialog::Accepted)
                return 0;
            path = welcome.databasePath();
        }
    }
    seawall::MainWindow window(path);
    window.show();
    return app.exec();
}
