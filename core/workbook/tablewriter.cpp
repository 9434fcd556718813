// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workbook/tablewriter.h"

#include "core/csv/csvwriter.h"
#include "core/workbook/workbookwriter.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace seawall::workbook {

TableWriter::TableWriter(const QString &path)
{
    if (isWorkbook(path))
        m_book = std::make_unique<WorkbookWriter>(path, true);
    else
        m_csv = std::make_unique<CsvWriter>(path);
}

TableWriter::~TableWriter() = default;

bool TableWriter::isWorkbook(const QString &path)
{
    return QFileInfo(path).suffix().compare(u"xlsx"_s, Qt::CaseInsensitive) == 0;
}

Status TableWriter::open(const QStringList &header, const QString &sheet)
{
    if (m_csv) {
        if (Status status = m_csv->open(); !status)
            return status;
        return m_csv->writeRow(header);
    }
    m_book->addSheet(sheet);
    for (int column = 0; column < int(header.size()); ++column)
        m_book->setColumn(column, 14, false); // numbers stay numbers; text cells are text-formatted
    m_book->writeRow(m_row++, header, true);
    m_book->freezeRows(1);
    return {};
}

Status TableWriter::writeRow(const QStringList &fields)
{
    if (m_csv)
        return m_csv->writeRow(fields);
    m_book->writeValues(m_row++, fields);
    return {};
}

Status TableWriter::commit()
{
    return m_csv ? m_csv->commit() : m_book->save();
}

} // namespace seawall::workbook
