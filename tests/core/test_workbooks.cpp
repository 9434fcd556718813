// SPDX-License-Identifier: GPL-3.0-or-later
// Excel workbooks in and out: a unit's .xlsx and .xls read as the same
// rows saved as CSV would be, their rejects written as a workbook, and the
// blank templates of every kind filled in and imported.
#include "testdb.h"

#include "core/figures/figuresengine.h"
#include "core/figures/figuresformat.h"
#include "core/import/importer.h"
#include "core/import/importformat.h"
#include "core/import/importpreview.h"
#include "core/import/importtemplate.h"
#include "core/workbook/tablewriter.h"
#include "core/workbook/workbookreader.h"
#include "core/workbook/xlsxwriterapi.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace seawall;

namespace {

QString data(const QString &relative) { return QStringLiteral(SEAWALL_TEST_DATA) + u'/' + relative; }

// The companies of the samples and three persons of 海通公司.
void importBase(Database &db)
{
    const ImportResult base = Importer(db).run({data(u"import/base/companies.csv"_s), data(u"import/base/personnel.csv"_s)}, {});
    REQUIRE(base.committed);
}

// The rows of a unit's test results, as the test writes them into a
// workbook and as Excel would save them to CSV.
struct TestRow
{
    const char *name;
    const char *idNumber; // nullptr: 江丽's, stored as a number
    int day;              // of March 2022
    const char *result;
};
const TestRow kRows[] = {
    {"陆伟志", "32061219970812218X", 14, "阴性"},
    {"曾雪", "320612197801146515", 15, "阴性"},
    {"江丽", nullptr, 15, "阴性"},
    {"陆伟志", "32061219970812218X", 15, "阳性"},
};
const char *const kHeader[] = {"单位", "姓名", "身份证号", "采样日期", "采样点", "检测结果", "检测机构"};

// 填表说明 first, then 核酸检测: a title merged over the columns in row 1,
// the header in row 2, a row a test from row 3, sampling dates as date
// cells (one in a Chinese date format), and row 5's ID number typed into
// a column not formatted as text, so that Excel keeps it as a number.
void writeTestsWorkbook(const QString &path)
{
    const workbook::XlsxWriterApi *api = workbook::xlsxwriter();
    REQUIRE(api);
    const workbook::XlsxWriterApi &x = *api;
    lxw_workbook *book = x.workbook_new(QFile::encodeName(path).constData());
    REQUIRE(book);
    lxw_worksheet *cover = x.workbook_add_worksheet(book, "填表说明");
    x.worksheet_write_string(cover, 0, 0, "填表说明", nullptr);
    x.worksheet_write_string(cover, 1, 0, "1. 身份证号一列请设置为文本格式。", nullptr);
    lxw_worksheet *sheet = x.workbook_add_worksheet(book, "核酸检测");
    lxw_format *iso = x.workbook_add_format(book);
    x.format_set_num_format(iso, "yyyy-mm-dd");
    lxw_format *chinese = x.workbook_add_format(book);
    x.format_set_num_format(chinese, "yyyy\"年\"m\"月\"d\"日\"");
    x.worksheet_merge_range(sheet, 0, 0, 0, 6, "海通公司核酸检测统计表", nullptr);
    for (lxw_col_t column = 0; column < 7; ++column)
        x.worksheet_write_string(sheet, 1, column, kHeader[column], nullptr);
    lxw_row_t row = 2;
    for (const TestRow &r : kRows) {
        x.worksheet_write_string(sheet, row, 0, "海通公司", nullptr);
        x.worksheet_write_string(sheet, row, 1, r.name, nullptr);
        if (r.idNumber)
            x.worksheet_write_string(sheet, row, 2, r.idNumber, nullptr);
        else
            x.worksheet_write_number(sheet, row, 2, 320612198708205431.0, nullptr);
        lxw_datetime sampled{2022, 3, r.day, 0, 0, 0};
        x.worksheet_write_datetime(sheet, row, 3, &sampled, row == 3 ? chinese : iso);
        x.worksheet_write_string(sheet, row, 4, "通州湾社区", nullptr);
        x.worksheet_write_string(sheet, row, 5, r.result, nullptr);
        x.worksheet_write_string(sheet, row, 6, "南通三院", nullptr);
        ++row;
    }
    REQUIRE(x.workbook_close(book) == LXW_NO_ERROR);
}

// The same rows as Excel saves 核酸检测 to CSV: dates as shown, the ID
// stored as a number as Excel shows it in a standard-width column.
void writeTestsCsv(const QString &path)
{
    QString text = u"海通公司核酸检测统计表,,,,,,\r\n"_s;
    QStringList header;
    for (const char *cell : kHeader)
        header << QString::fromUtf8(cell);
    text += header.join(u',') + u"\r\n"_s;
    for (const TestRow &r : kRows)
        text += u"海通公司,%1,%2,2022-03-%3,通州湾社区,%4,南通三院\r\n"_s.arg(
            QString::fromUtf8(r.name), r.idNumber ? QString::fromUtf8(r.idNumber) : u"3.20612E+17"_s,
            QString::number(r.day), QString::fromUtf8(r.result));
    test::writeFile(path, text.toUtf8());
}

QList<csv::Record> readSheet(const QString &path, int sheet)
{
    Result<std::unique_ptr<workbook::WorkbookReader>> reader = workbook::WorkbookReader::open(path);
    REQUIRE(reader.ok());
    REQUIRE(reader.value()->selectSheet(sheet));
    QList<csv::Record> rows;
    csv::Record record;
    while (reader.value()->next(record))
        rows << record;
    REQUIRE_FALSE(reader.value()->error());
    return rows;
}

// The figures of 15 March 2022 as `seawall stats --json` prints them.
QByteArray figuresOf(Database &db)
{
    const Result<Figures> figures = FiguresEngine(db).compute(QDate(2022, 3, 15));
    REQUIRE(figures.ok());
    return QJsonDocument(FiguresFormat::toJson(figures.value())).toJson();
}

void checkRealisticCase(const QString &workbookPath, const QString &csvPath, const QString &rejects)
{
    test::TempDatabase fromWorkbook;
    test::TempDatabase fromCsv;
    importBase(fromWorkbook.db);
    importBase(fromCsv.db);
    ImportOptions options;
    options.skipInvalid = true;
    options.rejectsPath = rejects;
    const ImportResult book = Importer(fromWorkbook.db).run({workbookPath}, options);
    options.rejectsPath.clear();
    const ImportResult csv = Importer(fromCsv.db).run({csvPath}, options);
    REQUIRE(book.committed);
    REQUIRE(csv.committed);
    const FileReport &b = book.files.constFirst();
    const FileReport &c = csv.files.constFirst();
    CHECK(b.kind == csv::FileKind::Tests);
    CHECK(b.sheet == u"核酸检测"_s); // not the cover sheet before it
    // Four data rows below the title and the header; exactly one refused:
    // 江丽's, in Excel row 5, by its ID number, with the message the same
    // row gets from the CSV file.
    CHECK(b.rows == 4);
    CHECK(b.inserted == 3);
    CHECK(b.rejected == 1);
    REQUIRE(b.errors.size() == 1);
    CHECK(b.errors.constFirst().line == 5);
    CHECK(b.errors.constFirst().column == u"id_number"_s);
    REQUIRE(c.errors.size() == 1);
    CHECK(b.errors.constFirst().message == c.errors.constFirst().message);
    CHECK(b.errors.constFirst().message.contains(u"3.20612E+17"_s));
    // 15 March: 曾雪 and 陆伟志 sampled (2 person-times, 2 persons, one
    // 阳性); up to it, 陆伟志's 14 March test too (3).
    const Result<Figures> figures = FiguresEngine(fromWorkbook.db).compute(QDate(2022, 3, 15));
    REQUIRE(figures.ok());
    CHECK(figures.value().tests.onDate == 2);
    CHECK(figures.value().tests.personsOnDate == 2);
    CHECK(figures.value().tests.positiveOnDate == 1);
    CHECK(figures.value().tests.cumulative == 3);
    CHECK(figuresOf(fromWorkbook.db) == figuresOf(fromCsv.db));
}

} // namespace

