// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/csv/csvreader.h"
#include "core/util/error.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace seawall::workbook {

// What a file is, by its first bytes: Excel 2007's zip container (.xlsx),
// the older compound file (.xls), or anything else (read as CSV).
enum class Format { Csv, Xlsx, Xls };
Format formatOf(const QString &path);

// The rows of one sheet of an Excel workbook, one at a time and as records
// like a CSV file's: each cell as the text Excel shows (and would save to
// CSV), except that a date or date-time cell is written 2022-03-01 or
// 2022-03-01 07:00, and `line` is the Excel row number. A number in the
// General format reads as Excel shows it: 18 digits as 3.20612E+17, so
// that an ID number stored as a number is refused as it is from a CSV.
// A merged range's value is in its first cell, the others empty, as Excel
// saves it.
class WorkbookReader
{
public:
    virtual ~WorkbookReader() = default;

    // Opens the workbook; the error names the file and why not.
    static Result<std::unique_ptr<WorkbookReader>> open(const QString &path);

    virtual QStringList sheetNames() const = 0;
    // Starts reading sheet `index` from its first row (again).
    virtual Status selectSheet(int index) = 0;
    // The next row that has a cell; false at the end or on an error.
    virtual bool next(csv::Record &record) = 0;
    const std::optional<Error> &error() const { return m_error; }
    // 0 when the error has no row.
    qint64 errorLine() const { return m_errorLine; }
    // "xlsx" or "xls": what the import history records as the encoding.
    virtual QString formatName() const = 0;

    // The text of a number cell in Excel's General format.
    static QString generalNumber(double value);
    // An Excel date serial (days since 1899-12-30, or since 1904-01-01 in
    // the 1904 date system) as 2022-03-01, or 2022-03-01 07:00 with a time
    // of day, or 07:00 for a time alone.
    static QString dateText(double serial, bool date1904 = false);

protected:
    void fail(qint64 line, const QString &message)
    {
        m_error = Error{Error::Kind::Invalid, message};
        m_errorLine = line;
    }

private:
    std::optional<Error> m_error;
    qint64 m_errorLine = 0;
};

} // namespace seawall::workbook
