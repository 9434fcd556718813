// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/importpreview.h"

#include "core/csv/encoding.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace seawall {
namespace {

Error cannotOpen(const QString &path, const QFile &file)
{
    return Error{Error::Kind::Open, QCoreApplication::translate("Import", "Cannot open %1: %2.")
                                        .arg(QDir::toNativeSeparators(path), file.errorString())};
}

} // namespace

ImportPreview ImportPreview::read(const QString &path, const QString &encoding, QChar delimiter,
                                  std::optional<csv::FileKind> kind, qsizetype maxRecords)
{
    ImportPreview preview;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        preview.error = cannotOpen(path, file);
        return preview;
    }
    {
        csv::Encoding::Decoder decoder(file, encoding);
        preview.encoding = decoder.encodingName();
        preview.encodingDetected = decoder.detected();
        Result<csv::Layout> layout = csv::Layout::detect(decoder, delimiter);
        if (!layout) {
            preview.error = layout.error();
            preview.errorLine = decoder.errorLine();
            return preview;
        }
        preview.layout = layout.value();
    }
    if (kind)
        preview.map = csv::HeaderMap(*kind, preview.layout.header);
    else
        preview.map = csv::HeaderMap::detect(preview.layout.header);

    // Second pass from the start, as CsvSource reads: the layout looked at a
    // sample only, the records are read through the same reader.
    file.seek(0);
    csv::CsvReader reader(file, preview.layout.delimiter, encoding);
    csv::Record record;
    while (preview.records.size() < maxRecords && reader.next(record))
        if (preview.layout.roleOf(record) == csv::Layout::Role::Data)
            preview.records.append(record);
    if (reader.error()) {
        preview.error = *reader.error();
        preview.errorLine = reader.errorLine();
    }
    return preview;
}

std::optional<csv::Record> ImportPreview::recordAt(const QString &path, qint64 line, const QString &encoding,
                                                   QChar delimiter)
{
    QFile file(path);
    if (line <= 0 || !file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QChar used = delimiter;
    if (used.isNull()) {
        csv::Encoding::Decoder decoder(file, encoding);
        Result<csv::Layout> layout = csv::Layout::detect(decoder);
        if (!layout)
            return std::nullopt;
        used = layout.value().delimiter;
        file.seek(0);
    }
    csv::CsvReader reader(file, used, encoding);
    csv::Record record;
    while (reader.next(record)) {
        if (record.line == line)
            return record;
        if (record.line > line)
            break;
    }
    return std::nullopt;
}

} // namespace seawall
