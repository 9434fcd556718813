// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace seawall::test {

// A folder that behaves like a full or a read-only disk for one test, to see
// what the program does there: a file system of its own is mounted on it,
// and unmounted when the ScratchDisk goes (before the folder it lies in).
// Mounting needs root (CAP_SYS_ADMIN) on Linux; file permissions cannot stand
// in as root writes through them. Where mounting is refused, a read-only
// disk falls back to a folder without write permission (enough for anyone
// but root) and a full disk is not made: ok() says so, and why().
class ScratchDisk
{
public:
    enum class Kind {
        Full, // a 64 KiB tmpfs, filled but for `room` bytes: writes fail (ENOSPC)
        ReadOnly, // the folder mounted on itself read-only, with what it holds (EROFS)
    };

    // A full disk with `room` bytes free lets a write start and fail part
    // way, as when a large output fills a disk.
    ScratchDisk(const QString &path, Kind kind, qint64 room = 0);
    ~ScratchDisk();
    ScratchDisk(const ScratchDisk &) = delete;
    ScratchDisk &operator=(const ScratchDisk &) = delete;

    // Whether it is full or read-only as asked (ok() checks that more than
    // `room` bytes cannot be written), and if not, why.
    bool ok() const { return m_problem.isEmpty(); }
    QString why() const { return m_problem; }

    QString path() const { return m_path; }
    QString filePath(const QString &name) const;
    // What is in it, besides the file that fills a full disk.
    QStringList entries() const;

private:
    bool probeWrite() const;

    QString m_path;
    qint64 m_room = 0;
    bool m_mounted = false;
    bool m_chmodded = false;
    QString m_problem;
};

} // namespace seawall::test