TEST_CASE("a unit's xlsx imports as the same rows saved as CSV, the ID stored as a number refused", "[workbook][xlsx]")
{
    QTemporaryDir dir;
    const QString book = dir.filePath(u"海通公司核酸检测.xlsx"_s);
    const QString csv = dir.filePath(u"海通公司核酸检测.csv"_s);
    writeTestsWorkbook(book);
    writeTestsCsv(csv);
    checkRealisticCase(book, csv, dir.filePath(u"rejects.csv"_s));

    // The rejects of a workbook are a workbook, in the file's columns and
    // with the reason, the ID as it was read.
    CHECK_FALSE(QFile::exists(dir.filePath(u"rejects.csv"_s)));
    const QList<csv::Record> rejected = readSheet(dir.filePath(u"rejects.xlsx"_s), 0);
    REQUIRE(rejected.size() == 2);
    CHECK(rejected.at(0).fields == QStringList{u"单位"_s, u"姓名"_s, u"身份证号"_s, u"采样日期"_s, u"采样点"_s,
                                               u"检测结果"_s, u"检测机构"_s, u"错误原因"_s});
    CHECK(rejected.at(1).fields.mid(0, 4) == QStringList{u"海通公司"_s, u"江丽"_s, u"3.20612E+17"_s, u"2022-03-15"_s});
    CHECK(rejected.at(1).fields.value(7).contains(u"3.20612E+17"_s));
}

