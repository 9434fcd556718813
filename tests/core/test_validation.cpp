// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/validation/idnumber.h"
#include "core/validation/validator.h"

#include "qtcatch.h"

#include <catch2/catch.hpp>

#include <QStringList>

#include <algorithm>
#include <functional>
#include <string>

using namespace Qt::StringLiterals;
using namespace seawall;

namespace {

// A change to a valid entity, and the field it should make invalid together
// with the label the message starts with (empty field: still valid).
template <typename T>
struct Case
{
    std::string what;
    std::function<void(T &)> change;
    QString field;
    QString label;
};

std::string describe(const std::vector<Error> &errors)
{
    QStringList lines;
    for (const Error &error : errors)
        lines << error.field + u" — "_s + error.message;
    return lines.join(u'\n').toStdString();
}

template <typename T>
void checkCase(const T &valid, const Case<T> &c)
{
    INFO(c.what);
    T entity = valid;
    c.change(entity);
    const std::vector<Error> errors = Validator::check(entity);
    INFO(describe(errors));
    if (c.field.isEmpty()) {
        CHECK(errors.empty());
        return;
    }
    REQUIRE(errors.size() == 1);
    const Error &error = errors.front();
    CHECK(error.kind == Error::Kind::Invalid);
    CHECK(error.field == c.field);
    CHECK_FALSE(error.message.isEmpty());
    CHECK(error.message.startsWith(c.label));
}

QStringList fieldsOf(const std::vector<Error> &errors)
{
    QStringList fields;
    for (const Error &error : errors)
        fields << error.field;
    fields.sort();
    return fields;
}

QDateTime at(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute));
}

} // namespace

TEST_CASE("Validator: dates as subsidiaries write them", "[validation][dates]")
{
    const auto [text, expected] = GENERATE(table<QString, QDate>({
        {u"2022-03-01"_s, QDate(2022, 3, 1)},
        {u"2022/3/1"_s, QDate(2022, 3, 1)},
        {u"2022/03/01"_s, QDate(2022, 3, 1)},
        {u"2022.3.1"_s, QDate(2022, 3, 1)},
        {u"2022年3月1日"_s, QDate(2022, 3, 1)},
        {u"2022年03月01日"_s, QDate(2022, 3, 1)},
        {u"20220301"_s, QDate(2022, 3, 1)},
        {u"2022-12-31"_s, QDate(2022, 12, 31)},
        {u"2024/2/29"_s, QDate(2024, 2, 29)}, // leap year
        {u"  2022-03-01\t"_s, QDate(2022, 3, 1)},
        {u"\u30002022/3/1\u3000"_s, QDate(2022, 3, 1)}, // ideographic spaces
        {u"２０２２－０３－０１"_s, QDate(2022, 3, 1)},   // full-width
        {u"２０２２年３月１日"_s, QDate(2022, 3, 1)},
        {u"２０２２０３０１"_s, QDate(2022, 3, 1)},
        {u"2022-03-01 00:00:00"_s, QDate(2022, 3, 1)}, // Excel's date cell
        {u"2022/3/1 7:00"_s, QDate(2022, 3, 1)},
        {u"2022-03-01T07:00:00"_s, QDate(2022, 3, 1)},
    }));
    CAPTURE(text);
    CHECK(Validator::parseDate(text) == expected);
}

TEST_CASE("Validator: text that is not a date gives a null date", "[validation][dates]")
{
    const QString text = GENERATE(u""_s, u"   "_s, u"abc"_s, u"2022-13-01"_s, u"2022/2/30"_s,
                                  u"2023-02-29"_s, u"2022-00-10"_s, u"2022-03-00"_s, u"2022-03"_s,
                                  u"22-03-01"_s, u"2022-3/1"_s, // separators must agree
                                  u"44621"_s,                  // an Excel serial number: never guessed
                                  u"2022030"_s, u"202203011"_s, u"2022-03-01 abc"_s, u"2022-03-01 25:00"_s,
                                  u"2022-03-011"_s, u"3/1/2022"_s, u"2022年13月1日"_s);
    CAPTURE(text);
    CHECK(Validator::parseDate(text) == QDate());
    CHECK(Validator::parseDate(text).isNull());
}

