// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/demoreadiness.h"

#include "core/db/bulkwriter.h"
#include "core/model/drill.h"
#include "core/model/duty.h"
#include "core/model/stocktake.h"
#include "core/model/training.h"

#include <array>

using namespace Qt::StringLiterals;

namespace seawall::DemoReadiness {
namespace {

struct Supply
{
    QStringView item;
    QStringView unit;
    int minimum;
};

constexpr std::array<Supply, 5> kSupplies{{
    {u"医用外科口罩", u"个", 2000},
    {u"N95口罩", u"个", 500},
    {u"消毒液", u"瓶", 50},
    {u"防护服", u"套", 20},
    {u"测温枪", u"把", 5},
}};

constexpr std::array<QStringView, 4> kCourses{{u"疫情防控知识培训", u"核酸采样秩序维护培训",
                                               u"重点领域人员防护培训", u"消杀作业培训"}};

// The types as units write them in a title (the data are in Chinese in any language).
constexpr std::array<std::pair<DrillType, QStringView>, 3> kDrillTypes{{{DrillType::MassTesting, u"全员核酸检测演练"},
                                                                         {DrillType::Emergency, u"应急处置演练"},
                                                                         {DrillType::SchoolOpening, u"开学流程演练"}}};

// The week ahead is on the roster already.
constexpr int kDaysAhead = 7;

Status insertDuty(Database &db, const Input &in)
{
    BulkWriter rows(db, definition<Duty>());
    const qint64 days = in.first.daysTo(in.today) + 1 + kDaysAhead;
    // The unit whose night shift is open today, and the one with no duty
    // tomorrow: the Today warnings and the briefing show them.
    // (海通公司 and 铁路公司 of DemoData::companies.)
    const size_t nightGap = 6;
    const size_t dayGap = 8;
    for (size_t c = 0; c < in.companies.size(); ++c) {
        if (!in.reports[c])
            continue;
        const QString leader = in.personName(true);
        for (qint64 d = 0; d < days; ++d) {
            const QDate date = in.first.addDays(d);
            if (c == dayGap && date == in.today.addDays(1))
                continue;
            if (date > in.today.addDays(2) && in.pick(100) < 8)
                continue; // not planned yet
            const bool split = in.pick(100) < 35 || (c == nightGap && date == in.today);
            for (const DutyShift shift : split ? QList<DutyShift>{DutyShift::Day, DutyShift::Night}
                                               : QList<DutyShift>{DutyShift::FullDay}) {
                if (c == nightGap && date == in.today && shift == DutyShift::Night)
                    continue;
                Duty duty;
                duty.companyId = in.companies[c];
                duty.date = date;
                duty.shift = shift;
                duty.person = in.personName(in.pick(2) == 0);
                duty.phone = in.mobile();
                duty.leader = leader;
                if (!rows.add(duty))
                    return rows.flush();
            }
        }
    }
    return rows.flush();
}

Status insertStocktakes(Database &db, const Input &in)
{
    BulkWriter rows(db, definition<Stocktake>());
    for (size_t c = 0; c < in.companies.size(); ++c) {
        for (size_t s = 0; s < kSupplies.size(); ++s) {
            const Supply &supply = kSupplies[s];
            // Weekly counts ending on the window's last Monday or later.
            int count = 0;
            for (QDate date = in.first.addDays(in.pick(7)); date <= in.today; date = date.addDays(7), ++count) {
                Stocktake take;
                take.companyId = in.companies[c];
                take.item = supply.item.toString();
                take.unit = supply.unit.toString();
                take.date = date;
                // From one and a half to three times the minimum; a few items
                // of a few units have run low at their last count.
                const bool last = date.addDays(7) > in.today;
                const bool low = last && (c + s) % 7 == 2;
                take.quantity = low ? supply.minimum * (50 + in.pick(40)) / 100
                                    : supply.minimum * (150 + in.pick(150)) / 100;
                // The minimum is given with the first count and now and then again.
                if (count == 0 || in.pick(3) == 0)
                    take.minimum = supply.minimum;
                if (!rows.add(take))
                    return rows.flush();
            }
        }
    }
    return rows.flush();
}

Status insertTrainings(Database &db, const Input &in)
{
    BulkWriter rows(db, definition<Training>());
    int serial = 100000;
    for (const auto &[person, company] : in.staff) {
        if (in.pick(100) >= 12)
            continue;
        Training training;
        training.personId = person;
        training.companyId = company;
        training.course = kCourses[size_t(in.pick(int(kCourses.size())))].toString();
        training.examOn = in.today.addDays(-in.pick(360));
        training.passed = in.pick(100) < 92;
        if (training.passed) {
            training.certificateNo = u"ZS%1"_s.arg(serial += 1 + in.pick(40));
            if (in.pick(10) > 0)
                training.validUntil = training.examOn.addYears(1);
        }
        if (!rows.add(training))
            return rows.flush();
    }
    return rows.flush();
}

Status insertDrills(Database &db, const Input &in)
{
    BulkWriter rows(db, definition<Drill>());
    static constexpr std::array<QStringView, 3> notes{{u"", u"流程顺畅", u"发现2处问题已整改"}};
    int reporting = 0;
    for (size_t c = 0; c < in.companies.size(); ++c) {
        if (!in.reports[c])
            continue;
        // One unit in four held its last drill more than 30 days ago.
        const bool lapsed = reporting++ % 4 == 1;
        const int drills = 1 + in.pick(2);
        for (int i = 0; i < drills; ++i) {
            Drill drill;
            drill.companyId = in.companies[c];
            drill.date = in.today.addDays(-(lapsed ? 35 + in.pick(40) : in.pick(28)) - i * 3);
            const auto &[type, label] = kDrillTypes[size_t(in.pick(int(kDrillTypes.size())))];
            drill.type = type;
            drill.title = in.names[c] + label.toString();
            drill.participants = 20 + in.pick(200);
            drill.notes = notes[size_t(in.pick(int(notes.size())))].toString();
            if (!rows.add(drill))
                return rows.flush();
        }
    }
    return rows.flush();
}

} // namespace

Status insert(Database &db, const Input &input)
{
    for (auto step : {&insertDuty, &insertStocktakes, &insertTrainings, &insertDrills})
        if (Status status = step(db, input); !status)
            return status;
    return {};
}

} // namespace seawall::DemoReadiness
