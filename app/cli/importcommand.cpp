// SPDX-License-Identifier: GPL-3.0-or-later
// `seawall import`, `seawall imports` and `seawall csv`: the import of the
// files subsidiaries send, its history, and how a file is read.
#include "app/cli/commandline.h"

#include "app/cli/output.h"
#include "core/db/companyrepository.h"
#include "core/db/database.h"
#include "core/db/importbatchrepository.h"
#include "core/import/rowsource.h"
#include "core/import/importer.h"
#include "core/import/importformat.h"
#include "core/import/importundo.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace seawall {
namespace {

void printJson(const QJsonObject &object)
{
    Output::out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    Output::out().flush();
}

QHash<qint64, QString> companyNames(Database &db)
{
    QHash<qint64, QString> names;
    for (const Company &company : CompanyRepository(db).all())
        names.insert(company.id, company.name);
    return names;
}

} // namespace

int CommandLine::runImport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({u"kind"_s, {}, u"kind"_s});
    parser.addOption({u"encoding"_s, {}, u"encoding"_s});
    parser.addOption({u"dry-run"_s, {}});
    parser.addOption({u"skip-invalid"_s, {}});
    parser.addOption({u"rejects"_s, {}, u"file"_s});
    parser.addOption({u"mark-missing-left"_s, {}});
    parser.addOption({u"json"_s, {}});
    parser.addOption({u"undo"_s, {}, u"batch"_s});
    if (!parser.parse(args))
        return usage(parser.errorText());
    const QStringList files = parser.positionalArguments();

    if (parser.isSet(u"undo"_s)) {
        bool ok = false;
        const qint64 batch = parser.value(u"undo"_s).toLongLong(&ok);
        if (!ok || batch <= 0 || !files.isEmpty())
            return usage(tr("import --undo needs the number of one import (see seawall imports)."));
        Database db;
        if (const int rc = openDatabase(db); rc != Done)
            return rc;
        if (const Status status = ImportUndo(db).undo(batch); !status) {
            const Error::Kind kind = status.error().kind;
            const bool refused = kind == Error::Kind::NotFound || kind == Error::Kind::Conflict
                                 || kind == Error::Kind::Invalid;
            return Output::fail(status.error().message, refused ? InputRejected : DatabaseError);
        }
        Output::out() << tr("Import %1 undone.").arg(batch) << '\n';
        Output::out().flush();
        return Done;
    }

    if (files.isEmpty())
        return usage(tr("import needs at least one file."));
    ImportOptions options;
    if (parser.isSet(u"kind"_s)) {
        options.kind = csv::parseFileKind(parser.value(u"kind"_s));
        if (!options.kind) {
            QStringList kinds;
            for (const csv::FileKind kind : csv::HeaderMap::kinds())
                kinds << csv::toCode(kind);
            return usage(tr("Unknown kind \"%1\". Kinds: %2.").arg(parser.value(u"kind"_s), kinds.join(u", "_s)));
        }
    }
    options.encoding = parser.value(u"encoding"_s);
    options.dryRun = parser.isSet(u"dry-run"_s);
    options.skipInvalid = parser.isSet(u"skip-invalid"_s);
    options.markMissingLeft = parser.isSet(u"mark-missing-left"_s);
    options.rejectsPath = parser.value(u"rejects"_s);
    options.waiting = [] {
        Output::err() << tr("Another import into this database is running; waiting for it to finish…") << '\n';
        Output::err().flush();
    };

    Database db;
    if (const int rc = openDatabase(db); rc != Done)
        return rc;
    const ImportResult result = Importer(db).run(files, options);
    if (parser.isSet(u"json"_s))
        printJson(ImportFormat::toJson(result));
    else {
        Output::out() << ImportFormat::toText(result);
        Output::out().flush();
    }
    if (result.failure)
        return Output::fail(*result.failure, DatabaseError);
    if (result.committed || (options.dryRun && !result.hasRejections()))
        return Done;
    return InputRejected;
}

int CommandLine::runImports(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({u"json"_s, {}});
    if (!parser.parse(args) || !parser.positionalArguments().isEmpty())
        return usage(parser.errorText().isEmpty() ? tr("imports takes no file arguments.") : parser.errorText());
    Database db;
    if (const int rc = openDatabase(db); rc != Done)
        return rc;
    const std::vector<ImportBatch> batches = ImportBatchRepository(db).all();
    if (parser.isSet(u"json"_s))
        printJson(ImportFormat::toJson(batches, companyNames(db)));
    else {
        Output::out() << ImportFormat::toText(batches, companyNames(db));
        Output::out().flush();
    }
    return Done;
}

