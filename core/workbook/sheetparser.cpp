// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workbook/sheetparser.h"

#include <expat.h>

#include <QCoreApplication>
#include <QIODevice>

#include <algorithm>
#include <cstring>
#include <string_view>

namespace seawall::workbook {
namespace {

// The unpacked sheet handed to expat at a time: 128 KiB, some 500 rows.
constexpr int kBlock = 128 * 1024;

// Columns past any sheet's (Excel's last is XFD, 16,384): a reference with
// more letters counts as this far, beyond every column that is kept.
constexpr int kFarColumn = 1 << 24;

XML_Parser parserOf(void *parser) { return static_cast<XML_Parser>(parser); }

// An element's name without its prefix: row for x:row.
std::string_view localName(const XML_Char *name)
{
    const char *colon = std::strchr(name, ':');
    return colon ? std::string_view(colon + 1) : std::string_view(name);
}

// The 0-based column of a cell reference by its letters (C7: 2; AA1: 26);
// -1 when it has none.
int columnOf(const char *reference)
{
    int column = 0;
    const char *c = reference;
    for (; (*c >= 'A' && *c <= 'Z') || (*c >= 'a' && *c <= 'z'); ++c)
        column = std::min(kFarColumn, column * 26 + ((*c & ~0x20) - 'A' + 1));
    return c == reference ? -1 : column - 1;
}

// Why expat stopped, in words a coordinator's language has: the reason in a
// "the workbook is damaged" message.
QString reasonOf(XML_Error error)
{
    switch (error) {
    case XML_ERROR_NO_ELEMENTS:
    case XML_ERROR_UNCLOSED_TOKEN:
    case XML_ERROR_PARTIAL_CHAR:
    case XML_ERROR_UNCLOSED_CDATA_SECTION:
        return QCoreApplication::translate("Workbook", "it ends part way");
    case XML_ERROR_UNDEFINED_ENTITY:
        return QCoreApplication::translate("Workbook", "an unknown entity");
    case XML_ERROR_TAG_MISMATCH:
        return QCoreApplication::translate("Workbook", "an element closed that is not open");
    default:
        return QCoreApplication::translate("Workbook", "not well-formed XML: %1").arg(QString::fromUtf8(XML_ErrorString(error)));
    }
}

} // namespace

void SheetParser::ParserDeleter::operator()(void *parser) const { XML_ParserFree(parserOf(parser)); }

// expat's callbacks, with the SheetParser as their user data.
struct SheetParser::Handlers
{
    static void start(void *data, const XML_Char *name, const XML_Char **attributes)
    {
        auto *self = static_cast<SheetParser *>(data);
        if (self->m_collecting) {
            // As QXmlStreamReader's readElementText() refused it.
            self->m_errorString = QCoreApplication::translate("Workbook", "an element inside a value");
            XML_StopParser(parserOf(self->m_parser.get()), XML_FALSE);
            return;
        }
        const std::string_view local = localName(name);
        if (self->m_cell) {
            if (local == "v" || local == "t")
                self->m_collecting = self->m_phonetic == 0;
            else if (local == "rPh")
                ++self->m_phonetic;
            return; // anything else in a cell (a formula, a run's format) has no text of its own
        }
        if (local == "c" && self->m_inRow)
            startCell(self, attributes);
        else if (local == "row" && !self->m_inRow)
            startRow(self, attributes);
    }

    static void startRow(SheetParser *self, const XML_Char **attributes)
    {
        Row &row = self->m_row;
        self->m_inRow = true;
        self->m_nextColumn = 0;
        row.number.clear();
        row.cellCount = 0;
        for (const XML_Char **a = attributes; *a; a += 2)
            if (std::strcmp(a[0], "r") == 0)
                row.number = a[1];
    }

    static void startCell(SheetParser *self, const XML_Char **attributes)
    {
        const char *reference = "";
        const char *type = "";
        const char *style = nullptr;
        for (const XML_Char **a = attributes; *a; a += 2) {
            if (std::strcmp(a[0], "r") == 0)
                reference = a[1];
            else if (std::strcmp(a[0], "t") == 0)
                type = a[1];
            else if (std::strcmp(a[0], "s") == 0)
                style = a[1];
        }
        int column = columnOf(reference);
        if (column < 0)
            column = self->m_nextColumn;
        self->m_nextColumn = std::min(kFarColumn, column + 1);
        Row &row = self->m_row;
        Cell *cell = &self->m_ignored; // a cell past the columns kept is read, and dropped
        if (column < self->m_maxColumns) {
            if (row.cellCount == row.cells.size())
                row.cells.emplace_back();
            cell = &row.cells[row.cellCount++];
        }
        cell->column = column;
        cell->type = type;
        cell->hasStyle = style != nullptr;
        cell->style = style ? style : "";
        cell->value.clear();
        self->m_cell = cell;
        self->m_phonetic = 0;
    }

    static void end(void *data, const XML_Char *name)
    {
        auto *self = static_cast<SheetParser *>(data);
        if (self->m_collecting) {
            self->m_collecting = false; // the end of the <v> or <t>: nothing else can start in it
            return;
        }
        const std::string_view local = localName(name);
        if (self->m_cell) {
            if (local == "c")
                self->m_cell = nullptr;
            else if (local == "rPh" && self->m_phonetic > 0)
                --self->m_phonetic;
            return;
        }
        if (local == "row" && self->m_inRow) {
            self->m_inRow = false;
            self->m_rowDone = true;
            XML_StopParser(parserOf(self->m_parser.get()), XML_TRUE); // resumed by the next next()
        }
    }

    static void text(void *data, const XML_Char *text, int length)
    {
        auto *self = static_cast<SheetParser *>(data);
        if (self->m_collecting)
            self->m_cell->value.append(text, size_t(length));
    }
};

SheetParser::SheetParser(QIODevice *device, int maxColumns)
    : m_device(device), m_parser(XML_ParserCreate(nullptr)), m_maxColumns(maxColumns)
{
    XML_Parser parser = parserOf(m_parser.get());
    XML_SetUserData(parser, this);
    XML_SetElementHandler(parser, &Handlers::start, &Handlers::end);
    XML_SetCharacterDataHandler(parser, &Handlers::text);
}

SheetParser::~SheetParser() = default;

SheetParser::Step SheetParser::next()
{
    XML_Parser parser = parserOf(m_parser.get());
    m_rowDone = false;
    for (;;) {
        XML_Status status;
        if (m_suspended) {
            m_suspended = false;
            status = XML_ResumeParser(parser);
        } else if (m_finished) {
            return Step::End;
        } else {
            void *buffer = XML_GetBuffer(parser, kBlock);
            if (!buffer) {
                m_errorString = reasonOf(XML_GetErrorCode(parser));
                return Step::Error;
            }
            const qint64 length = m_device->read(static_cast<char *>(buffer), kBlock);
            if (length < 0) {
                m_errorString = m_device->errorString();
                return Step::Error;
            }
            m_finished = length == 0;
            status = XML_ParseBuffer(parser, int(length), m_finished);
        }
        if (status == XML_STATUS_ERROR) {
            if (XML_GetErrorCode(parser) != XML_ERROR_ABORTED) // else the handler said why
                m_errorString = reasonOf(XML_GetErrorCode(parser));
            m_finished = true;
            return Step::Error;
        }
        if (status == XML_STATUS_SUSPENDED)
            m_suspended = true;
        if (m_rowDone)
            return Step::Row;
    }
}

} // namespace seawall::workbook
