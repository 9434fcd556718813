// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/error.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace seawall::workbook {

// Writes an .xlsx workbook (libxlsxwriter): sheets of text cells, columns
// formatted as text so that what a clerk types there stays as typed (an
// ID number is not turned into 3.20612E+17), drop-down lists, a bold
// header. The file appears when save() succeeds, written beside it first,
// so that a failed write leaves no half of one; without save() nothing is
// left behind.
class WorkbookWriter
{
public:
    // `streaming`: each row is written out once the next one starts, for
    // sheets of any length (rows in order; no merged cells).
    explicit WorkbookWriter(QString path, bool streaming = false);
    ~WorkbookWriter();
    WorkbookWriter(const WorkbookWriter &) = delete;
    WorkbookWriter &operator=(const WorkbookWriter &) = delete;

    // A new sheet, the one the next calls write into.
    void addSheet(const QString &name);
    // Column `column` (0-based) `width` characters wide, its cells text.
    void setColumn(int column, double width, bool text);
    // Column `column` shows dates in `format` (yyyy-mm-dd).
    void setDateColumn(int column, const QString &format);
    // A row of text cells (0-based `row`); `header` bold, on a grey fill.
    void writeRow(int row, const QStringList &cells, bool header = false);
    // A row of cells: a plain number (no leading zero, ten digits at most
    // before the point) as a number, anything else as text.
    void writeValues(int row, const QStringList &cells);
    // A title over columns 0 … lastColumn of `row`, merged, bold.
    void writeTitle(int row, int lastColumn, const QString &title);
    // Cells of `column` from `firstRow` on take one of `values` (a
    // drop-down list); anything else is refused as typed, with `message`.
    void addList(int column, int firstRow, const QStringList &values, const QString &message);
    // The rows above `row` stay in sight as the sheet scrolls.
    void freezeRows(int row);

    // Writes the file out; the error names the file.
    Status save();

    const QString &path() const { return m_path; }

private:
    struct Workbook;
    Error failure(const QString &why) const;

    QString m_path;
    std::unique_ptr<Workbook> m_book;
};

} // namespace seawall::workbook
