// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/serverroles.h"

#include "core/db/database.h"
#include "core/db/sqlrun.h"
#include "core/entity/entitydef.h"
#include "core/sql/sqldialect.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace seawall::ServerRoles {
namespace {

const QString kViewer = u"seawall_viewer"_s;
const QString kCoordinator = u"seawall_coordinator"_s;
const QString kAdmin = u"seawall_admin"_s;
const QString kMasked = u"seawall_masked"_s;

// How a column of a masked view shows what it holds: as the program masks
// it on screen (util/masking.h: an ID number keeps its first 6 and last 4
// characters, a phone number its first 3 and last 4), or, for a text that
// may quote numbers (a JSON of the values before and after a change), with
// every ID number and mobile number in it masked so.
QString maskedExpression(const QString &column, int flags)
{
    if (flags & Column::IdNumber)
        return u"seawall_masked.mask_middle(%1, 6, 4)"_s.arg(column);
    if (flags & Column::Phone)
        return u"seawall_masked.mask_middle(%1, 3, 4)"_s.arg(column);
    return u"seawall_masked.mask_numbers_in(%1)"_s.arg(column);
}

// Every table a viewer reads through a masked view: its masked columns and
// how each is masked. The entities' from their definitions; the texts that
// quote the numbers of records (the audit log, the values an import
// replaced, reviews' keys and notes) by name.
QHash<QString, QHash<QString, int>> maskedTables()
{
    QHash<QString, QHash<QString, int>> tables;
    for (const EntityDef *def : Entities::all())
        for (const Column &column : def->columns)
            if (column.has(Column::IdNumber) || column.has(Column::Phone))
                tables[def->table][column.name] = column.flags;
    const auto quoting = [&tables](const QString &table, const QStringList &columns) {
        for (const QString &column : columns)
            tables[table][column] = 0;
    };
    quoting(u"audit_log"_s, {u"natural_key"_s, u"before_json"_s, u"after_json"_s, u"reason"_s});
    quoting(u"import_change"_s, {u"previous_json"_s});
    quoting(u"reconciliation_review"_s, {u"key"_s, u"note"_s});
    return tables;
}

// The tables only an administrator writes: the companies and their aliases.
QStringList companyTables()
{
    return {Entities::of(EntityKind::Company).table, Entities::of(EntityKind::CompanyAlias).table};
}

// The functions the views mask with, the same rules as util/masking.cpp.
QStringList maskingFunctions()
{
    return {
        uR"(CREATE OR REPLACE FUNCTION seawall_masked.mask_middle(t text, head integer, tail integer)
            RETURNS text LANGUAGE sql IMMUTABLE AS $$
            SELECT CASE WHEN length(t) <= head + tail THEN repeat('*', length(t))
                        ELSE left(t, head) || repeat('*', length(t) - head - tail) || right(t, tail) END $$)"_s,
        uR"(CREATE OR REPLACE FUNCTION seawall_masked.mask_numbers_in(t text)
            RETURNS text LANGUAGE sql IMMUTABLE AS $$
            SELECT regexp_replace(
                regexp_replace(t, '(?<![0-9A-Za-z])([0-9]{6})[0-9]{8}([0-9]{3}[0-9Xx])(?![0-9A-Za-z])',
                               '\1********\2', 'g'),
                '(?<![0-9])(1[0-9]{2})[0-9]{4}([0-9]{4})(?![0-9])', '\1****\2', 'g') $$)"_s,
        // A write to a view is the server's to refuse for want of the
        // privilege ("permission denied"), not for a masked column that
        // cannot be written (refusedWrites() below).
        uR"(CREATE OR REPLACE FUNCTION seawall_masked.refuse_write() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN RAISE EXCEPTION 'permission denied: the masked views are read only'
                  USING ERRCODE = 'insufficient_privilege'; END $$)"_s,
    };
}

Result<QString> dataSchema(Database &db)
{
    Result<QSqlQuery> query = SqlRun::run(db, u"SELECT "_s + SqlDialect::dataSchema());
    if (!query)
        return query.error();
    if (!query.value().next() || query.value().value(0).toString().isEmpty())
        return Error{Error::Kind::Sql, QCoreApplication::translate("Database", "%1 has no schema to keep Seawall's tables in.")
                                           .arg(db.path())};
    return u"\"%1\""_s.arg(query.value().value(0).toString());
}

