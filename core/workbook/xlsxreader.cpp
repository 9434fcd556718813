// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workbook/xlsxreader.h"

#include <quazip/quazipfile.h>

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QRegularExpression>

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

// The 0-based column of a cell reference (C7: 2); -1 when it is none.
int columnOf(QStringView reference)
{
    int column = 0;
    qsizetype i = 0;
    for (; i < reference.size() && reference.at(i).isLetter(); ++i)
        column = column * 26 + (reference.at(i).toUpper().unicode() - u'A' + 1);
    return i == 0 ? -1 : column - 1;
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
    QXmlStreamReader xml(&part);
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
    m_xml.clear();
    m_sheet = std::make_unique<QuaZipFile>(m_path, m_sheetParts.at(index));
    if (!m_sheet->open(QIODevice::ReadOnly))
        return damaged(m_sheetParts.at(index), m_sheet->errorString());
    // Resolving namespaces for each of a sheet's millions of elements took
    // two fifths of the reading; name() is the local name without it too,
    // so a sheet written with prefixes (<x:row>) reads the same.
    m_xml.setNamespaceProcessing(false);
    m_xml.setDevice(m_sheet.get());
    m_lastRow = 0;
    return {};
}

QString XlsxReader::cellText(QStringView type, int style, const QString &value) const
{
    if (type == u"s") {
        const int index = value.toInt();
        return index >= 0 && index < m_sharedStrings.size() ? m_sharedStrings.at(index) : QString();
    }
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

bool XlsxReader::next(csv::Record &record)
{
    if (!m_sheet || error())
        return false;
    while (!m_xml.atEnd()) {
        m_xml.readNext();
        if (!m_xml.isStartElement() || m_xml.name() != u"row")
            continue;
        record.fields.clear();
        const QStringView rowNumber = m_xml.attributes().value(u"r"_s);
        record.line = rowNumber.isEmpty() ? m_lastRow + 1 : rowNumber.toLongLong();
        m_lastRow = record.line;
        int nextColumn = 0;
        // The cells of the row, up to its end.
        while (!m_xml.atEnd()) {
            m_xml.readNext();
            if (m_xml.isEndElement() && m_xml.name() == u"row")
                break;
            if (!m_xml.isStartElement() || m_xml.name() != u"c")
                continue;
            const QXmlStreamAttributes attributes = m_xml.attributes();
            int column = columnOf(attributes.value(u"r"_s));
            if (column < 0)
                column = nextColumn;
            nextColumn = column + 1;
            const QStringView type = attributes.value(u"t"_s);
            const int style = attributes.hasAttribute(u"s"_s) ? attributes.value(u"s"_s).toInt() : -1;
            QString value;
            while (!m_xml.atEnd()) {
                m_xml.readNext();
                if (m_xml.isEndElement() && m_xml.name() == u"c")
                    break;
                if (m_xml.isStartElement() && (m_xml.name() == u"v" || m_xml.name() == u"t"))
                    value += m_xml.readElementText();
            }
            if (column >= csv::CsvReader::kMaxFields)
                continue;
            const QString text = cellText(type, style, value);
            if (text.isEmpty())
                continue;
            while (record.fields.size() <= column)
                record.fields.append(QString());
            record.fields[column] = text;
        }
        if (m_xml.hasError())
            break;
        return true;
    }
    if (m_xml.hasError())
        fail(m_lastRow, damaged(m_sheetParts.isEmpty() ? QString() : u"sheet"_s, m_xml.errorString()).message);
    return false;
}

} // namespace seawall::workbook
