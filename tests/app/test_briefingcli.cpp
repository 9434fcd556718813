// SPDX-License-Identifier: GPL-3.0-or-later
// `seawall briefing` as a user runs it, and its PDF as a reader gets it:
// A4, two pages, a CJK font embedded, every figure of the per-company table
// in the text, no full ID number anywhere.
#include "core/db/companyrepository.h"
#include "figuresfixture.h"
#include "runprogram.h"
#include "testdb.h"

#include <QProcess>
#include <QRegularExpression>

using namespace Qt::StringLiterals;
using namespace seawall;

namespace {

// Its standard output; its exit code in `exitCode`.
QString run(const QString &program, const QStringList &args, int *exitCode = nullptr,
            const QString &lang = u"zh_CN.UTF-8"_s)
{
    test::RunOptions options;
    options.locale = lang;
    const test::Run done = test::runProgram(program, args, options);
    if (exitCode)
        *exitCode = done.exitCode;
    INFO(done.err.toStdString());
    return done.out;
}

} // namespace

TEST_CASE("briefing writes an A4 PDF that carries the table and the missing unit", "[cli][briefing]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"fixture.sqlite"_s);
    {
        Database database;
        REQUIRE(database.open(db).ok());
        test::FiguresFixture fixture(database);
    }
    const QString pdf = dir.filePath(u"briefing.pdf"_s);
    int rc = -1;
    run(QStringLiteral(SEAWALL_EXECUTABLE),
        {u"--db"_s, db, u"briefing"_s, u"--date"_s, u"2022-03-15"_s, u"--pdf"_s, pdf, u"--png"_s,
         dir.filePath(u"page.png"_s)},
        &rc);
    REQUIRE(rc == 0);
    CHECK(QFile::exists(dir.filePath(u"page.png"_s)));
    CHECK(QFile::exists(dir.filePath(u"page-2.png"_s)));

    const QString info = run(u"pdfinfo"_s, {pdf});
    CHECK(info.contains(u"Pages:           3"_s)); // 保障情况 on the third
    CHECK(info.contains(u"(A4)"_s));
    const QString fonts = run(u"pdffonts"_s, {pdf});
    CHECK(QRegularExpression(u"Noto(Sans|Serif)CJK\\S*.*yes"_s).match(fonts).hasMatch());

    // Qt 6.4 subsets map some CJK glyphs to radical look-alikes: compare
    // after NFKC (TOOLCHAIN.md).
    const QString text = run(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s}).normalized(QString::NormalizationForm_KC);
    CHECK(text.contains(u"沿海集团疫情防控工作日报"_s));
    CHECK(text.contains(u"第1期"_s));
    CHECK(text.contains(u"截至3月15日24时"_s));
    // Each row of the per-company table, worked out by hand in
    // tests/core/test_figures.cpp: personnel, tests, full rate, shifts,
    // open findings, report.
    const QStringList rows{
        u"产业公司\\s+2\\s+0\\s+0\\.0%\\s+0\\s+0\\s+零报告"_s,
        u"开发公司\\s+2\\s+3\\s+100\\.0%\\s+1\\s+2\\s+零报告"_s,
        u"人才事务所\\s+1\\s+0\\s+0\\.0%\\s+0\\s+0"_s,
        u"铁路公司\\s+1\\s+1\\s+100\\.0%\\s+0\\s+2\\s+未报"_s,
        u"物业公司\\s+3\\s+1\\s+33\\.3%\\s+1\\s+1\\s+已报"_s,
    };
    for (const QString &row : rows) {
        INFO(row.toStdString());
        CHECK(QRegularExpression(row).match(text).hasMatch());
    }
    CHECK(text.contains(u"未报单位：铁路公司"_s.normalized(QString::NormalizationForm_KC)));
    // The positive result of the day comes first in the overview.
    CHECK(text.contains(u"阳性"_s));
    // No full ID number (nor phone) ever appears.
    CHECK_FALSE(QRegularExpression(u"\\d{17}[\\dX]"_s).match(text).hasMatch());
    CHECK_FALSE(QRegularExpression(u"1\\d{10}"_s).match(text).hasMatch());

    // English words its plurals through the plural-forms catalogue.
    const QString english = run(QStringLiteral(SEAWALL_EXECUTABLE),
                                {u"--db"_s, db, u"briefing"_s, u"--date"_s, u"2022-03-15"_s, u"--pdf"_s, pdf},
                                &rc, u"en_US.UTF-8"_s);
    REQUIRE(rc == 0);
    CHECK(english.contains(u"Briefing No. 1 of"_s)); // printed again: the same issue
    CHECK(english.contains(u": 3 pages."_s));

    // Printing again keeps the issue number; another day gets the next.
    run(QStringLiteral(SEAWALL_EXECUTABLE), {u"--db"_s, db, u"briefing"_s, u"--date"_s, u"2022-03-16"_s,
                                             u"--pdf"_s, dir.filePath(u"next.pdf"_s)}, &rc);
    REQUIRE(rc == 0);
    CHECK(run(u"pdftotext"_s, {dir.filePath(u"next.pdf"_s), u"-"_s})
              .normalized(QString::NormalizationForm_KC)
              .contains(u"第2期"_s));
}

