// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/csv/csvreader.h"
#include "core/util/error.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace seawall::csv {

namespace Encoding {
class Decoder;
}

// Where the table is in a file exported from Excel: the delimiter, the
// header row below any title rows, and the empty columns Excel leaves at the
// right. Found on the first records only; the importer then reads the whole
// file with the delimiter and asks roleOf() about each record.
struct Layout
{
    // The role of a record in the file.
    enum class Role {
        Title,  // above the header (海通公司核酸检测统计表)
        Header,
        Blank,  // no cell has anything but blanks
        Total,  // 合计, 总计, 小计 or Total in its first non-blank cell
        Data,
    };

    // How much of a file the detection looks at.
    static constexpr qsizetype kSampleChars = 64 * 1024;
    static constexpr qsizetype kSampleRecords = 50;

    QChar delimiter = u',';
    qint64 headerLine = 0;            // 1-based
    QStringList header;               // the header cells as written
    QList<int> trailingEmptyColumns;  // 0-based, ascending
    QList<qint64> titleLines;         // the non-blank lines above the header

    // The columns left once the empty ones at the right are dropped.
    int columnCount() const { return int(header.size()) - int(trailingEmptyColumns.size()); }

    Role roleOf(const Record &record) const;

    // Detects the layout of the text at the start of a file. `complete`
    // says `sample` is the whole file; else its last record may be cut and
    // is not looked at.
    // `delimiter`, when not null, is the one the user chose: only the header
    // and the columns are then detected.
    static Result<Layout> detect(const QString &sample, bool complete = true, QChar delimiter = {});
    // Reads a sample of about kSampleChars from `decoder`, then detects.
    // Invalid bytes within the sample are the error.
    static Result<Layout> detect(Encoding::Decoder &decoder, QChar delimiter = {});

    // The header among records already read (a worksheet's first rows):
    // the first that fills at least half as many cells as the fullest, the
    // records above it titles. nullopt when none fills two.
    static std::optional<Layout> fromRecords(const QList<Record> &records);

    static bool isBlank(const Record &record);
    static bool isTotal(const Record &record);
};

} // namespace seawall::csv
