// SPDX-License-Identifier: GPL-3.0-or-later
// The readiness figures (DOMAIN.md "Readiness") on hand-computed boundary
// cases, on the samples, and in `stats --json`.
#include "figuresfixture.h"
#include "testdb.h"

#include "core/db/companyrepository.h"
#include "core/db/repository.h"
#include "core/figures/figuresengine.h"
#include "core/figures/figuresformat.h"
#include "core/import/importer.h"
#include "core/model/drill.h"
#include "core/model/duty.h"
#include "core/model/stocktake.h"
#include "core/model/training.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace seawall;

namespace {

QDate d(int month, int day) { return {2022, month, day}; }

template <typename R>
qint64 ok(const R &result)
{
    INFO((result.ok() ? QString() : result.error().message).toStdString());
    REQUIRE(result.ok());
    return result.value();
}

// Readiness records over the figures fixture (companies YH root, KF, WY
// under KF, CY, TL reporting daily, RC not; persons P1 … P13), each
// commented with what it tests. D is 2022-03-15; D − 29 is 2022-02-14,
// D + 30 is 2022-04-14.
struct ReadinessFixture
{
    explicit ReadinessFixture(Database &db) : base(db)
    {
        Repository<Duty> duty(db);
        const auto onDuty = [&](const char *company, QDate day, DutyShift shift) {
            Duty x;
            x.companyId = base.company.value(QString::fromLatin1(company));
            x.date = day;
            x.shift = shift;
            x.person = u"值班员"_s;
            x.phone = u"13800000000"_s;
            ok(duty.insert(x));
        };
        onDuty("KF", d(3, 15), DutyShift::Day);     // 白班 only: a gap
        onDuty("KF", d(3, 14), DutyShift::FullDay); // the day before does not cover D
        onDuty("WY", d(3, 15), DutyShift::Day);     // 白班 and 夜班: covered
        onDuty("WY", d(3, 15), DutyShift::Night);
        onDuty("CY", d(3, 15), DutyShift::FullDay); // 全天: covered
        onDuty("TL", d(3, 15), DutyShift::Night);   // 夜班 only: a gap
        onDuty("TL", d(3, 16), DutyShift::FullDay); // the day after does not cover D
        // RC and YH have none but do not report daily: no gap.

        Repository<Stocktake> stock(db);
        const auto count = [&](const char *company, const QString &item, QDate day, int quantity,
                               std::optional<int> minimum) {
            Stocktake s;
            s.companyId = base.company.value(QString::fromLatin1(company));
            s.item = item;
            s.date = day;
            s.unit = u"个"_s;
            s.quantity = quantity;
            s.minimum = minimum;
            ok(stock.insert(s));
        };
        // KF 口罩: the minimum comes from the older stocktake (1500 < 2000),
        // and the stocktake after D (5000) is ignored: below.
        count("KF", u"口罩"_s, d(3, 1), 3000, 2000);
        count("KF", u"口罩"_s, d(3, 10), 1500, std::nullopt);
        count("KF", u"口罩"_s, d(3, 16), 5000, 2000);
        count("KF", u"消毒液"_s, d(3, 10), 10, std::nullopt); // no minimum ever: never below
        count("WY", u"N95口罩"_s, d(3, 14), 500, 500);       // equal to its minimum: not below
        // CY 防护服: below on 03-01 (10 < 20), above on D (30 ≥ 20): not below.
        count("CY", u"防护服"_s, d(3, 1), 10, 20);
        count("CY", u"防护服"_s, d(3, 15), 30, std::nullopt);
        // CY 测温枪: the newest minimum (4) is the one in force: 3 < 4, below.
        count("CY", u"测温枪"_s, d(3, 1), 5, 2);
        count("CY", u"测温枪"_s, d(3, 12), 3, 4);
        count("TL", u"手套"_s, d(3, 16), 1, 100); // counted only after D: no stock on D

        Repository<Training> trainings(db);
        const auto train = [&](const char *person, const QString &course, QDate exam, bool passed, QDate validUntil) {
            Training t;
            t.personId = base.person.value(QString::fromLatin1(person));
            t.course = course;
            t.examOn = exam;
            t.passed = passed;
            t.validUntil = validUntil;
            ok(trainings.insert(t));
        };
        train("P1", u"X"_s, d(3, 1), true, d(3, 15));  // valid until exactly D: certifies, not expiring
        train("P1", u"Y"_s, d(3, 1), true, d(4, 14));  // valid until D + 30: certifies, expiring
        train("P2", u"X"_s, d(3, 16), true, {});       // examined after D: no
        train("P2", u"Y"_s, d(3, 1), false, {});       // failed: no
        train("P2", u"V"_s, QDate(2021, 3, 1), true, d(3, 14)); // expired the day before D: no
        train("P13", u"Z"_s, QDate(2021, 1, 1), true, {}); // joined on D (active), no expiry: certifies
        train("P13", u"W"_s, d(3, 1), true, d(4, 15)); // valid until D + 31: certifies, not expiring
        train("P13", u"U"_s, d(3, 1), true, d(3, 16)); // valid until D + 1: certifies, expiring
        train("P3", u"X"_s, d(3, 1), true, d(3, 20));  // left before D: not active
        train("P12", u"X"_s, d(3, 1), true, d(3, 20)); // left on D: not active
        train("P10", u"X"_s, d(3, 1), true, d(3, 20)); // 外部: not active

        Repository<Drill> drills(db);
        const auto drill = [&](const char *company, QDate day) {
            Drill x;
            x.companyId = base.company.value(QString::fromLatin1(company));
            x.date = day;
            x.title = u"应急处置演练"_s;
            x.type = DrillType::Emergency;
            ok(drills.insert(x));
        };
        drill("KF", d(2, 14));            // exactly D − 29: counts in the 30 days
        drill("WY", d(2, 13));            // D − 30: to date only
        drill("CY", d(3, 16));            // after D: neither
        drill("YH", d(3, 1));             // the root: counts, though it does not report
        drill("TL", d(3, 15));            // on D: counts
        drill("RC", QDate(2022, 1, 1));   // to date only
    }

