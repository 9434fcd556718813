// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/databaseaddress.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace seawall {
namespace {

Error refused(const QString &value, const QString &why)
{
    return Error{Error::Kind::Open,
                 QCoreApplication::translate("Database", "Cannot open \"%1\": %2 Give a file, or a PostgreSQL server as "
                                                         "postgresql://user@host[:port]/database.")
                     .arg(value, why)};
}

QString holdsPassword()
{
    return QCoreApplication::translate("Database", "The address holds a password. Leave it out and keep it in ~/.pgpass "
                                                   "or PGPASSWORD instead.");
}

} // namespace

QString DatabaseAddress::display() const
{
    if (!isServer())
        return QDir::toNativeSeparators(path);
    QString text = u"postgresql://"_s;
    if (!user.isEmpty())
        text += user + u'@';
    text += host.contains(u':') ? u'[' + host + u']' : host;
    if (port != 5432)
        text += u':' + QString::number(port);
    text += u'/' + database;
    QStringList settings;
    for (const auto &[key, value] : options)
        settings << key + u'=' + value;
    return settings.isEmpty() ? text : text + u'?' + settings.join(u'&');
}

Result<DatabaseAddress> DatabaseAddress::parse(const QString &value)
{
    // A scheme of two letters or more: "C:\…" and "C:/…" stay file names.
    static const QRegularExpression scheme(u"^([A-Za-z][A-Za-z0-9+.-]+):"_s);
    const QRegularExpressionMatch match = scheme.match(value);
    if (!match.hasMatch()) {
        DatabaseAddress file;
        file.path = value;
        return file;
    }
    const QString name = match.captured(1).toLower();
    const bool postgres = name == u"postgresql"_s || name == u"postgres"_s;
    if (!postgres)
        return refused(value, QCoreApplication::translate("Database", "Seawall does not open databases of the kind \"%1\".")
                                  .arg(match.captured(1)));
    if (!value.mid(match.capturedLength()).startsWith(u"//"_s))
        return refused(value, QCoreApplication::translate("Database", "The address is incomplete: \"%1:\" must be followed by two slashes.")
                                  .arg(match.captured(1)));

    const QUrl url(value, QUrl::StrictMode);
    if (!url.password().isEmpty())
        return refused(url.toDisplayString(QUrl::RemovePassword), holdsPassword());
    if (!url.isValid())
        return refused(value, QCoreApplication::translate("Database", "The address is not valid: %1.").arg(url.errorString()));
    DatabaseAddress server;
    server.kind = Kind::Server;
    server.user = url.userName(QUrl::FullyDecoded);
    server.host = url.host(QUrl::FullyDecoded);
    server.port = url.port(5432);
    server.database = url.path(QUrl::FullyDecoded).mid(1);
    if (server.host.isEmpty())
        return refused(value, QCoreApplication::translate("Database", "The address names no server."));
    if (server.database.isEmpty() || server.database.contains(u'/'))
        return refused(value, QCoreApplication::translate("Database", "The address names no database after the server."));
    if (url.hasFragment())
        return refused(value, QCoreApplication::translate("Database", "The address is not valid: %1.").arg(u"#"_s));
    const QUrlQuery query(url);
    for (const auto &[key, setting] : query.queryItems(QUrl::FullyDecoded)) {
        static const QRegularExpression plain(u"^[a-z_]+$"_s);
        if (key == u"password"_s || key == u"passfile"_s)
            return refused(value, holdsPassword());
        if (!plain.match(key).hasMatch() || setting.contains(u';'))
            return refused(value, QCoreApplication::translate("Database", "The address is not valid: %1.").arg(key));
        server.options.append({key, setting});
    }
    return server;
}

bool DatabaseAddress::namesServer(const QString &value)
{
    const Result<DatabaseAddress> address = parse(value);
    return address && address.value().isServer();
}

} // namespace seawall
