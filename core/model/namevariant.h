// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace seawall {

// A name an import met for a person, for the same ID number, that differs
// from the name on record: where it was seen (batch, line, kind of file)
// and when. A roster row that renames a person leaves the name it replaced.
struct NameVariant
{
    qint64 id = 0;
    qint64 personId = 0;
    QString name;
    qint64 batchId = 0;
    qint64 line = 0;
    QString fileKind; // csv::toCode of the file's kind
    QDateTime seenAt;
};

} // namespace seawall