TEST_CASE("Validator: time stamps as subsidiaries write them", "[validation][dates]")
{
    SECTION("accepted")
    {
        const auto [text, expected] = GENERATE(table<QString, QDateTime>({
            {u"2022-03-01 07:00"_s, at(2022, 3, 1, 7, 0)},
            {u"2022/3/1 7:00"_s, at(2022, 3, 1, 7, 0)},
            {u"2022/3/1 17:05"_s, at(2022, 3, 1, 17, 5)},
            {u"2022-03-01 07:00:30"_s, QDateTime(QDate(2022, 3, 1), QTime(7, 0, 30))},
            {u"2022-03-01T07:00"_s, at(2022, 3, 1, 7, 0)},
            {u"2022-03-01T07:00:00"_s, at(2022, 3, 1, 7, 0)},
            {u"2022.3.1 22:30"_s, at(2022, 3, 1, 22, 30)},
            {u"2022年3月1日 7:00"_s, at(2022, 3, 1, 7, 0)},
            {u" 2022-03-01  07:00 "_s, at(2022, 3, 1, 7, 0)},
            {u"２０２２/３/１ ７：００"_s, at(2022, 3, 1, 7, 0)}, // full-width digits and colon
            {u"2022-03-01 0:00"_s, at(2022, 3, 1, 0, 0)},
            {u"2022-03-01 24:00"_s, at(2022, 3, 2, 0, 0)}, // end of a shift "18:00-24:00"
            {u"2022-12-31 24:00"_s, at(2023, 1, 1, 0, 0)},
        }));
        CAPTURE(text);
        const QDateTime parsed = Validator::parseDateTime(text);
        CHECK(parsed == expected);
        CHECK(parsed.timeSpec() == Qt::LocalTime);
    }
    SECTION("not a time stamp: invalid")
    {
        const QString text = GENERATE(u""_s, u"abc"_s, u"2022-03-01"_s, u"07:00"_s, u"2022-03-01 7"_s,
                                      u"2022-03-01 24:01"_s, u"2022-03-01 25:00"_s, u"2022-03-01 7:60"_s,
                                      u"2022-03-01 07:00:60"_s, u"2022-02-30 07:00"_s, u"2022-13-01 07:00"_s,
                                      u"2022-03-0107:00"_s, u"2022-03-01 07:00 pm"_s);
        CAPTURE(text);
        CHECK_FALSE(Validator::parseDateTime(text).isValid());
    }
}

TEST_CASE("Validator: companies", "[validation]")
{
    Company valid;
    valid.id = 2;
    valid.code = u"KF"_s;
    valid.name = u"开发公司"_s;
    valid.parentId = 1;

    const auto c = GENERATE(values<Case<Company>>({
        {"a valid company", [](Company &) {}, {}, {}},
        {"the root has no parent", [](Company &x) { x.id = 1; x.parentId = 0; }, {}, {}},
        {"a new company has no id yet", [](Company &x) { x.id = 0; x.parentId = 0; }, {}, {}},
        {"no code", [](Company &x) { x.code.clear(); }, u"code"_s, u"Company code:"_s},
        {"blank code", [](Company &x) { x.code = u" "_s; }, u"code"_s, u"Company code:"_s},
        {"no name", [](Company &x) { x.name.clear(); }, u"name"_s, u"Company name:"_s},
        {"its own parent", [](Company &x) { x.parentId = x.id; }, u"parent_code"_s, u"Parent company:"_s},
    }));
    checkCase(valid, c);
}

