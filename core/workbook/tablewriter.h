// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/error.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace seawall {
class CsvWriter;
}

namespace seawall::workbook {

class WorkbookWriter;

// Rows of text to a file as its name asks: an .xlsx workbook (one sheet,
// the header bold and kept in sight, numbers as numbers, every other cell
// text so that ID and phone numbers stay whole) or else a CSV file
// (csv/csvwriter.h). Nothing is left behind unless commit() succeeds.
class TableWriter
{
public:
    explicit TableWriter(const QString &path);
    ~TableWriter();
    TableWriter(const TableWriter &) = delete;
    TableWriter &operator=(const TableWriter &) = delete;

    static bool isWorkbook(const QString &path);

    // `sheet`: the sheet's name in a workbook.
    Status open(const QStringList &header, const QString &sheet);
    Status writeRow(const QStringList &fields);
    Status commit();

private:
    std::unique_ptr<CsvWriter> m_csv;
    std::unique_ptr<WorkbookWriter> m_book;
    int m_row = 0;
};

} // namespace seawall::workbook
