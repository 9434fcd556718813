// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFileDevice>
#include <QString>

namespace seawall::test {

// Makes one file read-only for a test, root included, and writable again when
// it goes. Root writes through file permissions, so as root the file is made
// immutable (chattr +i, on file systems that have the flag: ext4, xfs,
// btrfs, tmpfs); otherwise its write permissions are taken away. ok() checks
// that the file really cannot be opened for writing.
class ReadOnlyFile
{
public:
    explicit ReadOnlyFile(const QString &path);
    ~ReadOnlyFile();
    ReadOnlyFile(const ReadOnlyFile &) = delete;
    ReadOnlyFile &operator=(const ReadOnlyFile &) = delete;

    bool ok() const { return m_problem.isEmpty(); }
    QString why() const { return m_problem; }

private:
    bool setImmutable(bool on);

    QString m_path;
    bool m_immutable = false;
    bool m_chmodded = false;
    QFileDevice::Permissions m_permissions;
    QString m_problem;
};

} // namespace seawall::test