// The view of `table` a viewer reads in its place: the same columns in
// the same order, the personal numbers masked.
Result<QString> maskedView(Database &db, const QString &schema, const QString &table,
                           const QHash<QString, int> &masked)
{
    QStringList columns;
    Status read = SqlRun::eachRow(db, SqlDialect::columnsOf(SqlBackend::Postgresql, table), {},
                                  [&](const QSqlQuery &row) {
                                      const QString name = row.value(1).toString();
                                      columns << (masked.contains(name)
                                                      ? maskedExpression(name, masked.value(name)) + u" AS "_s + name
                                                      : name);
                                  });
    if (!read)
        return read.error();
    if (columns.isEmpty()) // a table a later version makes
        return QString();
    return u"CREATE VIEW seawall_masked.%1 AS SELECT %2 FROM %3.%1;"
           u" CREATE TRIGGER %1_read_only INSTEAD OF INSERT OR UPDATE OR DELETE ON seawall_masked.%1"
           u" FOR EACH ROW EXECUTE FUNCTION seawall_masked.refuse_write()"_s.arg(table, columns.join(u", "_s), schema);
}

} // namespace

QString groupOf(Role role)
{
    switch (role) {
    case Role::Viewer: return kViewer;
    case Role::Coordinator: return kCoordinator;
    case Role::Administrator: break;
    }
    return kAdmin;
}

Status create(Database &db)
{
    if (db.backend() != SqlBackend::Postgresql)
        return Error{Error::Kind::Invalid,
                     QCoreApplication::translate("Database", "Roles are kept by a PostgreSQL server: %1 is a file, "
                                                             "whose one user owns it.")
                         .arg(db.path())};
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    QStringList statements;
    // There already, or made by another session at the same moment (which
    // the server reports as a duplicate key).
    const QString unlessThere = u"DO $$ BEGIN %1; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$"_s;
    for (const QString &group : {kViewer, kCoordinator, kAdmin})
        statements << unlessThere.arg(u"CREATE ROLE %1 NOLOGIN"_s.arg(group));
    // An administrator may do all a coordinator may, and more.
    statements << unlessThere.arg(u"GRANT %1 TO %2"_s.arg(kCoordinator, kAdmin));
    if (Status status = SqlRun::script(db, statements); !status)
        return status;
    if (Status status = grant(db); !status)
        return status;
    return transaction.commit();
}

bool inUse(Database &db)
{
    if (db.backend() != SqlBackend::Postgresql)
        return false;
    Result<QSqlQuery> query = SqlRun::run(db, u"SELECT count(*) FROM pg_namespace WHERE nspname = ?"_s, {kMasked});
    return query && query.value().next() && query.value().value(0).toInt() > 0;
}

Status dropViews(Database &db) { return SqlRun::script(db, {u"DROP SCHEMA IF EXISTS %1 CASCADE"_s.arg(kMasked)}); }