TEST_CASE("a unit's xls (Excel 97-2003) imports as the same rows saved as CSV", "[workbook][xls]")
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(u"tests.csv"_s);
    writeTestsCsv(csv);
    // tests/data/workbook/make_xls.py made it, with the rows above.
    checkRealisticCase(data(u"workbook/tests.xls"_s), csv, {});
}

TEST_CASE("the wizard's preview picks the sheet with a known header, or the one chosen", "[workbook][preview]")
{
    QTemporaryDir dir;
    const QString book = dir.filePath(u"book.xlsx"_s);
    writeTestsWorkbook(book);
    const ImportPreview preview = ImportPreview::read(book);
    REQUIRE_FALSE(preview.error);
    CHECK(preview.sheets == QStringList{u"填表说明"_s, u"核酸检测"_s});
    CHECK(preview.sheet == u"核酸检测"_s);
    CHECK(preview.encoding == u"xlsx"_s);
    CHECK(preview.layout.headerLine == 2);
    CHECK(preview.layout.titleLines == QList<qint64>{1});
    REQUIRE(preview.map);
    CHECK(preview.map->kind() == csv::FileKind::Tests);
    REQUIRE(preview.records.size() == 4);
    CHECK(preview.records.at(1).line == 4);
    CHECK(preview.records.at(1).fields.at(3) == u"2022-03-15"_s); // the 年月日 format read as a date
    // The cover sheet, chosen: a title and one line, no header of Seawall's.
    const ImportPreview cover = ImportPreview::read(book, {}, {}, {}, 50, u"填表说明"_s);
    CHECK(cover.sheet == u"填表说明"_s);
    CHECK_FALSE(cover.map);
    const std::optional<csv::Record> row5 = ImportPreview::recordAt(book, 5, {}, {}, u"核酸检测"_s);
    REQUIRE(row5);
    CHECK(row5->fields.at(1) == u"江丽"_s);
}

TEST_CASE("cells read as Excel shows them", "[workbook][cells]")
{
    // 18 digits do not fit a standard-width cell: six significant digits.
    CHECK(workbook::WorkbookReader::generalNumber(320612198708205431.0) == u"3.20612E+17"_s);
    CHECK(workbook::WorkbookReader::generalNumber(1e12) == u"1E+12"_s);
    // 11 digits still do (a mobile number stored as a number).
    CHECK(workbook::WorkbookReader::generalNumber(13812345678.0) == u"13812345678"_s);
    CHECK(workbook::WorkbookReader::generalNumber(36.5) == u"36.5"_s);
    // Serials count days from 1899-12-30: 2022-01-01 is 44562, so 15 March
    // (31 + 28 + 14 days later) is 44635, and 07:30 is 0.3125 of a day.
    CHECK(workbook::WorkbookReader::dateText(44635) == u"2022-03-15"_s);
    CHECK(workbook::WorkbookReader::dateText(44635.3125) == u"2022-03-15 07:30"_s);
    CHECK(workbook::WorkbookReader::dateText(0.75) == u"18:00"_s);
    // The 1904 system counts from 1904-01-01: 1462 days fewer.
    CHECK(workbook::WorkbookReader::dateText(44635 - 1462, true) == u"2022-03-15"_s);
}

namespace {

// The parts of an .xlsx, by name.
QHash<QString, QByteArray> unzip(const QString &path)
{
    QuaZip zip(path);
    REQUIRE(zip.open(QuaZip::mdUnzip));
    QHash<QString, QByteArray> parts;
    for (const QString &name : zip.getFileNameList()) {
        QuaZipFile file(path, name);
        REQUIRE(file.open(QIODevice::ReadOnly));
        parts.insert(name, file.readAll());
    }
    return parts;
}

void zipUp(const QString &path, const QHash<QString, QByteArray> &parts)
{
    QuaZip zip(path);
    REQUIRE(zip.open(QuaZip::mdCreate));
    // [Content_Types].xml first, as Excel writes it.
    QStringList names = parts.keys();
    names.removeOne(u"[Content_Types].xml"_s);
    names.sort();
    names.prepend(u"[Content_Types].xml"_s);
    for (const QString &name : std::as_const(names)) {
        QuaZipFile file(&zip);
        REQUIRE(file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)));
        REQUIRE(file.write(parts.value(name)) == parts.value(name).size());
        file.close();
    }
    zip.close();
    REQUIRE(zip.getZipError() == 0);
}

QString columnName(int column) { return QString(QChar(u'A' + column)); }

