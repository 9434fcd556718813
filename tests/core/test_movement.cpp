// SPDX-License-Identifier: GPL-3.0-or-later
// People on the move (DOMAIN.md): departures, arrivals and health checks,
// their figures on hand-worked boundaries, their import and its undo.
#include "testdb.h"

#include "core/briefing/briefingbuilder.h"
#include "core/db/companyrepository.h"
#include "core/db/personrepository.h"
#include "core/db/repository.h"
#include "core/figures/figuresengine.h"
#include "core/figures/figuresformat.h"
#include "core/import/importer.h"
#include "core/import/importundo.h"
#include "core/lists/listquery.h"
#include "core/lists/listspecs.h"
#include "core/model/arrival.h"
#include "core/model/dailyreport.h"
#include "core/model/departure.h"
#include "core/model/healthcheck.h"
#include "core/reconcile/reconciler.h"
#include "core/reports/followuplist.h"
#include "core/validation/validator.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStringDecoder>
#include <QStringEncoder>

using namespace Qt::StringLiterals;
using namespace seawall;

namespace {

using test::ok;

qint64 count(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

QDate march(int day) { return {2022, 3, day}; }

// A valid ID number (GB 11643) from its first 17 digits.
QString idNumber(const QString &first17)
{
    static const int weights[] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += first17.at(i).digitValue() * weights[i];
    return first17 + u"10X98765432"_s.at(sum % 11);
}

// Two companies and ten persons, P1 … P10, and the records of the
// boundaries of DOMAIN.md, for D = 2022-03-15. The figures each record
// gives are worked out in the comments.
struct Group
{
    test::TempDatabase t;
    qint64 a = 0;
    qint64 b = 0;
    QHash<int, qint64> p;

    Group()
    {
        Company ca;
        ca.code = u"A"_s;
        ca.name = u"开发公司"_s;
        a = ok(CompanyRepository(t.db).insert(ca));
        Company cb;
        cb.code = u"B"_s;
        cb.name = u"海通公司"_s;
        b = ok(CompanyRepository(t.db).insert(cb));
        for (int i = 1; i <= 10; ++i) {
            Person person;
            person.idNumber = idNumber(u"3206121990010100"_s + QString::number(i % 10));
            person.name = u"人员"_s + QString::number(i);
            person.companyId = i <= 5 ? a : b;
            p[i] = ok(PersonRepository(t.db).insert(person));
        }
    }

    void arrival(int person, qint64 company, QDate on, RiskLevel risk, ObservationMeasure measure,
                 std::optional<int> days = {}, QDate released = {})
    {
        Arrival x;
        x.personId = p[person];
        x.companyId = company;
        x.arrivedOn = on;
        x.fromPlace = u"上海市"_s;
        x.riskLevel = risk;
        x.measure = measure;
        x.observationDays = days;
        x.releasedOn = released;
        REQUIRE(Validator::check(x).empty());
        ok(Repository<Arrival>(t.db).insert(x));
    }

    void check(int person, qint64 company, QDate on, std::optional<double> temperature, const QString &symptoms)
    {
        HealthCheck x;
        x.personId = p[person];
        x.companyId = company;
        x.checkedOn = on;
        x.temperature = temperature;
        x.symptoms = symptoms;
        ok(Repository<HealthCheck>(t.db).insert(x));
    }

    void departure(int person, qint64 company, QDate leave, QDate planned, bool approved, QDate returned)
    {
        Departure x;
        x.personId = p[person];
        x.companyId = company;
        x.leaveOn = leave;
        x.destination = u"北京市"_s;
        x.plannedReturnOn = planned;
        x.approved = approved;
        x.returnedOn = returned;
        REQUIRE(Validator::check(x).empty());
        ok(Repository<Departure>(t.db).insert(x));
    }

    void fill()
    {
        using R = RiskLevel;
        using M = ObservationMeasure;
        // P1: arrives on D from a high-risk area, home monitoring, days
        // empty = 7: ends 03-22, observed on D (day 1). A.
        arrival(1, a, march(15), R::High, M::HomeMonitoring);
        // P2: centralised from 03-10, released on D: ends on D, not observed.
        arrival(2, a, march(10), R::Low, M::Quarantine, {}, march(15));
        // P3: home from 03-09, days empty = 7: ends 03-16 = D + 1, observed,
        // today is the last day. B.
        arrival(3, b, march(9), R::None, M::HomeMonitoring);
        // P4: centralised from 03-01 for 14 days: ends 03-15 = D, not observed.
        arrival(4, b, march(1), R::High, M::Quarantine, 14);
        // P5: centralised from 03-14 (days empty = 14, ends 03-28) through B,
        // and home from 03-05 for 14 days (ends 03-19) through A: one person
        // observed, under quarantine; the latest end is 03-28, not D + 1.
        arrival(5, b, march(14), R::Medium, M::Quarantine);
        arrival(5, a, march(5), R::Low, M::HomeMonitoring, 14);
        // P6: arrives on D from a low-risk area with no measure: counted as
        // an arrival, not observed. A.
        arrival(6, a, march(15), R::Low, M::None);
        // P7: arrives the day after D: nothing on D.
        arrival(7, a, march(16), R::High, M::HomeMonitoring);
        // P8: home from 03-02 (ends 03-09): over before D.
        arrival(8, b, march(2), R::None, M::HomeMonitoring);
        // P9: arrives on D from a medium-risk area and is released the same
        // day: an arrival from a risk area, not observed (D < D is false). B.
        arrival(9, b, march(15), R::Medium, M::HomeMonitoring, {}, march(15));

        // Health checks of D: P1 at exactly 37.3 (abnormal), P3 at 37.2 with
        // 无异常 (normal), P9 at 36.5 coughing (abnormal, though not
        // observed), P2 正常 (normal); P5's check is of the day before.
        check(1, a, march(15), 37.3, u""_s);
        check(3, b, march(15), 37.2, u"无异常"_s);
        check(9, b, march(15), 36.5, u"咳嗽"_s);
        check(2, a, march(15), 36.4, u"正常"_s);
        check(5, b, march(14), 36.6, u""_s);

        // P10 away since 03-10 (A, planned return 03-14, before D: overdue)
        // and since 03-13 (B, planned 03-14: overdue): one person.
        departure(10, a, march(10), march(14), true, {});
        departure(10, b, march(13), march(14), true, {});
        // P2 away since 03-12, planned return on D: away, not overdue. A.
        departure(2, a, march(12), march(15), true, {});
        // P3 left 03-01 and returned on D: not away on D.
        departure(3, b, march(1), march(5), true, march(15));
        // P4's departure was not approved: not away.
        departure(4, b, march(14), {}, false, {});
        // P6 leaves on D, back 03-16, no planned return: away, not overdue. B.
        departure(6, b, march(15), {}, true, march(16));
        // P7 leaves the day after D.
        departure(7, a, march(16), march(20), true, {});
    }
};

const CompanyFigures &byCode(const Figures &f, const QString &code)
{
    for (const CompanyFigures &c : f.companies)
        if (c.code == code)
            return c;
    FAIL("no company " << code.toStdString());
    return f.companies.front();
}

} // namespace

TEST_CASE("an arrival's observation ends on its release or after its days", "[movement]")
{
    Arrival x;
    x.arrivedOn = march(9);
    x.measure = ObservationMeasure::HomeMonitoring;
    CHECK(x.endsOn() == march(16)); // 7 days at home when not given
    x.measure = ObservationMeasure::Quarantine;
    CHECK(x.endsOn() == march(23)); // 14 centralised
    x.observationDays = 10;
    CHECK(x.endsOn() == march(19));
    x.releasedOn = march(12);
    CHECK(x.endsOn() == march(12));
    CHECK(x.isObservedOn(march(9)));   // day 1
    CHECK(x.isObservedOn(march(11)));
    CHECK_FALSE(x.isObservedOn(march(12))); // released that day
    CHECK_FALSE(x.isObservedOn(march(8)));
    x.measure = ObservationMeasure::None;
    CHECK_FALSE(x.isObservedOn(march(10)));
}

TEST_CASE("a health check is abnormal from 37.3 or with symptoms", "[movement]")
{
    HealthCheck x;
    x.temperature = 37.2;
    CHECK_FALSE(x.isAbnormal());
    x.temperature = 37.3;
    CHECK(x.isAbnormal());
    x.temperature = std::nullopt;
    CHECK_FALSE(x.isAbnormal());
    for (const QString &normal : {u""_s, u"无"_s, u" 无异常 "_s, u"正常"_s, u"None"_s}) {
        x.symptoms = normal;
        CHECK_FALSE(x.isAbnormal());
    }
    x.symptoms = u"咳嗽"_s;
    CHECK(x.isAbnormal());
}

TEST_CASE("the movement figures equal DOMAIN.md on hand-worked boundaries", "[movement][figures]")
{
    Group g;
    g.fill();
    const Figures f = ok(FiguresEngine(g.t.db).compute(march(15)));
    const MovementFigures &m = f.movement;
    CHECK(m.arrivalsOnDate == 3);     // P1, P6, P9
    CHECK(m.arrivalsRiskOnDate == 2); // P1 high, P9 medium (P6 low)
    CHECK(m.underObservation == 3);   // P1, P3, P5
    CHECK(m.quarantine == 1);         // P5
    CHECK(m.homeMonitoring == 2);     // P1, P3
    CHECK(m.lastDay == 1);            // P3
    CHECK(m.checksMissed == 1);       // P5 (checked the day before only)
    CHECK(m.checksAbnormal == 2);     // P1 at 37.3, P9 coughing
    CHECK(m.away == 3);               // P10, P2, P6
    CHECK(m.overdueReturns == 1);     // P10
    // Per company, through its own records: A has P1's and P6's arrivals,
    // observes P1 and P5 (03-05), and P10 and P2 are away through it; B has
    // P9's arrival, observes P3 and P5 (03-14), P6 and P10 away.
    CHECK(byCode(f, u"A"_s).movement == CompanyMovement{2, 2, 2});
    CHECK(byCode(f, u"B"_s).movement == CompanyMovement{1, 2, 2});

    // Limited to B: its arrival on D (P9, medium), P3 and P5 observed (P5
    // centralised through B's record), P3's last day, P5 unchecked, P9's
    // abnormal check (a check of B), P6 and P10 away, P10 overdue.
    const MovementFigures b = ok(FiguresEngine(g.t.db, {g.b}).compute(march(15))).movement;
    CHECK(b == MovementFigures{1, 1, 2, 1, 1, 1, 1, 1, 2, 1});

    // The day after: P7 arrives (high risk, home); P1, P5 and P7 observed
    // (P3's observation ended on 03-16); no check of 03-16: all three
    // missed; P6 back on 03-16, P7 leaves on 03-16: P10, P2 (planned 03-15,
    // now overdue) and P7 away.
    const MovementFigures next = ok(FiguresEngine(g.t.db).compute(march(16))).movement;
    CHECK(next == MovementFigures{1, 1, 3, 1, 2, 0, 3, 0, 3, 2});
}

TEST_CASE("stats JSON has the movement object and three keys on each company", "[movement][figures]")
{
    Group g;
    g.fill();
    const QJsonObject json = FiguresFormat::toJson(ok(FiguresEngine(g.t.db).compute(march(15))));
    const QJsonObject m = json[u"movement"_s].toObject();
    CHECK(m.keys()
          == QStringList{u"arrivals_on_date"_s, u"arrivals_risk_on_date"_s, u"away"_s, u"checks_abnormal"_s,
                         u"checks_missed"_s, u"home_monitoring"_s, u"last_day"_s, u"overdue_returns"_s,
                         u"quarantine"_s, u"under_observation"_s});
    CHECK(m[u"under_observation"_s].toInteger() == 3);
    CHECK(m[u"overdue_returns"_s].toInteger() == 1);
    const QJsonObject a = json[u"companies"_s].toArray().at(0).toObject();
    CHECK(a[u"code"_s].toString() == u"A"_s);
    CHECK(a[u"arrivals_on_date"_s].toInteger() == 2);
    CHECK(a[u"under_observation"_s].toInteger() == 2);
    CHECK(a[u"away"_s].toInteger() == 2);
}

TEST_CASE("the three sample files import and give the figures counted by hand", "[movement][import]")
{
    test::TempDatabase t;
    const QString samples = QStringLiteral(SEAWALL_SAMPLES) + u'/';
    const QStringList files{samples + u"companies.csv"_s, samples + u"personnel.csv"_s,
                            samples + u"arrivals.csv"_s, samples + u"departures.csv"_s,
                            samples + u"health_checks.csv"_s};
    const ImportResult result = Importer(t.db).run(files, {});
    REQUIRE(result.committed);
    // Rows of the files (each key once in them).
    CHECK(count(t.db, u"SELECT count(*) FROM arrival"_s) == 50);
    CHECK(count(t.db, u"SELECT count(*) FROM departure"_s) == 66);
    CHECK(count(t.db, u"SELECT count(*) FROM health_check"_s) == 225);
    // Counted with python's csv module over the sample files by the rules
    // of DOMAIN.md, for 2022-03-15.
    const MovementFigures m = ok(FiguresEngine(t.db).compute(march(15))).movement;
    CHECK(m == MovementFigures{4, 1, 13, 3, 10, 1, 2, 0, 20, 6});

    // The same files again change nothing.
    const ImportResult again = Importer(t.db).run(files, {});
    REQUIRE(again.committed);
    for (const FileReport &file : again.files)
        CHECK(file.alreadyImported);
    CHECK(ok(FiguresEngine(t.db).compute(march(15))).movement == m);
}

TEST_CASE("a GB18030 arrivals file with a title row and a bad ID names the line and id_number", "[movement][import]")
{
    test::TempDatabase t;
    const QString samples = QStringLiteral(SEAWALL_SAMPLES) + u'/';
    REQUIRE(Importer(t.db).run({samples + u"companies.csv"_s}, {}).committed);
    // Line 1 the title, 2 the header, 3 a good row (dates written three
    // ways), 4 a bad check digit (…1716 is right for 龙阳国, …1717 is not).
    const QString text = u"海通公司来返人员登记表\r\n"
                         u"单位,姓名,身份证号,来返日期,来源地,风险等级,健康码,管控措施,观察天数,解除日期\r\n"
                         u"滨江公司,黄晓,32061219811031596X,2022/3/2,南京市,无,,居家健康监测,,2022年3月9日\r\n"
                         u"盛和公司,龙阳国,320612198907041717,2022-03-14,上海市浦东新区,中风险,绿码,居家健康监测,14,\r\n"_s;
    QStringEncoder gb18030("GB18030");
    const QString path = test::writeFile(t.dir.filePath(u"来返.csv"_s), gb18030.encode(text));
    const ImportResult rejected = Importer(t.db).run({path}, {});
    CHECK_FALSE(rejected.committed);
    REQUIRE(rejected.files.size() == 1);
    const FileReport &file = rejected.files.at(0);
    REQUIRE(file.kind);
    CHECK(*file.kind == csv::FileKind::Arrivals);
    CHECK(file.encoding == u"GB18030"_s);
    REQUIRE(file.errors.size() == 1);
    CHECK(file.errors.at(0).line == 4);
    CHECK(file.errors.at(0).column == u"id_number"_s);
    CHECK(count(t.db, u"SELECT count(*) FROM arrival"_s) == 0);

    // Skipping the bad row, the good one is written with its dates read
    // and its observation days the measure's: ends 03-09 as released.
    ImportOptions skip;
    skip.skipInvalid = true;
    const ImportResult first = Importer(t.db).run({path}, skip);
    REQUIRE(first.committed);
    CHECK(first.files.at(0).inserted == 1);
    CHECK(first.files.at(0).externalPersons == 1);
    CHECK(count(t.db, u"SELECT count(*) FROM arrival WHERE arrived_on = '2022-03-02' AND ends_on = '2022-03-09'"
                      u" AND observation_days IS NULL AND measure = 'home' AND health_code = 'green'"_s)
          == 1);
    CHECK(count(t.db, u"SELECT count(*) FROM person WHERE category = 'external'"_s) == 1);
    // The same file again changes nothing.
    const ImportResult again = Importer(t.db).run({path}, skip);
    CHECK(again.files.at(0).alreadyImported);
    CHECK(count(t.db, u"SELECT count(*) FROM arrival"_s) == 1);
    CHECK(count(t.db, u"SELECT count(*) FROM person"_s) == 1);
    // Undone, the arrival and the person it brought go.
    REQUIRE(ImportUndo(t.db).undo(first.files.at(0).batchId).ok());
    CHECK(count(t.db, u"SELECT count(*) FROM arrival"_s) == 0);
}

TEST_CASE("health checks read temperatures as written and refuse what is none", "[movement][import]")
{
    test::TempDatabase t;
    const QString samples = QStringLiteral(SEAWALL_SAMPLES) + u'/';
    REQUIRE(Importer(t.db).run({samples + u"companies.csv"_s}, {}).committed);
    const QString path = test::writeFile(t.dir.filePath(u"checks.csv"_s),
                                         "单位,姓名,身份证号,日期,体温,症状\n"
                                         "滨江公司,黄晓,32061219811031596X,2022-03-02,36.5℃,无\n"
                                         "滨江公司,黄晓,32061219811031596X,2022-03-03,37.3°C,\n"
                                         "滨江公司,黄晓,32061219811031596X,20220304,,咳嗽\n"
                                         "滨江公司,黄晓,32061219811031596X,2022-03-05,发烧,\n"
                                         "滨江公司,黄晓,32061219811031596X,2022-03-06,365,\n");
    ImportOptions skip;
    skip.skipInvalid = true;
    const ImportResult result = Importer(t.db).run({path}, skip);
    REQUIRE(result.committed);
    const FileReport &file = result.files.at(0);
    CHECK(file.inserted == 3);
    REQUIRE(file.errors.size() == 2);
    CHECK(file.errors.at(0).line == 5);
    CHECK(file.errors.at(0).column == u"temperature"_s);
    CHECK(file.errors.at(1).line == 6);
    CHECK(file.errors.at(1).column == u"temperature"_s);
    CHECK(count(t.db, u"SELECT count(*) FROM health_check WHERE temperature = 36.5 AND abnormal = 0"_s) == 1);
    CHECK(count(t.db, u"SELECT count(*) FROM health_check WHERE temperature = 37.3 AND abnormal = 1"_s) == 1);
    CHECK(count(t.db, u"SELECT count(*) FROM health_check WHERE temperature IS NULL AND abnormal = 1"
                      u" AND checked_on = '2022-03-04'"_s)
          == 1);
}

TEST_CASE("departures read approval as written, empty meaning approved", "[movement][import]")
{
    test::TempDatabase t;
    const QString samples = QStringLiteral(SEAWALL_SAMPLES) + u'/';
    REQUIRE(Importer(t.db).run({samples + u"companies.csv"_s}, {}).committed);
    const QString path = test::writeFile(t.dir.filePath(u"out.csv"_s),
                                         "单位,姓名,身份证号,离城日期,目的地,事由,计划返回日期,是否批准,实际返回日期\n"
                                         "滨江公司,黄晓,32061219811031596X,2022.3.2,南京市,探亲,2022-03-05,,\n"
                                         "滨江公司,黄晓,32061219811031596X,2022-03-10,南京市,探亲,,N,\n"
                                         "滨江公司,黄晓,32061219811031596X,2022-03-12,南京市,探亲,2022-03-11,Y,\n");
    ImportOptions skip;
    skip.skipInvalid = true;
    const ImportResult result = Importer(t.db).run({path}, skip);
    REQUIRE(result.committed);
    const FileReport &file = result.files.at(0);
    CHECK(file.inserted == 2);
    REQUIRE(file.errors.size() == 1); // a return planned before leaving
    CHECK(file.errors.at(0).line == 4);
    CHECK(file.errors.at(0).column == u"planned_return_on"_s);
    CHECK(count(t.db, u"SELECT count(*) FROM departure WHERE approved = 1 AND leave_on = '2022-03-02'"_s) == 1);
    CHECK(count(t.db, u"SELECT count(*) FROM departure WHERE approved = 0 AND planned_return_on IS NULL"_s) == 1);
}

namespace {

void report(Group &g, qint64 company, ReportEdition edition, int arrivals, int observed, int away,
            const QString &anomalies)
{
    DailyReport r;
    r.companyId = company;
    r.date = march(15);
    r.edition = edition;
    r.arrivals = arrivals;
    r.underObservation = observed;
    r.away = away;
    r.anomalies = anomalies;
    ok(Repository<DailyReport>(g.t.db).insert(r));
}

} // namespace

TEST_CASE("a daily report's people on the move are reconciled against the registers", "[movement][reconcile]")
{
    Group g;
    g.fill();
    // A says 2 arrivals (P1, P6: right), 3 under observation (P1 and P5
    // through A's records: 2), 2 away (P10, P2: right). B's evening report
    // is right (P9; P3, P5; P6, P10); its morning one is not, but the
    // evening one counts.
    report(g, g.a, ReportEdition::Evening, 2, 3, 2, u"1人发热已就医"_s);
    report(g, g.b, ReportEdition::Morning, 0, 0, 0, u"无"_s);
    report(g, g.b, ReportEdition::Evening, 1, 2, 2, u"无"_s);
    const std::vector<Discrepancy> all = ok(Reconciler(g.t.db).compute(march(15), march(15)));
    std::vector<Discrepancy> items;
    for (const Discrepancy &i : all)
        if (i.kind == DiscrepancyKind::MovementCount)
            items.push_back(i);
    REQUIRE(items.size() == 1);
    const Discrepancy &item = items.front();
    CHECK(item.companyCode == u"A"_s);
    CHECK(item.date == march(15));
    CHECK(item.first == 1);  // one person apart
    CHECK(item.second == 1); // in one count
    CHECK(item.description.contains(u"under observation reported 3, registered 2"_s));
    CHECK_FALSE(item.description.contains(u"arrivals reported"_s));
    // Behind it: A's arrivals of the day (P1, P6), those it observes (P1,
    // P5) and those away through it (P10, P2).
    const RecordTable table = ok(Reconciler(g.t.db).records(item));
    CHECK(table.rows.size() == 6);
    CHECK(table.idNumberColumn == 1);
}

TEST_CASE("the briefing counts people on the move by company and drafts their sentence", "[movement][briefing]")
{
    Group g;
    g.fill();
    report(g, g.a, ReportEdition::Evening, 2, 3, 2, u"1人发热已就医"_s);
    report(g, g.b, ReportEdition::Evening, 1, 2, 2, u"无"_s);
    const Briefing b = ok(BriefingBuilder(g.t.db).build(march(15), ReportEdition::Evening));
    REQUIRE(b.movement.size() == 2);
    // A through its own records: P1 (high) and P6 arrived; P1 and P5 (its
    // home monitoring from 03-05) observed, neither centralised through A,
    // neither on the last day; P5 unchecked; P1's 37.3 abnormal (P2's
    // check of A is normal); P10 and P2 away, P10 overdue.
    CHECK(b.movement[0].company == u"开发公司"_s);
    CHECK(b.movement[0].figures == MovementFigures{2, 1, 2, 0, 2, 0, 1, 1, 2, 1});
    CHECK(b.movement[1].company == u"海通公司"_s);
    CHECK(b.movement[1].figures == MovementFigures{1, 1, 2, 1, 1, 1, 1, 1, 2, 1});
    // The anomalies of A's report; B's 无 is a zero report.
    REQUIRE(b.anomalies.size() == 1);
    CHECK(b.anomalies[0].company == u"开发公司"_s);
    CHECK(b.anomalies[0].text == u"1人发热已就医"_s);
    // The reports' sums: away 2 + 2, arrivals 2 + 1, observed 3 + 2.
    CHECK(b.reportedAway == 4);
    CHECK(b.reportedArrivals == 3);
    CHECK(b.reportedObservation == 5);
    CHECK(b.paragraph.contains(u"the units report 4 away, 3 arrivals and 5 under observation"_s));
    CHECK(b.paragraph.contains(u"3 arrival(s) registered today, 2 from medium- or high-risk areas"_s));
    CHECK(b.paragraph.contains(u"3 person(s) under observation (1 in centralised quarantine, 2 under home health "
                               u"monitoring), 1 on their last day; health checks missed: 1, abnormal: 2"_s));
    CHECK(b.paragraph.contains(u"3 person(s) away from the city, 1 past their planned return"_s));
}

TEST_CASE("the follow-up list names who is observed, checked and overdue", "[movement][followup]")
{
    Group g;
    g.fill();
    const std::vector<FollowUpEntry> list = ok(FollowUpList(g.t.db).observed(march(15)));
    // P1 abnormal (first), then P5 unchecked, then P3 checked.
    REQUIRE(list.size() == 3);
    CHECK(list[0].name == u"人员1"_s);
    CHECK(list[0].abnormal);
    CHECK(list[0].day == 1);
    CHECK(list[0].days == 7);
    CHECK(list[1].name == u"人员5"_s);
    CHECK_FALSE(list[1].checked());
    CHECK(list[1].measure == ObservationMeasure::Quarantine); // through B's record of 03-14
    CHECK(list[1].day == 2);   // the latest-ending arrival, 03-14 … 03-27
    CHECK(list[1].days == 14);
    CHECK(list[2].name == u"人员3"_s);
    CHECK(list[2].lastDay());  // day 7 of 7
    CHECK(*list[2].temperature == Approx(37.2));
    // Limited to A: P1 and P5 (through its 03-05 record: day 11 of 14).
    const std::vector<FollowUpEntry> a = ok(FollowUpList(g.t.db, {g.a}).observed(march(15)));
    REQUIRE(a.size() == 2);
    CHECK(a[1].name == u"人员5"_s);
    CHECK(a[1].day == 11);
    CHECK(a[1].measure == ObservationMeasure::HomeMonitoring);
    // P10 away through two declarations, listed once by the older: planned
    // 03-14, a day overdue.
    const std::vector<OverdueReturn> overdue = ok(FollowUpList(g.t.db).overdueReturns(march(15)));
    REQUIRE(overdue.size() == 1);
    CHECK(overdue[0].name == u"人员10"_s);
    CHECK(overdue[0].daysOverdue == 1);
}

TEST_CASE("the lists of people on the move filter by the as-of day", "[movement][lists]")
{
    Group g;
    g.fill();
    ListQuery arrivals(ListSpecs::of(EntityKind::Arrival));
    arrivals.setAsOf(march(15));
    // The list opens on the arrivals of the day: P1, P6, P9.
    arrivals.setDateRange(march(15), march(15));
    CHECK(arrivals.count(g.t.db) == 3);
    arrivals.setFilter(u"observed"_s, 0);
    // Under observation on 03-15: P1's, P3's and both of P5's arrivals,
    // whatever day they arrived on.
    CHECK(arrivals.filtersByDay());
    CHECK(arrivals.count(g.t.db) == 4);
    arrivals.setFilter(u"observed"_s, 1);
    CHECK(arrivals.count(g.t.db) == 1); // P3's ends on 03-16
    arrivals.setFilter(u"observed"_s, 2);
    CHECK(arrivals.count(g.t.db) == 2); // P5's two: no check of 03-15
    // The filter follows the day: on 03-16 no observation ends the day after.
    arrivals.setFilter(u"observed"_s, 1);
    CHECK(arrivals.setAsOf(march(16))); // the list reads again
    CHECK(arrivals.count(g.t.db) == 0);

    ListQuery departures(ListSpecs::of(EntityKind::Departure));
    departures.setAsOf(march(15));
    departures.setFilter(u"away"_s, 0);
    CHECK(departures.count(g.t.db) == 4); // P10's two, P2's, P6's
    departures.setFilter(u"away"_s, 1);
    CHECK(departures.count(g.t.db) == 2); // P10's two, planned 03-14

    ListQuery checks(ListSpecs::of(EntityKind::HealthCheck));
    checks.setFilter(u"abnormal"_s, 0);
    CHECK(checks.count(g.t.db) == 2); // P1 at 37.3, P9 coughing
}