    test::FiguresFixture base;
};

} // namespace

TEST_CASE("readiness figures on the boundary cases of DOMAIN.md", "[figures][readiness]")
{
    test::TempDatabase t;
    ReadinessFixture fixture(t.db);
    const Result<Figures> computed = FiguresEngine(t.db).compute(test::FiguresFixture::day());
    REQUIRE(computed.ok());
    const ReadinessFigures &r = computed.value().readiness;
    // Reporting companies by code: CY, KF, TL, WY. KF has 白班 only, TL 夜班 only.
    CHECK(r.dutyGaps == QStringList{u"开发公司"_s, u"铁路公司"_s});
    // CY 测温枪 3 of 4, KF 口罩 1500 of 2000 (by code, then item).
    REQUIRE(r.suppliesBelowMinimum.size() == 2);
    CHECK(r.suppliesBelowMinimum.at(0).company == u"产业公司"_s);
    CHECK(r.suppliesBelowMinimum.at(0).item == u"测温枪"_s);
    CHECK(r.suppliesBelowMinimum.at(0).quantity == 3);
    CHECK(r.suppliesBelowMinimum.at(0).minimum == 4);
    CHECK(r.suppliesBelowMinimum.at(1).company == u"开发公司"_s);
    CHECK(r.suppliesBelowMinimum.at(1).item == u"口罩"_s);
    CHECK(r.suppliesBelowMinimum.at(1).quantity == 1500);
    CHECK(r.suppliesBelowMinimum.at(1).minimum == 2000);
    // P1 (X, Y) and P13 (Z, W, U) certify; expiring: P1 Y (D + 30), P13 U (D + 1).
    CHECK(r.certified == 2);
    CHECK(r.certificatesExpiring == 2);
    // To date: KF, WY, YH, TL, RC; in D − 29 … D: KF, YH, TL.
    CHECK(r.drillsCumulative == 5);
    CHECK(r.drillsLast30Days == 3);
    // Reporting without a drill in the 30 days: CY (after D), WY (D − 30).
    CHECK(r.companiesWithoutDrill == QStringList{u"产业公司"_s, u"物业公司"_s});
}

TEST_CASE("readiness figures of a company and its children count those only", "[figures][readiness]")
{
    test::TempDatabase t;
    ReadinessFixture fixture(t.db);
    const QList<qint64> kf{fixture.base.company.value(u"KF"_s), fixture.base.company.value(u"WY"_s)};
    const Result<Figures> computed = FiguresEngine(t.db, kf).compute(test::FiguresFixture::day());
    REQUIRE(computed.ok());
    const ReadinessFigures &r = computed.value().readiness;
    CHECK(r.dutyGaps == QStringList{u"开发公司"_s});
    REQUIRE(r.suppliesBelowMinimum.size() == 1);
    CHECK(r.suppliesBelowMinimum.at(0).item == u"口罩"_s);
    CHECK(r.certified == 2);             // P1 of KF, P13 of WY
    CHECK(r.certificatesExpiring == 2);  // P1 Y, P13 U
    CHECK(r.drillsCumulative == 2);      // KF, WY
    CHECK(r.drillsLast30Days == 1);      // KF
    CHECK(r.companiesWithoutDrill == QStringList{u"物业公司"_s});
}