// Fills row 3 of a template's first sheet as a clerk does in Excel: the
// cell takes its column's style (text, or a date format), text typed into
// a text column stays text (the ID number typed as its 18 digits), a date
// typed into a date column is a date serial, a number a number.
void fillIn(const QString &path, const QList<ImportTemplate::TemplateColumn> &columns)
{
    QHash<QString, QByteArray> parts = unzip(path);
    QString sheet = QString::fromUtf8(parts.value(u"xl/worksheets/sheet1.xml"_s));
    const QString styles = QString::fromUtf8(parts.value(u"xl/styles.xml"_s));
    // Each column's style, from <cols>; and which styles are text (49, @).
    QHash<int, int> styleOf;
    static const QRegularExpression col(uR"re(<col min="(\d+)" max="(\d+)"[^>]*style="(\d+)")re"_s);
    for (auto it = col.globalMatch(sheet); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        for (int c = m.captured(1).toInt(); c <= m.captured(2).toInt(); ++c)
            styleOf.insert(c - 1, m.captured(3).toInt());
    }
    const QString cellXfs = styles.section(u"<cellXfs"_s, 1).section(u"</cellXfs>"_s, 0, 0);
    QList<int> formats;
    static const QRegularExpression xf(uR"re(<xf numFmtId="(\d+)")re"_s);
    for (auto it = xf.globalMatch(cellXfs); it.hasNext();)
        formats << it.next().captured(1).toInt();

    QString row = u"<row r=\"3\">"_s;
    int dates = 0;
    for (int c = 0; c < int(columns.size()); ++c) {
        const ImportTemplate::TemplateColumn &column = columns.at(c);
        const int style = styleOf.value(c, 0);
        const QString ref = columnName(c) + u'3';
        const bool textColumn = formats.value(style) == 49;
        // Every text field is a text column: an ID number is never a number.
        CHECK(textColumn == column.text);
        QString value;
        bool number = false;
        if (column.type == ColumnType::Date) {
            value = QString::number(44635 + dates++); // 2022-03-15, then a day later each
            number = true;
        } else if (column.type == ColumnType::DateTime) {
            value = QString::number(44635.3125 + 2.0 / 24 * dates++, 'f', 6); // 07:30, then two hours later each
            number = true;
        } else if (column.type == ColumnType::Integer) {
            value = u"1"_s, number = true;
        } else if (column.type == ColumnType::Real) {
            value = u"36.5"_s, number = true;
        } else if (!column.choices.isEmpty()) {
            value = column.choices.constFirst();
        } else if (column.canonical == u"id_number"_s) {
            value = u"320612197801146515"_s; // 曾雪 of 海通公司, typed as its digits
        } else if (column.canonical == u"phone"_s) {
            value = u"13812345678"_s;
        } else if (column.canonical == u"company"_s) {
            value = u"海通公司"_s;
        } else if (column.canonical == u"parent_code"_s) {
            value = u"YH"_s;
        } else if (column.canonical == u"name"_s) {
            const bool person = std::any_of(columns.cbegin(), columns.cend(), [](const auto &other) {
                return other.canonical == u"id_number"_s;
            });
            value = person ? u"曾雪"_s : u"测试公司"_s;
        } else {
            value = u"测试"_s + column.canonical;
        }
        if (number)
            row += u"<c r=\"%1\" s=\"%2\"><v>%3</v></c>"_s.arg(ref).arg(style).arg(value);
        else
            row += u"<c r=\"%1\" s=\"%2\" t=\"inlineStr\"><is><t>%3</t></is></c>"_s.arg(ref).arg(style).arg(value.toHtmlEscaped());
    }
    row += u"</row>"_s;
    REQUIRE(sheet.contains(u"</sheetData>"_s));
    sheet.replace(u"</sheetData>"_s, row + u"</sheetData>"_s);
    parts.insert(u"xl/worksheets/sheet1.xml"_s, sheet.toUtf8());
    QFile::remove(path);
    zipUp(path, parts);
}

} // namespace

