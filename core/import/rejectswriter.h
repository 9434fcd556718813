// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/csv/headermap.h"
#include "core/util/error.h"
#include "core/workbook/workbookwriter.h"

#include <QSaveFile>
#include <QString>
#include <QStringEncoder>
#include <QStringList>

#include <optional>

namespace seawall {

// Writes the rejected rows of a file back the way the subsidiary sent them
// (their header, columns, delimiter and encoding) with one more column
// saying what is wrong, so that the clerk corrects the cells in Excel and
// sends the file again; the rejects of a workbook are a workbook, every
// cell text (ID and phone numbers stay as typed). Opened on the first rejected row only; the file
// appears when close() succeeds, so that a failed write (a full disk) or an
// import stopped on the way leaves no half of one behind.
class RejectsWriter
{
public:
    // `encoding` and `bom` as the source file had them.
    RejectsWriter(QString path, QString encoding, bool bom, QChar delimiter, QStringList header);
    // An .xlsx workbook with the header of `map`.
    RejectsWriter(QString path, const csv::HeaderMap &map);
    ~RejectsWriter();

    Status add(const QStringList &fields, const QStringList &messages);
    // Writes the file out, when a row was added.
    Status close();

    bool isOpen() const { return m_file.isOpen() || m_opened; }
    const QString &path() const { return m_path; }
    qint64 rows() const { return m_rows; }

    // 错误原因 when the header is Chinese, else Error.
    static QString errorHeader(const QStringList &header);

private:
    Status open();
    Error failure() const;
    Status writeLine(const QStringList &fields);

    QString m_path;
    QString m_encoding;
    bool m_bom = false;
    QChar m_delimiter;
    QStringList m_header;
    QSaveFile m_file;
    std::optional<QStringEncoder> m_encoder;
    qint64 m_rows = 0;
    std::optional<workbook::WorkbookWriter> m_workbook; // for a workbook's rejects
    bool m_asWorkbook = false;
    bool m_opened = false;
};

} // namespace seawall
