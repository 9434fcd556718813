// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/csv/csvreader.h"
#include "core/csv/headermap.h"
#include "core/csv/layout.h"
#include "core/util/error.h"

#include <QList>
#include <QString>

#include <optional>

namespace seawall {

// The start of a file as the importer would read it with the user's choice
// of encoding, delimiter and kind, for the import window: what was
// detected, how the header maps, and the first data records. Cheap enough
// to redo on every change of a choice: it reads only the start of the
// file and does not hash it.
struct ImportPreview
{
    static constexpr qsizetype kDefaultRecords = 50;

    QString encoding;      // canonical name, used; xlsx or xls for a workbook
    bool encodingDetected = true;
    csv::Layout layout;    // valid when there is no error, or the error is past the header
    std::optional<csv::HeaderMap> map; // nullopt when no header cell is known
    QList<csv::Record> records;        // data records (title, blank and total rows skipped)
    std::optional<Error> error;        // invalid bytes, no header…: the message names the line
    qint64 errorLine = 0;
    // A workbook's sheets, and the one read (its header known, or chosen);
    // empty for a CSV file.
    QStringList sheets;
    QString sheet;

    bool isWorkbook() const { return !sheets.isEmpty(); }

    // Empty `encoding` and a null `delimiter` mean detected; no `kind`
    // means detected from the header.
    // An empty `sheet` of a workbook means the one whose header is known.
    static ImportPreview read(const QString &path, const QString &encoding = {}, QChar delimiter = {},
                              std::optional<csv::FileKind> kind = {}, qsizetype maxRecords = kDefaultRecords,
                              const QString &sheet = {});

    // The record that starts on physical line `line`, read the same way;
    // nullopt when the file has none there or cannot be read to it.
    // For a workbook, `line` is the Excel row of `sheet`.
    static std::optional<csv::Record> recordAt(const QString &path, qint64 line, const QString &encoding = {},
                                               QChar delimiter = {}, const QString &sheet = {});
};

} // namespace seawall
