<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Briefing</name>
    <message numerus="yes">
        <source>Today the group carried out %n nucleic-acid test(s) of %1 person(s), %2 to date, all results negative</source>
        <translation>
            <numerusform>Today the group carried out %n nucleic-acid test of %1 person, %2 to date, the result negative</numerusform>
            <numerusform>Today the group carried out %n nucleic-acid tests of %1 persons, %2 to date, all results negative</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Today the group carried out %n nucleic-acid test(s) of %1 person(s), %2 to date</source>
        <translation>
            <numerusform>Today the group carried out %n nucleic-acid test of %1 person, %2 to date</numerusform>
            <numerusform>Today the group carried out %n nucleic-acid tests of %1 persons, %2 to date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) still pending</source>
        <translation>
            <numerusform>%n result still pending</numerusform>
            <numerusform>%n results still pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) still pending, all others negative</source>
        <translation>
            <numerusform>%n result still pending, all others negative</numerusform>
            <numerusform>%n results still pending, all others negative</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) fully vaccinated, a full vaccination rate of %1, %2 with a booster</source>
        <translation>
            <numerusform>%n person fully vaccinated, a full vaccination rate of %1, %2 with a booster</numerusform>
            <numerusform>%n persons fully vaccinated, a full vaccination rate of %1, %2 with a booster</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n volunteer shift(s) today totalling %1 hours, %2 hours to date</source>
        <translation>
            <numerusform>%n volunteer shift today of %1 hours, %2 hours to date</numerusform>
            <numerusform>%n volunteer shifts today totalling %1 hours, %2 hours to date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inspection finding(s) not yet rectified, %1 of them overdue</source>
        <translation>
            <numerusform>%n inspection finding not yet rectified, %1 overdue</numerusform>
            <numerusform>%n inspection findings not yet rectified, %1 of them overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inspection finding(s) not yet rectified, none overdue</source>
        <translation>
            <numerusform>%n inspection finding not yet rectified, not overdue</numerusform>
            <numerusform>%n inspection findings not yet rectified, none overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %n inspection finding(s) rectified</source>
        <translation>
            <numerusform>the %n inspection finding rectified</numerusform>
            <numerusform>all %n inspection findings rectified</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) expected to report, all reported, %1 of them zero reports</source>
        <translation>
            <numerusform>%n unit expected to report, reported, %1 zero report</numerusform>
            <numerusform>%n units expected to report, all reported, %1 of them zero reports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) expected to report, %1 reported, %2 of them zero reports</source>
        <translation>
            <numerusform>%n unit expected to report, %1 reported, %2 zero reports</numerusform>
            <numerusform>%n units expected to report, %1 reported, %2 of them zero reports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Today nucleic-acid tests found %n positive result(s).</source>
        <translation>
            <numerusform>Today nucleic-acid tests found %n positive result.</numerusform>
            <numerusform>Today nucleic-acid tests found %n positive results.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Yesterday the group carried out %n nucleic-acid test(s) of %1 person(s), %2 to date, all results negative</source>
        <translation>
            <numerusform>Yesterday the group carried out %n nucleic-acid test of %1 person, %2 to date, the result negative</numerusform>
            <numerusform>Yesterday the group carried out %n nucleic-acid tests of %1 persons, %2 to date, all results negative</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Yesterday the group carried out %n nucleic-acid test(s) of %1 person(s), %2 to date</source>
        <translation>
            <numerusform>Yesterday the group carried out %n nucleic-acid test of %1 person, %2 to date</numerusform>
            <numerusform>Yesterday the group carried out %n nucleic-acid tests of %1 persons, %2 to date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n volunteer shift(s) yesterday totalling %1 hours, %2 hours to date</source>
        <translation>
            <numerusform>%n volunteer shift yesterday of %1 hours, %2 hours to date</numerusform>
            <numerusform>%n volunteer shifts yesterday totalling %1 hours, %2 hours to date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>yesterday %n unit(s) expected to report, all reported, %1 of them zero reports</source>
        <translation>
            <numerusform>yesterday %n unit expected to report, reported, %1 zero report</numerusform>
            <numerusform>yesterday %n units expected to report, all reported, %1 of them zero reports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>yesterday %n unit(s) expected to report, %1 reported, %2 of them zero reports</source>
        <translation>
            <numerusform>yesterday %n unit expected to report, %1 reported, %2 zero report</numerusform>
            <numerusform>yesterday %n units expected to report, %1 reported, %2 of them zero reports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>this morning %n unit(s) expected to send a morning report, all received</source>
        <translation>
            <numerusform>this morning %n unit expected to send a morning report, received</numerusform>
            <numerusform>this morning %n units expected to send a morning report, all received</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>this morning %n unit(s) expected to send a morning report, %1 received so far, %2 not yet</source>
        <translation>
            <numerusform>this morning %n unit expected to send a morning report, %1 received so far, %2 not yet</numerusform>
            <numerusform>this morning %n units expected to send a morning report, %1 received so far, %2 not yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Yesterday nucleic-acid tests found %n positive result(s).</source>
        <translation>
            <numerusform>Yesterday nucleic-acid tests found %n positive result.</numerusform>
            <numerusform>Yesterday nucleic-acid tests found %n positive results.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n arrival(s) registered yesterday, %1 from medium- or high-risk areas</source>
        <translation>
            <numerusform>%n arrival registered yesterday, %1 from medium- or high-risk areas</numerusform>
            <numerusform>%n arrivals registered yesterday, %1 from medium- or high-risk areas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n arrival(s) registered today, %1 from medium- or high-risk areas</source>
        <translation>
            <numerusform>%n arrival registered today, %1 from medium- or high-risk areas</numerusform>
            <numerusform>%n arrivals registered today, %1 from medium- or high-risk areas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) under observation (%1 in centralised quarantine, %2 under home health monitoring), %3 on their last day; health checks missed: %4, abnormal: %5</source>
        <translation>
            <numerusform>%n person under observation (%1 in centralised quarantine, %2 under home health monitoring), %3 on their last day; health checks missed: %4, abnormal: %5</numerusform>
            <numerusform>%n persons under observation (%1 in centralised quarantine, %2 under home health monitoring), %3 on their last day; health checks missed: %4, abnormal: %5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) away from the city, %1 past their planned return</source>
        <translation>
            <numerusform>%n person away from the city, %1 past their planned return</numerusform>
            <numerusform>%n persons away from the city, %1 past their planned return</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) away from the city, none past their planned return</source>
        <translation>
            <numerusform>%n person away from the city, not past the planned return</numerusform>
            <numerusform>%n persons away from the city, none past their planned return</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BriefingDocument</name>
    <message numerus="yes">
        <source>All %n unit(s) have reported.</source>
        <translation>
            <numerusform>The %n unit expected has reported.</numerusform>
            <numerusform>All %n units have reported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n unit(s) reported yesterday.</source>
        <translation>
            <numerusform>The %n unit reported yesterday.</numerusform>
            <numerusform>All %n units reported yesterday.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Morning reports today: all %n unit(s) have reported.</source>
        <translation>
            <numerusform>Morning reports today: the %n unit has reported.</numerusform>
            <numerusform>Morning reports today: all %n units have reported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Morning reports today: %1 of %n unit(s) received so far; not yet received: %2.</source>
        <translation>
            <numerusform>Morning reports today: %1 of %n unit received so far; not yet received: %2.</numerusform>
            <numerusform>Morning reports today: %1 of %n units received so far; not yet received: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Supplies below the minimum reserve (%n): %1.</source>
        <translation>
            <numerusform>Supplies below the minimum reserve (%n item): %1.</numerusform>
            <numerusform>Supplies below the minimum reserve (%n items): %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Certificates expiring within 30 days (%n): %1.</source>
        <translation>
            <numerusform>Certificate expiring within 30 days (%n): %1.</numerusform>
            <numerusform>Certificates expiring within 30 days (%n): %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drills this month: %n</source>
        <translation>
            <numerusform>Drills this month: %n</numerusform>
            <numerusform>Drills this month: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <source>Briefing No. %1 of %2: %n page(s).</source>
        <translation>
            <numerusform>Briefing No. %1 of %2: %n page.</numerusform>
            <numerusform>Briefing No. %1 of %2: %n pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %1 into %2: %n rows, every table&apos;s count checked.</source>
        <translation>
            <numerusform>Copied %1 into %2: %n row, every table&apos;s count checked.</numerusform>
            <numerusform>Copied %1 into %2: %n rows, every table&apos;s count checked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message numerus="yes">
        <source>Import %n file(s)</source>
        <translation>
            <numerusform>Import %n file</numerusform>
            <numerusform>Import %n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… and %n more problem.</numerusform>
            <numerusform>… and %n more problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more warning(s).</source>
        <translation>
            <numerusform>… and %n more warning.</numerusform>
            <numerusform>… and %n more warnings.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seawall::ImportResultView</name>
    <message numerus="yes">
        <source>%n person(s) on the roster but not in this file</source>
        <translation>
            <numerusform>%n person on the roster but not in this file</numerusform>
            <numerusform>%n persons on the roster but not in this file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with the key of an earlier row of this import and other values: the later row&apos;s values are kept</source>
        <translation>
            <numerusform>%n row with the key of an earlier row of this import and other values: the later row&apos;s values are kept</numerusform>
            <numerusform>%n rows with the key of an earlier row of this import and other values: the later row&apos;s values are kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with another name than the one on record for the ID number: the name on record is kept</source>
        <translation>
            <numerusform>%n row with another name than the one on record for the ID number: the name on record is kept</numerusform>
            <numerusform>%n rows with another name than the one on record for the ID number: the name on record is kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) on another company&apos;s roster, whom the file moves to its own</source>
        <translation>
            <numerusform>%n person on another company&apos;s roster, whom the file moves to its own</numerusform>
            <numerusform>%n persons on another company&apos;s roster, whom the file moves to its own</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) moved from another company&apos;s roster</source>
        <translation>
            <numerusform>%n person moved from another company&apos;s roster</numerusform>
            <numerusform>%n persons moved from another company&apos;s roster</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seawall::ImportWizard</name>
    <message numerus="yes">
        <source>Choose the folder for the rejected rows of %n file(s)</source>
        <translation>
            <numerusform>Choose the folder for the rejected rows of %n file</numerusform>
            <numerusform>Choose the folder for the rejected rows of %n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seawall::ReadinessWarnings</name>
    <message numerus="yes">
        <source>Re&amp;adiness (%n warning(s))</source>
        <translation>
            <numerusform>Re&amp;adiness (%n warning)</numerusform>
            <numerusform>Re&amp;adiness (%n warnings)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seawall::StagingPage</name>
    <message numerus="yes">
        <source>%n file(s) imported before will be left out.</source>
        <translation>
            <numerusform>%n file imported before will be left out.</numerusform>
            <numerusform>%n files imported before will be left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seawall::SummaryPage</name>
    <message numerus="yes">
        <source>Nothing was written: %n row(s) were rejected.</source>
        <translation>
            <numerusform>Nothing was written: %n row was rejected.</numerusform>
            <numerusform>Nothing was written: %n rows were rejected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected and not imported.</source>
        <translation>
            <numerusform>%n row rejected and not imported.</numerusform>
            <numerusform>%n rows rejected and not imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported before were left out.</source>
        <translation>
            <numerusform>%n file imported before was left out.</numerusform>
            <numerusform>%n files imported before were left out.</numerusform>
        </translation>
    </message>
</context>
</TS>