int CommandLine::runCsv(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({u"encoding"_s, {}, u"encoding"_s});
    parser.addOption({u"kind"_s, {}, u"kind"_s});
    parser.addOption({u"sheet"_s, {}, u"sheet"_s});
    parser.addOption({u"json"_s, {}});
    if (!parser.parse(args) || parser.positionalArguments().size() != 1)
        return usage(parser.errorText().isEmpty() ? tr("csv needs exactly one file.") : parser.errorText());
    std::optional<csv::FileKind> kind;
    if (parser.isSet(u"kind"_s) && !(kind = csv::parseFileKind(parser.value(u"kind"_s))))
        return usage(tr("Unknown kind \"%1\".").arg(parser.value(u"kind"_s)));

    const std::unique_ptr<RowSource> opened = RowSource::create(parser.positionalArguments().constFirst());
    RowSource &source = *opened;
    source.setSheet(parser.value(u"sheet"_s));
    if (const Status status = source.open(parser.value(u"encoding"_s), kind, false); !status)
        return Output::fail(status.error().message, InputRejected);
    const csv::Layout &layout = source.layout();
    const int columnCount = layout.columnCount();
    auto mapsTo = [&source](int column) {
        return source.headerMap() ? source.headerMap()->mapping().value(column) : QString();
    };

    QJsonArray columns;
    for (int c = 0; c < columnCount; ++c)
        columns.append(QJsonObject{{u"header"_s, layout.header.at(c)},
                                   {u"maps_to"_s, mapsTo(c).isEmpty() ? QJsonValue() : QJsonValue(mapsTo(c))}});
    QJsonArray records;
    qint64 count = 0;
    csv::Record record;
    const bool json = parser.isSet(u"json"_s);
    while (source.next(record)) {
        ++count;
        if (!json)
            continue;
        QJsonObject object;
        for (int c = 0; c < columnCount; ++c)
            object.insert(layout.header.at(c), c < record.fields.size() ? record.fields.at(c) : QString());
        records.append(object);
    }
    if (source.error())
        return Output::fail(source.error()->message, InputRejected);

    if (json) {
        QJsonObject described{{u"encoding"_s, source.encoding()},
                              {u"delimiter"_s, QString(layout.delimiter)},
                              {u"header_line"_s, layout.headerLine},
                              {u"columns"_s, columns},
                              {u"records"_s, records}};
        if (source.isWorkbook()) {
            // A workbook has no delimiter; its lines are Excel's row numbers.
            described.remove(u"delimiter"_s);
            described.insert(u"sheet"_s, source.sheet());
            described.insert(u"sheets"_s, QJsonArray::fromStringList(source.sheets()));
        }
        printJson(described);
        return Done;
    }
    QTextStream &out = Output::out();
    out << tr("File: %1").arg(QDir::toNativeSeparators(source.path())) << '\n';
    if (source.isWorkbook())
        out << tr("Workbook: %1, sheet %2 (of %3)").arg(source.encoding(), source.sheet(), source.sheets().join(u", "_s))
            << '\n';
    else
        out << tr("Encoding: %1").arg(source.encoding()) << '\n'
            << tr("Delimiter: %1").arg(ImportFormat::delimiterName(layout.delimiter)) << '\n';
    out
        << tr("Header line: %1").arg(layout.headerLine) << '\n'
        << tr("Kind: %1").arg(source.headerMap() ? csv::displayName(source.headerMap()->kind()) : tr("unknown"))
        << '\n'
        << tr("Columns:") << '\n';
    // The fields as the user knows them (采样日期, not sampled_on); --json
    // keeps the names scripts use.
    for (int c = 0; c < columnCount; ++c)
        out << "  " << layout.header.at(c) << " → "
            << (mapsTo(c).isEmpty() ? tr("(not imported)") : csv::HeaderMap::label(source.headerMap()->kind(), mapsTo(c)))
            << '\n';
    out << tr("Data records: %1").arg(count) << '\n';
    out.flush();
    return Done;
}

} // namespace seawall
