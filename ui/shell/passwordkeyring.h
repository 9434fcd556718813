// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace seawall {

// The passwords of server connections the user asked to keep, in the
// system's keyring (the Secret Service of GNOME or KDE, the macOS keychain,
// Windows' credential store) through QtKeychain: never in a file of this
// program. Each call waits for the keyring, which may ask the user to
// unlock it.
namespace PasswordKeyring {

// The password kept for `address` (a database address as
// DatabaseAddress::display() writes it); nothing when none is kept or
// there is no keyring.
std::optional<QString> read(const QString &address);
// Keeps it; the keyring's complaint when it could not.
std::optional<QString> write(const QString &address, const QString &password);
void forget(const QString &address);

} // namespace PasswordKeyring
} // namespace seawall