TEST_CASE("the template of every kind, filled in, imports without a rejected row", "[workbook][template]")
{
    const csv::FileKind kind = GENERATE(from_range(csv::HeaderMap::kinds()));
    INFO(csv::toCode(kind).toStdString());
    QTemporaryDir dir;
    const QString path = dir.filePath(u"template.xlsx"_s);
    REQUIRE(ImportTemplate::write(kind, path, QStringLiteral(SEAWALL_ZH_QM)));

    // Blank: the kind's sheet (a title row, the header in row 2), then 填表说明.
    const QList<csv::Record> blank = readSheet(path, 0);
    REQUIRE(blank.size() == 2);
    CHECK(blank.at(1).line == 2);
    const ImportPreview preview = ImportPreview::read(path);
    REQUIRE_FALSE(preview.error);
    CHECK(preview.sheets.size() == 2);
    CHECK(preview.sheets.value(1) == u"填表说明"_s);
    REQUIRE(preview.map);
    CHECK(preview.map->kind() == kind);
    CHECK(preview.map->isComplete());
    // Every header is Chinese, as the units write them.
    for (const QString &header : blank.at(1).fields)
        CHECK(std::any_of(header.cbegin(), header.cend(), [](QChar c) { return c.script() == QChar::Script_Han; }));

    {
        // The values a clerk picks from the lists, which are in Chinese.
        QTranslator chinese;
        REQUIRE(chinese.load(QStringLiteral(SEAWALL_ZH_QM)));
        REQUIRE(QCoreApplication::installTranslator(&chinese));
        const QList<ImportTemplate::TemplateColumn> columns = ImportTemplate::columns(kind);
        QCoreApplication::removeTranslator(&chinese);
        fillIn(path, columns);
    }
    test::TempDatabase t;
    importBase(t.db);
    const ImportResult result = Importer(t.db).run({path}, {});
    const FileReport &report = result.files.constFirst();
    INFO(ImportFormat::toText(result).toStdString());
    CHECK(result.committed);
    CHECK(report.rows == 1);
    CHECK(report.rejected == 0);
    CHECK(report.errors.isEmpty());
}

TEST_CASE("the tests template: Chinese headers, the ID as text, the results as a list", "[workbook][template]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"tests.xlsx"_s);
    REQUIRE(ImportTemplate::write(csv::FileKind::Tests, path, QStringLiteral(SEAWALL_ZH_QM)));
    // DOMAIN.md's columns of a tests file, the required ones starred.
    CHECK(readSheet(path, 0).at(1).fields
          == QStringList{u"单位"_s, u"姓名"_s, u"*身份证号"_s, u"*采样日期"_s, u"采样点"_s, u"检测结果"_s, u"检测机构"_s});
    const QString sheet = QString::fromUtf8(unzip(path).value(u"xl/worksheets/sheet1.xml"_s));
    // 检测结果 is column F: a list of DOMAIN.md's 阴性 and 阳性, and a result
    // not out yet as the program shows it (待出结果).
    static const QRegularExpression list(uR"re(<dataValidation type="list"[^>]*sqref="F3:F1048576"[^>]*>\s*<formula1>"([^<]*)"</formula1>)re"_s);
    const QRegularExpressionMatch match = list.match(sheet);
    REQUIRE(match.hasMatch());
    CHECK(match.captured(1).split(u',') == QStringList{u"阴性"_s, u"阳性"_s, u"待出结果"_s});
    // The 填表说明 sheet says what each column takes.
    const QList<csv::Record> notes = readSheet(path, 1);
    CHECK(notes.constFirst().fields.constFirst().contains(u"填表说明"_s));
}

TEST_CASE("a list exports to a workbook with numbers as numbers and ID numbers as text", "[workbook][export]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"persons.xlsx"_s);
    workbook::TableWriter writer(path);
    REQUIRE(writer.open({u"姓名"_s, u"身份证号"_s, u"手机号"_s, u"人数"_s}, u"人员"_s));
    REQUIRE(writer.writeRow({u"曾雪"_s, u"320612197801146515"_s, u"13812345678"_s, u"12"_s}));
    CHECK_FALSE(QFile::exists(path)); // nothing until it is complete
    REQUIRE(writer.commit());
    const QString sheet = QString::fromUtf8(unzip(path).value(u"xl/worksheets/sheet1.xml"_s));
    // 12 is a number cell; the ID and the phone are strings, styled (as text).
    CHECK(sheet.contains(u"<c r=\"D2\"><v>12</v></c>"_s));
    CHECK(sheet.contains(QRegularExpression(u"<c r=\"B2\" s=\"\\d+\" t=\"(s|inlineStr)\">"_s)));
    CHECK(sheet.contains(QRegularExpression(u"<c r=\"C2\" s=\"\\d+\" t=\"(s|inlineStr)\">"_s)));
    const QList<csv::Record> rows = readSheet(path, 0);
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(1).fields == QStringList{u"曾雪"_s, u"320612197801146515"_s, u"13812345678"_s, u"12"_s});
}

