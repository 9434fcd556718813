// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/workbook/sheetparser.h"
#include "core/workbook/workbookreader.h"

#include <QList>
#include <QXmlStreamReader>

#include <functional>
#include <memory>
#include <string>
#include <vector>

class QuaZipFile;

namespace seawall::workbook {

// An .xlsx workbook read through its zip container: the list of sheets,
// the shared strings and which cell styles are dates are read when it
// opens; a sheet's XML is then read row by row as it is unpacked, so that
// a sheet of a million rows is never held whole.
class XlsxReader final : public WorkbookReader
{
public:
    explicit XlsxReader(QString path);
    ~XlsxReader() override;

    Status open();

    QStringList sheetNames() const override { return m_sheetNames; }
    Status selectSheet(int index) override;
    bool next(csv::Record &record) override;
    QString formatName() const override { return QStringLiteral("xlsx"); }

private:
    // Calls `onToken` for each token of the part `name`; a missing part
    // is damage, unless `found` is given to say whether it was there.
    Status readPart(const QString &name, const std::function<void(QXmlStreamReader &)> &onToken,
                    bool *found = nullptr) const;
    Status readWorkbook();
    Status readSharedStrings();
    Status readStyles();
    Error damaged(const QString &part, const QString &why) const;
    // The text Excel shows for a cell; the first for any type but a
    // shared string (s), which only the second looks up.
    QString cellText(QStringView type, int style, const QString &value) const;
    QString cellText(const SheetParser::Cell &cell);
    qint64 lineOf(const std::string &rowNumber) const;

    QString m_path;
    QStringList m_sheetNames;
    QStringList m_sheetParts; // the sheets' XML inside the container
    QStringList m_sharedStrings;
    QList<bool> m_dateStyles; // by cell style index
    bool m_date1904 = false;

    std::unique_ptr<QuaZipFile> m_sheet;
    std::unique_ptr<SheetParser> m_rows; // of m_sheet
    // By column, the last number cell read and its text: a date column
    // mostly repeats the row before's, and Qt's date text is dear.
    struct NumberCell
    {
        std::string style;
        bool hasStyle = false;
        std::string value;
        QString text;
    };
    std::vector<NumberCell> m_lastNumbers;
    qint64 m_lastRow = 0;
};

} // namespace seawall::workbook
