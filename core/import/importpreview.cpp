// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/importpreview.h"

#include "core/csv/encoding.h"
#include "core/import/workbooksource.h"
#include "core/workbook/workbookreader.h"

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

// The header's mapping and the first data records of `reader`, which is
// past the layout's sample: read again from the start, as the sources do.
template <typename Reader>
void readStart(ImportPreview &preview, Reader &reader, std::optional<csv::FileKind> kind, qsizetype maxRecords)
{
    preview.map = csv::HeaderMap::of(kind, preview.layout.header);
    csv::Record record;
    while (preview.records.size() < maxRecords && reader.next(record))
        if (preview.layout.roleOf(record) == csv::Layout::Role::Data)
            preview.records.append(record);
    if (reader.error()) {
        preview.error = *reader.error();
        preview.errorLine = reader.errorLine();
    }
}

// The record of `reader` on `line`, if any.
template <typename Reader>
std::optional<csv::Record> recordOn(Reader &reader, qint64 line)
{
    csv::Record record;
    while (reader.next(record)) {
        if (record.line == line)
            return record;
        if (record.line > line)
            break;
    }
    return std::nullopt;
}

// The start of a workbook's sheet, read as WorkbookSource reads it.
ImportPreview readWorkbook(const QString &path, const QString &sheet, std::optional<csv::FileKind> kind,
                           qsizetype maxRecords)
{
    ImportPreview preview;
    Result<std::unique_ptr<workbook::WorkbookReader>> opened = workbook::WorkbookReader::open(path);
    if (!opened) {
        preview.error = opened.error();
        return preview;
    }
    workbook::WorkbookReader &reader = *opened.value();
    preview.encoding = reader.formatName();
    preview.sheets = reader.sheetNames();
    const Result<WorkbookSource::Sheet> chosen = WorkbookSource::chooseSheet(reader, sheet, kind);
    if (!chosen) {
        preview.sheet = sheet;
        preview.error = chosen.error();
        return preview;
    }
    preview.sheet = chosen.value().name;
    preview.layout = chosen.value().layout;
    readStart(preview, reader, kind, maxRecords);
    return preview;
}

} // namespace

ImportPreview ImportPreview::read(const QString &path, const QString &encoding, QChar delimiter,
                                  std::optional<csv::FileKind> kind, qsizetype maxRecords, const QString &sheet)
{
    if (workbook::formatOf(path) != workbook::Format::Csv)
        return readWorkbook(path, sheet, kind, maxRecords);
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
    // Second pass from the start, as CsvSource reads: the layout looked at a
    // sample only, the records are read through the same reader.
    file.seek(0);
    csv::CsvReader reader(file, preview.layout.delimiter, encoding);
    readStart(preview, reader, kind, maxRecords);
    return preview;
}

std::optional<csv::Record> ImportPreview::recordAt(const QString &path, qint64 line, const QString &encoding,
                                                   QChar delimiter, const QString &sheet)
{
    if (workbook::formatOf(path) != workbook::Format::Csv) {
        Result<std::unique_ptr<workbook::WorkbookReader>> opened = workbook::WorkbookReader::open(path);
        if (!opened)
            return std::nullopt;
        workbook::WorkbookReader &reader = *opened.value();
        if (!WorkbookSource::chooseSheet(reader, sheet, std::nullopt))
            return std::nullopt;
        return recordOn(reader, line);
    }
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
    return recordOn(reader, line);
}

} // namespace seawall
