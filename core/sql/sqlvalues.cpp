// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sql/sqlvalues.h"

using namespace Qt::StringLiterals;

namespace seawall::SqlValues {

QVariant date(const QDate &value)
{
    if (!value.isValid())
        return QVariant(QMetaType::fromType<QString>());
    // A file's rows come in runs of one day (a unit's export is in date
    // order): the text of the last day is kept, one per thread, rather
    // than written again for each of a million rows.
    thread_local QDate last;
    thread_local QString text;
    if (value != last) {
        text = value.toString(Qt::ISODate);
        last = value;
    }
    return QVariant(text);
}

QVariant dateTime(const QDateTime &value)
{
    return value.isValid() ? QVariant(value.toString(u"yyyy-MM-dd HH:mm"_s))
                           : QVariant(QMetaType::fromType<QString>());
}

QVariant id(qint64 value) { return value > 0 ? QVariant(value) : QVariant(QMetaType::fromType<qint64>()); }

QDate toDate(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QDateTime toDateTime(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), u"yyyy-MM-dd HH:mm"_s);
}

} // namespace seawall::SqlValues
