// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/filemodes.h"

#include <QDir>
#include <QFile>

#ifdef Q_OS_WIN
#include "core/util/owneronlyacl.h"
#endif

namespace seawall {

bool keepOwnerOnly(const QString &path)
{
    if (!QFile::exists(path))
        return false;
#ifdef Q_OS_WIN
    return restrictToOwnerAcl(reinterpret_cast<const wchar_t *>(QDir::toNativeSeparators(path).utf16()));
#else
    return QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
#endif
}

bool createOwnerOnly(const QString &path)
{
    if (QFile::exists(path))
        return true;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return false;
    file.close();
    return keepOwnerOnly(path);
}

} // namespace seawall
