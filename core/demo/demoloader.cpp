// SPDX-License-Identifier: GPL-3.0-or-later
// The loader's run: its settings, its order of tables, its random names and numbers, and the readiness registers (demoreadiness.h).
#include "core/demo/demoloader.h"

#include "core/db/database.h"
#include "core/demo/demoreadiness.h"
#include "core/validation/idnumber.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace seawall::demo {

Loader::Loader(Database &db, const DemoGenerator::Options &options)
    : m_db(db),
      m_options(options),
      m_scale(options.large ? kLarge : kNormal),
      m_rng(options.seed),
      m_today(options.today.toJulianDay()),
      m_first(m_today - m_scale.days + 1),
      m_positiveDay(m_scale.days - 11),
      m_positiveCompany(companyIndex(u"HT")),
      m_moveRng(options.seed + 14)
{
    for (int day = 0; day < m_scale.days; ++day)
        m_days.emplace_back(QDate::fromJulianDay(m_first + day));
}

Status Loader::run()
{
    // Nothing is durable before the commit anyway: no syncs, the statement
    // journals in memory and, for the large set, a page cache that holds
    // the indexes make the load several times faster.
    QSqlQuery pragma(m_db.connection());
    const auto read = [&pragma](const QString &sql) {
        const int value = pragma.exec(sql) && pragma.next() ? pragma.value(0).toInt() : 0;
        pragma.finish();
        return value;
    };
    const int synchronous = read(u"PRAGMA synchronous"_s);
    const int cacheSize = read(u"PRAGMA cache_size"_s);
    const int tempStore = read(u"PRAGMA temp_store"_s);
    // Setting temp_store drops the connection's temporary tables: not if it has some.
    const bool setTempStore = read(u"SELECT count(*) FROM temp.sqlite_master"_s) == 0;
    pragma.exec(u"PRAGMA synchronous = OFF"_s);
    if (setTempStore)
        pragma.exec(u"PRAGMA temp_store = MEMORY"_s);
    if (m_options.large)
        pragma.exec(u"PRAGMA cache_size = -262144"_s); // KiB: 256 MiB
    const Status status = load();
    // The saved values are numbers SQLite gave, not data.
    pragma.exec(u"PRAGMA synchronous = %1"_s.arg(synchronous));
    pragma.exec(u"PRAGMA cache_size = %1"_s.arg(cacheSize));
    if (setTempStore)
        pragma.exec(u"PRAGMA temp_store = %1"_s.arg(tempStore));
    if (status) {
        pragma.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s); // give the log back to the file system
        pragma.finish();
        progress(100);
    }
    return status;
}

Status Loader::load()
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    for (auto step : {&Loader::insertCompanies, &Loader::insertPersons, &Loader::insertVaccinations,
                      &Loader::insertTests, &Loader::insertShifts, &Loader::insertInspections,
                      &Loader::insertMovement, &Loader::insertReports,
                      &Loader::insertReadiness}) {
        if (Status status = (this->*step)(); !status)
            return status;
    }
    return transaction.commit();
}

void Loader::shuffleFront(std::vector<int> &items, int count)
{
    const int size = int(items.size());
    for (int i = 0; i < count && i < size - 1; ++i)
        std::swap(items[i], items[i + pick(size - i)]);
}

QString Loader::personName(bool male)
{
    const QStringView surnames = DemoData::surnames;
    const QStringView given = male ? DemoData::maleGiven : DemoData::femaleGiven;
    // Picking below a random bound favours the common surnames at the front.
    QString name(surnames.at(pick(pick(int(surnames.size())) + 1)));
    name += given.at(pick(int(given.size())));
    if (chance(70))
        name += given.at(pick(int(given.size())));
    return name;
}

QString Loader::mobile()
{
    // Separate statements: the order of the draws must not depend on the compiler.
    const QString prefix = any(DemoData::mobilePrefixes);
    return prefix + u"%1"_s.arg(pick(100'000'000), 8, 10, QChar(u'0'));
}

QString Loader::idNumber(const QDate &birth, bool male)
{
    const QString region = any(DemoData::regions);
    const QString date = birth.toString(u"yyyyMMdd"_s);
    for (;;) {
        // Digits 15-16 number the registration office; digit 17 is odd for men.
        const QString office = u"%1"_s.arg(pick(100), 2, 10, QChar(u'0'));
        const QString first17 = region + date + office + QString::number(2 * pick(5) + (male ? 1 : 0));
        QString number = first17 + IdNumber::checkCharacter(first17);
        if (!m_idNumbers.contains(number)) {
            m_idNumbers.insert(number);
            return number;
        }
    }
}

void Loader::progress(int from, int to, qint64 done, qint64 total)
{
    const int percent = from + int((std::max(from, to) - from) * done / std::max<qint64>(total, 1));
    if (percent > m_percent && m_options.progress)
        m_options.progress(percent);
    m_percent = std::max(m_percent, percent);
}

Status Loader::insertReadiness()
{
    DemoReadiness::Input input;
    input.first = m_days.front();
    input.today = m_days.back();
    for (int c = 0; c < kCompanies; ++c) {
        input.companies.push_back(idOf(c));
        input.names.push_back(DemoData::companies[c].name.toString());
        input.reports.push_back(!DemoData::companies[c].parentCode.isEmpty());
    }
    for (int i = 0; i < int(m_persons.size()); ++i)
        if (m_persons[size_t(i)].activeOn(m_today))
            input.staff.emplace_back(idOf(i), idOf(m_persons[size_t(i)].company));
    input.pick = [this](int bound) { return pick(bound); };
    input.personName = [this](bool male) { return personName(male); };
    input.mobile = [this] { return mobile(); };
    const Status status = DemoReadiness::insert(m_db, input);
    progress(100);
    return status;
}

} // namespace seawall::demo
