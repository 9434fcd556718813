// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/csv/csvreader.h"

#include <QCoreApplication>

#include <utility>

namespace seawall::csv {
namespace {

QString tooLongMessage(qint64 line, qsizetype maxLength)
{
    return QCoreApplication::translate("Csv", "Line %1: a field is longer than %2 characters; a quotation "
                                              "mark is probably not closed.")
        .arg(QString::number(line), QString::number(maxLength));
}

} // namespace

CsvReader::CsvReader(QString text, QChar delimiter) : m_delimiter(delimiter), m_buffer(std::move(text)) {}

CsvReader::CsvReader(Encoding::Decoder &decoder, QChar delimiter)
    : m_decoder(&decoder), m_delimiter(delimiter)
{
}

CsvReader::CsvReader(QIODevice &device, QChar delimiter, const QString &encoding)
    : m_ownedDecoder(std::make_unique<Encoding::Decoder>(device, encoding)),
      m_decoder(m_ownedDecoder.get()),
      m_delimiter(delimiter)
{
}

CsvReader::~CsvReader() = default;

bool CsvReader::next(Record &record)
{
    if (m_done)
        return false;
    record.fields.clear();
    record.line = 0;
    for (;;) {
        if (m_pos >= m_buffer.size() && !fill()) {
            m_done = true;
            return !m_error && finishAtEnd(record);
        }
        if (parse(record))
            return true;
        if (m_error) {
            m_done = true;
            return false;
        }
    }
}

Status CsvReader::forEach(const std::function<bool(const Record &)> &onRecord)
{
    Record record;
    while (next(record))
        if (!onRecord(record))
            return {};
    if (m_error)
        return *m_error;
    return {};
}

bool CsvReader::fill()
{
    m_pos = 0;
    m_buffer.clear();
    if (!m_decoder)
        return false;
    if (m_decoder->read(m_buffer))
        return true;
    if (m_decoder->error()) {
        m_error = m_decoder->error();
        m_errorLine = m_decoder->errorLine();
    }
    return false;
}

// Consumes the buffer until a record ends (true) or the buffer does (false).
// Runs of ordinary characters are appended at once rather than one by one:
// this loop is most of the time of a large import.
bool CsvReader::parse(Record &record)
{
    const QChar *data = m_buffer.constData();
    const qsizetype size = m_buffer.size();
    const char16_t delimiter = m_delimiter.unicode();
    const auto endsField = [delimiter](char16_t c) { return c == delimiter || c == u'\r' || c == u'\n'; };
    const auto endRecord = [this](char16_t lineBreak) {
        ++m_line;
        m_skipLf = lineBreak == u'\r';
        m_state = State::FieldStart;
        m_inRecord = false;
        return true;
    };

    while (m_pos < size) {
        switch (m_state) {
        case State::FieldStart: {
            const char16_t c = data[m_pos].unicode();
            if (m_skipLf) {
                m_skipLf = false;
                if (c == u'\n') {
                    ++m_pos;
                    continue;
                }
            }
            if (!m_inRecord) {
                m_inRecord = true;
                record.line = m_line;
            }
            if (c == u'"') {
                m_state = State::Quoted;
                m_quoteLine = m_line;
                m_lastWasCr = false;
                ++m_pos;
            } else {
                m_state = State::Unquoted;
            }
            break;
        }
        case State::Unquoted: {
            const qsizetype start = m_pos;
            while (m_pos < size && !endsField(data[m_pos].unicode()))
                ++m_pos;
            const qsizetype length = m_pos - start;
            if (m_field.size() + length > m_maxFieldLength) {
                fail(record.line, tooLongMessage(record.line, m_maxFieldLength));
                return false;
            }
            if (m_pos == size) {
                m_field.append(data + start, length);
                return false;
            }
            if (m_field.isEmpty()) {
                record.fields.append(QString(data + start, length));
            } else {
                m_field.append(data + start, length);
                record.fields.append(std::exchange(m_field, QString()));
            }
            if (!checkFieldCount(record))
                return false;
            const char16_t c = data[m_pos++].unicode();
            if (c != delimiter)
                return endRecord(c);
            m_state = State::FieldStart;
            break;
        }
        case State::Quoted: {
            const qsizetype start = m_pos;
            for (; m_pos < size; ++m_pos) {
                const char16_t c = data[m_pos].unicode();
                if (c == u'"')
                    break;
                if (c == u'\r' || (c == u'\n' && !m_lastWasCr))
                    ++m_line;
                m_lastWasCr = c == u'\r';
            }
            m_field.append(data + start, m_pos - start);
            if (m_field.size() > m_maxFieldLength) {
                fail(m_quoteLine, tooLongMessage(m_quoteLine, m_maxFieldLength));
                return false;
            }
            if (m_pos == size)
                return false;
            ++m_pos;
            m_state = State::QuoteInQuoted;
            break;
        }
        case State::QuoteInQuoted: {
            const char16_t c = data[m_pos].unicode();
            if (c == u'"') {
                m_field.append(u'"');
                m_lastWasCr = false;
                m_state = State::Quoted;
                ++m_pos;
            } else if (endsField(c)) {
                ++m_pos;
                if (!endField(record))
                    return false;
                if (c != delimiter)
                    return endRecord(c);
                m_state = State::FieldStart;
            } else {
                // `"abc"def`: not RFC 4180, but Excel keeps the text, and so
                // does the reader rather than dropping part of a cell.
                m_state = State::Unquoted;
            }
            break;
        }
        }
    }
    return false;
}

bool CsvReader::endField(Record &record)
{
    record.fields.append(std::exchange(m_field, QString()));
    return checkFieldCount(record);
}

bool CsvReader::checkFieldCount(const Record &record)
{
    if (record.fields.size() > kMaxFields) {
        fail(record.line, QCoreApplication::translate("Csv", "Line %1: a record has more than %2 fields.")
                              .arg(QString::number(record.line), QString::number(kMaxFields)));
        return false;
    }
    return true;
}

bool CsvReader::finishAtEnd(Record &record)
{
    if (m_state == State::Quoted) {
        fail(m_quoteLine,
             QCoreApplication::translate("Csv", "Line %1: a quoted field that starts here is not closed "
                                                "before the end of the file.")
                 .arg(QString::number(m_quoteLine)));
        return false;
    }
    // The last record needs no line break; a file ending in one has no
    // empty record after it.
    if (!m_inRecord)
        return false;
    m_inRecord = false;
    return endField(record);
}

void CsvReader::fail(qint64 line, const QString &message)
{
    m_error = Error(Error::Kind::Invalid, message);
    m_errorLine = line;
}

} // namespace seawall::csv
