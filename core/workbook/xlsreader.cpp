// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workbook/xlsreader.h"

#include <freexl.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace seawall::workbook {

XlsReader::XlsReader(QString path) : m_path(std::move(path)) {}

XlsReader::~XlsReader()
{
    if (m_handle)
        freexl_close(m_handle);
}

Status XlsReader::open()
{
    const QByteArray name = QFile::encodeName(m_path);
    if (freexl_open(name.constData(), &m_handle) != FREEXL_OK) {
        m_handle = nullptr;
        return Error{Error::Kind::Invalid, QCoreApplication::translate("Workbook", "Cannot read %1: it is not an Excel "
                                                                                   "workbook, or it is damaged or "
                                                                                   "protected by a password.")
                                               .arg(QDir::toNativeSeparators(m_path))};
    }
    unsigned int count = 0;
    freexl_get_info(m_handle, FREEXL_BIFF_SHEET_COUNT, &count);
    for (unsigned short i = 0; i < count; ++i) {
        const char *sheet = nullptr;
        freexl_get_worksheet_name(m_handle, i, &sheet);
        m_sheetNames.append(sheet ? QString::fromUtf8(sheet) : QString::number(i + 1));
    }
    return {};
}

Status XlsReader::selectSheet(int index)
{
    if (index < 0 || index >= m_sheetNames.size()
        || freexl_select_active_worksheet(m_handle, static_cast<unsigned short>(index)) != FREEXL_OK
        || freexl_worksheet_dimensions(m_handle, &m_rows, &m_columns) != FREEXL_OK)
        return Error{Error::Kind::NotFound,
                     QCoreApplication::translate("Workbook", "The workbook has no sheet %1.").arg(index + 1)};
    m_selected = true;
    m_row = 0;
    return {};
}

bool XlsReader::next(csv::Record &record)
{
    if (!m_selected || error())
        return false;
    while (m_row < m_rows) {
        const unsigned int row = m_row++;
        record.fields.clear();
        record.line = qint64(row) + 1;
        for (unsigned short column = 0; column < m_columns; ++column) {
            FreeXL_CellValue cell;
            if (freexl_get_cell_value(m_handle, row, column, &cell) != FREEXL_OK) {
                fail(record.line, QCoreApplication::translate("Workbook", "Cannot read %1: the workbook is damaged (%2: %3).")
                                      .arg(QDir::toNativeSeparators(m_path), u"BIFF"_s, QString::number(column + 1)));
                return false;
            }
            QString text;
            switch (cell.type) {
            case FREEXL_CELL_INT: text = QString::number(cell.value.int_value); break;
            case FREEXL_CELL_DOUBLE: text = generalNumber(cell.value.double_value); break;
            case FREEXL_CELL_TEXT:
            case FREEXL_CELL_SST_TEXT:
            case FREEXL_CELL_TIME: text = QString::fromUtf8(cell.value.text_value); break;
            case FREEXL_CELL_DATE: text = QString::fromUtf8(cell.value.text_value).left(10); break;
            case FREEXL_CELL_DATETIME: {
                // 2022-03-01 07:00:00: the seconds only when there are some.
                text = QString::fromUtf8(cell.value.text_value);
                if (text.endsWith(u":00"_s) && text.size() == 19)
                    text.chop(3);
                if (text.endsWith(u" 00:00"_s))
                    text.chop(6);
                break;
            }
            default: break;
            }
            if (text.isEmpty())
                continue;
            while (record.fields.size() <= column)
                record.fields.append(QString());
            record.fields[column] = text;
        }
        return true;
    }
    return false;
}

} // namespace seawall::workbook
