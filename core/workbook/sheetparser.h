// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <memory>
#include <string>
#include <vector>

class QIODevice;

namespace seawall::workbook {

// The rows of an .xlsx worksheet's XML, one <row> at a time, as the raw
// text of its attributes and values; XlsxReader gives them their meaning.
//
// Parsed with libexpat rather than QXmlStreamReader, which reads the other,
// small parts of a workbook. Measured on the 1,000,000-row tests workbook
// of benchmarks/import.sh (268 MB of sheet XML, 37 tokens a row), every
// row read by `seawall csv`: with QXmlStreamReader 15.2 s of CPU, about
// 15 us a row; with expat, fed the unpacked bytes 128 KiB at a time and
// stopped at each row's end, 5.0 s (expat itself 2.5 s, unpacking 0.5 s).
// The sheet is read on a thread of its own beside the mapping and SQLite's
// writing, on two cores: the workbook's import went from 2.9 times the
// CSV's time to about 1.2 times (README, Performance).
//
// Element names are compared without their prefix (<x:row> is a row),
// attributes by their name as written (r, t, s). Text is collected from
// <v> and <t> of a cell (an inline string's runs one after another), not
// from a phonetic run (<rPh>), as shared strings are read.
class SheetParser
{
public:
    struct Cell
    {
        // 0-based: by the letters of its reference (r="C7": 2), or the one
        // after the row's cell before when it has none.
        int column = 0;
        std::string type;  // t: s, n, b, d, str, inlineStr, e, or empty
        std::string style; // s: the cell style's index
        bool hasStyle = false;
        std::string value; // <v>, or the text of <is>
    };
    struct Row
    {
        std::string number; // r: the Excel row number, or empty
        // The first `cellCount` of `cells` are this row's cells within the
        // columns kept; the rest are kept so that their strings' memory
        // serves the rows to come.
        std::vector<Cell> cells;
        size_t cellCount = 0;
    };

    // Reads from `device`, which must stay open while this is in use; the
    // cells from column `maxColumns` on are read and dropped.
    SheetParser(QIODevice *device, int maxColumns);
    ~SheetParser();
    SheetParser(const SheetParser &) = delete;
    SheetParser &operator=(const SheetParser &) = delete;

    enum class Step { Row, End, Error };
    // Parses up to the end of the next row; then row() is that row. At an
    // error, errorString() says what is wrong and insideRow() whether it
    // broke inside a row (then row().number is that row's).
    Step next();
    const Row &row() const { return m_row; }
    bool insideRow() const { return m_inRow; }
    QString errorString() const { return m_errorString; }

private:
    struct Handlers;

    QIODevice *m_device;
    struct ParserDeleter
    {
        void operator()(void *parser) const;
    };
    std::unique_ptr<void, ParserDeleter> m_parser; // XML_Parser
    bool m_suspended = false; // at a row's end, the rest of the block unparsed
    bool m_finished = false;  // the last block parsed
    QString m_errorString;

    int m_maxColumns;
    Row m_row;
    Cell m_ignored;         // a cell past the columns kept
    Cell *m_cell = nullptr; // the cell being read
    int m_nextColumn = 0;   // of a cell without a reference
    bool m_inRow = false;
    bool m_rowDone = false;
    bool m_collecting = false; // inside a cell's <v> or <t>
    int m_phonetic = 0;        // inside a cell's <rPh>
};

} // namespace seawall::workbook
