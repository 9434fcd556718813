// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <xlsxwriter.h>

#include <QString>

namespace seawall::workbook {

// The functions of libxlsxwriter the program calls.
#define SEAWALL_XLSXWRITER_FUNCTIONS(X)                                                                        \
    X(workbook_new) X(workbook_new_opt) X(workbook_add_worksheet) X(workbook_add_format) X(workbook_close)     \
    X(format_set_num_format) X(format_set_num_format_index) X(format_set_bold) X(format_set_bg_color) X(format_set_border)                    \
    X(format_set_text_wrap) X(format_set_align) X(format_set_font_size) X(worksheet_set_column)                \
    X(worksheet_write_string) X(worksheet_write_number) X(worksheet_write_datetime) X(worksheet_merge_range)   \
    X(worksheet_set_row) X(worksheet_data_validation_range) X(worksheet_freeze_panes) X(lxw_strerror)

// libxlsxwriter, reached through this table rather than linked. On Linux
// its zip functions (minizip's zipOpen …) have the same names as those
// QuaZip exports with other arguments: linked side by side, libxlsxwriter's
// calls land in QuaZip and crash. Loaded here with a lookup scope of its
// own (RTLD_DEEPBIND), it and its minizip bind to each other; QuaZip keeps
// its own. Elsewhere the table holds the linked functions.
struct XlsxWriterApi
{
#define SEAWALL_XLSXWRITER_MEMBER(name) decltype(&::name) name = nullptr;
    SEAWALL_XLSXWRITER_FUNCTIONS(SEAWALL_XLSXWRITER_MEMBER)
#undef SEAWALL_XLSXWRITER_MEMBER
};

// The table; nullptr when the library cannot be loaded, with why in `why`.
const XlsxWriterApi *xlsxwriter(QString *why = nullptr);

} // namespace seawall::workbook