TEST_CASE("a sheet written with prefixed elements (x:row, x:c) reads the same", "[workbook][xlsx]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"prefixed.xlsx"_s);
    writeTestsWorkbook(path);
    // As the OpenXML SDK writes a sheet: every element with the prefix x.
    QHash<QString, QByteArray> parts = unzip(path);
    QString sheet = QString::fromUtf8(parts.value(u"xl/worksheets/sheet2.xml"_s));
    REQUIRE(sheet.contains(u"<row"_s));
    sheet.replace(QRegularExpression(u"<(/?)([A-Za-z]+)([ />])"_s), u"<\\1x:\\2\\3"_s);
    sheet.replace(u"xmlns=\""_s, u"xmlns:x=\""_s);
    REQUIRE(sheet.contains(u"<x:row"_s));
    parts.insert(u"xl/worksheets/sheet2.xml"_s, sheet.toUtf8());
    QFile::remove(path);
    zipUp(path, parts);
    const ImportPreview preview = ImportPreview::read(path);
    REQUIRE_FALSE(preview.error);
    CHECK(preview.sheet == u"核酸检测"_s);
    REQUIRE(preview.records.size() == 4);
    CHECK(preview.records.at(2).line == 5);
    CHECK(preview.records.at(2).fields.mid(1, 3) == QStringList{u"江丽"_s, u"3.20612E+17"_s, u"2022-03-15"_s});
}

// A sheet is read a few hundred rows ahead on a thread of its own
// (core/import/readahead.h): a long one must come in whole and in order,
// and one damaged half way must be refused at the row where it breaks.
TEST_CASE("a long sheet comes in whole and in order, and one damaged half way is refused by its row",
          "[workbook][xlsx]")
{
    test::TempDatabase t;
    importBase(t.db);
    // 5,000 tests, more than the reader keeps ahead (8 chunks of 256): the
    // three persons of 海通公司 in turn, each row at a site of its own, so
    // that every row is a new test. Row r of the sheet (from 2) is test
    // r - 2, at 采样点<r - 2>.
    const char *const persons[][2] = {{"陆伟志", "32061219970812218X"},
                                      {"曾雪", "320612197801146515"},
                                      {"江丽", "320612198708205431"}};
    constexpr int kRowsWritten = 5000;
    const QString path = t.dir.filePath(u"long.xlsx"_s);
    {
        workbook::TableWriter writer(path);
        QStringList header;
        for (const char *name : kHeader)
            header << QString::fromUtf8(name);
        REQUIRE(writer.open(header, u"核酸检测"_s).ok());
        for (int i = 0; i < kRowsWritten; ++i) {
            const auto &who = persons[i % 3];
            REQUIRE(writer.writeRow({u"海通公司"_s, QString::fromUtf8(who[0]), QString::fromLatin1(who[1]),
                                     u"2022-03-15"_s, u"采样点%1"_s.arg(i), u"阴性"_s, u"通州区疾控中心"_s})
                        .ok());
        }
        REQUIRE(writer.commit().ok());
    }
    QHash<QString, QByteArray> parts = unzip(path);

    const ImportResult whole = Importer(t.db).run({path}, {});
    REQUIRE(whole.committed);
    CHECK(whole.files.at(0).inserted == kRowsWritten);
    QStringList expected;
    for (int i = 0; i < kRowsWritten; ++i)
        expected << u"采样点%1"_s.arg(i);
    QStringList sites;
    QSqlQuery q(t.db.connection());
    REQUIRE(q.exec(u"SELECT site FROM nucleic_test ORDER BY id"_s));
    while (q.next())
        sites << q.value(0).toString();
    CHECK(sites == expected);

    // The same sheet cut off inside row 3,001 (test 2,999): nothing is
    // written, and the error names that row.
    QString sheetName;
    for (auto it = parts.cbegin(); it != parts.cend(); ++it)
        if (it.key().startsWith(u"xl/worksheets/sheet"_s))
            sheetName = it.key();
    QByteArray sheet = parts.value(sheetName);
    const qsizetype cut = sheet.indexOf("<row r=\"3001\"");
    REQUIRE(cut > 0);
    sheet.truncate(cut + 40);
    parts.insert(sheetName, sheet);
    const QString damaged = t.dir.filePath(u"damaged.xlsx"_s);
    zipUp(damaged, parts);
    test::TempDatabase fresh;
    importBase(fresh.db);
    const ImportResult cutOff = Importer(fresh.db).run({damaged}, {});
    CHECK_FALSE(cutOff.committed);
    REQUIRE_FALSE(cutOff.files.at(0).errors.isEmpty());
    CHECK(cutOff.files.at(0).errors.at(0).line == 3001);
    CHECK(cutOff.files.at(0).errors.at(0).message.contains(u"damaged"_s));
    CHECK(test::scalar(fresh.db, u"SELECT count(*) FROM nucleic_test"_s).toInt() == 0);
}