Status grant(Database &db)
{
    const Result<QString> schema = dataSchema(db);
    if (!schema)
        return schema.error();
    const QString data = schema.value();
    const QString all = u"%1, %2, %3"_s.arg(kViewer, kCoordinator, kAdmin);
    if (Status dropped = dropViews(db); !dropped)
        return dropped;
    QStringList statements{u"CREATE SCHEMA %1"_s.arg(kMasked)};
    statements << maskingFunctions();
    const auto tables = maskedTables();
    for (auto it = tables.begin(); it != tables.end(); ++it) {
        const Result<QString> view = maskedView(db, data, it.key(), it.value());
        if (!view)
            return view.error();
        if (!view.value().isEmpty())
            statements << view.value();
    }
    // From nothing, so that running it again after a change of the rules
    // leaves no grant of before.
    statements << u"REVOKE ALL ON ALL TABLES IN SCHEMA %1 FROM %2"_s.arg(data, all)
               << u"REVOKE ALL ON ALL SEQUENCES IN SCHEMA %1 FROM %2"_s.arg(data, all)
               << u"GRANT USAGE ON SCHEMA %1 TO %2"_s.arg(data, all)
               << u"GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO %2, %3"_s.arg(data, kViewer, kCoordinator)
               << u"GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %1 TO %2"_s.arg(data, kCoordinator)
               // An INSERT takes the next id of the table's identity column.
               << u"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %1 TO %2"_s.arg(data, kCoordinator)
               << u"REVOKE INSERT, UPDATE, DELETE ON %1.seawall_schema FROM %2"_s.arg(data, kCoordinator)
               // Rows of the audit log are only ever added (its triggers
               // refuse the rest as well).
               << u"REVOKE UPDATE, DELETE ON %1.audit_log FROM %2"_s.arg(data, kCoordinator)
               // Printing an evening briefing locks its day; unlocking
               // deletes the lock.
               << u"REVOKE UPDATE, DELETE ON %1.day_lock FROM %2"_s.arg(data, kCoordinator)
               << u"GRANT UPDATE, DELETE ON %1.day_lock TO %2"_s.arg(data, kAdmin);
    for (const QString &table : companyTables())
        statements << u"REVOKE INSERT, UPDATE, DELETE ON %1.%2 FROM %3"_s.arg(data, table, kCoordinator)
                   << u"GRANT INSERT, UPDATE, DELETE ON %1.%2 TO %3"_s.arg(data, table, kAdmin);
    for (auto it = tables.begin(); it != tables.end(); ++it)
        statements << u"REVOKE SELECT ON %1.%2 FROM %3"_s.arg(data, it.key(), kViewer);
    statements << u"GRANT USAGE ON SCHEMA %1 TO %2"_s.arg(kMasked, kViewer)
               << u"GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO %2"_s.arg(kMasked, kViewer);
    return SqlRun::script(db, statements);
}

Result<Role> enterSession(Database &db)
{
    Result<QSqlQuery> query = SqlRun::run(
        db, u"SELECT g.rolname FROM pg_roles g WHERE g.rolname IN (?, ?, ?) AND pg_has_role(session_user, g.oid, 'MEMBER')"
            u" UNION ALL SELECT 'superuser' FROM pg_roles WHERE rolname = session_user AND rolsuper"
            u" UNION ALL SELECT 'owner' FROM pg_database WHERE datname = current_database()"
            u" AND pg_has_role(session_user, datdba, 'MEMBER')"
            u" UNION ALL SELECT 'owner' FROM pg_tables WHERE schemaname = "_s + SqlDialect::dataSchema()
            + u" AND tablename = 'seawall_schema' AND pg_has_role(session_user, tableowner, 'MEMBER')"
              u" UNION ALL SELECT 'unmade' WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ?)"_s,
        {kViewer, kCoordinator, kAdmin, kAdmin});
    if (!query)
        return query.error();
    QStringList groups;
    while (query.value().next())
        groups << query.value().value(0).toString();
    query.value().finish();
    // The owner of the database or of Seawall's tables (who ran `init`) may
    // do all, and so may whoever sets a database up before its groups are
    // made (`init --roles`).
    for (const QString &all : {u"superuser"_s, u"owner"_s, u"unmade"_s, kAdmin})
        if (groups.contains(all))
            return Role::Administrator;
    if (groups.contains(kCoordinator))
        return Role::Coordinator;
    // A login in no group is granted nothing: said here, not by the first
    // table it cannot read.
    if (!groups.contains(kViewer))
        return Error{Error::Kind::Open,
                     QCoreApplication::translate("Database", "The login %1 is in none of Seawall's groups (%2, %3, %4): "
                                                             "an administrator adds it with “seawall user add”.")
                         .arg(db.userName(), kViewer, kCoordinator, kAdmin)};
    // Unqualified names find the masked views first.
    if (Status masked = SqlRun::script(db, {u"SELECT set_config('search_path', '%1, ' || current_setting('search_path'), false)"_s.arg(kMasked)});
        !masked)
        return masked.error();
    return Role::Viewer;
}

} // namespace seawall::ServerRoles
