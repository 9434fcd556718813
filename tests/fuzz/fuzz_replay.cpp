// SPDX-License-Identifier: GPL-3.0-or-later
// Replays a corpus through the bodies of the fuzz targets, without
// libFuzzer, in any build: ctest runs it on tests/fuzz/corpus so that every
// seed (and every crash once fixed and added) is checked on every run.
//
// usage: fuzz_replay MIN_FILES PATH…
// Each PATH is a file or a folder (its files, not its subfolders). Fails
// when fewer than MIN_FILES files were found, so that a corpus gone missing
// does not pass; a crash or a failed check aborts, naming the file.
#include "fuzztargets.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <cstdlib>

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    bool numeric = false;
    const int minimum = arguments.isEmpty() ? 0 : arguments.first().toInt(&numeric);
    if (!numeric || arguments.size() < 2) {
        std::fprintf(stderr, "usage: fuzz_replay MIN_FILES PATH...\n");
        return EXIT_FAILURE;
    }

    QStringList files;
    for (const QString &path : arguments.mid(1)) {
        const QFileInfo info(path);
        if (info.isDir()) {
            const QDir dir(path);
            for (const QString &name : dir.entryList(QDir::Files, QDir::Name))
                files << dir.filePath(name);
        } else if (info.isFile()) {
            files << path;
        } else {
            std::fprintf(stderr, "fuzz_replay: %s: no such file or folder\n", qPrintable(path));
            return EXIT_FAILURE;
        }
    }
    if (files.size() < minimum) {
        std::fprintf(stderr, "fuzz_replay: %lld files found, at least %d expected\n", qlonglong(files.size()), minimum);
        return EXIT_FAILURE;
    }

    for (const QString &path : std::as_const(files)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "fuzz_replay: cannot read %s\n", qPrintable(path));
            return EXIT_FAILURE;
        }
        const QByteArray bytes = file.readAll();
        // Printed first, so that the output of a crash names the file.
        std::fprintf(stderr, "%s\n", qPrintable(QFileInfo(path).fileName()));
        seawall::fuzz::readCsv(bytes);
        seawall::fuzz::importFile(bytes);
    }
    std::printf("fuzz_replay: %lld files read and imported\n", qlonglong(files.size()));
    return EXIT_SUCCESS;
}
