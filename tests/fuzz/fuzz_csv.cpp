// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for what reads a subsidiary's file before any SQL: the
// encoding guess and decoder, the layout detection, the CSV reader and the
// cell parsers. Built only with -DSEAWALL_FUZZ=ON (clang); see README.md.
#include "core/csv/csvreader.h"
#include "core/csv/encoding.h"
#include "core/csv/layout.h"
#include "core/csv/values.h"
#include "core/validation/validator.h"

#include <QBuffer>
#include <QByteArray>

#include <cstddef>
#include <cstdint>

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

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    [[maybe_unused]] const auto guess = csv::Encoding::detect(bytes, true);

    // The first byte picks a chunk size, so that chunk boundaries fall
    // inside multi-byte characters, CRLF pairs and quotes.
    const qsizetype chunk = size > 0 ? 1 + data[0] % 64 : 1;
    QBuffer layoutBuffer(&bytes);
    layoutBuffer.open(QIODevice::ReadOnly);
    csv::Encoding::Decoder decoder(layoutBuffer, {}, chunk);
    const Result<csv::Layout> layout = csv::Layout::detect(decoder);
    const QChar delimiter = layout ? layout.value().delimiter : QChar(u',');

    QBuffer readBuffer(&bytes);
    readBuffer.open(QIODevice::ReadOnly);
    csv::Encoding::Decoder readDecoder(readBuffer, {}, chunk);
    csv::CsvReader reader(readDecoder, delimiter);
    reader.setMaxFieldLength(4096); // the limit's path, without 1 MiB inputs
    csv::Record record;
    while (reader.next(record)) {
        if (layout)
            [[maybe_unused]] const auto role = layout.value().roleOf(record);
        for (const QString &field : std::as_const(record.fields))
            parseCell(field);
    }
    return 0;
}
