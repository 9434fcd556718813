// SPDX-License-Identifier: GPL-3.0-or-later
#include "reconcilefixture.h"

#include "core/db/vaccinationstatus.h"
#include "qtcatch.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace seawall::test {
namespace {

qint64 exec(Database &db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.prepare(sql));
    for (const QVariant &value : binds)
        q.addBindValue(value);
    INFO(q.lastError().text().toStdString());
    REQUIRE(q.exec());
    INFO(q.lastError().text().toStdString());
    return q.lastInsertId().toLongLong();
}

const QVariant kNull = QVariant(QMetaType::fromType<QString>());

} // namespace

QString ReconcileFixture::idNumber(const QString &key) const
{
    return m_idNumbers.value(key);
}

ReconcileFixture::ReconcileFixture(Database &db)
{
    const auto addCompany = [&](const QString &code, const QString &name, const QString &parent, bool reports) {
        company[code] = exec(db, u"INSERT INTO company (code, name, parent_id, reports_daily) VALUES (?, ?, ?, ?)"_s,
                             {code, name, parent.isEmpty() ? QVariant(QMetaType::fromType<qint64>()) : company[parent],
                              reports ? 1 : 0});
    };
    addCompany(u"YH"_s, u"沿海集团"_s, {}, false); // the root does not report: never missing
    addCompany(u"KF"_s, u"开发公司"_s, u"YH"_s, true);
    addCompany(u"WY"_s, u"物业公司"_s, u"KF"_s, true);
    addCompany(u"CY"_s, u"产业公司"_s, u"YH"_s, true);
    addCompany(u"RC"_s, u"人才事务所"_s, u"YH"_s, false); // sends nothing and need not

    struct P
    {
        const char *key;
        const char *name;
        const char *company;
        const char *category;
        const char *joined, *left, *exemptFrom;
    };
    const P rows[] = {
        {"A1", "员工1", "KF", "staff", nullptr, nullptr, nullptr},           // full (北京生物 ×2)
        {"A2", "员工2", "KF", "staff", nullptr, nullptr, nullptr},           // no dose
        {"A3", "员工3", "KF", "staff", nullptr, nullptr, nullptr},           // 1 of 科兴's 2
        {"A4", "员工4", "KF", "staff", nullptr, "2022-03-10", nullptr},      // no dose, but left
        {"A5", "员工5", "KF", "staff", nullptr, nullptr, "2021-01-01"},      // no dose, but exempt
        {"A6", "员工6", "KF", "staff", nullptr, nullptr, nullptr},           // full (康希诺 ×1)
        {"A7", "员工7", "KF", "dispatched", nullptr, nullptr, nullptr},      // first dose after D
        {"B1", "物业1", "WY", "outsourced", nullptr, nullptr, nullptr},      // full (智飞 ×3)
        {"B2", "物业2", "WY", "staff", nullptr, nullptr, nullptr},           // 2 of 智飞's 3
        {"C1", "产业1", "CY", "staff", nullptr, nullptr, nullptr},           // full (科兴 ×2)
        {"C2", "产业2", "CY", "staff", "2022-03-16", nullptr, nullptr},      // no dose, joins after D
        {"X1", "外部1", "KF", "external", nullptr, nullptr, nullptr},        // no dose, not on the roster
        {"X2", "外部2", "WY", "external", nullptr, nullptr, nullptr},
        {"X3", "外部3", "WY", "external", nullptr, nullptr, nullptr},
    };
    const auto text = [](const char *value) { return value ? QVariant(QString::fromUtf8(value)) : kNull; };
    int n = 0;
    for (const P &row : rows) {
        ++n;
        const QString key = QString::fromLatin1(row.key);
        // Unique 18-character numbers; the reconciliation does not check them.
        m_idNumbers[key] = u"3206121990010100%1"_s.arg(n, 2, 10, QChar(u'0'));
        person[key] = exec(db,
                           u"INSERT INTO person (id_number, name, company_id, category, phone, joined_on, left_on,"
                           u" exempt_from) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                           {m_idNumbers[key], QString::fromUtf8(row.name),
                            company[QString::fromLatin1(row.company)], QString::fromLatin1(row.category),
                            u"139000000%1"_s.arg(n, 2, 10, QChar(u'0')), text(row.joined), text(row.left),
                            text(row.exemptFrom)});
    }

    const auto dose = [&](const char *who, const char *label, const char *on, const char *maker) {
        exec(db, u"INSERT INTO vaccination (person_id, dose, vaccinated_on, manufacturer) VALUES (?, ?, ?, ?)"_s,
             {person[QString::fromLatin1(who)], QString::fromLatin1(label), QString::fromLatin1(on),
              QString::fromUtf8(maker)});
    };
    dose("A1", "first", "2021-05-01", "北京生物");
    dose("A1", "second", "2021-06-01", "北京生物");
    dose("A3", "first", "2021-05-01", "科兴");
    dose("A6", "first", "2021-05-01", "康希诺");
    dose("A7", "first", "2022-03-16", "北京生物");
    dose("B1", "first", "2021-04-01", "智飞");
    dose("B1", "second", "2021-05-01", "智飞");
    dose("B1", "third", "2021-06-01", "智飞");
    dose("B2", "first", "2021-04-01", "智飞");
    dose("B2", "second", "2021-05-01", "智飞");
    dose("C1", "first", "2021-04-01", "科兴");
    dose("C1", "second", "2021-05-01", "科兴");
    REQUIRE(VaccinationStatus::refreshAll(db).ok());

    const auto test = [&](const char *who, const char *reporter, const char *on) {
        exec(db, u"INSERT INTO nucleic_test (person_id, company_id, sampled_on, site, result) VALUES (?, ?, ?, ?, ?)"_s,
             {person[QString::fromLatin1(who)], company[QString::fromLatin1(reporter)], QString::fromLatin1(on),
              u"开发区采样点"_s, u"negative"_s});
    };
    test("A1", "KF", "2022-03-15"); // KF on D: 2 records, the report says 3
    test("X1", "KF", "2022-03-15");
    test("A1", "KF", "2022-03-14"); // 1 record: the evening report says 1, the morning one 5
    test("A1", "KF", "2022-03-16"); // after D
    test("B1", "WY", "2022-03-15"); // 1 record, reported 1
    test("X2", "WY", "2022-03-01"); // before any report

    const auto report = [&](const char *who, const QDate &on, const char *edition, int tests) {
        exec(db,
             u"INSERT INTO daily_report (company_id, report_date, edition, tests_done, anomalies, zero_report)"
             u" VALUES (?, ?, ?, ?, '无', 1)"_s,
             {company[QString::fromLatin1(who)], on.toString(Qt::ISODate), QString::fromLatin1(edition), tests});
    };
    for (QDate on(2022, 3, 8); on <= day(); on = on.addDays(1)) {
        report("KF", on, "evening", on == day() ? 3 : on.day() == 14 ? 1 : 0);
        if (on.day() == 14)
            report("KF", on, "morning", 5);
        if (on.day() == 13)
            report("WY", on, "morning", 0); // a morning report alone counts as reported
        else if (on.day() != 12)           // WY misses 03-12
            report("WY", on, "evening", on == day() ? 1 : 0);
        if (on.day() != 8) // CY starts on 03-09, outside a 7-day window of D
            report("CY", on, "evening", 0);
    }

    const qint64 dc1 = exec(db, u"INSERT INTO inspection (code, inspected_on, company_id, method) VALUES (?, ?, ?, ?)"_s,
                            {u"DC-01"_s, u"2022-03-01"_s, company[u"CY"_s], u"unannounced"_s});
    const qint64 dc2 = exec(db, u"INSERT INTO inspection (code, inspected_on, company_id, method) VALUES (?, ?, ?, ?)"_s,
                            {u"DC-02"_s, u"2022-03-16"_s, company[u"WY"_s], u"regular"_s});
    const auto finding = [&](qint64 inspection, const QString &description, const QVariant &deadline, const char *status,
                             const QVariant &rectifiedOn) {
        exec(db, u"INSERT INTO finding (inspection_id, description, deadline, status, rectified_on) VALUES (?, ?, ?, ?, ?)"_s,
             {inspection, description, deadline, QString::fromLatin1(status), rectifiedOn});
    };
    finding(dc1, u"消毒记录不全"_s, u"2022-03-10"_s, "open", kNull);                 // overdue
    finding(dc1, u"测温点无人值守"_s, u"2022-03-10"_s, "rectified", u"2022-03-16"_s); // rectified after D: overdue
    finding(dc1, u"台账未更新"_s, u"2022-03-15"_s, "open", kNull);                    // due on D: not yet overdue
    finding(dc1, u"垃圾未清运"_s, u"2022-03-10"_s, "rectified", u"2022-03-12"_s);     // rectified in time
    finding(dc1, u"无期限问题"_s, kNull, "open", kNull);                              // no deadline
    finding(dc2, u"通道堵塞"_s, u"2022-03-01"_s, "open", kNull);                      // inspected after D
}

} // namespace seawall::test