TEST_CASE("Validator: persons", "[validation]")
{
    Person valid;
    valid.idNumber = u"320612198311208861"_s;
    valid.name = u"秦鹏文"_s;
    valid.companyId = 3;
    valid.joinedOn = QDate(2010, 3, 1);

    SECTION("one problem each")
    {
        const auto c = GENERATE(values<Case<Person>>({
            {"a valid person", [](Person &) {}, {}, {}},
            {"an ID number ending in X", [](Person &x) { x.idNumber = u"32061219970812218X"_s; }, {}, {}},
            {"an external person", [](Person &x) { x.category = PersonCategory::External; }, {}, {}},
            {"left on the day of joining", [](Person &x) { x.leftOn = x.joinedOn; }, {}, {}},
            {"left later", [](Person &x) { x.leftOn = QDate(2022, 3, 1); }, {}, {}},
            {"left, joining date unknown", [](Person &x) { x.joinedOn = {}; x.leftOn = QDate(2000, 1, 1); }, {}, {}},
            {"exempt without an end", [](Person &x) { x.exemptFrom = QDate(2022, 3, 1); }, {}, {}},
            {"exempt for one day",
             [](Person &x) { x.exemptFrom = x.exemptUntil = QDate(2022, 3, 1); }, {}, {}},
            {"no name", [](Person &x) { x.name.clear(); }, u"name"_s, u"Name:"_s},
            {"blank name", [](Person &x) { x.name = u"\u3000"_s; }, u"name"_s, u"Name:"_s},
            {"no company", [](Person &x) { x.companyId = 0; }, u"company"_s, u"Company:"_s},
            {"no ID number", [](Person &x) { x.idNumber.clear(); }, u"id_number"_s, u"ID number:"_s},
            {"wrong check character",
             [](Person &x) { x.idNumber = u"320612198311208862"_s; }, u"id_number"_s, u"ID number:"_s},
            {"17 characters", [](Person &x) { x.idNumber = u"32061219831120886"_s; }, u"id_number"_s,
             u"ID number:"_s},
            {"impossible birth date",
             [](Person &x) { x.idNumber = u"320612199902301234"_s; }, u"id_number"_s, u"ID number:"_s},
            {"left before joining", [](Person &x) { x.leftOn = QDate(2010, 2, 28); }, u"left_on"_s,
             u"Date of leaving:"_s},
            {"exemption ends before it starts",
             [](Person &x) {
                 x.exemptFrom = QDate(2022, 3, 10);
                 x.exemptUntil = QDate(2022, 3, 9);
             },
             u"exempt_until"_s, u"Exempt until:"_s},
            {"exemption ends but never started", [](Person &x) { x.exemptUntil = QDate(2022, 3, 9); },
             u"exempt_from"_s, u"Exempt from:"_s},
        }));
        checkCase(valid, c);
    }
    SECTION("the message of an ID number is the one of IdNumber::problem")
    {
        Person person = valid;
        person.idNumber = u"320612198311208862"_s;
        const auto errors = Validator::check(person);
        REQUIRE(errors.size() == 1);
        CHECK(errors.front().message.contains(u"should be 1, not 2"_s));
    }
    SECTION("every problem is reported, not only the first")
    {
        Person person;
        person.leftOn = QDate(2022, 1, 1);
        person.joinedOn = QDate(2022, 2, 1);
        const auto errors = Validator::check(person);
        INFO(describe(errors));
        CHECK(fieldsOf(errors) == QStringList{u"company"_s, u"id_number"_s, u"left_on"_s, u"name"_s});
    }
    SECTION("the dates in a message are those of the person")
    {
        Person person = valid;
        person.leftOn = QDate(2010, 2, 28);
        const auto errors = Validator::check(person);
        REQUIRE(errors.size() == 1);
        CHECK(errors.front().message.contains(u"2010-02-28"_s));
        CHECK(errors.front().message.contains(u"2010-03-01"_s));
    }
}

TEST_CASE("Validator: nucleic-acid tests", "[validation]")
{
    NucleicTest valid;
    valid.personId = 7;
    valid.companyId = 3;
    valid.sampledOn = QDate(2022, 3, 11);
    valid.site = u"通州湾社区"_s;
    valid.lab = u"通州区疾控中心"_s;

    const auto c = GENERATE(values<Case<NucleicTest>>({
        {"a valid test", [](NucleicTest &) {}, {}, {}},
        {"positive", [](NucleicTest &x) { x.result = TestResult::Positive; }, {}, {}},
        {"pending, no site or lab",
         [](NucleicTest &x) {
             x.result = TestResult::Pending;
             x.site.clear();
             x.lab.clear();
         },
         {}, {}},
        {"no sampling date", [](NucleicTest &x) { x.sampledOn = {}; }, u"sampled_on"_s, u"Sampling date:"_s},
        {"impossible sampling date", [](NucleicTest &x) { x.sampledOn = QDate(2022, 2, 30); }, u"sampled_on"_s,
         u"Sampling date:"_s},
        {"no person", [](NucleicTest &x) { x.personId = 0; }, u"person"_s, u"Person:"_s},
        {"no reporting company", [](NucleicTest &x) { x.companyId = 0; }, u"company"_s, u"Company:"_s},
    }));
    checkCase(valid, c);
}

