// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/csv/encoding.h"
#include "core/util/error.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QIODevice;

namespace seawall::csv {

// One record of a CSV file: its fields exactly as written (quotes removed,
// doubled quotes undone, line breaks inside quotes kept) and the physical
// line it starts on, which every message about the record names.
struct Record
{
    QStringList fields;
    qint64 line = 0; // 1-based
};

// Reads RFC 4180 records one at a time from text that arrives in chunks,
// so that a file of any size is read with flat memory. Line breaks are
// CRLF, LF or a lone CR, in any mix; the last record needs no line break.
// An empty line is a record with one empty field (the layout skips it).
//
// Beyond RFC 4180, and like Excel: a quote inside an unquoted field is an
// ordinary character, and text after a closing quote is kept. A quote left
// open at the end of the file is an error naming the line where it opened.
class CsvReader
{
public:
    // Excel's cell limit is 32,767 characters; a field far longer means a
    // quote left open, and stopping keeps memory flat on such a file.
    static constexpr qsizetype kMaxFieldLength = 1024 * 1024;
    // Excel's column limit.
    static constexpr qsizetype kMaxFields = 16384;

    // Text already decoded.
    explicit CsvReader(QString text, QChar delimiter = u',');
    // Text from a decoder the caller keeps alive while reading.
    explicit CsvReader(Encoding::Decoder &decoder, QChar delimiter = u',');
    // A file or buffer from its current position, in the encoding detected
    // or named by `encoding`.
    CsvReader(QIODevice &device, QChar delimiter, const QString &encoding = {});
    ~CsvReader();

    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    // The next record; false at the end of the file or on an error.
    bool next(Record &record);

    // Calls `onRecord` for each record until it returns false, the file
    // ends, or an error stops the reading; the error, if any.
    Status forEach(const std::function<bool(const Record &)> &onRecord);

    const std::optional<Error> &error() const { return m_error; }
    // The 1-based line of the error, 0 when it has none.
    qint64 errorLine() const { return m_errorLine; }
    // The encoding of the text, empty when it came decoded.
    QString encodingName() const { return m_decoder ? m_decoder->encodingName() : QString(); }

    void setMaxFieldLength(qsizetype length) { m_maxFieldLength = length; }

private:
    enum class State {
        FieldStart,   // nothing of the field read yet
        Unquoted,     // inside a field that did not start with a quote
        Quoted,       // inside quotes
        QuoteInQuoted // a quote inside quotes: closing, or the first of a pair
    };

    bool fill();
    bool parse(Record &record);
    bool endField(Record &record);
    bool checkFieldCount(const Record &record);
    bool finishAtEnd(Record &record);
    void fail(qint64 line, const QString &message);

    std::unique_ptr<Encoding::Decoder> m_ownedDecoder;
    Encoding::Decoder *m_decoder = nullptr;
    QChar m_delimiter;
    QString m_buffer;
    qsizetype m_pos = 0;
    State m_state = State::FieldStart;
    QString m_field;
    bool m_inRecord = false; // a character of the current record was read
    bool m_skipLf = false;   // a CR ended the last record: a LF right after belongs to it
    bool m_lastWasCr = false; // inside quotes, for counting CRLF as one line break
    qint64 m_line = 1;       // the line of the next character
    qint64 m_quoteLine = 0;  // where the open quote is
    bool m_done = false;
    qsizetype m_maxFieldLength = kMaxFieldLength;
    std::optional<Error> m_error;
    qint64 m_errorLine = 0;
};

} // namespace seawall::csv