TEST_CASE("the morning briefing PDF is as of the end of the day before", "[cli][briefing][morning]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"fixture.sqlite"_s);
    {
        Database database;
        REQUIRE(database.open(db).ok());
        test::FiguresFixture fixture(database);
        // 铁路公司 and 物业公司 send morning reports; of 03-15 only WY's came.
        CompanyRepository companies(database);
        for (const QString &code : { u"TL"_s, u"WY"_s }) {
            Company c = *companies.find(fixture.company[code]);
            c.reportsMorning = true;
            REQUIRE(companies.update(c).ok());
        }
    }
    const auto pdfText = [&](const QString &date, const QString &edition) {
        const QString pdf = dir.filePath(u"%1-%2.pdf"_s.arg(date, edition));
        int rc = -1;
        run(QStringLiteral(SEAWALL_EXECUTABLE),
            { u"--db"_s, db, u"briefing"_s, u"--date"_s, date, u"--edition"_s, edition, u"--pdf"_s, pdf },
            &rc);
        REQUIRE(rc == 0);
        return run(u"pdftotext"_s, { u"-layout"_s, pdf, u"-"_s }).normalized(QString::NormalizationForm_KC);
    };
    const auto has = [](const QString &text, const QString &pattern) {
        // After NFKC (full-width brackets become ASCII ones), so a pattern
        // writes its brackets escaped.
        INFO(pattern.toStdString());
        return QRegularExpression(pattern.normalized(QString::NormalizationForm_KC)).match(text).hasMatch();
    };

    const QString text = pdfText(u"2022-03-15"_s, u"morning"_s);
    INFO(text.toStdString());
    CHECK(text.contains(u"2022年3月15日（早报）"_s.normalized(QString::NormalizationForm_KC)));
    CHECK(text.contains(u"数据截至3月14日24时"_s.normalized(QString::NormalizationForm_KC)));
    CHECK_FALSE(text.contains(u"截至3月15日"_s.normalized(QString::NormalizationForm_KC)));
    // The figures of 03-14 (tests/core/test_briefing.cpp): P1's one test,
    // 2 to date (P3's of 03-01), no positive.
    CHECK(has(text, u"昨日核酸检测\\(人次\\)\\s+1\\s"_s));
    CHECK(has(text, u"累计核酸检测\\(人次\\)\\s+2\\s"_s));
    CHECK(has(text, u"昨日阳性\\s+0\\s"_s));
    CHECK_FALSE(text.contains(u"发现阳性"_s.normalized(QString::NormalizationForm_KC)));
    // 开发公司 on 03-14: P1, P2 and P12 (who left on the 15th) active; P1
    // and P2 full, 2 / 3 = 66.7%; P1's test and shift; JC02's two findings
    // open (测温记录缺失 was rectified on the 16th); no report. 铁路公司: P9
    // (three doses of 智飞, full), no test, JC01's two open findings, its
    // evening 无 of 03-14.
    CHECK(has(text, u"开发公司\\s+3\\s+1\\s+66\\.7%\\s+1\\s+2\\s+未报"_s));
    CHECK(has(text, u"铁路公司\\s+1\\s+0\\s+100\\.0%\\s+0\\s+2\\s+零报告"_s));
    // The reports of 03-14, then 03-15's morning reports so far.
    CHECK(text.contains(
        u"昨日未报单位：产业公司、开发公司、物业公司。"_s.normalized(QString::NormalizationForm_KC)));
    CHECK(has(text, u"今日早报：应报2个单位，已报1个；尚未报送：铁路公司。"_s));

    // The evening edition of the same day says the end of that day.
    const QString evening = pdfText(u"2022-03-15"_s, u"evening"_s);
    CHECK(evening.contains(u"数据截至3月15日24时"_s.normalized(QString::NormalizationForm_KC)));
    CHECK_FALSE(evening.contains(u"早报"_s.normalized(QString::NormalizationForm_KC)));

    // The morning of New Year's Day is as of the end of the year before.
    CHECK(pdfText(u"2022-01-01"_s, u"morning"_s)
              .contains(u"数据截至2021年12月31日24时"_s.normalized(QString::NormalizationForm_KC)));
}

