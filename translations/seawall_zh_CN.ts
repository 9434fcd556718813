<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CommandLine</name>
    <message>
        <source>Usage: seawall [--db FILE] [COMMAND [OPTIONS]]

Without a command, opens the main window.

Commands:
  init                          Create or migrate the database; print its schema version.
  demo [--large] [--if-empty]   Fill an empty database with demo data.
  stats --date YYYY-MM-DD [--json]
                                Print the figures of a day.

Options:
  --db FILE      The database file (default: %1)
  --help         Show this text.
  --version      Show the version.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Commands: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: schema version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo takes no file arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date needs a date written as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds data; left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating demo data: %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stats takes no file arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stats needs --date YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is locked by another program. Close it there and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Seawall database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Seawall database (it is not an SQLite file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Seawall database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Seawall (schema version %2; this program knows up to %3). Install the newer Seawall to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transaction is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data needs a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database already holds companies or persons. Demo data can only be generated into an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Enums</name>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outsourced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unannounced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being rectified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evening</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <source>Active personnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tests today (person-times)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons tested today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tests to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full primary series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full vaccination rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer shifts today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer hours today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer hours to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteers to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspections to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings rectified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units expected to report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zero reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures as of the end of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Repository</name>
    <message>
        <source>Name: &quot;%1&quot; is already used by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent company: a company cannot be placed under itself or one of its own units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A company with code %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This company cannot be deleted: persons, records or other companies belong to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person with ID number %1 already exists, or the company does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another person already has ID number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This person cannot be deleted: %n test, vaccination or shift record(s) refer to them. Delete those first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This person already has a test sampled on %1 at %2, or the person or company does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person already has a record of the %1, or the person does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person already has a shift starting at %1, or the person does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An inspection with code %1 already exists, or the inspected company does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection: the finding refers to an inspection that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This inspection already has the finding &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This unit already has a %1 report for %2, or the unit does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>ID number: it is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number: “%1” was turned into a number by Excel. Format the column as text, enter the numbers again and send the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number: an ID number has 18 characters, this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number: character %1 is “%2”; only digits are allowed, and X as the last character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number: characters 7 to 14 should be the birth date, but %1 is not a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number: the birth date %1 in characters 7 to 14 is before 1900.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number: the birth date %1 in characters 7 to 14 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number: the check character should be %1, not %2. A digit may have been mistyped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the number cannot be negative (it is %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company: no company is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person: no person is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company code: it is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company name: it is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent company: a company cannot be its own parent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: it is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of leaving: %1 is before the date of joining, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exempt from: the exemption ends on %1 but has no start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exempt until: %1 is before the start of the exemption, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sampling date: it is missing or not a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vaccination date: it is missing or not a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start time: it is missing or not a real time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End time: it is missing or not a real time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End time: %1 is before the start time, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End time: %1 is the same as the start time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End time: %1 is more than 24 hours after the start time, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection code: it is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection date: it is missing or not a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection: the inspection does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding: the description of the problem is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification deadline: it is missing or not a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification status: the finding was rectified on %1 but is still marked as being rectified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report date: it is missing or not a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tests done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Seawall</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seawall::FiguresView</name>
    <message>
        <source>Group-wide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active personnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tests today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tests to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shifts today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seawall::MainWindow</name>
    <message>
        <source>Every figure is as of the end of this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Seawall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;The database could not be opened&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Use File ▸ Open to choose another file.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seawall databases (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Seawall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Seawall %1&lt;/h3&gt;&lt;p&gt;Epidemic prevention coordination for a group and its subsidiaries.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;Database: %3&lt;br&gt;Schema version %4&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
