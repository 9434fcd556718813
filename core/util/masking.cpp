// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/masking.h"

#include <QRegularExpression>

namespace seawall {
namespace {

QString maskMiddle(const QString &text, qsizetype head, qsizetype tail)
{
    if (text.size() <= head + tail)
        return QString(text.size(), u'*');
    return text.left(head) + QString(text.size() - head - tail, u'*') + text.right(tail);
}

} // namespace

QString maskIdNumber(const QString &idNumber) { return maskMiddle(idNumber, 6, 4); }

QString maskPhone(const QString &phone) { return maskMiddle(phone, 3, 4); }

QString maskPhoneCell(const QString &cell)
{
    static const QRegularExpression phone(QStringLiteral("^[0-9 ()+-]*$"));
    const QString trimmed = cell.trimmed();
    qsizetype digits = 0;
    for (const QChar c : trimmed)
        digits += c.isDigit() ? 1 : 0;
    return digits >= 7 && phone.match(trimmed).hasMatch() ? maskPhone(trimmed) : cell;
}

QString maskIdNumbersIn(const QString &text)
{
    static const QRegularExpression idNumber(QStringLiteral("(?<![0-9A-Za-z])[0-9]{17}[0-9Xx](?![0-9A-Za-z])"));
    QString masked = text;
    QRegularExpressionMatchIterator it = idNumber.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        masked.replace(match.capturedStart(), match.capturedLength(), maskIdNumber(match.captured()));
    }
    return masked;
}

} // namespace seawall
