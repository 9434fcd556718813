// SPDX-License-Identifier: GPL-3.0-or-later
#include "importtesting.h"

#include "core/import/importer.h"
#include "core/validation/idnumber.h"
#include "testdb.h"
#include "ui/import/importrunpages.h"

#include <QComboBox>
#include <QTest>
#include <QTreeWidgetItem>

using namespace Qt::StringLiterals;

namespace seawall::test {

QString data(const QString &relative) { return QStringLiteral(SEAWALL_TEST_DATA) + u"/import/"_s + relative; }
QString sample(const QString &name) { return QStringLiteral(SEAWALL_SAMPLES) + u'/' + name; }

void importBase(Database &db)
{
    REQUIRE(Importer(db).run({data(u"base/companies.csv"_s), data(u"base/personnel.csv"_s)}, {}).committed);
}

void selectData(QComboBox *combo, const QString &value)
{
    const int index = combo->findData(value);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

void goTo(ImportWizard &wizard, ImportWizard::PageId page)
{
    while (wizard.currentId() != page) {
        const int before = wizard.currentId();
        wizard.next();
        REQUIRE(wizard.currentId() != before);
    }
}

bool waitForRun(ImportRunPage *page)
{
    return QTest::qWaitFor([page] { return !page->isRunning(); }, 30000);
}

QString twoTests(const QString &folder)
{
    return test::writeFile(folder + u"/tests.csv"_s, kTestsHeader + "海通公司,陆伟志,32061219970812218X,2022-03-11,阴性\n"
                                                                    "海通公司,曾雪,320612197801146515,2022-03-11,阴性\n");
}

QString kfIdNumber(int n)
{
    const QString first17 = u"32061219900101%1"_s.arg(n, 3, 10, QChar(u'0'));
    return first17 + IdNumber::checkCharacter(first17);
}

void importKfRoster(Database &db, const QString &folder)
{
    QByteArray roster = "单位,姓名,身份证号,人员类别\n";
    for (int n = 1; n <= 20; ++n)
        roster += u"开发公司,职工%1,%2,在编\n"_s.arg(n).arg(kfIdNumber(n)).toUtf8();
    const QString path = test::writeFile(folder + u"/kf-roster-before.csv"_s, roster);
    REQUIRE(Importer(db).run({path}, {}).committed);
}

QStringList kfMorning(const QString &folder)
{
    QByteArray roster = "单位,姓名,身份证号,人员类别\n";
    for (int n = 1; n <= 17; ++n)
        roster += u"开发公司,职工%1,%2,在编\n"_s.arg(n).arg(kfIdNumber(n)).toUtf8();
    QByteArray tests = "单位,姓名,身份证号,采样日期,采样点,检测结果\n";
    for (int n = 1; n <= 8; ++n) {
        const QString date = n == 3 ? u"2022-02-30"_s : u"2022-03-15"_s;
        const QString id = n == 6 ? u"3.20612E+17"_s : kfIdNumber(n);
        tests += u"开发公司,职工%1,%2,%3,开发区社区,阴性\n"_s.arg(n).arg(id, date).toUtf8();
    }
    return {test::writeFile(folder + u"/roster.csv"_s, roster), test::writeFile(folder + u"/tests.csv"_s, tests)};
}

QStringList texts(const QTreeWidgetItem *parent, int column)
{
    QStringList list;
    for (int i = 0; i < parent->childCount(); ++i)
        list << parent->child(i)->text(column);
    return list;
}

} // namespace seawall::test
