// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/readahead.h"
#include "core/import/rowsource.h"
#include "core/workbook/workbookreader.h"

#include <QList>
#include <QStringList>

#include <memory>

namespace seawall {

// An Excel workbook a subsidiary sent (.xlsx or .xls): the sheet whose
// header Seawall knows, or the one the user chose, read row by row; a
// row's line is its Excel row number, so that messages point at what the
// clerk sees.
class WorkbookSource final : public RowSource
{
public:
    // The sheet a workbook is read from, and how it is laid out.
    struct Sheet
    {
        int index = 0;
        QString name;
        csv::Layout layout;
    };

    explicit WorkbookSource(QString path);
    ~WorkbookSource() override;

    // `encodingOverride` does not apply to a workbook.
    Status open(const QString &encodingOverride, std::optional<csv::FileKind> kind, bool requireKind = true) override;
    void setSheet(const QString &sheet) override { m_wantedSheet = sheet; }
    bool isWorkbook() const override { return true; }
    QString sheet() const override { return m_sheet.name; }
    QStringList sheets() const override { return m_reader ? m_reader->sheetNames() : QStringList(); }
    bool next(csv::Record &record) override;

    // Picks the sheet of `reader`: the one named `wanted`; else the first
    // whose header names all the required columns of `kind` (of a kind it
    // names, without one), else the first whose header names one; else
    // the first with a header. The reader is left at the start of it.
    static Result<Sheet> chooseSheet(workbook::WorkbookReader &reader, const QString &wanted,
                                     std::optional<csv::FileKind> kind);

private:
    QString m_wantedSheet;
    Sheet m_sheet;
    std::unique_ptr<workbook::WorkbookReader> m_reader;
    // From the first data row on; gone before the reader.
    std::unique_ptr<ReadAhead<workbook::WorkbookReader>> m_ahead;
};

} // namespace seawall