TEST_CASE("Validator: vaccinations", "[validation]")
{
    Vaccination valid;
    valid.personId = 7;
    valid.companyId = 3;
    valid.dose = Dose::First;
    valid.vaccinatedOn = QDate(2021, 4, 7);
    valid.manufacturer = u"科兴"_s;
    valid.place = u"通州区卫生服务中心"_s;

    const auto c = GENERATE(values<Case<Vaccination>>({
        {"a valid first dose", [](Vaccination &) {}, {}, {}},
        {"a booster", [](Vaccination &x) { x.dose = Dose::Booster; }, {}, {}},
        {"manufacturer unknown", [](Vaccination &x) { x.manufacturer.clear(); }, {}, {}},
        {"no date", [](Vaccination &x) { x.vaccinatedOn = {}; }, u"date"_s, u"Vaccination date:"_s},
        {"no person", [](Vaccination &x) { x.personId = 0; }, u"person"_s, u"Person:"_s},
        {"no company", [](Vaccination &x) { x.companyId = 0; }, u"company"_s, u"Company:"_s},
    }));
    checkCase(valid, c);
}

TEST_CASE("Validator: volunteer shifts", "[validation]")
{
    VolunteerShift valid;
    valid.personId = 7;
    valid.companyId = 3;
    valid.team = u"青年突击队"_s;
    valid.site = u"城港社区"_s;
    valid.task = u"核酸检测秩序维护"_s;
    valid.start = at(2022, 3, 1, 7, 0);
    valid.end = at(2022, 3, 1, 11, 0);

    SECTION("one problem each")
    {
        const auto c = GENERATE(values<Case<VolunteerShift>>({
            {"a valid shift", [](VolunteerShift &) {}, {}, {}},
            {"one minute", [](VolunteerShift &x) { x.end = at(2022, 3, 1, 7, 1); }, {}, {}},
            {"overnight", [](VolunteerShift &x) {
                 x.start = at(2022, 3, 1, 22, 0);
                 x.end = at(2022, 3, 2, 2, 0);
             }, {}, {}},
            {"exactly 24 hours", [](VolunteerShift &x) { x.end = at(2022, 3, 2, 7, 0); }, {}, {}},
            {"no team, site or task",
             [](VolunteerShift &x) {
                 x.team.clear();
                 x.site.clear();
                 x.task.clear();
             },
             {}, {}},
            {"ends before it starts", [](VolunteerShift &x) { x.end = at(2022, 3, 1, 6, 0); }, u"end"_s,
             u"End time:"_s},
            {"ends when it starts", [](VolunteerShift &x) { x.end = x.start; }, u"end"_s, u"End time:"_s},
            {"24 hours and a minute", [](VolunteerShift &x) { x.end = at(2022, 3, 2, 7, 1); }, u"end"_s,
             u"End time:"_s},
            {"a week", [](VolunteerShift &x) { x.end = at(2022, 3, 8, 11, 0); }, u"end"_s, u"End time:"_s},
            {"no start", [](VolunteerShift &x) { x.start = {}; }, u"start"_s, u"Start time:"_s},
            {"no end", [](VolunteerShift &x) { x.end = {}; }, u"end"_s, u"End time:"_s},
            {"no person", [](VolunteerShift &x) { x.personId = 0; }, u"person"_s, u"Person:"_s},
            {"no company", [](VolunteerShift &x) { x.companyId = 0; }, u"company"_s, u"Company:"_s},
        }));
        checkCase(valid, c);
    }
    SECTION("an end before the start names both times")
    {
        VolunteerShift shift = valid;
        shift.start = at(2022, 3, 1, 18, 0);
        shift.end = at(2022, 3, 1, 8, 0); // 08:00 written for 20:00
        const auto errors = Validator::check(shift);
        REQUIRE(errors.size() == 1);
        CHECK(errors.front().message.contains(u"2022-03-01 08:00"_s));
        CHECK(errors.front().message.contains(u"2022-03-01 18:00"_s));
        CHECK(errors.front().message.contains(u"before"_s));
    }
}

