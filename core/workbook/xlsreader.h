// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/workbook/workbookreader.h"

namespace seawall::workbook {

// A workbook of Excel 97–2003 (.xls, as older WPS and Excel still save)
// read through FreeXL, which holds the file's cells in memory: such files
// end at 65,536 rows a sheet.
class XlsReader final : public WorkbookReader
{
public:
    explicit XlsReader(QString path);
    ~XlsReader() override;
    XlsReader(const XlsReader &) = delete;
    XlsReader &operator=(const XlsReader &) = delete;

    Status open();

    QStringList sheetNames() const override { return m_sheetNames; }
    Status selectSheet(int index) override;
    bool next(csv::Record &record) override;
    QString formatName() const override { return QStringLiteral("xls"); }

private:
    QString m_path;
    const void *m_handle = nullptr;
    QStringList m_sheetNames;
    bool m_selected = false;
    unsigned int m_rows = 0;
    unsigned short m_columns = 0;
    unsigned int m_row = 0; // the next to read, 0-based
};

} // namespace seawall::workbook
