// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/validation/validator.h"

#include "core/entity/entitydef.h"
#include "core/validation/idnumber.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <optional>
#include <tuple>

using namespace Qt::StringLiterals;

namespace seawall::Validator {
namespace {

// A problem with one field: the text marked where it is written with
// QT_TRANSLATE_NOOP("Validation", …), its %1, %2 … filled in.
template <typename... Args>
void refuse(std::vector<Error> &errors, const QString &field, const char *text, const Args &...args)
{
    QString message = QCoreApplication::translate("Validation", text);
    if constexpr (sizeof...(Args) > 0)
        message = message.arg(args...);
    errors.push_back(Error::invalid(field, message));
}

QString isoDate(const QDate &date) { return date.toString(Qt::ISODate); }

QString minuteText(const QDateTime &time) { return time.toString(u"yyyy-MM-dd HH:mm"_s); }

// The messages below all start with the field's label, translated on its
// own, so that a clerk sees at once which cell to correct.
void checkCompany(std::vector<Error> &errors, qint64 companyId)
{
    if (companyId == 0)
        refuse(errors, u"company"_s, QT_TRANSLATE_NOOP("Validation", "Company: it is missing."));
}

// A mobile number: 11 digits from 1; a landline: its area code from 0,
// then 7 or 8 digits (an extension after a dash). Blanks and dashes
// between groups of digits are how people write them.
QString phoneProblem(const Column &column, const QString &phone)
{
    if (phone.trimmed().isEmpty())
        return {};
    static const QRegularExpression mobile(u"^1\\d{10}$"_s);
    static const QRegularExpression fixed(u"^0\\d{2,3}-?\\d{7,8}(-\\d{1,6})?$"_s);
    QString digits = phone.trimmed();
    digits.remove(u' ');
    const QString compact = QString(digits).remove(u'-');
    const bool landline = column.has(Column::Landline);
    if (mobile.match(compact).hasMatch() || (landline && fixed.match(digits).hasMatch()))
        return {};
    const QString label = column.translatedLabel();
    return landline ? QCoreApplication::translate("Validation", "%1: %2 is not a phone number: a mobile number has "
                                                                "11 digits from 1, a landline its area code first "
                                                                "(0513-85551234).")
                          .arg(label, phone.trimmed())
                    : QCoreApplication::translate("Validation", "%1: %2 is not a mobile number (11 digits from 1).")
                          .arg(label, phone.trimmed());
}

// What a record's definition asks of every record: the rows it must refer
// to given, its required texts filled in, its required dates and times
// real, its numbers not negative. Each message starts with the column's
// label, so that a clerk sees at once which cell to correct.
} // namespace

void checkColumns(std::vector<Error> &errors, const EntityDef &def, const void *record)
{
    for (const Column &column : def.columns) {
        if (!column.get || !column.isRead())
            continue;
        const QVariant value = column.get(record);
        const bool required = !column.has(Column::Optional);
        // Looked up only for a message: most records have none, and a
        // translation's look-up for every column of a million rows is
        // most of an import's checking.
        const auto label = [&column] { return column.translatedLabel(); };
        QString problem;
        switch (column.type) {
        case ColumnType::Reference:
            if (required && value.isNull())
                problem = QCoreApplication::translate("Validation", "%1: it is missing.").arg(label());
            break;
        case ColumnType::Text:
            if (column.has(Column::Required) && value.toString().trimmed().isEmpty())
                problem = QCoreApplication::translate("Validation", "%1: it is missing.").arg(label());
            else if (column.has(Column::Phone))
                problem = phoneProblem(column, value.toString());
            break;
        case ColumnType::Date:
            if (required && value.isNull())
                problem = QCoreApplication::translate("Validation", "%1: it is missing or not a real date.").arg(label());
            break;
        case ColumnType::DateTime:
            if (required && value.isNull())
                problem = QCoreApplication::translate("Validation", "%1: it is missing or not a real time.").arg(label());
            break;
        case ColumnType::Integer:
        case ColumnType::Real:
            if (value.toDouble() < 0)
                problem = QCoreApplication::translate("Validation", "%1: the number cannot be negative (it is %2).")
                              .arg(label(), value.toString());
            break;
        default: break;
        }
        if (!problem.isEmpty())
            errors.push_back(Error::invalid(column.fieldName(), problem));
    }
}

namespace {

// A date as written by subsidiaries, at the start of `text`: the date (null
// when it is not a real one) and the rest of the text; nullopt when `text`
// does not start with a date at all.
struct DatePrefix
{
    QDate date;
    QString rest;
};

std::optional<DatePrefix> splitDate(const QString &text)
{
    static const QRegularExpression pattern(
        u"^(?:([0-9]{4})([-/.])([0-9]{1,2})\\2([0-9]{1,2})"
        u"|([0-9]{4})\\s*年\\s*([0-9]{1,2})\\s*月\\s*([0-9]{1,2})(?:\\s*日)?"
        u"|([0-9]{4})([0-9]{2})([0-9]{2}))"_s);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    // Groups 1, 3, 4 (separated), 5-7 (年月日) or 8-10 (compact).
    int first = 8;
    if (match.hasCaptured(1))
        first = 1;
    else if (match.hasCaptured(5))
        first = 5;
    const int year = match.captured(first).toInt();
    const int month = match.captured(first == 1 ? 3 : first + 1).toInt();
    const int day = match.captured(first == 1 ? 4 : first + 2).toInt();
    const QDate date(year, month, day);
    return DatePrefix{date.isValid() ? date : QDate(), text.mid(match.capturedEnd())};
}

// A time of day following a date ('07:00', ' 7:00:30', 'T07:00'). 24:00 is
// midnight at the end of the day (shift sheets write 18:00-24:00), given as
// 00:00 and one extra day.
struct TimeOfDay
{
    QTime time;
    int extraDays = 0;
};

std::optional<TimeOfDay> parseTimeSuffix(const QString &rest)
{
    static const QRegularExpression pattern(
        u"^(?:\\s+|\\s*T\\s*)([0-9]{1,2}):([0-9]{2})(?::([0-9]{2}))?$"_s);
    const QRegularExpressionMatch match = pattern.match(rest);
    if (!match.hasMatch())
        return std::nullopt;
    const int hour = match.captured(1).toInt();
    const int minute = match.captured(2).toInt();
    const int second = match.hasCaptured(3) ? match.captured(3).toInt() : 0;
    if (hour == 24 && minute == 0 && second == 0)
        return TimeOfDay{QTime(0, 0), 1};
    const QTime time(hour, minute, second);
    if (!time.isValid())
        return std::nullopt;
    return TimeOfDay{time, 0};
}

QString folded(const QString &text) { return text.normalized(QString::NormalizationForm_KC).trimmed(); }

// The forms nearly every cell of a large file has, 2022-03-01 (or with / or
// .) and 2022-03-01 07:00[:30], read by hand: the normalization and the
// expressions above cost more than all the rest of a row. The result is
// what they would give; anything else (spaces around, 年月日, 20220301,
// full-width digits, an invalid date) returns nullopt and takes the
// general path, which also words the errors.
struct FastDateTime
{
    QDate date;
    std::optional<QTime> time; // when the text has one
    int extraDays = 0;         // 24:00
};

std::optional<FastDateTime> fastParse(QStringView text)
{
    qsizetype at = 0;
    const auto digits = [&](qsizetype min, qsizetype max) -> int {
        int value = 0;
        qsizetype n = 0;
        while (n < max && at < text.size() && text[at] >= u'0' && text[at] <= u'9') {
            value = value * 10 + (text[at].unicode() - u'0');
            ++at, ++n;
        }
        return n >= min ? value : -1;
    };
    const int year = digits(4, 4);
    if (year < 0 || at >= text.size())
        return std::nullopt;
    const QChar separator = text[at++];
    if (separator != u'-' && separator != u'/' && separator != u'.')
        return std::nullopt;
    const int month = digits(1, 2);
    if (month < 0 || at >= text.size() || text[at++] != separator)
        return std::nullopt;
    const int day = digits(1, 2);
    if (day < 0)
        return std::nullopt;
    FastDateTime result{QDate(year, month, day), std::nullopt, 0};
    if (!result.date.isValid())
        return std::nullopt;
    if (at == text.size())
        return result;
    if (text[at] != u' ' && text[at] != u'T')
        return std::nullopt;
    ++at;
    const int hour = digits(1, 2);
    if (hour < 0 || at >= text.size() || text[at++] != u':')
        return std::nullopt;
    const int minute = digits(2, 2);
    if (minute < 0)
        return std::nullopt;
    int second = 0;
    if (at < text.size()) {
        if (text[at++] != u':' || (second = digits(2, 2)) < 0 || at != text.size())
            return std::nullopt;
    }
    if (hour == 24 && minute == 0 && second == 0) {
        result.time = QTime(0, 0);
        result.extraDays = 1;
        return result;
    }
    const QTime time(hour, minute, second);
    if (!time.isValid())
        return std::nullopt;
    result.time = time;
    return result;
}

} // namespace

std::vector<Error> check(const Company &company)
{
    std::vector<Error> errors;
    checkColumns(errors, definition<Company>(), &company);
    if (company.id != 0 && company.parentId == company.id)
        refuse(errors, u"parent_code"_s,
               QT_TRANSLATE_NOOP("Validation", "Parent company: a company cannot be its own parent."));
    return errors;
}

std::vector<Error> check(const Person &person)
{
    std::vector<Error> errors;
    if (const auto problem = IdNumber::problem(person.idNumber))
        errors.push_back(Error::invalid(u"id_number"_s, *problem));
    checkColumns(errors, definition<Person>(), &person);
    if (person.joinedOn.isValid() && person.leftOn.isValid() && person.leftOn < person.joinedOn)
        refuse(errors, u"left_on"_s,
               QT_TRANSLATE_NOOP("Validation", "Date of leaving: %1 is before the date of joining, %2."),
               isoDate(person.leftOn), isoDate(person.joinedOn));
    if (person.exemptUntil.isValid() && !person.exemptFrom.isValid())
        refuse(errors, u"exempt_from"_s,
               QT_TRANSLATE_NOOP("Validation",
                                 "Exempt from: the exemption ends on %1 but has no start date."),
               isoDate(person.exemptUntil));
    if (person.exemptFrom.isValid() && person.exemptUntil.isValid() && person.exemptUntil < person.exemptFrom)
        refuse(errors, u"exempt_until"_s,
               QT_TRANSLATE_NOOP("Validation", "Exempt until: %1 is before the start of the exemption, %2."),
               isoDate(person.exemptUntil), isoDate(person.exemptFrom));
    return errors;
}

std::vector<Error> notices(const Person &person)
{
    std::vector<Error> notices;
    // The 17th character of the ID number says the gender; rosters are
    // often wrong there, so it is noted, not refused.
    if (const std::optional<bool> male = IdNumber::isMale(person.idNumber);
        male && person.gender != Gender::Unknown && (person.gender == Gender::Male) != *male)
        notices.push_back(Error::invalid(
            u"gender"_s, QCoreApplication::translate("Validation", "Gender: the ID number says %1.")
                             .arg(displayName(*male ? Gender::Male : Gender::Female))));
    return notices;
}

// A dose or a shift may be stored without a company (it is the person's),
// but one recorded names its company.
std::vector<Error> check(const Vaccination &vaccination)
{
    std::vector<Error> errors;
    checkColumns(errors, definition<Vaccination>(), &vaccination);
    checkCompany(errors, vaccination.companyId);
    return errors;
}

std::vector<Error> check(const VolunteerShift &shift)
{
    std::vector<Error> errors;
    checkColumns(errors, definition<VolunteerShift>(), &shift);
    checkCompany(errors, shift.companyId);
    if (shift.start.isValid() && shift.end.isValid()) {
        const qint64 seconds = shift.start.secsTo(shift.end);
        if (seconds < 0)
            refuse(errors, u"end"_s,
                   QT_TRANSLATE_NOOP("Validation", "End time: %1 is before the start time, %2."),
                   minuteText(shift.end), minuteText(shift.start));
        else if (seconds == 0)
            refuse(errors, u"end"_s,
                   QT_TRANSLATE_NOOP("Validation", "End time: %1 is the same as the start time."),
                   minuteText(shift.end));
        else if (seconds > 24 * 3600)
            refuse(errors, u"end"_s,
                   QT_TRANSLATE_NOOP("Validation",
                                     "End time: %1 is more than 24 hours after the start time, %2."),
                   minuteText(shift.end), minuteText(shift.start));
    }
    return errors;
}

std::vector<Error> check(const Finding &finding)
{
    std::vector<Error> errors;
    checkColumns(errors, definition<Finding>(), &finding);
    // Without a deadline an open finding could never become overdue and
    // would silently drop out of the briefing's overdue list.
    if (!finding.deadline.isValid())
        refuse(errors, u"deadline"_s,
               QT_TRANSLATE_NOOP("Validation", "Rectification deadline: it is missing or not a real date."));
    if (finding.status == FindingStatus::Open && finding.rectifiedOn.isValid())
        refuse(errors, u"status"_s,
               QT_TRANSLATE_NOOP("Validation", "Rectification status: the finding was rectified on %1 but "
                                               "is still marked as being rectified."),
               isoDate(finding.rectifiedOn));
    return errors;
}

std::vector<Error> check(const DailyReport &report)
{
    std::vector<Error> errors;
    checkColumns(errors, definition<DailyReport>(), &report);
    // A report cannot arrive before its day: a future date is a typing slip.
    if (report.date > QDate::currentDate())
        refuse(errors, u"date"_s,
               QT_TRANSLATE_NOOP("Validation", "Report date: %1 is in the future."),
               report.date.toString(Qt::ISODate));
    return errors;
}

namespace {

// A later date of a record that cannot come before its first one.
void checkNotBefore(std::vector<Error> &errors, const QString &field, const char *text, const QDate &later,
                    const QDate &first)
{
    if (later.isValid() && first.isValid() && later < first)
        refuse(errors, field, text, isoDate(later), isoDate(first));
}

} // namespace

std::vector<Error> check(const Departure &departure)
{
    std::vector<Error> errors;
    checkColumns(errors, definition<Departure>(), &departure);
    const std::tuple<QString, const char *, QDate> returns[] = {
        {u"planned_return_on"_s, QT_TRANSLATE_NOOP("Validation", "Planned return: %1 is before the leave date, %2."),
         departure.plannedReturnOn},
        {u"returned_on"_s, QT_TRANSLATE_NOOP("Validation", "Returned on: %1 is before the leave date, %2."),
         departure.returnedOn}};
    for (const auto &[field, text, date] : returns)
        checkNotBefore(errors, field, text, date, departure.leaveOn);
    return errors;
}

std::vector<Error> check(const Arrival &arrival)
{
    std::vector<Error> errors;
    checkColumns(errors, definition<Arrival>(), &arrival);
    checkNotBefore(errors, u"released_on"_s,
                   QT_TRANSLATE_NOOP("Validation", "Released on: %1 is before the arrival date, %2."),
                   arrival.releasedOn, arrival.arrivedOn);
    // Longer than any measure lasts: a typing slip (140 for 14).
    constexpr int kLongestObservation = 60;
    if (arrival.observationDays && *arrival.observationDays > kLongestObservation)
        refuse(errors, u"observation_days"_s,
               QT_TRANSLATE_NOOP("Validation", "Observation days: %1 is more than %2 days."),
               QString::number(*arrival.observationDays), QString::number(kLongestObservation));
    return errors;
}

std::vector<Error> check(const HealthCheck &check)
{
    std::vector<Error> errors;
    checkColumns(errors, definition<HealthCheck>(), &check);
    // Outside of what a body can have: 365 for 36.5, or a room's temperature.
    constexpr double kLowest = 34.0;
    constexpr double kHighest = 43.0;
    if (check.temperature && (*check.temperature < kLowest || *check.temperature > kHighest))
        refuse(errors, u"temperature"_s,
               QT_TRANSLATE_NOOP("Validation", "Temperature: %1 ℃ is not a body temperature (%2–%3 ℃)."),
               QLocale().toString(*check.temperature), QLocale().toString(kLowest, 'f', 0),
               QLocale().toString(kHighest, 'f', 0));
    return errors;
}

QDate parseDate(const QString &text)
{
    if (const auto fast = fastParse(text))
        return fast->date;
    const auto prefix = splitDate(folded(text));
    if (!prefix)
        return {};
    // A time after the date ('2022-03-01 00:00:00', as Excel writes a date
    // cell) is ignored, but it must be a time.
    if (!prefix->rest.isEmpty() && !parseTimeSuffix(prefix->rest))
        return {};
    return prefix->date;
}

QDateTime parseDateTime(const QString &text)
{
    if (const auto fast = fastParse(text); fast && fast->time)
        return QDateTime(fast->date.addDays(fast->extraDays), *fast->time);
    const auto prefix = splitDate(folded(text));
    if (!prefix || !prefix->date.isValid())
        return {};
    const auto time = parseTimeSuffix(prefix->rest);
    if (!time)
        return {};
    return QDateTime(prefix->date.addDays(time->extraDays), time->time);
}

} // namespace seawall::Validator
