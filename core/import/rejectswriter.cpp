// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/rejectswriter.h"

#include "core/util/savefile.h"

#include <QCoreApplication>
#include <QDir>

using namespace Qt::StringLiterals;

namespace seawall {

RejectsWriter::RejectsWriter(QString path, const csv::HeaderMap &map)
    : RejectsWriter(path, {}, false, u',', map.header())
{
    m_asWorkbook = true;
}

RejectsWriter::~RejectsWriter() = default;

RejectsWriter::RejectsWriter(QString path, QString encoding, bool bom, QChar delimiter, QStringList header)
    : m_path(std::move(path)), m_encoding(std::move(encoding)), m_bom(bom), m_delimiter(delimiter),
      m_header(std::move(header)), m_file(m_path)
{
    // Excel's empty columns at the right are not sent back.
    while (!m_header.isEmpty() && m_header.last().trimmed().isEmpty())
        m_header.removeLast();
}

QString RejectsWriter::errorHeader(const QStringList &header)
{
    for (const QString &cell : header)
        for (const QChar c : cell)
            if (c.script() == QChar::Script_Han)
                return u"错误原因"_s;
    return u"Error"_s;
}

Error RejectsWriter::failure() const
{
    return Error{Error::Kind::Open, QCoreApplication::translate("Import", "Cannot write %1: %2.")
                                        .arg(QDir::toNativeSeparators(m_path), m_file.errorString())};
}

Status RejectsWriter::open()
{
    if (m_asWorkbook) {
        m_workbook.emplace(m_path, true);
        m_opened = true;
        const QStringList header = QStringList(m_header) << errorHeader(m_header);
        m_workbook->addSheet(errorHeader(m_header) == u"Error"_s ? u"Rejected rows"_s : u"错误行"_s);
        for (int column = 0; column < int(header.size()); ++column)
            m_workbook->setColumn(column, column + 1 == header.size() ? 60 : 16, true);
        m_workbook->writeRow(0, header, true);
        m_workbook->freezeRows(1);
        return {};
    }
    if (!m_file.open(QIODevice::WriteOnly))
        return failure();
    const QString name = m_encoding.isEmpty() ? u"UTF-8"_s : m_encoding;
    m_encoder.emplace(name.toLatin1().constData(),
                      m_bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
    if (!m_encoder->isValid())
        m_encoder.emplace(QStringConverter::Utf8, QStringConverter::Flag::WriteBom);
    return writeLine(QStringList(m_header) << errorHeader(m_header));
}

Status RejectsWriter::writeLine(const QStringList &fields)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += m_delimiter;
        const QString &field = fields.at(i);
        if (field.contains(m_delimiter) || field.contains(u'"') || field.contains(u'\n') || field.contains(u'\r'))
            line += u'"' + QString(field).replace(u"\""_s, u"\"\""_s) + u'"';
        else
            line += field;
    }
    line += u"\r\n"_s; // as Excel writes them
    const QByteArray bytes = m_encoder->encode(line);
    if (!writeAll(m_file, bytes))
        return failure();
    return {};
}

Status RejectsWriter::add(const QStringList &fields, const QStringList &messages)
{
    if (!m_file.isOpen())
        if (Status status = open(); !status)
            return status;
    QStringList row = fields.mid(0, m_header.size());
    while (row.size() < m_header.size())
        row << QString();
    row << messages.join(u"; "_s);
    ++m_rows;
    if (m_workbook) {
        m_workbook->writeRow(int(m_rows), row);
        return {};
    }
    return writeLine(row);
}

Status RejectsWriter::close()
{
    if (m_workbook)
        return m_opened ? m_workbook->save() : Status{};
    if (m_file.isOpen() && !commitSaveFile(m_file))
        return failure();
    return {};
}

} // namespace seawall
