// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/paths.h"
#include "qtcatch.h"
#include "ui/shell/settingsdialog.h"
#include "ui/shell/welcomedialog.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>

using namespace Qt::StringLiterals;
using namespace seawall;

TEST_CASE("Settings keep the language and the database opened at start", "[ui][settings]")
{
    {
        SettingsDialog dialog;
        // By default the window follows the system.
        CHECK(dialog.languageBox()->currentData().toString().isEmpty());
        dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(u"en"_s));
        dialog.databaseEdit()->setText(QDir::toNativeSeparators(u"/tmp/group.sqlite"_s));
        dialog.save();
    }
    CHECK(Paths::language() == u"en"_s);
    CHECK(WelcomeDialog::rememberedDatabase() == u"/tmp/group.sqlite"_s);
    SettingsDialog again;
    CHECK(again.languageBox()->currentData().toString() == u"en"_s);
    CHECK(QDir::fromNativeSeparators(again.databaseEdit()->text()) == u"/tmp/group.sqlite"_s);
    again.languageBox()->setCurrentIndex(again.languageBox()->findData(u"zh_CN"_s));
    again.save();
    CHECK(Paths::language() == u"zh_CN"_s);
    // The other cases of this home start from no settings.
    QFile::remove(Paths::settingsFile());
}

TEST_CASE("Settings keep the days a dated list shows: the as-of day unless the week is chosen", "[ui][settings]")
{
    CHECK(SettingsDialog::listDays() == 1);
    {
        SettingsDialog dialog;
        CHECK(dialog.listDaysBox()->currentData().toInt() == 1);
        REQUIRE(dialog.listDaysBox()->count() == 2);
        dialog.listDaysBox()->setCurrentIndex(dialog.listDaysBox()->findData(7));
        dialog.save();
    }
    CHECK(SettingsDialog::listDays() == 7);
    SettingsDialog again;
    CHECK(again.listDaysBox()->currentData().toInt() == 7);
    QFile::remove(Paths::settingsFile());
}