namespace {

// A workbook of one sheet written by hand, as other programs than Excel
// write them: `sheetData` is the sheet's rows, `sharedStrings` the <si>
// elements. Style 1 shows a date (the built-in format 14), style 0 is
// General.
void writeHandWritten(const QString &path, const QString &sheetData, const QString &sharedStrings = {})
{
    const QString main = u"http://schemas.openxmlformats.org/spreadsheetml/2006/main"_s;
    const QString head = u"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"_s;
    QHash<QString, QByteArray> parts;
    parts.insert(u"[Content_Types].xml"_s,
                 (head + u"<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"_s).toUtf8());
    parts.insert(u"xl/workbook.xml"_s,
                 (head + u"<workbook xmlns=\"%1\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                         "relationships\"><sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets>"
                         "</workbook>"_s.arg(main))
                     .toUtf8());
    parts.insert(u"xl/_rels/workbook.xml.rels"_s,
                 (head + u"<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                         "<Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\" Type=\"http://schemas."
                         "openxmlformats.org/officeDocument/2006/relationships/worksheet\"/></Relationships>"_s)
                     .toUtf8());
    parts.insert(u"xl/styles.xml"_s, (head + u"<styleSheet xmlns=\"%1\"><cellXfs count=\"2\"><xf numFmtId=\"0\"/>"
                                             "<xf numFmtId=\"14\" applyNumberFormat=\"1\"/></cellXfs></styleSheet>"_s.arg(main))
                                         .toUtf8());
    if (!sharedStrings.isEmpty())
        parts.insert(u"xl/sharedStrings.xml"_s, (head + u"<sst xmlns=\"%1\">%2</sst>"_s.arg(main, sharedStrings)).toUtf8());
    parts.insert(u"xl/worksheets/sheet1.xml"_s,
                 (head + u"<worksheet xmlns=\"%1\"><sheetData>%2</sheetData></worksheet>"_s.arg(main, sheetData)).toUtf8());
    zipUp(path, parts);
}

// The rows of the sheet up to where it stops, and the error it stops at.
struct SheetRead
{
    QList<csv::Record> rows;
    std::optional<Error> error;
    qint64 errorLine = 0;
};
SheetRead readUpToError(const QString &path)
{
    Result<std::unique_ptr<workbook::WorkbookReader>> reader = workbook::WorkbookReader::open(path);
    REQUIRE(reader.ok());
    REQUIRE(reader.value()->selectSheet(0));
    SheetRead read;
    csv::Record record;
    while (reader.value()->next(record))
        read.rows << record;
    read.error = reader.value()->error();
    read.errorLine = reader.value()->errorLine();
    return read;
}

} // namespace

TEST_CASE("a sheet's XML reads as Excel reads it: entities, CDATA, runs, cells without a reference",
          "[workbook][xlsx]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"handwritten.xlsx"_s);
    // Shared string 0: &amp; is &, &#x90E8; is U+90E8 部. Shared string 1:
    // two rich-text runs, and a phonetic run (the reading) left out.
    const QString shared = u"<si><t>R&amp;D &#x90E8;</t></si>"
                           "<si><r><t>江</t></r><r><rPr><b/></rPr><t>丽</t></r><rPh sb=\"0\" eb=\"1\"><t>jiang</t></rPh></si>"_s;
    const QString rows =
        // Row 1, inline strings: &#x4E2D; is U+4E2D 中 and &#25991; is
        // U+6587 文 (6 * 4096 + 5 * 256 + 8 * 16 + 7 = 25991); CDATA is
        // taken as written; runs one after another, the space kept; the
        // phonetic run of an inline string left out as a shared string's.
        u"<row r=\"1\">"
        "<c r=\"A1\" t=\"inlineStr\"><is><t>A&amp;B &lt;C&gt; &#x4E2D;&#25991;</t></is></c>"
        "<c r=\"B1\" t=\"inlineStr\"><is><t><![CDATA[<b>&amp;</b>]]></t></is></c>"
        "<c r=\"C1\" t=\"inlineStr\"><is><r><rPr><b/><sz val=\"11\"/></rPr><t>海通</t></r>"
        "<r><t xml:space=\"preserve\"> 公司</t></r></is></c>"
        "<c r=\"D1\" t=\"inlineStr\"><is><r><t>曾雪</t></r><rPh sb=\"0\" eb=\"2\"><t>zeng xue</t></rPh></is></c>"
        "<c r=\"E1\" t=\"s\"><v>0</v></c><c r=\"F1\" t=\"s\"><v>1</v></c><c r=\"G1\" t=\"s\"><v>2</v></c>"
        "</row>"
        // Row 2 without r: the one after row 1. Cells without r: the one
        // after the cell before (A, then D and E after C). A boolean, an
        // error, a formula's text without the formula.
        "<row><c t=\"inlineStr\"><is><t>a</t></is></c><c r=\"C2\" t=\"b\"><v>1</v></c>"
        "<c t=\"e\"><v>#N/A</v></c><c t=\"str\"><f>A2&amp;\"x\"</f><v>ax</v></c></row>"
        // Rows 5 and 6: 44635 is 2022-03-15 (see \"cells read as Excel shows
        // them\"), 0.3125 of a day 07:30; the same serial without the date
        // style is a number, in the same column a row later a date again.
        "<row r=\"5\"><c r=\"A5\" s=\"1\"><v>44635</v></c><c r=\"B5\"><v>44635</v></c>"
        "<c r=\"C5\" s=\"1\"><v>44635.3125</v></c></row>"
        "<row r=\"6\"><c r=\"A6\" s=\"1\"><v>44635</v></c><c r=\"B6\" s=\"1\"><v>44635</v></c>"
        "<c r=\"C6\"><v>44635.3125</v></c></row>"
        // Row 7: XFD is Excel's last column, 24 * 26^2 + 6 * 26 + 4 = 16384,
        // the 16384th and last kept (csv::CsvReader::kMaxFields); the cell
        // after it and XFE are past it and dropped.
        "<row><c r=\"XFD7\" t=\"inlineStr\"><is><t>last</t></is></c><c t=\"inlineStr\"><is><t>past</t></is></c>"
        "<c r=\"XFE7\"><v>1</v></c></row>"_s;
    writeHandWritten(path, rows, shared);
    const SheetRead read = readUpToError(path);
    CHECK_FALSE(read.error);
    REQUIRE(read.rows.size() == 5);
    CHECK(read.rows.at(0).line == 1);
    // G1 names a shared string that is not there: empty, and not a field.
    CHECK(read.rows.at(0).fields
          == QStringList{u"A&B <C> 中文"_s, u"<b>&amp;</b>"_s, u"海通 公司"_s, u"曾雪"_s, u"R&D 部"_s, u"江丽"_s});
    CHECK(read.rows.at(1).line == 2);
    CHECK(read.rows.at(1).fields == QStringList{u"a"_s, QString(), u"TRUE"_s, u"#N/A"_s, u"ax"_s});
    CHECK(read.rows.at(2).line == 5);
    CHECK(read.rows.at(2).fields == QStringList{u"2022-03-15"_s, u"44635"_s, u"2022-03-15 07:30"_s});
    CHECK(read.rows.at(3).line == 6);
    CHECK(read.rows.at(3).fields == QStringList{u"2022-03-15"_s, u"2022-03-15"_s, u"44635.3125"_s});
    CHECK(read.rows.at(4).line == 7);
    REQUIRE(read.rows.at(4).fields.size() == 16384);
    CHECK(read.rows.at(4).fields.constLast() == u"last"_s);
    CHECK(read.rows.at(4).fields.count(QString()) == 16383);
}

