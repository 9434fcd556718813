// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/csv/csvwriter.h"

#include "core/util/savefile.h"

#include <QCoreApplication>
#include <QDir>

using namespace Qt::StringLiterals;

namespace seawall {

CsvWriter::CsvWriter(const QString &path) : m_file(path) {}

Error CsvWriter::failure() const
{
    return Error{Error::Kind::Open, QCoreApplication::translate("CsvWriter", "Cannot write %1: %2.")
                                        .arg(QDir::toNativeSeparators(m_file.fileName()), m_file.errorString())};
}

Status CsvWriter::open()
{
    if (!m_file.open(QIODevice::WriteOnly))
        return failure();
    if (m_file.write("\xEF\xBB\xBF") != 3)
        return failure();
    return {};
}

QString CsvWriter::line(const QStringList &fields)
{
    QString text;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            text += u',';
        const QString &field = fields.at(i);
        if (field.contains(u',') || field.contains(u'"') || field.contains(u'\n') || field.contains(u'\r'))
            text += u'"' + QString(field).replace(u"\""_s, u"\"\""_s) + u'"';
        else
            text += field;
    }
    return text + u"\r\n"_s;
}

Status CsvWriter::writeRow(const QStringList &fields)
{
    if (!writeAll(m_file, line(fields).toUtf8()))
        return failure();
    return {};
}

Status CsvWriter::commit()
{
    if (!commitSaveFile(m_file))
        return failure();
    return {};
}

} // namespace seawall
