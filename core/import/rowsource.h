// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/csv/csvreader.h"
#include "core/csv/headermap.h"
#include "core/csv/layout.h"
#include "core/util/error.h"

#include <QHash>
#include <QString>

#include <future>
#include <memory>
#include <optional>

namespace seawall {

// One file a subsidiary sent, read the way the importer and `seawall csv`
// read it: its SHA-256, layout, header mapping and kind, then its data
// records one at a time (title, header, blank and total rows skipped), so
// that memory stays flat. A CSV file (CsvSource) or an Excel workbook
// (WorkbookSource); create() tells them apart by their first bytes.
class RowSource
{
public:
    virtual ~RowSource();
    RowSource(const RowSource &) = delete;
    RowSource &operator=(const RowSource &) = delete;

    static std::unique_ptr<RowSource> create(const QString &path);

    // Detects and maps, and starts hashing the file on a thread of its own
    // (see sha256()). With `requireKind` false a file whose header
    // names no known column still opens (for `seawall csv`).
    virtual Status open(const QString &encodingOverride, std::optional<csv::FileKind> kind, bool requireKind = true) = 0;

    // What the user chose in the import window, set before open(): the
    // delimiter of a CSV file (null for detected), the sheet of a workbook
    // (empty for the one whose header is known), and columns mapped by
    // hand (column to canonical name, empty for "do not import") over the
    // aliases.
    virtual void setDelimiterOverride(QChar delimiter) { Q_UNUSED(delimiter) }
    virtual void setSheet(const QString &sheet) { Q_UNUSED(sheet) }
    void setColumnOverrides(const QHash<int, QString> &columns) { m_columnOverrides = columns; }

    const QString &path() const { return m_path; }
    // Waits for the hash open() started: hashing a large file alone took
    // as long as the person directory takes to load, and now runs beside
    // it. An error when the file could not be read to the end.
    Result<QString> sha256();
    // The text encoding of a CSV file; xlsx or xls for a workbook.
    const QString &encoding() const { return m_encoding; }
    virtual bool hasBom() const { return false; }
    // A workbook's rows are Excel's row numbers; its rejects are a workbook.
    virtual bool isWorkbook() const { return false; }
    // The sheet read, empty for a CSV file.
    virtual QString sheet() const { return {}; }
    // Every sheet of a workbook, in order; empty for a CSV file.
    virtual QStringList sheets() const { return {}; }
    const csv::Layout &layout() const { return m_layout; }
    // Valid once open() succeeded with a kind.
    const std::optional<csv::HeaderMap> &headerMap() const { return m_map; }

    // The next data record; false at the end or on an error (see error()).
    virtual bool next(csv::Record &record) = 0;
    const std::optional<Error> &error() const { return m_error; }
    qint64 errorLine() const { return m_errorLine; }

    // The header cell of a canonical column, for messages that name the
    // column as the clerk wrote it; the canonical name when there is none.
    QString headerOf(const QString &canonical) const;

protected:
    explicit RowSource(QString path);

    void startHashing();
    // Maps the header of m_layout (for `kind`, else the kind it names),
    // applies the columns chosen by hand, and with `requireKind` refuses a
    // header that names no kind or misses a required column.
    Status mapHeader(std::optional<csv::FileKind> kind, bool requireKind);
    // The next data record of `reader` (a CSV reader or a workbook's),
    // keeping its error.
    template <typename Reader>
    bool nextData(Reader *reader, csv::Record &record)
    {
        if (!reader)
            return false;
        while (reader->next(record))
            if (m_layout.roleOf(record) == csv::Layout::Role::Data)
                return true;
        if (reader->error() && !m_error) {
            m_error = *reader->error();
            m_errorLine = reader->errorLine();
        }
        return false;
    }

    QString m_path;
    QString m_encoding;
    csv::Layout m_layout;
    std::optional<csv::HeaderMap> m_map;
    std::optional<Error> m_error;
    qint64 m_errorLine = 0;

private:
    static Result<QString> hash(const QString &path);

    std::shared_future<Result<QString>> m_sha256;
    QHash<int, QString> m_columnOverrides;
};

} // namespace seawall
