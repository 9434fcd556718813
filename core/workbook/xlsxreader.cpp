// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workbook/xlsxreader.h"

#include "core/workbook/sheetparser.h"

#include <quazip/quazipfile.h>

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <limits>
#include <type_traits>

using namespace Qt::StringLiterals;

namespace seawall::workbook {
namespace {

// Excel's built-in number formats that show a date or a time.
bool isBuiltInDate(int id)
{
    return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

// A format code shows a date or time when, outside quoted text, escaped
// characters and colours ([Red]), it has y, m, d, h or s: yyyy"年"m"月"d"日".
bool isDateFormat(const QString &code)
{
    static const QRegularExpression noise(u"\"[^\"]*\"|\\\\.|\\[[^\\]]*\\]"_s);
    QString bare = code;
    bare.remove(noise);
    bare = bare.toLower();
    if (bare.contains(u"general"_s))
        return false;
    for (const QChar c : std::as_const(bare))
        if (c == u'y' || c == u'm' || c == u'd' || c == u'h' || c == u's')
            return true;
    return false;
}

// An integer attribute as QString::toInt() or toLongLong() reads it: plain
// digits (all of a sheet's, but for damage) here, anything else by Qt.
template <typename Int>
Int integerOf(const std::string &text)
{
    if (!text.empty() && text.size() <= size_t(std::numeric_limits<Int>::digits10)
        && std::all_of(text.cbegin(), text.cend(), [](char c) { return c >= '0' && c <= '9'; })) {
        Int value = 0;
        for (const char c : text)
            value = value * 10 + (c - '0');
        return value;
    }
    if constexpr (std::is_same_v<Int, int>)
        return QString::fromStdString(text).toInt();
    else
        return QString::fromStdString(text).toLongLong();
}

} // namespace

XlsxReader::XlsxReader(QString path) : m_path(std::move(path)) {}

XlsxReader::~XlsxReader() = default;

Error XlsxReader::damaged(const QString &part, const QString &why) const
{
    return Error{Error::Kind::Invalid, QCoreApplication::translate("Workbook", "Cannot read %1: the workbook is damaged (%2: %3).")
                                           .arg(QDir::toNativeSeparators(m_path), part, why)};
}

Status XlsxReader::open()
{
    if (Status status = readWorkbook(); !status)
        return status;
    if (Status status = readSharedStrings(); !status)
        return status;
    return readStyles();
}

Status XlsxReader::readPart(const QString &name, const std::function<void(QXmlStreamReader &)> &onToken,
                            bool *found) const
{
    QuaZipFile part(m_path, name);
    if (found)
        *found = part.open(QIODevice::ReadOnly);
    else if (!part.open(QIODevice::ReadOnly))
        return damaged(name, part.errorString());
    if (!part.isOpen())
        return {};
    // Read whole, then parsed: these parts are small beside the sheet. Given
    // the part itself, QXmlStreamReader took a read that failed (a damaged
    // deflate stream) for "more to come", and asked again for ever.
    const QByteArray bytes = part.readAll();
    if (part.getZipError() != UNZ_OK)
        return damaged(name, QCoreApplication::translate("Workbook", "its compressed data cannot be unpacked"));
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        xml.readNext();
        onToken(xml);
    }
    if (xml.hasError())
        return damaged(name, xml.errorString());
    return {};
}

Status XlsxReader::readWorkbook()
{
    QHash<QString, QString> targets; // relationship id to part
    bool found = false;
    Status status = readPart(u"xl/_rels/workbook.xml.rels"_s, [&targets](QXmlStreamReader &xml) {
        if (xml.isStartElement() && xml.name() == u"Relationship") {
            QString target = xml.attributes().value(u"Target"_s).toString();
            target = target.startsWith(u'/') ? target.mid(1) : u"xl/"_s + target;
            targets.insert(xml.attributes().value(u"Id"_s).toString(), target);
        }
    }, &found);
    if (!status)
        return status;
    if (!found)
        return Error{Error::Kind::Invalid, QCoreApplication::translate("Workbook", "Cannot read %1: it is not an Excel "
                                                                                   "workbook, or it is damaged or "
                                                                                   "protected by a password.")
                                               .arg(QDir::toNativeSeparators(m_path))};
    return readPart(u"xl/workbook.xml"_s, [this, &targets](QXmlStreamReader &xml) {
        if (!xml.isStartElement())
            return;
        if (xml.name() == u"workbookPr") {
            const QStringView value = xml.attributes().value(u"date1904"_s);
            m_date1904 = value == u"1" || value == u"true";
        } else if (xml.name() == u"sheet") {
            QString id;
            for (const QXmlStreamAttribute &attribute : xml.attributes())
                if (attribute.name() == u"id")
                    id = attribute.value().toString();
            const QString part = targets.value(id);
            if (part.isEmpty())
                return; // a chart sheet or a broken link: no rows to read
            m_sheetNames.append(xml.attributes().value(u"name"_s).toString());
            m_sheetParts.append(part);
        }
    });
}

Status XlsxReader::readSharedStrings()
{
    bool found = false; // a workbook of numbers alone has none
    int phonetic = 0;   // inside <rPh>: the reading of the text, not the text
    return readPart(u"xl/sharedStrings.xml"_s, [this, &phonetic](QXmlStreamReader &xml) {
        if (xml.isStartElement()) {
            if (xml.name() == u"si")
                m_sharedStrings.append(QString());
            else if (xml.name() == u"rPh")
                ++phonetic;
            else if (xml.name() == u"t" && phonetic == 0 && !m_sharedStrings.isEmpty())
                m_sharedStrings.last() += xml.readElementText();
        } else if (xml.isEndElement() && xml.name() == u"rPh") {
            --phonetic;
        }
    }, &found);
}

Status XlsxReader::readStyles()
{
    bool found = false;
    QHash<int, bool> custom; // format id to whether it shows a date
    bool inCellXfs = false;
    return readPart(u"xl/styles.xml"_s, [this, &custom, &inCellXfs](QXmlStreamReader &xml) {
        if (xml.isStartElement()) {
            if (xml.name() == u"numFmt") {
                custom.insert(xml.attributes().value(u"numFmtId"_s).toInt(),
                              isDateFormat(xml.attributes().value(u"formatCode"_s).toString()));
            } else if (xml.name() == u"cellXfs") {
                inCellXfs = true;
            } else if (inCellXfs && xml.name() == u"xf") {
                const int id = xml.attributes().value(u"numFmtId"_s).toInt();
                m_dateStyles.append(custom.contains(id) ? custom.value(id) : isBuiltInDate(id));
            }
        } else if (xml.isEndElement() && xml.name() == u"cellXfs") {
            inCellXfs = false;
        }
    }, &found);
}

Status XlsxReader::selectSheet(int index)
{
    if (index < 0 || index >= m_sheetParts.size())
        return Error{Error::Kind::NotFound,
                     QCoreApplication::translate("Workbook", "The workbook has no sheet %1.").arg(index + 1)};
    m_rows.reset();
    m_lastNumbers.clear();
    m_sheet = std::make_unique<QuaZipFile>(m_path, m_sheetParts.at(index));
    if (!m_sheet->open(QIODevice::ReadOnly))
        return damaged(m_sheetParts.at(index), m_sheet->errorString());
    m_rows = std::make_unique<SheetParser>(m_sheet.get(), int(csv::CsvReader::kMaxFields));
    m_lastRow = 0;
    return {};
}

QString XlsxReader::cellText(QStringView type, int style, const QString &value) const
{
    if (type == u"b")
        return value == u"1" ? u"TRUE"_s : u"FALSE"_s;
    if (type == u"d")
        return value.size() <= 10 ? value : value.left(16).replace(u'T', u' ');
    if (type.isEmpty() || type == u"n") {
        if (value.isEmpty())
            return {};
        bool ok = false;
        const double number = value.toDouble(&ok);
        if (!ok)
            return value;
        if (style >= 0 && style < m_dateStyles.size() && m_dateStyles.at(style))
            return dateText(number, m_date1904);
        return generalNumber(number);
    }
    return value; // str (a formula's text), inlineStr, e (#N/A)
}

QString XlsxReader::cellText(const SheetParser::Cell &cell)
{
    if (cell.type == "s") { // most of a sheet's text: looked up without making a QString of the index
        const int index = integerOf<int>(cell.value);
        return index >= 0 && index < m_sharedStrings.size() ? m_sharedStrings.at(index) : QString();
    }
    const auto text = [this, &cell] {
        return cellText(QString::fromStdString(cell.type), cell.hasStyle ? integerOf<int>(cell.style) : -1,
                        QString::fromStdString(cell.value));
    };
    if (!cell.type.empty() && cell.type != "n")
        return text();
    if (size_t(cell.column) >= m_lastNumbers.size())
        m_lastNumbers.resize(size_t(cell.column) + 1);
    NumberCell &last = m_lastNumbers[size_t(cell.column)];
    if (last.value != cell.value || last.hasStyle != cell.hasStyle || last.style != cell.style) {
        last.text = text();
        last.value = cell.value;
        last.hasStyle = cell.hasStyle;
        last.style = cell.style;
    }
    return last.text;
}

qint64 XlsxReader::lineOf(const std::string &rowNumber) const
{
    return rowNumber.empty() ? m_lastRow + 1 : integerOf<qint64>(rowNumber);
}

bool XlsxReader::next(csv::Record &record)
{
    if (!m_rows || error())
        return false;
    switch (m_rows->next()) {
    case SheetParser::Step::End:
        return false;
    case SheetParser::Step::Error:
        fail(m_rows->insideRow() ? lineOf(m_rows->row().number) : m_lastRow,
             damaged(u"sheet"_s, m_rows->errorString()).message);
        return false;
    case SheetParser::Step::Row:
        break;
    }
    const SheetParser::Row &row = m_rows->row();
    record.line = lineOf(row.number);
    m_lastRow = record.line;
    record.fields.clear();
    for (size_t i = 0; i < row.cellCount; ++i) {
        const SheetParser::Cell &cell = row.cells[i];
        QString text = cellText(cell);
        if (text.isEmpty())
            continue;
        if (record.fields.size() <= cell.column) {
            record.fields.reserve(std::max<qsizetype>(cell.column + 1, qsizetype(row.cellCount)));
            record.fields.resize(cell.column + 1);
        }
        record.fields[cell.column] = std::move(text);
    }
    return true;
}

} // namespace seawall::workbook
