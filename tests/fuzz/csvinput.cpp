// SPDX-License-Identifier: GPL-3.0-or-later
// The body of fuzz_csv: what reads a subsidiary's file before any SQL.
#include "fuzztargets.h"

#include "core/csv/csvreader.h"
#include "core/csv/encoding.h"
#include "core/csv/headermap.h"
#include "core/csv/layout.h"
#include "core/csv/values.h"
#include "core/import/mappingprofiles.h"
#include "core/validation/validator.h"

#include <QBuffer>
#include <QByteArray>

#include <cstdio>
#include <cstdlib>

using namespace seawall;

namespace {

// Every parser that a cell of an import goes through; the results are
// thrown away, only crashes and sanitizer reports matter.
void parseCell(const QString &cell)
{
    [[maybe_unused]] const QString cleaned = csv::Values::cleaned(cell);
    [[maybe_unused]] const bool scientific = csv::Values::isScientificNumber(cell);
    [[maybe_unused]] const auto id = csv::Values::idNumber(cell);
    [[maybe_unused]] const auto count = csv::Values::parseCount(cell);
    [[maybe_unused]] const QDate date = Validator::parseDate(cell);
    [[maybe_unused]] const QDateTime time = Validator::parseDateTime(cell);
}

// A header mapped by the aliases of `kind` (or detected) survives the trip
// through the JSON of a saved profile, and a profile applied to its own
// header maps it the same.
void checkHeaderMap(const csv::HeaderMap &map)
{
    [[maybe_unused]] const QStringList missing = map.missingRequired();
    [[maybe_unused]] const QList<int> unknown = map.unknownColumns();
    const std::optional<csv::HeaderMap> back = csv::HeaderMap::fromJson(map.toJson());
    fuzz::require(back.has_value(), "HeaderMap::fromJson(toJson()) gave nothing");
    fuzz::require(*back == map, "HeaderMap::fromJson(toJson()) changed the mapping");
    csv::HeaderMap again(map.kind(), map.header());
    fuzz::require(bool(again.apply(MappingProfiles::columnsFor(map, map.header()))),
                  "a profile's own columns could not be applied to its header");
    fuzz::require(again.mapping() == map.mapping(), "a profile applied to its own header maps it otherwise");
}

// The header as detected (checked as above) and as every kind reads it.
void checkHeader(const QStringList &header)
{
    if (const std::optional<csv::HeaderMap> detected = csv::HeaderMap::detect(header))
        checkHeaderMap(*detected);
    for (const csv::FileKind kind : csv::HeaderMap::kinds()) {
        const csv::HeaderMap map(kind, header);
        [[maybe_unused]] const QStringList missing = map.missingRequired();
        [[maybe_unused]] const QList<int> unknown = map.unknownColumns();
    }
}

} // namespace

namespace seawall::fuzz {

void require(bool condition, const char *what)
{
    if (condition)
        return;
    std::fprintf(stderr, "fuzz check failed: %s\n", what);
    std::abort();
}

void readCsv(QByteArrayView input)
{
    QByteArray bytes = input.toByteArray();
    [[maybe_unused]] const auto guess = csv::Encoding::detect(bytes, true);

    // The first byte picks a chunk size, so that chunk boundaries fall
    // inside multi-byte characters, CRLF pairs and quotes.
    const qsizetype chunk = bytes.isEmpty() ? 1 : 1 + quint8(bytes.at(0)) % 64;
    QBuffer layoutBuffer(&bytes);
    layoutBuffer.open(QIODevice::ReadOnly);
    csv::Encoding::Decoder decoder(layoutBuffer, {}, chunk);
    const Result<csv::Layout> layout = csv::Layout::detect(decoder);
    const QChar delimiter = layout ? layout.value().delimiter : QChar(u',');
    if (layout)
        checkHeader(layout.value().header);

    QBuffer readBuffer(&bytes);
    readBuffer.open(QIODevice::ReadOnly);
    csv::Encoding::Decoder readDecoder(readBuffer, {}, chunk);
    csv::CsvReader reader(readDecoder, delimiter);
    reader.setMaxFieldLength(4096); // the limit's path, without 1 MiB inputs
    csv::Record record;
    qint64 lastLine = 0;
    while (reader.next(record)) {
        require(record.line > lastLine, "a record does not start below the one before");
        lastLine = record.line;
        if (layout)
            [[maybe_unused]] const auto role = layout.value().roleOf(record);
        for (const QString &field : std::as_const(record.fields))
            parseCell(field);
    }
}

} // namespace seawall::fuzz
