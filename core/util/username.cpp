// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/username.h"

#include <QDir>

namespace seawall {

QString currentUserName()
{
    for (const char *variable : {"USER", "LOGNAME", "USERNAME"}) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return name;
    }
    return QDir::home().dirName();
}

} // namespace seawall