TEST_CASE("Validator: inspections", "[validation]")
{
    Inspection valid;
    valid.code = u"JC20220307-01"_s;
    valid.inspectedOn = QDate(2022, 3, 7);
    valid.companyId = 9;
    valid.method = InspectionMethod::Unannounced;
    valid.inspectors = u"李强"_s;

    const auto c = GENERATE(values<Case<Inspection>>({
        {"a valid inspection", [](Inspection &) {}, {}, {}},
        {"no inspectors named", [](Inspection &x) { x.inspectors.clear(); }, {}, {}},
        {"no code", [](Inspection &x) { x.code.clear(); }, u"code"_s, u"Inspection code:"_s},
        {"no date", [](Inspection &x) { x.inspectedOn = {}; }, u"date"_s, u"Inspection date:"_s},
        {"no inspected company", [](Inspection &x) { x.companyId = 0; }, u"company"_s, u"Company:"_s},
    }));
    checkCase(valid, c);
}

TEST_CASE("Validator: findings", "[validation]")
{
    Finding valid;
    valid.inspectionId = 4;
    valid.description = u"防护物资储备不足"_s;
    valid.deadline = QDate(2022, 3, 14);

    const auto c = GENERATE(values<Case<Finding>>({
        {"a valid open finding", [](Finding &) {}, {}, {}},
        {"rectified on a known date",
         [](Finding &x) {
             x.status = FindingStatus::Rectified;
             x.rectifiedOn = QDate(2022, 3, 12);
         },
         {}, {}},
        {"rectified after the deadline",
         [](Finding &x) {
             x.status = FindingStatus::Rectified;
             x.rectifiedOn = QDate(2022, 3, 20);
         },
         {}, {}},
        {"rectified, date unknown", [](Finding &x) { x.status = FindingStatus::Rectified; }, {}, {}},
        {"no inspection", [](Finding &x) { x.inspectionId = 0; }, u"inspection"_s,
         u"Inspection: it is missing."_s},
        {"no description", [](Finding &x) { x.description = u"  "_s; }, u"finding"_s, u"Finding:"_s},
        {"no deadline", [](Finding &x) { x.deadline = {}; }, u"deadline"_s, u"Rectification deadline:"_s},
        {"open but with a rectification date", [](Finding &x) { x.rectifiedOn = QDate(2022, 3, 12); },
         u"status"_s, u"Rectification status:"_s},
    }));
    checkCase(valid, c);
}

TEST_CASE("Validator: daily reports", "[validation]")
{
    DailyReport valid;
    valid.companyId = 2;
    valid.date = QDate(2022, 3, 1);
    valid.onDuty = 232;
    valid.away = 4;
    valid.arrivals = 2;
    valid.underObservation = 1;
    valid.testsDone = 285;
    valid.anomalies = u"无"_s;

    SECTION("one problem each")
    {
        const auto c = GENERATE(values<Case<DailyReport>>({
            {"a valid report", [](DailyReport &) {}, {}, {}},
            {"all zero, morning edition",
             [](DailyReport &x) {
                 x.edition = ReportEdition::Morning;
                 x.onDuty = x.away = x.arrivals = x.underObservation = x.testsDone = 0;
             },
             {}, {}},
            {"anomalies reported", [](DailyReport &x) { x.anomalies = u"有外来人员"_s; }, {}, {}},
            {"no company", [](DailyReport &x) { x.companyId = 0; }, u"company"_s, u"Company:"_s},
            {"no date", [](DailyReport &x) { x.date = {}; }, u"date"_s, u"Report date:"_s},
            {"negative on duty", [](DailyReport &x) { x.onDuty = -1; }, u"on_duty"_s, u"On duty:"_s},
            {"negative away", [](DailyReport &x) { x.away = -4; }, u"away"_s, u"Away:"_s},
            {"negative arrivals", [](DailyReport &x) { x.arrivals = -2; }, u"arrivals"_s, u"Arrivals:"_s},
            {"negative under observation", [](DailyReport &x) { x.underObservation = -1; },
             u"under_observation"_s, u"Under observation:"_s},
            {"negative tests done", [](DailyReport &x) { x.testsDone = -285; }, u"tests_done"_s,
             u"Tests done:"_s},
        }));
        checkCase(valid, c);
    }
    SECTION("every negative count is reported, with its value")
    {
        DailyReport report = valid;
        report.away = -4;
        report.testsDone = -285;
        const auto errors = Validator::check(report);
        INFO(describe(errors));
        REQUIRE(fieldsOf(errors) == QStringList{u"away"_s, u"tests_done"_s});
        CHECK(std::any_of(errors.begin(), errors.end(),
                          [](const Error &e) { return e.message.contains(u"-285"_s); }));
    }
}

