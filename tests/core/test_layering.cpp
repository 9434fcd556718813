// SPDX-License-Identifier: GPL-3.0-or-later
// The layers of STYLE.md, read from the sources: core links Qt Core and Sql
// only and includes nothing of ui/ or app/; ui includes nothing of app/;
// and the folders of a layer never include each other in a loop.
#include <catch2/catch.hpp>

#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

QString sourceRoot() { return QStringLiteral(SEAWALL_TEST_DATA) + u"/../.."_s; }

// Every .h and .cpp of a layer, by its path from the top ("ui/lists/x.h").
QHash<QString, QString> sourcesOf(const QString &layer)
{
    QHash<QString, QString> files;
    const QString root = sourceRoot();
    QDirIterator it(root + u'/' + layer, {u"*.h"_s, u"*.cpp"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            files.insert(QDir(root).relativeFilePath(file.fileName()), QString::fromUtf8(file.readAll()));
    }
    return files;
}

QStringList includesOf(const QString &text)
{
    static const QRegularExpression include(u"#\\s*include\\s*\"([^\"]+)\""_s);
    QStringList found;
    for (auto it = include.globalMatch(text); it.hasNext();)
        found << it.next().captured(1);
    return found;
}

// The folder of a layer a path lies in ("lists" for "ui/lists/x.h"), or
// "." for a file at the top of the layer.
QString folderOf(const QString &path)
{
    const QStringList parts = path.split(u'/');
    return parts.size() > 2 ? parts.at(1) : u"."_s;
}

// Folders of a layer that include each other, directly or round a loop.
QStringList folderLoops(const QString &layer)
{
    QHash<QString, QSet<QString>> edges;
    const auto files = sourcesOf(layer);
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        for (const QString &target : includesOf(it.value()))
            if (target.startsWith(layer + u'/') && folderOf(target) != folderOf(it.key()))
                edges[folderOf(it.key())].insert(folderOf(target));
    QStringList loops;
    for (auto it = edges.cbegin(); it != edges.cend(); ++it) {
        // A folder is in a loop when it can reach itself.
        QSet<QString> seen;
        std::function<bool(const QString &)> reaches = [&](const QString &from) {
            for (const QString &next : edges.value(from)) {
                if (next == it.key())
                    return true;
                if (!seen.contains(next)) {
                    seen.insert(next);
                    if (reaches(next))
                        return true;
                }
            }
            return false;
        };
        if (reaches(it.key()))
            loops << it.key();
    }
    return loops;
}

} // namespace

TEST_CASE("core includes no widget, GUI, chart or print header", "[layering]")
{
    const QRegularExpression forbidden(
        u"#\\s*include\\s*[<\"](Qt(Widgets|Gui|Charts|PrintSupport)/|Q(Widget|MainWindow|Dialog|MessageBox|"
        u"Application|GuiApplication|Chart\\w*|Printer|Painter|Pixmap|Image)\\b)"_s);
    const auto files = sourcesOf(u"core"_s);
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        INFO(it.key().toStdString());
        CHECK_FALSE(forbidden.match(it.value()).hasMatch());
    }
    CHECK(files.size() > 20);
}

TEST_CASE("ui and app hold no SQL: no Qt Sql header and no SQL text", "[layering]")
{
    const QRegularExpression sqlHeader(u"#\\s*include\\s*[<\"](QtSql/|QSql\\w*)"_s);
    // A statement in a string literal: what only core may write.
    const QRegularExpression sqlText(
        u"\"[^\"\\n]*\\b(SELECT\\s|INSERT\\s+INTO|DELETE\\s+FROM|UPDATE\\s+\\w+\\s+SET|PRAGMA\\s|"
        u"(CREATE|DROP|ALTER)\\s+(TABLE|INDEX|VIEW)|WHERE\\s|JOIN\\s)"_s);
    for (const QString &layer : {u"ui"_s, u"app"_s}) {
        const auto files = sourcesOf(layer);
        CHECK(files.size() > 3);
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            INFO(it.key().toStdString());
            CHECK_FALSE(sqlHeader.match(it.value()).hasMatch());
            const auto found = sqlText.match(it.value());
            INFO(found.captured(0).toStdString());
            CHECK_FALSE(found.hasMatch());
        }
    }
}

TEST_CASE("includes name their layer, and no layer includes one above it", "[layering]")
{
    const QHash<QString, QStringList> above{{u"core"_s, {u"ui/"_s, u"app/"_s}}, {u"ui"_s, {u"app/"_s}}};
    for (const QString &layer : {u"core"_s, u"ui"_s, u"app"_s}) {
        const auto files = sourcesOf(layer);
        CHECK(files.size() > 3);
        for (auto it = files.cbegin(); it != files.cend(); ++it)
            for (const QString &target : includesOf(it.value())) {
                INFO(it.key().toStdString() << " includes " << target.toStdString());
                // From the top: "core/db/database.h", "ui/lists/recordlistview.h".
                CHECK(QFile::exists(sourceRoot() + u'/' + target));
                for (const QString &forbidden : above.value(layer))
                    CHECK_FALSE(target.startsWith(forbidden));
            }
    }
}

TEST_CASE("the folders of a layer never include each other in a loop", "[layering]")
{
    for (const QString &layer : {u"core"_s, u"ui"_s}) {
        INFO(layer.toStdString() << ": " << folderLoops(layer).join(u", "_s).toStdString());
        CHECK(folderLoops(layer).isEmpty());
    }
}