TEST_CASE("briefing without an output file is a usage error", "[cli][briefing]")
{
    QTemporaryDir dir;
    int rc = -1;
    run(QStringLiteral(SEAWALL_EXECUTABLE),
        {u"--db"_s, dir.filePath(u"x.sqlite"_s), u"briefing"_s, u"--date"_s, u"2022-03-15"_s}, &rc);
    CHECK(rc == 1);
}

TEST_CASE("the briefing of a demo day with arrivals has their section and stays within three pages", "[cli][briefing][movement]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"demo.sqlite"_s);
    int rc = -1;
    run(QStringLiteral(SEAWALL_EXECUTABLE), {u"--db"_s, db, u"demo"_s, u"--date"_s, u"2022-03-30"_s}, &rc);
    REQUIRE(rc == 0);
    // The demo registers arrivals every day and keeps persons under
    // observation and away (core/demo): the section has rows.
    const QString json = run(QStringLiteral(SEAWALL_EXECUTABLE),
                             {u"--db"_s, db, u"stats"_s, u"--date"_s, u"2022-03-30"_s, u"--json"_s}, &rc);
    REQUIRE(rc == 0);
    REQUIRE(QRegularExpression(u"\"under_observation\": [1-9]"_s).match(json).hasMatch());
    const QString pdf = dir.filePath(u"briefing.pdf"_s);
    run(QStringLiteral(SEAWALL_EXECUTABLE),
        {u"--db"_s, db, u"briefing"_s, u"--date"_s, u"2022-03-30"_s, u"--pdf"_s, pdf}, &rc);
    REQUIRE(rc == 0);
    const QString info = run(u"pdfinfo"_s, {pdf});
    const QRegularExpressionMatch pages = QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(info);
    REQUIRE(pages.hasMatch());
    CHECK(pages.captured(1).toInt() <= 3);
    const QString text = run(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s}).normalized(QString::NormalizationForm_KC);
    const auto has = [&text](const QString &words) { return text.contains(words.normalized(QString::NormalizationForm_KC)); };
    CHECK(has(u"七、来返人员与健康监测"_s));
    CHECK(has(u"今日来返"_s));
    CHECK(has(u"全集团"_s));
    // The paragraph's sentence of the reports and of the registers.
    CHECK(has(u"各单位日报告外出"_s));
    CHECK(has(u"在管隔离观察"_s));
}