TEST_CASE("Validator: a mobile number has 11 digits from 1, a contact phone may be a landline", "[validation]")
{
    Person p;
    p.idNumber = u"32061219850312163X"_s;
    p.name = u"李娜"_s;
    p.companyId = 1;
    const auto phoneProblem = [&](const QString &phone) {
        p.phone = phone;
        for (const Error &error : Validator::check(p))
            if (error.field == u"phone"_s)
                return error.message;
        return QString();
    };
    CHECK(phoneProblem(u""_s).isEmpty());             // not given
    CHECK(phoneProblem(u"13812345678"_s).isEmpty());
    CHECK(phoneProblem(u"138 1234 5678"_s).isEmpty()); // as people group it
    CHECK(phoneProblem(u"138-1234-5678"_s).isEmpty());
    CHECK(phoneProblem(u"12345"_s) == u"Phone: 12345 is not a mobile number (11 digits from 1)."_s);
    CHECK_FALSE(phoneProblem(u"23812345678"_s).isEmpty());  // 11 digits, not from 1
    CHECK_FALSE(phoneProblem(u"1381234567"_s).isEmpty());   // 10 digits
    CHECK_FALSE(phoneProblem(u"0513-85551234"_s).isEmpty()); // a landline is no mobile

    Company c;
    c.code = u"BJ"_s;
    c.name = u"滨江公司"_s;
    const auto contactProblem = [&](const QString &phone) {
        c.contactPhone = phone;
        for (const Error &error : Validator::check(c))
            if (error.field == u"contact_phone"_s)
                return error.message;
        return QString();
    };
    CHECK(contactProblem(u"0513-85551234"_s).isEmpty());
    CHECK(contactProblem(u"051385551234"_s).isEmpty());
    CHECK(contactProblem(u"021-55556666-801"_s).isEmpty()); // an extension
    CHECK(contactProblem(u"13912345678"_s).isEmpty());
    CHECK(contactProblem(u"5555"_s).startsWith(u"Contact phone: 5555 is not a phone number"_s));
    CHECK_FALSE(contactProblem(u"0513-5555"_s).isEmpty()); // too short after the area code
}

TEST_CASE("Validator: a gender not given is the ID number's, one that differs is noted, not refused", "[validation]")
{
    // 32061219850312163X: the 17th character, 3, is odd: a man.
    Person p;
    p.idNumber = u"32061219850312163X"_s;
    p.name = u"李娜"_s;
    p.companyId = 1;
    p.gender = Gender::Female;
    CHECK(Validator::check(p).empty());
    const std::vector<Error> notices = Validator::notices(p);
    REQUIRE(notices.size() == 1);
    CHECK(notices.front().field == u"gender"_s);
    CHECK(notices.front().message == u"Gender: the ID number says Male."_s);
    p.gender = Gender::Male;
    CHECK(Validator::notices(p).empty());
    p.gender = Gender::Unknown;
    CHECK(Validator::notices(p).empty());
    CHECK(IdNumber::isMale(u"32061219850312163X"_s) == std::optional<bool>(true));
    CHECK(IdNumber::isMale(u"320612198311208861"_s) == std::optional<bool>(false)); // 6: a woman
    CHECK_FALSE(IdNumber::isMale(u"320612198311208862"_s).has_value());             // wrong check character
}
