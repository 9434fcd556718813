// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/serverusers.h"

#include "core/db/database.h"
#include "core/db/serverroles.h"
#include "core/db/sqlrun.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <libpq-fe.h>

using namespace Qt::StringLiterals;

namespace seawall::ServerUsers {
namespace {

Error onFileOnly(const Database &db)
{
    return {Error::Kind::Invalid, QCoreApplication::translate("Database", "Users are kept by a PostgreSQL server: %1 is "
                                                                          "a file, whose one user owns it.")
                                      .arg(db.path())};
}

// What the server says to a role that may not keep users, said so.
Status run(Database &db, const QString &statement)
{
    QSqlQuery query(db.connection());
    if (query.exec(statement))
        return {};
    const QSqlError error = query.lastError();
    if (error.nativeErrorCode() != u"42501"_s)
        return db.errorFrom(error);
    // "ERROR:  permission denied to create role\n(42501)": its words.
    QString said = error.databaseText().section(u'\n', 0, 0).trimmed();
    if (said.startsWith(u"ERROR:"_s))
        said = said.mid(6).trimmed();
    return Error{Error::Kind::ReadOnly, QCoreApplication::translate("Database", "Only an administrator can add or remove "
                                                                               "users; the server refused (%1).")
                                            .arg(said)};
}

Status checkName(const QString &name)
{
    static const QRegularExpression valid(u"^[a-z][a-z0-9_]{0,62}$"_s);
    if (!valid.match(name).hasMatch() || name.startsWith(u"seawall_"_s) || name.startsWith(u"pg_"_s))
        return Error::invalid(u"name"_s, QCoreApplication::translate("Database", "\"%1\" cannot be a user's name: use "
                                            "lower-case letters, digits and _, beginning with a letter (not seawall_ "
                                            "or pg_).")
                                             .arg(name));
    return {};
}

} // namespace

Status add(Database &db, const QString &name, Role role, const QString &password)
{
    if (db.backend() != SqlBackend::Postgresql)
        return onFileOnly(db);
    if (Status valid = checkName(name); !valid)
        return valid;
    if (password.isEmpty())
        return Error::invalid(u"password"_s, QCoreApplication::translate("Database", "A user needs a password."));
    Result<QSqlQuery> there = SqlRun::run(db, u"SELECT count(*) FROM pg_roles WHERE rolname = ?"_s, {name});
    if (!there)
        return there.error();
    if (there.value().next() && there.value().value(0).toInt() > 0)
        return Error{Error::Kind::Conflict,
                     QCoreApplication::translate("Database", "%1 is already a role of the server.").arg(name)};
    there.value().finish();
    // The server's own hash (SCRAM), made here: the password never travels
    // nor is written to the server's log as it is.
    char *hashed = PQencryptPasswordConn(db.postgresHandle(), password.toUtf8().constData(), name.toUtf8().constData(),
                                         nullptr);
    if (!hashed)
        return Error{Error::Kind::Sql, QCoreApplication::translate("Database", "The password could not be prepared: %1")
                                           .arg(QString::fromUtf8(PQerrorMessage(db.postgresHandle())).trimmed())};
    const QString hash = QString::fromUtf8(hashed);
    PQfreemem(hashed);
    if (hash.contains(u'\''))
        return Error{Error::Kind::Sql, QCoreApplication::translate("Database", "The password could not be prepared.")};
    // An administrator's own role may make and drop roles: that attribute
    // does not pass to the members of a group.
    return run(db, u"CREATE ROLE \"%1\" LOGIN%2 PASSWORD '%3' IN ROLE %4"_s.arg(
                       name, role == Role::Administrator ? u" CREATEROLE"_s : QString(), hash,
                       ServerRoles::groupOf(role)));
}

Result<QList<ServerUser>> list(Database &db)
{
    if (db.backend() != SqlBackend::Postgresql)
        return onFileOnly(db);
    if (db.role() != Role::Administrator)
        return Error{Error::Kind::ReadOnly, QCoreApplication::translate("Database", "Only an administrator can list the users.")};
    QList<ServerUser> users;
    const Status read = SqlRun::eachRow(
        db,
        u"SELECT r.rolname, max(CASE g.rolname WHEN ? THEN 2 WHEN ? THEN 1 ELSE 0 END) FROM pg_roles r"
        u" JOIN pg_roles g ON g.rolname IN (?, ?, ?) AND pg_has_role(r.oid, g.oid, 'MEMBER')"
        u" WHERE r.rolcanlogin AND NOT r.rolsuper GROUP BY r.rolname ORDER BY r.rolname"_s,
        {ServerRoles::groupOf(Role::Administrator), ServerRoles::groupOf(Role::Coordinator),
         ServerRoles::groupOf(Role::Viewer), ServerRoles::groupOf(Role::Coordinator),
         ServerRoles::groupOf(Role::Administrator)},
        [&users](const QSqlQuery &row) {
            const int rank = row.value(1).toInt();
            users << ServerUser{row.value(0).toString(), rank == 2   ? Role::Administrator
                                                         : rank == 1 ? Role::Coordinator
                                                                     : Role::Viewer};
        });
    if (!read)
        return read.error();
    return users;
}

Status remove(Database &db, const QString &name)
{
    if (db.backend() != SqlBackend::Postgresql)
        return onFileOnly(db);
    if (Status valid = checkName(name); !valid)
        return valid;
    Result<QSqlQuery> user = SqlRun::run(
        db,
        u"SELECT count(*) FROM pg_roles r JOIN pg_roles g ON g.rolname IN (?, ?, ?)"
        u" AND pg_has_role(r.oid, g.oid, 'MEMBER') WHERE r.rolname = ? AND r.rolcanlogin AND NOT r.rolsuper"_s,
        {ServerRoles::groupOf(Role::Viewer), ServerRoles::groupOf(Role::Coordinator),
         ServerRoles::groupOf(Role::Administrator), name});
    if (!user)
        return user.error();
    if (!user.value().next() || user.value().value(0).toInt() == 0)
        return Error{Error::Kind::NotFound, QCoreApplication::translate("Database", "%1 is not a user of Seawall on this "
                                                                                    "server.")
                                                .arg(name)};
    user.value().finish();
    return run(db, u"DROP ROLE \"%1\""_s.arg(name));
}

} // namespace seawall::ServerUsers
