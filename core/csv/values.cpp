// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv/values.h"

#include "validation/idnumber.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace seawall::csv::Values {

QString foldWidth(QStringView text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            result.append(QChar(char16_t(u - 0xFEE0))); // the full-width block mirrors ASCII 0x21-0x7E
        else if (u == 0x3000)
            result.append(u' ');
        else
            result.append(c);
    }
    return result;
}

QString cleaned(const QString &cell)
{
    QString result = foldWidth(cell);
    result.removeIf([](QChar c) { return c.category() == QChar::Other_Format; });
    return result.trimmed();
}

bool isScientificNumber(const QString &cell)
{
    static const QRegularExpression scientific(u"^[+-]?[0-9]+(?:[.,][0-9]+)?[eE][+-]?[0-9]+$"_s);
    return scientific.match(cleaned(cell)).hasMatch();
}

Result<QString> idNumber(const QString &cell)
{
    const QString id = IdNumber::normalized(cleaned(cell));
    if (const std::optional<QString> problem = IdNumber::problem(id))
        return Error::invalid(u"id_number"_s, *problem);
    return id;
}

std::optional<int> parseCount(const QString &cell)
{
    static const QRegularExpression count(u"^([0-9]{1,9})(?:\\.0*)?$"_s);
    const QRegularExpressionMatch match = count.match(cleaned(cell));
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1).toInt();
}

} // namespace seawall::csv::Values
