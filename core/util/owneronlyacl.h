// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Windows only: what mode 0600 is on Linux and macOS. Gives the file at
// `path` a protected access list of one entry, full control for the
// account running the program, so that neither the entries it would
// inherit from its folder (Users: read, on most drives) nor any other
// account can read it. Win32 alone, with no Qt, so that it can be
// compile-checked with MinGW on Linux (see core/CMakeLists.txt).
// False when the account's SID or the access list cannot be set.
namespace seawall {

bool restrictToOwnerAcl(const wchar_t *path);

} // namespace seawall
