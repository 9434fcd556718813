// SPDX-License-Identifier: GPL-3.0-or-later
#include "scratchdisk.h"

#include <QDir>
#include <QFile>

#ifdef Q_OS_LINUX
#include <sys/mount.h>
#include <unistd.h>
#endif

#include <cerrno>
#include <cstring>

using namespace Qt::StringLiterals;

namespace seawall::test {
namespace {

const QString kFiller = u"filler"_s;

QString systemError() { return QString::fromLocal8Bit(std::strerror(errno)); }

} // namespace

ScratchDisk::ScratchDisk(const QString &path, Kind kind, qint64 room)
    : m_path(QDir(path).absolutePath()), m_room(room)
{
    if (!QDir().mkpath(m_path)) {
        m_problem = u"cannot make %1"_s.arg(m_path);
        return;
    }
#ifdef Q_OS_LINUX
    const QByteArray target = QFile::encodeName(m_path);
    if (kind == Kind::Full) {
        if (::mount("tmpfs", target.constData(), "tmpfs", MS_NOSUID | MS_NODEV, "size=64k,mode=0755") != 0) {
            m_problem
                = u"cannot mount a tmpfs on %1 (%2): a full disk needs root"_s.arg(m_path, systemError());
            return;
        }
        m_mounted = true;
        // tmpfs keeps nothing back for root: once this fails, every write does.
        QFile filler(filePath(kFiller));
        if (filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
            const QByteArray block(4096, 'x');
            while (filler.write(block) > 0) { }
            filler.resize(filler.size() - room);
        }
    } else if (::mount(target.constData(), target.constData(), nullptr, MS_BIND, nullptr) == 0) {
        m_mounted = true;
        if (::mount(nullptr, target.constData(), nullptr, MS_BIND | MS_REMOUNT | MS_RDONLY, nullptr) != 0) {
            m_problem = u"cannot make the bind mount of %1 read-only (%2)"_s.arg(m_path, systemError());
            return;
        }
    }
#endif
    if (kind == Kind::Full && !m_mounted) {
        if (m_problem.isEmpty())
            m_problem = u"a full disk is made by mounting a tmpfs, on Linux only"_s;
        return;
    }
    if (kind == Kind::ReadOnly && !m_mounted) {
        QFile::setPermissions(m_path,
            QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadUser | QFileDevice::ExeUser
                | QFileDevice::ReadGroup | QFileDevice::ExeGroup);
        m_chmodded = true;
    }
    if (probeWrite())
        m_problem = u"more than %1 bytes can still be written to %2"_s.arg(m_room).arg(m_path);
}

ScratchDisk::~ScratchDisk()
{
#ifdef Q_OS_LINUX
    if (m_mounted)
        ::umount2(QFile::encodeName(m_path).constData(), MNT_DETACH);
#endif
    if (m_chmodded)
        QFile::setPermissions(m_path,
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadUser
                | QFileDevice::WriteUser | QFileDevice::ExeUser);
}

QString ScratchDisk::filePath(const QString &name) const { return QDir(m_path).filePath(name); }

QStringList ScratchDisk::entries() const
{
    QStringList names
        = QDir(m_path).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
    names.removeAll(kFiller);
    return names;
}

bool ScratchDisk::probeWrite() const
{
    QFile probe(filePath(u"probe"_s));
    if (!probe.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return false;
    const QByteArray bytes(m_room + 1, 'x');
    const bool written = probe.write(bytes) == bytes.size();
    probe.close();
    probe.remove();
    return written;
}

} // namespace seawall::test
