// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workbook/workbookwriter.h"

#include "core/util/filemodes.h"
#include "core/workbook/xlsxwriterapi.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;

namespace seawall::workbook {

// Excel's largest sheet: rows past it are not written.
constexpr int kMaxRows = 1048576;
// Excel's built-in Text format (@), as Excel itself stores a column
// formatted as text.
constexpr uint8_t kTextFormat = 49;

struct WorkbookWriter::Workbook
{
    const XlsxWriterApi *api = nullptr;
    QString loadError; // why the library could not be loaded
    QString partPath; // written here, renamed to the path by save()
    QByteArray tmpdir;
    lxw_workbook *book = nullptr;
    lxw_worksheet *sheet = nullptr;
    lxw_format *text = nullptr;
    lxw_format *header = nullptr;
    lxw_format *title = nullptr;
    lxw_error firstError = LXW_NO_ERROR;

    void note(lxw_error error)
    {
        if (firstError == LXW_NO_ERROR)
            firstError = error;
    }

    ~Workbook()
    {
        if (book) {
            api->workbook_close(book);
            QFile::remove(partPath);
        }
    }
};

WorkbookWriter::WorkbookWriter(QString path, bool streaming) : m_path(std::move(path)), m_book(std::make_unique<Workbook>())
{
    const QFileInfo target(m_path);
    m_book->partPath = target.dir().filePath(u".%1.part"_s.arg(target.fileName()));
    m_book->tmpdir = QFile::encodeName(target.absolutePath());
    m_book->api = xlsxwriter(&m_book->loadError);
    if (!m_book->api)
        return;
    lxw_workbook_options options{};
    options.constant_memory = streaming ? LXW_TRUE : LXW_FALSE;
    options.tmpdir = m_book->tmpdir.data();
    m_book->book = m_book->api->workbook_new_opt(QFile::encodeName(m_book->partPath).constData(), &options);
    if (!m_book->book)
        return;
    m_book->text = m_book->api->workbook_add_format(m_book->book);
    m_book->api->format_set_num_format_index(m_book->text, kTextFormat);
    m_book->header = m_book->api->workbook_add_format(m_book->book);
    m_book->api->format_set_bold(m_book->header);
    m_book->api->format_set_num_format_index(m_book->header, kTextFormat);
    m_book->api->format_set_bg_color(m_book->header, 0xD9D9D9);
    m_book->api->format_set_border(m_book->header, LXW_BORDER_THIN);
    m_book->api->format_set_text_wrap(m_book->header);
    m_book->api->format_set_align(m_book->header, LXW_ALIGN_VERTICAL_CENTER);
    m_book->title = m_book->api->workbook_add_format(m_book->book);
    m_book->api->format_set_bold(m_book->title);
    m_book->api->format_set_font_size(m_book->title, 14);
    m_book->api->format_set_align(m_book->title, LXW_ALIGN_CENTER);
    m_book->api->format_set_align(m_book->title, LXW_ALIGN_VERTICAL_CENTER);
}

WorkbookWriter::~WorkbookWriter() = default;

Error WorkbookWriter::failure(const QString &why) const
{
    return Error{Error::Kind::Open, QCoreApplication::translate("Import", "Cannot write %1: %2.")
                                        .arg(QDir::toNativeSeparators(m_path), why)};
}

void WorkbookWriter::addSheet(const QString &name)
{
    if (!m_book->book)
        return;
    m_book->sheet = m_book->api->workbook_add_worksheet(m_book->book, name.toUtf8().constData());
    if (!m_book->sheet)
        m_book->note(LXW_ERROR_SHEETNAME_ALREADY_USED);
}

void WorkbookWriter::setColumn(int column, double width, bool text)
{
    if (m_book->sheet)
        m_book->note(m_book->api->worksheet_set_column(m_book->sheet, lxw_col_t(column), lxw_col_t(column), width,
                                          text ? m_book->text : nullptr));
}

void WorkbookWriter::setDateColumn(int column, const QString &format)
{
    if (!m_book->book || !m_book->sheet)
        return;
    lxw_format *date = m_book->api->workbook_add_format(m_book->book);
    m_book->api->format_set_num_format(date, format.toUtf8().constData());
    m_book->note(m_book->api->worksheet_set_column(m_book->sheet, lxw_col_t(column), lxw_col_t(column), LXW_DEF_COL_WIDTH + 4, date));
}

void WorkbookWriter::writeRow(int row, const QStringList &cells, bool header)
{
    if (!m_book->sheet || row >= kMaxRows)
        return;
    for (qsizetype column = 0; column < cells.size(); ++column) {
        if (cells.at(column).isEmpty())
            continue;
        m_book->note(m_book->api->worksheet_write_string(m_book->sheet, lxw_row_t(row), lxw_col_t(column),
                                            cells.at(column).toUtf8().constData(),
                                            header ? m_book->header : m_book->text));
    }
}

void WorkbookWriter::writeValues(int row, const QStringList &cells)
{
    if (!m_book->sheet || row >= kMaxRows)
        return;
    static const QRegularExpression plainNumber(u"^-?(0|[1-9][0-9]{0,9})(\\.[0-9]+)?$"_s);
    for (qsizetype column = 0; column < cells.size(); ++column) {
        const QString &cell = cells.at(column);
        if (cell.isEmpty())
            continue;
        if (plainNumber.match(cell).hasMatch())
            m_book->note(m_book->api->worksheet_write_number(m_book->sheet, lxw_row_t(row), lxw_col_t(column), cell.toDouble(), nullptr));
        else
            m_book->note(m_book->api->worksheet_write_string(m_book->sheet, lxw_row_t(row), lxw_col_t(column),
                                                cell.toUtf8().constData(), m_book->text));
    }
}

void WorkbookWriter::writeTitle(int row, int lastColumn, const QString &title)
{
    if (!m_book->sheet)
        return;
    m_book->note(m_book->api->worksheet_merge_range(m_book->sheet, lxw_row_t(row), 0, lxw_row_t(row), lxw_col_t(lastColumn),
                                       title.toUtf8().constData(), m_book->title));
    m_book->note(m_book->api->worksheet_set_row(m_book->sheet, lxw_row_t(row), 24, nullptr));
}

void WorkbookWriter::addList(int column, int firstRow, const QStringList &values, const QString &message)
{
    if (!m_book->sheet || values.isEmpty())
        return;
    std::vector<QByteArray> bytes;
    std::vector<const char *> pointers;
    for (const QString &value : values)
        bytes.push_back(value.toUtf8());
    for (const QByteArray &value : bytes)
        pointers.push_back(value.constData());
    pointers.push_back(nullptr);
    const QByteArray error = message.toUtf8();
    lxw_data_validation validation{};
    validation.validate = LXW_VALIDATION_TYPE_LIST;
    validation.value_list = const_cast<char **>(pointers.data());
    validation.error_type = LXW_VALIDATION_ERROR_TYPE_STOP;
    validation.error_message = const_cast<char *>(error.constData());
    m_book->note(m_book->api->worksheet_data_validation_range(m_book->sheet, lxw_row_t(firstRow), lxw_col_t(column),
                                                 kMaxRows - 1, lxw_col_t(column), &validation));
}

void WorkbookWriter::freezeRows(int row)
{
    if (m_book->sheet)
        m_book->api->worksheet_freeze_panes(m_book->sheet, lxw_row_t(row), 0);
}

Status WorkbookWriter::save()
{
    if (!m_book->api)
        return failure(m_book->loadError);
    if (!m_book->book)
        return failure(QString::fromUtf8(m_book->api->lxw_strerror(LXW_ERROR_CREATING_TMPFILE)));
    if (m_book->firstError != LXW_NO_ERROR)
        return failure(QString::fromUtf8(m_book->api->lxw_strerror(m_book->firstError)));
    const lxw_error closed = m_book->api->workbook_close(m_book->book);
    m_book->book = nullptr;
    if (closed != LXW_NO_ERROR) {
        QFile::remove(m_book->partPath);
        return failure(QString::fromUtf8(m_book->api->lxw_strerror(closed)));
    }
    (void)keepOwnerOnly(m_book->partPath); // it holds names and ID numbers
    // rename() replaces a file already there in one step.
    if (std::rename(QFile::encodeName(m_book->partPath).constData(), QFile::encodeName(m_path).constData()) != 0) {
        QFile::remove(m_book->partPath);
        return failure(QCoreApplication::translate("Workbook", "the file could not be put in place"));
    }
    return {};
}

} // namespace seawall::workbook
