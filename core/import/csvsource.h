// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/csv/csvreader.h"
#include "core/csv/encoding.h"
#include "core/csv/headermap.h"
#include "core/csv/layout.h"
#include "core/util/error.h"

#include <QFile>
#include <QString>

#include <future>
#include <memory>
#include <optional>

namespace seawall {

// One file a subsidiary sent, read the way the importer and `seawall csv`
// read it: its SHA-256, encoding (detected or forced), layout, header
// mapping and kind, then its data records one at a time (title, header,
// blank and total rows skipped), so that memory stays flat.
class CsvSource
{
public:
    explicit CsvSource(QString path);
    ~CsvSource();
    CsvSource(const CsvSource &) = delete;
    CsvSource &operator=(const CsvSource &) = delete;

    // Detects and maps, and starts hashing the file on a thread of its own
    // (see sha256()). With `requireKind` false a file whose header
    // names no known column still opens (for `seawall csv`).
    Status open(const QString &encodingOverride, std::optional<csv::FileKind> kind, bool requireKind = true);

    // What the user chose in the import window, set before open(): the
    // delimiter (null for detected) and columns mapped by hand (column to
    // canonical name, empty for "do not import") over the aliases.
    void setDelimiterOverride(QChar delimiter) { m_delimiterOverride = delimiter; }
    void setColumnOverrides(const QHash<int, QString> &columns) { m_columnOverrides = columns; }

    const QString &path() const { return m_path; }
    // Waits for the hash open() started: hashing a large file alone took
    // as long as the person directory takes to load, and now runs beside
    // it. An error when the file could not be read to the end.
    Result<QString> sha256();
    const QString &encoding() const { return m_encoding; }
    bool hasBom() const { return m_bom; }
    const csv::Layout &layout() const { return m_layout; }
    // Valid once open() succeeded with a kind.
    const std::optional<csv::HeaderMap> &headerMap() const { return m_map; }

    // The next data record; false at the end or on an error (see error()).
    bool next(csv::Record &record);
    const std::optional<Error> &error() const { return m_error; }
    qint64 errorLine() const { return m_errorLine; }

    // The header cell of a canonical column, for messages that name the
    // column as the clerk wrote it; the canonical name when there is none.
    QString headerOf(const QString &canonical) const;

private:
    static Result<QString> hash(const QString &path);

    QString m_path;
    std::shared_future<Result<QString>> m_sha256;
    QString m_encoding;
    QString m_encodingOverride;
    QChar m_delimiterOverride;
    QHash<int, QString> m_columnOverrides;
    bool m_bom = false;
    csv::Layout m_layout;
    std::optional<csv::HeaderMap> m_map;
    QFile m_file;
    std::unique_ptr<csv::CsvReader> m_reader;
    std::optional<Error> m_error;
    qint64 m_errorLine = 0;
};

} // namespace seawall
