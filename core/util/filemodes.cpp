// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/filemodes.h"

#include <QFile>

namespace seawall {

bool keepOwnerOnly(const QString &path)
{
    return QFile::exists(path) && QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
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
