// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/savefile.h"

namespace seawall {

bool writeAll(QSaveFile &file, const QByteArray &bytes)
{
    // A write that stops part way returns what it wrote, without an error;
    // the next one fails with the cause.
    for (qint64 done = 0; done < bytes.size();) {
        const qint64 written = file.write(bytes.constData() + done, bytes.size() - done);
        if (written <= 0)
            return false;
        done += written;
    }
    return true;
}

bool commitSaveFile(QSaveFile &file)
{
    if (!file.flush())
        return false;
    // Outputs hold names, ID numbers and health data (util/filemodes.h).
    // The QSaveFile sets the mode of the file it commits.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return false;
    return file.commit();
}

} // namespace seawall
