// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/demogenerator.h"

#include "core/db/database.h"
#include "core/db/databasecopy.h"
#include "core/demo/demoloader.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace seawall {

using demo::Loader;

DemoGenerator::DemoGenerator(Database &db) : m_db(db) {}

bool DemoGenerator::isEmpty(Database &db)
{
    QSqlQuery query(db.connection());
    return query.exec(u"SELECT EXISTS (SELECT 1 FROM company) OR EXISTS (SELECT 1 FROM person)"_s) && query.next()
        && query.value(0).toInt() == 0;
}

Status DemoGenerator::generate(const Options &options)
{
    if (!m_db.isOpen())
        return Error{Error::Kind::Open, QCoreApplication::translate("Demo", "No database is open."), {}};
    if (!options.today.isValid())
        return Error{Error::Kind::Invalid, QCoreApplication::translate("Demo", "The demo data needs a valid date."),
                     {}};
    if (!isEmpty(m_db))
        return Error{Error::Kind::Invalid,
                     QCoreApplication::translate("Demo", "The database already holds companies or persons. Demo data "
                                                         "can only be generated into an empty database."),
                     {}};
    if (m_db.backend() != SqlBackend::Sqlite)
        return generateThroughFile(options);
    return Loader(m_db, options).run();
}

Status DemoGenerator::generateThroughFile(const Options &options)
{
    // The loader binds its rows through SQLite's own API: on a server the
    // demo is made in a file of its own first, then copied in one
    // transaction (db/databasecopy.h).
    QTemporaryDir dir;
    Database file;
    if (!dir.isValid())
        return Error{Error::Kind::Open, QCoreApplication::translate("Demo", "Cannot make a temporary folder for the demo data.")};
    if (Status opened = file.open(dir.filePath(u"demo.sqlite"_s)); !opened)
        return opened;
    Options inFile = options;
    const auto progress = [&options](int percent) {
        if (options.progress)
            options.progress(percent);
    };
    inFile.progress = [&progress](int percent) { progress(percent * 7 / 10); };
    if (Status made = Loader(file, inFile).run(); !made)
        return made;
    if (Status copied = DatabaseCopy::copy(file, m_db); !copied)
        return copied;
    progress(100);
    return {};
}

} // namespace seawall
