// SPDX-License-Identifier: GPL-3.0-or-later
// Written by hand: Qt 6.4 has no way to set a file's access list (QFile's
// permissions touch only the read-only attribute on Windows).
#include "core/util/owneronlyacl.h"

#include <windows.h>

#include <aclapi.h>

#include <memory>
#include <vector>

namespace seawall {

namespace {

// The SID of the account the process runs as, copied out of its token.
std::vector<unsigned char> currentUserSid()
{
    HANDLE token = nullptr;
    if (!OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &token))
        return {};
    const std::unique_ptr<void, decltype(&CloseHandle)> closer(token, &CloseHandle);
    DWORD size = 0;
    GetTokenInformation(token, TokenUser, nullptr, 0, &size);
    std::vector<unsigned char> buffer(size);
    if (size == 0 || !GetTokenInformation(token, TokenUser, buffer.data(), size, &size))
        return {};
    const PSID sid = reinterpret_cast<const TOKEN_USER *>(buffer.data())->User.Sid;
    std::vector<unsigned char> copy(GetLengthSid(sid));
    if (!CopySid(DWORD(copy.size()), copy.data(), sid))
        return {};
    return copy;
}

} // namespace

bool restrictToOwnerAcl(const wchar_t *path)
{
    std::vector<unsigned char> sid = currentUserSid();
    if (sid.empty())
        return false;
    EXPLICIT_ACCESS_W access{};
    access.grfAccessPermissions = GENERIC_ALL;
    access.grfAccessMode = SET_ACCESS;
    access.grfInheritance = NO_INHERITANCE;
    access.Trustee.TrusteeForm = TRUSTEE_IS_SID;
    access.Trustee.TrusteeType = TRUSTEE_IS_USER;
    access.Trustee.ptstrName = reinterpret_cast<LPWSTR>(sid.data());
    PACL acl = nullptr;
    if (SetEntriesInAclW(1, &access, nullptr, &acl) != ERROR_SUCCESS)
        return false;
    const std::unique_ptr<void, decltype(&LocalFree)> freer(acl, &LocalFree);
    // PROTECTED: the folder's entries are not inherited; the owner stays.
    return SetNamedSecurityInfoW(const_cast<LPWSTR>(path), SE_FILE_OBJECT,
                                 DACL_SECURITY_INFORMATION | PROTECTED_DACL_SECURITY_INFORMATION, nullptr, nullptr,
                                 acl, nullptr)
           == ERROR_SUCCESS;
}

} // namespace seawall