TEST_CASE("a sheet whose XML is broken is refused at the row where it breaks", "[workbook][xlsx]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"broken.xlsx"_s);
    const QString good = u"<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"2\"><c r=\"A2\"><v>2</v></c></row>"_s;
    struct Case
    {
        const char *what;
        QString rows;
        qint64 line;
    };
    const Case cases[] = {
        // An element inside a value, and an entity XML does not know.
        {"an element in a value", good + u"<row r=\"3\"><c r=\"A3\"><v>3<b/></v></c></row>"_s, 3},
        {"an unknown entity", good + u"<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>&nbsp;</t></is></c></row>"_s, 3},
        // A row left open: the row without r after row 2 is row 3.
        {"a row not closed", good + u"<row><c r=\"A3\"><v>3</v></c>"_s, 3},
        // Between rows: the last row read.
        {"text where a row should be", good + u"<row r=\"3\"/>&lt;"_s + u"<"_s, 3},
    };
    for (const Case &c : cases) {
        INFO(c.what);
        QFile::remove(path);
        writeHandWritten(path, c.rows);
        const SheetRead read = readUpToError(path);
        REQUIRE(read.error);
        CHECK(read.error->message.contains(u"damaged"_s));
        CHECK(read.errorLine == c.line);
        REQUIRE(read.rows.size() >= 2);
        CHECK(read.rows.at(1).fields == QStringList{u"2"_s});
    }
}

TEST_CASE("a workbook part whose compressed data cannot be unpacked is refused, not read for ever", "[workbook][xlsx]")
{
    // Found by fuzz_import: the deflate stream of xl/styles.xml is broken
    // (`unzip -t` says "invalid compressed data to inflate"); reading it
    // failed, and the XML reader asked again and again.
    const QString path
        = QStringLiteral(SEAWALL_TEST_DATA) + u"/../fuzz/corpus/workbook_styles_damaged_deflate.xlsx"_s;
    test::TempDatabase t;
    const ImportResult result = Importer(t.db).run({path}, {});
    CHECK_FALSE(result.committed);
    REQUIRE(result.files.size() == 1);
    REQUIRE_FALSE(result.files.at(0).errors.isEmpty());
    const QString message = result.files.at(0).errors.at(0).message;
    INFO(message.toStdString());
    CHECK(message.contains(u"damaged"_s));
    CHECK(message.contains(u"xl/styles.xml"_s));
}
