// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QVariant>

namespace seawall::SqlValues {

// Conversions between values and their stored ISO-8601 text. A null date
// or time becomes SQL NULL, an id of 0 becomes NULL.
QVariant date(const QDate &value);
QVariant dateTime(const QDateTime &value); // 'YYYY-MM-DD HH:MM'
QVariant id(qint64 value);
QDate toDate(const QVariant &value);
QDateTime toDateTime(const QVariant &value);

} // namespace seawall::SqlValues
