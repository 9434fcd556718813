// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commandline.h"

#include "app/cli/output.h"
#include "core/audit/auditlog.h"
#include "core/audit/daylocks.h"
#include "core/audit/purge.h"
#include "core/db/database.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace seawall {

int CommandLine::runAudit(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({u"since"_s, {}, u"date"_s});
    parser.addOption({u"until"_s, {}, u"date"_s});
    parser.addOption({u"json"_s, {}});
    if (!parser.parse(args) || !parser.positionalArguments().isEmpty())
        return usage(parser.errorText().isEmpty() ? tr("audit takes no file arguments.") : parser.errorText());
    QDate bounds[2];
    const QString names[2] = {u"since"_s, u"until"_s};
    for (int i = 0; i < 2; ++i) {
        if (!parser.isSet(names[i]))
            continue;
        bounds[i] = QDate::fromString(parser.value(names[i]), Qt::ISODate);
        if (!bounds[i].isValid())
            return usage(tr("--%1 needs a date written as YYYY-MM-DD.").arg(names[i]));
    }
    Database db;
    if (const int rc = openDatabase(db); rc != Done)
        return rc;
    const Result<QList<AuditEntry>> entries = AuditLog::entries(db, bounds[0], bounds[1]);
    if (!entries)
        return Output::fail(entries.error().message, DatabaseError);
    if (parser.isSet(u"json"_s)) {
        Output::out() << QString::fromUtf8(QJsonDocument(AuditLog::toJson(entries.value())).toJson());
    } else {
        for (const AuditEntry &entry : entries.value()) {
            QStringList parts{entry.time.toString(u"yyyy-MM-dd HH:mm:ss"_s), entry.user,
                              AuditLog::actionName(entry.action), entry.entity, entry.key};
            if (!entry.before.isEmpty() || !entry.after.isEmpty())
                parts << entry.before + u" → "_s + entry.after;
            if (entry.batch != 0)
                parts << tr("import %1").arg(entry.batch);
            if (!entry.reason.isEmpty())
                parts << entry.reason;
            parts.removeAll(QString());
            Output::out() << parts.join(u"  "_s) << '\n';
        }
    }
    Output::out().flush();
    return Done;
}

int CommandLine::runUnlock(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOptions({{u"date"_s, {}, u"date"_s}, {u"reason"_s, {}, u"text"_s}});
    const bool parsed = parser.parse(args) && parser.positionalArguments().isEmpty();
    const QDate date = QDate::fromString(parser.value(u"date"_s), Qt::ISODate);
    const QString reason = parser.value(u"reason"_s).trimmed();
    if (!parsed)
        return usage(parser.errorText().isEmpty() ? tr("unlock takes no file arguments.") : parser.errorText());
    if (!date.isValid())
        return usage(tr("unlock needs --date YYYY-MM-DD."));
    if (reason.isEmpty())
        return usage(tr("unlock needs --reason TEXT: why the printed day may change."));
    Database db;
    if (const int rc = openDatabase(db); rc != Done)
        return rc;
    if (const Status status = DayLocks::unlock(db, date, reason); !status)
        return Output::fail(status.error().message, status.error().kind == Error::Kind::NotFound ? InputRejected : DatabaseError);
    Output::out() << tr("%1 is unlocked; the next evening briefing of that day locks it again.")
                         .arg(date.toString(Qt::ISODate))
                  << '\n';
    Output::out().flush();
    return Done;
}

int CommandLine::runPurge(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({u"confirm"_s, {}});
    if (!parser.parse(args) || !parser.positionalArguments().isEmpty())
        return usage(parser.errorText().isEmpty() ? tr("purge takes no file arguments.") : parser.errorText());
    // Irreversible: said once more, and done only when confirmed.
    if (!parser.isSet(u"confirm"_s))
        return usage(tr("purge replaces the names, ID and phone numbers of every person by pseudonyms, for good, "
                        "and deletes the daily backups; run it again with --confirm to do so."));
    Database db;
    if (const int rc = openDatabase(db); rc != Done)
        return rc;
    if (const Status status = Purge::personalData(db); !status)
        return Output::fail(status.error().message, DatabaseError);
    Output::out() << tr("The personal data of %1 were replaced by pseudonyms.").arg(QDir::toNativeSeparators(db.path()))
                  << '\n';
    Output::out().flush();
    return Done;
}

} // namespace seawall
