// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/error.h"

#include <QSaveFile>
#include <QStringList>

namespace seawall {

// Writes a CSV file as Excel on a Chinese Windows opens it right: UTF-8
// with a byte-order mark, CRLF line ends, fields quoted when they hold a
// delimiter, a quote or a line break. The file appears only when commit()
// succeeds, so a failed export never leaves half a file behind.
class CsvWriter
{
public:
    explicit CsvWriter(const QString &path);

    Status open();
    Status writeRow(const QStringList &fields);
    Status commit();

private:
    static QString line(const QStringList &fields);
    Error failure() const;

    QSaveFile m_file;
};

} // namespace seawall
