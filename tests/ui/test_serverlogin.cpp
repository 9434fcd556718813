// SPDX-License-Identifier: GPL-3.0-or-later
// The window connects to a server that wants a password: asked for,
// asked again when refused, kept in the system keyring when the user says
// so, and taken from there the next time without asking. Run on the test
// server, in a D-Bus session of its own with a GNOME keyring
// (keyring/withkeyring.sh): a real Secret Service, not a stand-in.
#include "core/db/database.h"
#include "core/edit/changehub.h"
#include "ui/common/workspace.h"
#include "ui/shell/connectdialog.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/passworddialog.h"
#include "ui/shell/passwordkeyring.h"
#include "ui/shell/serverlogin.h"
#include "testdb.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTimer>

#include <functional>

using namespace Qt::StringLiterals;
using namespace seawall;

namespace {

// tests/pg/pgserver.sh makes the role seawall_password, which signs in
// with this password.
const QString kPassword = u"海堤 pass'word"_s;

// The test database's address as that role.
DatabaseAddress passwordAddress(test::TempDatabase &t)
{
    DatabaseAddress address = DatabaseAddress::parse(t.path).value();
    address.user = u"seawall_password"_s;
    return address;
}

// Answers each password dialog shown, one answer a time it is shown, and
// counts them; a dialog with no answer left is cancelled.
struct Answers
{
    QList<std::function<void(PasswordDialog &)>> answers;
    QStringList problems; // what each dialog showed as the last failure
    int shown = 0;
    QTimer timer;

    Answers()
    {
        timer.setInterval(20);
        QObject::connect(&timer, &QTimer::timeout, [this] {
            auto *dialog = qobject_cast<PasswordDialog *>(QApplication::activeModalWidget());
            if (!dialog || !dialog->isVisible())
                return;
            ++shown;
            problems << dialog->findChild<QLabel *>(u"problem"_s)->text();
            if (answers.isEmpty()) {
                dialog->reject();
                return;
            }
            answers.takeFirst()(*dialog);
        });
        timer.start();
    }
};

void type(PasswordDialog &dialog, const QString &password, bool keep)
{
    dialog.findChild<QLineEdit *>(u"password"_s)->setText(password);
    dialog.findChild<QCheckBox *>(u"keep"_s)->setChecked(keep);
    dialog.accept();
}

} // namespace

TEST_CASE("the password is asked for again when refused and kept in the keyring when asked to",
          "[ui][server][keyring][postgresql-only]")
{
    test::TempDatabase t;
    const DatabaseAddress address = passwordAddress(t);
    PasswordKeyring::forget(address.display());
    REQUIRE_FALSE(PasswordKeyring::read(address.display()));

    {
        Answers answers;
        answers.answers << [](PasswordDialog &d) { type(d, u"wrong"_s, true); }
                        << [](PasswordDialog &d) { type(d, kPassword, true); };
        Database db;
        REQUIRE(openOnServer(db, address, nullptr).ok());
        CHECK(db.userName() == u"seawall_password"_s);
        CHECK(answers.shown == 2);
        // The second time it said why: the server refused the first.
        CHECK(answers.problems.value(0).isEmpty());
        CHECK(answers.problems.value(1).contains(u"seawall_password"_s));
        CHECK(PasswordKeyring::read(address.display()) == kPassword);
    }

    // Next time the keyring's password opens it, and nothing is asked.
    Answers none;
    Database again;
    REQUIRE(openOnServer(again, address, nullptr).ok());
    CHECK(none.shown == 0);
    PasswordKeyring::forget(address.display());
    CHECK_FALSE(PasswordKeyring::read(address.display()));
}

TEST_CASE("a password not to be kept is not kept, and giving up opens nothing", "[ui][server][keyring][postgresql-only]")
{
    test::TempDatabase t;
    const DatabaseAddress address = passwordAddress(t);
    PasswordKeyring::forget(address.display());

    {
        Answers answers;
        answers.answers << [](PasswordDialog &d) { type(d, kPassword, false); };
        Database db;
        REQUIRE(openOnServer(db, address, nullptr).ok());
        CHECK(answers.shown == 1);
        CHECK_FALSE(PasswordKeyring::read(address.display()));
    }

    // A wrong password kept: asked for anew, saying why; cancelled.
    REQUIRE_FALSE(PasswordKeyring::write(address.display(), u"stale"_s));
    Answers cancel;
    Database other;
    const Status status = openOnServer(other, address, nullptr);
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().kind == Error::Kind::Password);
    CHECK_FALSE(other.isOpen());
    CHECK(cancel.shown == 1);
    CHECK(cancel.problems.value(0).contains(u"seawall_password"_s));
    PasswordKeyring::forget(address.display());
}

TEST_CASE("File Connect to Server opens a server database in the window and remembers it",
          "[ui][server][keyring][postgresql-only]")
{
    test::TempDatabase t;
    const DatabaseAddress address = passwordAddress(t);
    REQUIRE_FALSE(PasswordKeyring::write(address.display(), kPassword));

    QTemporaryDir dir;
    MainWindow window(dir.filePath(u"first.sqlite"_s));
    auto *connectTo = window.findChild<QAction *>(u"connectToServer"_s);
    REQUIRE(connectTo);
    CHECK(connectTo->shortcut() == QKeySequence(u"Ctrl+Shift+O"_s));
    // The dialog, filled in as a coordinator would.
    QTimer fill;
    fill.setInterval(20);
    QObject::connect(&fill, &QTimer::timeout, [&] {
        auto *dialog = qobject_cast<ConnectDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        dialog->findChild<QLineEdit *>(u"host"_s)->setText(address.host);
        dialog->findChild<QSpinBox *>(u"port"_s)->setValue(address.port);
        dialog->findChild<QLineEdit *>(u"database"_s)->setText(address.database);
        dialog->findChild<QLineEdit *>(u"user"_s)->setText(address.user);
        dialog->accept();
    });
    fill.start();
    connectTo->trigger();
    fill.stop();

    REQUIRE(window.workspace()->database());
    CHECK(window.workspace()->database()->backend() == SqlBackend::Postgresql);
    CHECK(window.workspace()->database()->userName() == u"seawall_password"_s);
    CHECK(window.problem().isEmpty());
    // Offered again next time, as the last file is.
    CHECK(ConnectDialog::lastServer() == address.display());
    ConnectDialog next;
    CHECK(next.findChild<QLineEdit *>(u"host"_s)->text() == address.host);
    CHECK(next.findChild<QLineEdit *>(u"user"_s)->text() == u"seawall_password"_s);
    PasswordKeyring::forget(address.display());
}