TEST_CASE("the readiness object of stats json", "[figures][readiness][json]")
{
    test::TempDatabase t;
    ReadinessFixture fixture(t.db);
    const Result<Figures> computed = FiguresEngine(t.db).compute(test::FiguresFixture::day());
    REQUIRE(computed.ok());
    const QJsonObject json = FiguresFormat::toJson(computed.value()).value(u"readiness"_s).toObject();
    CHECK(json.value(u"duty_gaps"_s).toArray() == QJsonArray{u"开发公司"_s, u"铁路公司"_s});
    const QJsonArray below = json.value(u"supplies_below_minimum"_s).toArray();
    REQUIRE(below.size() == 2);
    CHECK(below.at(1).toObject().value(u"company"_s).toString() == u"开发公司"_s);
    CHECK(below.at(1).toObject().value(u"item"_s).toString() == u"口罩"_s);
    CHECK(below.at(1).toObject().value(u"quantity"_s).toInt() == 1500);
    CHECK(below.at(1).toObject().value(u"minimum"_s).toInt() == 2000);
    CHECK(json.value(u"certified"_s).toInt() == 2);
    CHECK(json.value(u"certificates_expiring"_s).toInt() == 2);
    CHECK(json.value(u"drills_cumulative"_s).toInt() == 5);
    CHECK(json.value(u"drills_last_30_days"_s).toInt() == 3);
    CHECK(json.value(u"companies_without_drill"_s).toArray() == QJsonArray{u"产业公司"_s, u"物业公司"_s});
}

TEST_CASE("readiness figures of the samples equal those counted by hand", "[figures][readiness][samples]")
{
    test::TempDatabase t;
    QStringList files;
    for (const char *name : {"companies.csv", "personnel.csv", "duty.csv", "stocktakes.csv", "trainings.csv", "drills.csv"})
        files << QStringLiteral(SEAWALL_SAMPLES) + u'/' + QString::fromLatin1(name);
    REQUIRE(Importer(t.db).run(files, {}).committed);
    const Result<Figures> computed = FiguresEngine(t.db).compute(d(3, 15));
    REQUIRE(computed.ok());
    const ReadinessFigures &r = computed.value().readiness;
    // Worked out with python's csv module over the sample files for
    // 2022-03-15: the companies with a parent report daily; 人才事务所 has
    // neither 全天 nor both 白班 and 夜班 that day.
    CHECK(r.dutyGaps == QStringList{u"人才事务所"_s});
    // 14 (company, item) pairs whose latest count up to the day is below
    // the latest minimum given; by company code (BJ first, WY last), then item.
    REQUIRE(r.suppliesBelowMinimum.size() == 14);
    CHECK(r.suppliesBelowMinimum.front().company == u"滨江公司"_s);
    CHECK(r.suppliesBelowMinimum.front().item == u"医用外科口罩"_s);
    CHECK(r.suppliesBelowMinimum.front().quantity == 1927);
    CHECK(r.suppliesBelowMinimum.back().company == u"物业公司"_s);
    CHECK(r.suppliesBelowMinimum.back().item == u"消毒液"_s);
    CHECK(r.suppliesBelowMinimum.back().quantity == 8);
    CHECK(r.suppliesBelowMinimum.back().minimum == 50);
    // Every trainee is on the roster, none has left: 117 distinct persons
    // with a 是 record examined by the day and valid on it; 6 records valid
    // until 2022-03-16 … 2022-04-14.
    CHECK(r.certified == 117);
    CHECK(r.certificatesExpiring == 6);
    // 7 drills, 6 dated up to the day, 5 in 2022-02-14 … 2022-03-15.
    CHECK(r.drillsCumulative == 6);
    CHECK(r.drillsLast30Days == 5);
    CHECK(r.companiesWithoutDrill == QStringList{u"产业公司"_s, u"海通公司"_s, u"开发公司"_s, u"人才事务所"_s});
}
