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

// `text` with each match of `pattern` masked by `mask` (a mask keeps the
// length, so the places of the matches stay as they were).
QString maskMatches(const QString &text, const QRegularExpression &pattern, QString (*mask)(const QString &))
{
    QString masked = text;
    QRegularExpressionMatchIterator it = pattern.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        masked.replace(match.capturedStart(), match.capturedLength(), mask(match.captured()));
    }
    return masked;
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
    return maskMatches(text, idNumber, maskIdNumber);
}

QString maskNumbersIn(const QString &text)
{
    // Not within a longer run of digits, letters or an asterisk of a
    // number masked already.
    static const QRegularExpression phone(
        QStringLiteral("(?<![0-9A-Za-z*])(?:1[0-9]{2}[ -]?[0-9]{4}[ -]?[0-9]{4}|0[0-9]{2,3}-?[0-9]{7,8})(?![0-9A-Za-z*])"));
    return maskMatches(maskIdNumbersIn(text), phone, maskPhone);
}

} // namespace seawall
