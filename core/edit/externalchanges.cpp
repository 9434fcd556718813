// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/edit/externalchanges.h"

#include "core/db/database.h"
#include "core/entity/entitydef.h"
#include "core/sql/sqldialect.h"

#include <QSqlDriver>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace seawall {
namespace {

// Long enough to gather the notices of one import of several files, short
// enough to feel at once.
constexpr int kGatherMs = 300;
constexpr int kPollMs = 2000;

qint64 dataVersion(Database &db)
{
    QSqlQuery query(db.connection());
    return query.exec(u"PRAGMA data_version"_s) && query.next() ? query.value(0).toLongLong() : -1;
}

} // namespace

ExternalChanges::ExternalChanges(Database &db, QObject *parent) : QObject(parent), m_db(db)
{
    m_gather.setSingleShot(true);
    m_gather.setInterval(kGatherMs);
    connect(&m_gather, &QTimer::timeout, this, &ExternalChanges::tell);
    if (!m_db.isOpen())
        return;
    if (m_db.backend() == SqlBackend::Postgresql) {
        QSqlDriver *driver = m_db.connection().driver();
        connect(driver, &QSqlDriver::notification, this,
                [this](const QString &channel, QSqlDriver::NotificationSource source, const QVariant &payload) {
                    if (channel == SqlDialect::changesChannel() && source != QSqlDriver::SelfSource)
                        heard(payload.toString());
                });
        driver->subscribeToNotification(SqlDialect::changesChannel());
        return;
    }
    if (m_db.isMemory())
        return;
    m_dataVersion = dataVersion(m_db);
    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, &ExternalChanges::pollFile);
    m_poll.start();
}

ExternalChanges::~ExternalChanges()
{
    if (m_db.isOpen() && m_db.backend() == SqlBackend::Postgresql)
        m_db.connection().driver()->unsubscribeFromNotification(SqlDialect::changesChannel());
}

void ExternalChanges::heard(const QString &table)
{
    m_tables.insert(table);
    m_gather.start();
}

void ExternalChanges::pollFile()
{
    // Not while this program writes: its own transaction is not another's.
    if (m_db.inTransaction())
        return;
    const qint64 version = dataVersion(m_db);
    if (version < 0 || version == m_dataVersion)
        return;
    m_dataVersion = version;
    m_everything = true;
    tell();
}

void ExternalChanges::tell()
{
    ChangeSet changes;
    if (m_everything)
        changes = ChangeSet::everything();
    for (const QString &table : std::as_const(m_tables)) {
        if (const EntityDef *def = Entities::ofTable(table))
            changes.addAll(def->kind);
        else if (table == u"day_lock"_s)
            // A day locked or unlocked changes what may be edited everywhere.
            changes = ChangeSet::everything();
        // The audit log and the schema's own tables go with a change of
        // the records above, or need no view read again.
    }
    m_tables.clear();
    m_everything = false;
    if (!changes.isEmpty())
        emit changed(changes);
}

} // namespace seawall
