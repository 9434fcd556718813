// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/csv/values.h"

#include "core/validation/idnumber.h"

#include <QDate>
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

namespace {

// A character cleaned() would change inside a cell: the full-width forms,
// the ideographic space and the invisible format characters (none of them
// ASCII).
bool needsCleaning(char16_t u)
{
    return u >= 0x80
           && ((u >= 0xFF01 && u <= 0xFF5E) || u == 0x3000 || QChar::category(u) == QChar::Other_Format);
}

// Most cells of a large import are plain already: handing the cell back
// shares its text instead of building three new strings for each.
bool isClean(const QString &cell)
{
    if (cell.isEmpty())
        return true;
    if (cell.front().isSpace() || cell.back().isSpace())
        return false;
    for (const QChar c : cell)
        if (needsCleaning(c.unicode()))
            return false;
    return true;
}

bool isAsciiDigit(QChar c) { return c.unicode() >= u'0' && c.unicode() <= u'9'; }

// The common case of an ID number, 18 ASCII characters that are valid,
// checked without IdNumber::problem's normalization, regular expression and
// clock reading, which cost more than the rest of a row. Anything else,
// and every invalid number, goes through IdNumber (for its message).
std::optional<QString> fastIdNumber(const QString &cell)
{
    if (cell.size() != 18)
        return std::nullopt;
    for (qsizetype i = 0; i < 17; ++i)
        if (!isAsciiDigit(cell.at(i)))
            return std::nullopt;
    const QChar last = cell.at(17);
    if (!isAsciiDigit(last) && last != u'X' && last != u'x')
        return std::nullopt;
    const auto number = [&cell](qsizetype from, qsizetype length) {
        int value = 0;
        for (qsizetype i = from; i < from + length; ++i)
            value = value * 10 + (cell.at(i).unicode() - u'0');
        return value;
    };
    const QDate born(number(6, 4), number(10, 2), number(12, 2));
    // Born before yesterday as of the first call is before today for the
    // rest of the process too: the clock is read once, not once a row.
    static const QDate safelyPast = QDate::currentDate().addDays(-1);
    if (!born.isValid() || born.year() < 1900 || born >= safelyPast)
        return std::nullopt;
    const QChar upper = last == u'x' ? QChar(u'X') : last;
    if (IdNumber::checkCharacter(QStringView(cell).first(17)) != upper)
        return std::nullopt;
    if (last == u'x') {
        QString id = cell;
        id[17] = u'X';
        return id;
    }
    return cell;
}

} // namespace

QString cleaned(const QString &cell)
{
    if (isClean(cell))
        return cell;
    QString result = foldWidth(cell);
    result.removeIf([](QChar c) { return c.category() == QChar::Other_Format; });
    return result.trimmed();
}

bool isScientificNumber(const QString &cell)
{
    if (!cell.contains(u'e', Qt::CaseInsensitive) && !cell.contains(u'\uFF45') && !cell.contains(u'\uFF25'))
        return false; // no exponent (Ｅ or ｅ when full-width): no need for the expression
    static const QRegularExpression scientific(u"^[+-]?[0-9]+(?:[.,][0-9]+)?[eE][+-]?[0-9]+$"_s);
    return scientific.match(cleaned(cell)).hasMatch();
}

Result<QString> idNumber(const QString &cell)
{
    if (std::optional<QString> id = fastIdNumber(cell))
        return *id;
    const QString id = IdNumber::normalized(cleaned(cell));
    if (const std::optional<QString> problem = IdNumber::problem(id))
        return Error::invalid(u"id_number"_s, *problem);
    return id;
}

std::optional<int> parseCount(const QString &cell)
{
    // Thousands separated as Excel writes them: 2,000 or 1,234,567.
    static const QRegularExpression count(u"^([0-9]{1,9}|[0-9]{1,3}(?:,[0-9]{3}){1,2})(?:\\.0*)?$"_s);
    const QRegularExpressionMatch match = count.match(cleaned(cell));
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1).remove(u',').toInt();
}

std::optional<double> parseTemperature(const QString &cell)
{
    static const QRegularExpression temperature(u"^([0-9]{2}(?:\\.[0-9]{1,2})?)\\s*(?:℃|°\\s*[cC]?|[cC]|度)?$"_s);
    const QRegularExpressionMatch match = temperature.match(cleaned(cell));
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1).toDouble();
}

} // namespace seawall::csv::Values
