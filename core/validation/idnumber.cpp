// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/validation/idnumber.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace seawall::IdNumber {
namespace {

constexpr qsizetype Length = 18;
constexpr std::array<int, 17> Weights{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr char CheckCharacters[] = "10X98765432";

bool isAsciiDigit(char32_t c) { return c >= U'0' && c <= U'9'; }

int digitValue(char32_t c) { return static_cast<int>(c - U'0'); }

// Characters 7-14 as a date; null when they are not a real calendar date.
QDate calendarDate(const QList<uint> &chars)
{
    if (chars.size() < 14)
        return {};
    int parts[3] = {0, 0, 0};
    const int widths[3] = {4, 2, 2};
    qsizetype pos = 6;
    for (int part = 0; part < 3; ++part) {
        for (int i = 0; i < widths[part]; ++i, ++pos) {
            const auto c = static_cast<char32_t>(chars.at(pos));
            if (!isAsciiDigit(c))
                return {};
            parts[part] = parts[part] * 10 + digitValue(c);
        }
    }
    const QDate date(parts[0], parts[1], parts[2]);
    return date.isValid() ? date : QDate();
}

QString characterAt(const QList<uint> &chars, qsizetype index)
{
    const auto c = static_cast<char32_t>(chars.at(index));
    return QString::fromUcs4(&c, 1);
}

} // namespace

QChar checkCharacter(QStringView first17)
{
    if (first17.size() != static_cast<qsizetype>(Weights.size()))
        return QChar();
    int sum = 0;
    for (std::size_t i = 0; i < Weights.size(); ++i) {
        const QChar c = first17.at(static_cast<qsizetype>(i));
        if (!isAsciiDigit(c.unicode()))
            return QChar();
        sum += digitValue(c.unicode()) * Weights[i];
    }
    return QChar::fromLatin1(CheckCharacters[sum % 11]);
}

QString normalized(const QString &text)
{
    QString result = text.normalized(QString::NormalizationForm_KC);
    // Invisible format characters (zero-width space, a stray BOM) come with
    // text pasted from web pages and spreadsheets; a clerk cannot see them.
    result.removeIf([](QChar c) { return c.category() == QChar::Other_Format; });
    result = result.trimmed();
    if (result.endsWith(u'x'))
        result[result.size() - 1] = u'X';
    return result;
}

std::optional<QString> problem(const QString &text)
{
    if (text.isEmpty())
        return QCoreApplication::translate("Validation", "ID number: it is missing.");

    // Excel shows an 18-digit number as 3.20612E+17 and keeps only 15
    // significant digits: the real number cannot be recovered.
    static const QRegularExpression scientific(u"^[0-9](\\.[0-9]+)?[eE]\\+?[0-9]+$"_s);
    if (scientific.match(text).hasMatch())
        return QCoreApplication::translate("Validation",
                                           "ID number: “%1” was turned into a number by Excel. "
                                           "Format the column as text, enter the numbers again and "
                                           "send the file again.")
            .arg(text);

    const QList<uint> chars = text.toUcs4();
    if (chars.size() != Length)
        return QCoreApplication::translate("Validation",
                                           "ID number: it has %1 characters instead of 18.")
            .arg(chars.size());

    for (qsizetype i = 0; i < Length; ++i) {
        const auto c = static_cast<char32_t>(chars.at(i));
        const bool ok = isAsciiDigit(c) || (i == Length - 1 && c == U'X');
        if (!ok)
            return QCoreApplication::translate("Validation",
                                               "ID number: character %1 is “%2”; only digits are "
                                               "allowed, and X as the last character.")
                .arg(QString::number(i + 1), characterAt(chars, i));
    }

    const QString dateText = text.mid(6, 8);
    const QDate born = calendarDate(chars);
    if (!born.isValid())
        return QCoreApplication::translate("Validation",
                                           "ID number: characters 7 to 14 should be the birth date, but "
                                           "%1 is not a real date.")
            .arg(dateText);
    if (born.year() < 1900)
        return QCoreApplication::translate("Validation",
                                           "ID number: the birth date %1 in characters 7 to 14 is "
                                           "before 1900.")
            .arg(born.toString(Qt::ISODate));
    // The clock is read only for a birth date since yesterday as of the
    // first call: reading it looks at the time zone file, and once a row
    // that was a third of a roster import.
    static const QDate safelyPast = QDate::currentDate().addDays(-1);
    if (born >= safelyPast && born > QDate::currentDate())
        return QCoreApplication::translate("Validation",
                                           "ID number: the birth date %1 in characters 7 to 14 is in "
                                           "the future.")
            .arg(born.toString(Qt::ISODate));

    const QChar expected = checkCharacter(QStringView(text).left(17));
    const QChar actual = text.at(17);
    if (expected != actual)
        return QCoreApplication::translate("Validation",
                                           "ID number: the check character should be %1, not %2. "
                                           "A digit may have been mistyped.")
            .arg(QString(expected), QString(actual));

    return std::nullopt;
}

bool isValid(const QString &text) { return !problem(text).has_value(); }

bool mayHold(QStringView text)
{
    return !text.isEmpty() && text.size() <= Length && std::all_of(text.begin(), text.end(), [](QChar c) {
        return isAsciiDigit(c.unicode()) || c == u'X' || c == u'x';
    });
}

QDate birthDate(const QString &text)
{
    const QList<uint> chars = text.toUcs4();
    if (chars.size() != Length)
        return {};
    return calendarDate(chars);
}


std::optional<bool> isMale(const QString &text)
{
    if (!isValid(text))
        return std::nullopt;
    return (text.at(16).digitValue() % 2) == 1;
}

} // namespace seawall::IdNumber
