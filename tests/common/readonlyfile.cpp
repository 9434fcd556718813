// SPDX-License-Identifier: GPL-3.0-or-later
#include "readonlyfile.h"

#include <QFile>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace seawall::test {

ReadOnlyFile::ReadOnlyFile(const QString &path) : m_path(path), m_permissions(QFile::permissions(path))
{
#ifdef Q_OS_LINUX
    if (::geteuid() == 0)
        m_immutable = setImmutable(true);
#endif
    if (!m_immutable) {
        QFile::setPermissions(m_path,
            m_permissions
                & ~(QFileDevice::WriteOwner | QFileDevice::WriteUser | QFileDevice::WriteGroup
                    | QFileDevice::WriteOther));
        m_chmodded = true;
    }
    QFile probe(m_path);
    if (probe.open(QIODevice::WriteOnly | QIODevice::Append))
        m_problem = u"%1 can still be written to (root writes through file permissions, and this file system "
                    u"has no immutable flag)"_s.arg(m_path);
}

ReadOnlyFile::~ReadOnlyFile()
{
    if (m_immutable)
        setImmutable(false);
    if (m_chmodded)
        QFile::setPermissions(m_path, m_permissions);
}

bool ReadOnlyFile::setImmutable(bool on)
{
#ifdef Q_OS_LINUX
    const int fd = ::open(QFile::encodeName(m_path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return false;
    int flags = 0;
    bool done = ::ioctl(fd, FS_IOC_GETFLAGS, &flags) == 0;
    if (done) {
        flags = on ? flags | FS_IMMUTABLE_FL : flags & ~FS_IMMUTABLE_FL;
        done = ::ioctl(fd, FS_IOC_SETFLAGS, &flags) == 0;
    }
    ::close(fd);
    return done;
#else
    Q_UNUSED(on);
    return false;
#endif
}

} // namespace seawall::test
