// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/listchecks.h"

#include "core/db/sqlrun.h"

#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace seawall::ListChecks {

QString asComparisons(const QString &createTable)
{
    // The values are this program's codes ('male', 0): no comma, quote or
    // parenthesis inside one.
    static const QRegularExpression check(u"CHECK \\((\\w+) IN \\(([^()]*)\\)\\)"_s);
    QString out;
    qsizetype from = 0;
    for (auto it = check.globalMatch(createTable); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QStringList values = match.captured(2).split(u',');
        if (values.size() < 3)
            continue;
        QStringList comparisons;
        for (const QString &value : values)
            comparisons << u"%1 = %2"_s.arg(match.captured(1), value.trimmed());
        out += createTable.mid(from, match.capturedStart() - from);
        out += u"CHECK (%1)"_s.arg(comparisons.join(u" OR "_s));
        from = match.capturedEnd();
    }
    return out + createTable.mid(from);
}

Status spellAsComparisons(Database &db)
{
    if (db.backend() != SqlBackend::Sqlite)
        return {};
    // The texts are this program's own schema, written back as literals.
    const auto literal = [](QString text) { return u'\'' + text.replace(u'\'', u"''"_s) + u'\''; };
    QStringList updates;
    if (Status status = SqlRun::eachRow(db, u"SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql IS NOT NULL"_s,
                                        {}, [&](const QSqlQuery &q) {
                                            const QString text = q.value(1).toString();
                                            const QString spelled = asComparisons(text);
                                            if (spelled != text)
                                                updates << u"UPDATE sqlite_master SET sql = %1 WHERE type = 'table' AND name = %2"_s
                                                               .arg(literal(spelled), literal(q.value(0).toString()));
                                        });
        !status)
        return status;
    if (updates.isEmpty())
        return {};
    const Result<QVariant> version = SqlRun::value(db, u"PRAGMA schema_version"_s);
    if (!version)
        return version.error();
    if (Status status = SqlRun::script(db, {u"PRAGMA writable_schema = ON"_s}); !status)
        return status;
    // A SQLite built or set defensive (SQLITE_DBCONFIG_DEFENSIVE) refuses
    // the first change: the file keeps its lists, as right and only slower.
    Status status = SqlRun::script(db, {updates.constFirst()});
    const bool refused = !status;
    if (!refused)
        // The schema counted one further, so that every connection reads
        // it anew.
        status = SqlRun::script(db, updates.mid(1) + QStringList{u"PRAGMA schema_version = %1"_s.arg(version.value().toInt() + 1)});
    // RESET has this connection read its schema at once, and leaves it no
    // longer writing it, whatever happened.
    if (Status reset = SqlRun::script(db, {u"PRAGMA writable_schema = RESET"_s}); !reset && status)
        status = reset;
    return refused ? Status{} : status;
}

} // namespace seawall::ListChecks
