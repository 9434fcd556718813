// SPDX-License-Identifier: GPL-3.0-or-later
// core/ links Qt Core and Sql only; this keeps it from including a widget
// or GUI header even where the build would let it (a header-only use).
#include <catch2/catch.hpp>

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

TEST_CASE("core includes no widget, GUI, chart or print header", "[layering]")
{
    const QString core = QStringLiteral(SEAWALL_TEST_DATA) + u"/../../core"_s;
    const QRegularExpression forbidden(
        u"#\\s*include\\s*[<\"](Qt(Widgets|Gui|Charts|PrintSupport)/|Q(Widget|MainWindow|Dialog|MessageBox|"
        u"Application|GuiApplication|Chart\\w*|Printer|Painter|Pixmap|Image)\\b)"_s);
    int files = 0;
    QDirIterator it(core, {u"*.h"_s, u"*.cpp"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        INFO(file.fileName().toStdString());
        CHECK_FALSE(forbidden.match(text).hasMatch());
        ++files;
    }
    CHECK(files > 20);
}
