// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

// The bodies of the fuzz targets, one function each, so that libFuzzer
// (fuzz_csv, fuzz_import, clang builds only) and the corpus replay that
// ctest runs in every build (fuzz_replay) feed inputs through the same code.
// Results are thrown away; what counts is a crash, a sanitizer report, or a
// check of these functions that fails: it prints what broke and aborts.
namespace seawall::fuzz {

// What reads a file before any SQL: the encoding guess and decoder, the
// layout, the CSV reader, every cell parser, the header map of every kind.
void readCsv(QByteArrayView bytes);

// The import as the program runs it, of `bytes` as a file, into an
// in-memory database that holds a small group (companies, an alias,
// persons, a mapping profile): kind detection, mapping, validation and the
// writer, then the undo of what it wrote. Each input is rolled back; a
// QCoreApplication is made if there is none.
void importFile(QByteArrayView bytes);

// Prints `what` and aborts when `condition` is false.
void require(bool condition, const char *what);

} // namespace seawall::fuzz
