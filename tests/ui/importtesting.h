// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the import window's tests share: the test files, the rosters of
// 海通公司 and 开发公司, and moving through the wizard as the user would.
#include "ui/import/importwizard.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

class QComboBox;
class QTreeWidgetItem;

namespace seawall {
class Database;
class ImportRunPage;
} // namespace seawall

namespace seawall::test {

// A file of tests/data/import, and one of the clean samples.
QString data(const QString &relative);
QString sample(const QString &name);

// The companies and three persons of 海通公司.
void importBase(Database &db);

void selectData(QComboBox *combo, const QString &value);

// Goes to a page with Next, as the user would.
void goTo(ImportWizard &wizard, ImportWizard::PageId page);

bool waitForRun(ImportRunPage *page);

inline const QByteArray kTestsHeader = "单位,姓名,身份证号,采样日期,检测结果\n";

// A tests file in `folder`: 陆伟志 and 曾雪 of 海通公司 on 03-11, negative.
QString twoTests(const QString &folder);

// The n-th person of 开发公司 (born in 1990), a valid ID number.
QString kfIdNumber(int n);

// 开发公司 has 20 persons on its roster.
void importKfRoster(Database &db, const QString &folder);

// The files of a morning: 开发公司's roster without persons 18 to 20, and
// its tests, two rows of which are wrong (lines 4 and 7).
QStringList kfMorning(const QString &folder);

// The texts of a column of an item's children.
QStringList texts(const QTreeWidgetItem *parent, int column);

} // namespace seawall::test
