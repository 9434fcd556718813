// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringDecoder>

#include <optional>

class QIODevice;

namespace seawall::csv {

// The text encoding of a file that a subsidiary sends: guessed from its
// first bytes (or named by the user), then decoded chunk by chunk so that a
// file of any size is read with flat memory.
namespace Encoding {

// How many bytes the guess looks at. A UTF-8 file whose first 64 KiB are
// plain ASCII is taken for UTF-8; a GB18030 byte further down is then
// reported as an error naming its line (the user can choose the encoding).
inline constexpr qsizetype kDetectionBytes = 64 * 1024;

struct Detection
{
    QString name;            // a name QStringDecoder accepts: UTF-8, GB18030, UTF-16LE…
    qsizetype bomLength = 0; // bytes of byte order mark at the start, skipped when decoding
};

// The encoding of a file starting with `prefix`: a byte order mark decides
// (UTF-8, UTF-16LE, UTF-16BE); else UTF-8 when the bytes are valid UTF-8;
// else GB18030, which covers GBK and GB2312. `complete` says the prefix is
// the whole file, so that a multi-byte sequence cut at its end counts as
// invalid rather than as continued further on.
Detection detect(QByteArrayView prefix, bool complete);

// The canonical name for an encoding the user names (utf8, gbk, CP936,
// utf-16le, Unicode…), or nullopt when Qt cannot decode it.
std::optional<QString> canonicalName(const QString &name);

// Decodes a device from its current position. Invalid bytes anywhere stop
// the reading with an error naming their line, never a silent U+FFFD: an
// import must not store mangled names or ID numbers. The device is a file
// or a buffer: a read that returns nothing is taken for its end.
class Decoder
{
public:
    static constexpr qsizetype kChunkBytes = 64 * 1024;

    // `encodingOverride` (any name canonicalName() knows) wins over the
    // guess; empty means guess. `chunkBytes` is small only in tests.
    explicit Decoder(QIODevice &device, const QString &encodingOverride = {},
                     qsizetype chunkBytes = kChunkBytes);

    Decoder(const Decoder &) = delete;
    Decoder &operator=(const Decoder &) = delete;

    // The encoding used (canonical name); empty when the override is unknown.
    QString encodingName() const { return m_name; }
    bool hasBom() const { return m_bomLength > 0; }
    // True when the encoding was guessed, false when the user named it.
    bool detected() const { return m_detected; }

    // The next piece of text, at most a chunk long. False at the end or on
    // an error; the text before an invalid byte is still returned first.
    bool read(QString &chunk);

    bool atEnd() const { return m_finished; }
    const std::optional<Error> &error() const { return m_error; }
    // The 1-based line of the error, 0 when it has none (an unknown encoding).
    qint64 errorLine() const { return m_errorLine; }

private:
    bool readBytes();
    QString decode(QByteArrayView bytes);
    bool finish(QString &chunk);
    void countLines(QStringView text);
    void fail(Error::Kind kind, qint64 line, const QString &message);
    qsizetype failInvalid(QStringView decoded);

    QIODevice &m_device;
    qsizetype m_chunkBytes;
    // In place, never moved: Qt 6.4's ICU decoders count invalid bytes
    // through a pointer to their own state, which a move leaves behind.
    std::optional<QStringDecoder> m_decoder;
    QString m_name;
    qsizetype m_bomLength = 0;
    bool m_detected = true;
    QByteArray m_prefix;       // read for the guess, decoded first
    QByteArray m_chunk;        // the bytes read after it, reused
    qsizetype m_prefixPos = 0; // how much of it has been decoded
    qint64 m_bytes = 0;        // bytes decoded, for the parity check of UTF-16
    qint64 m_line = 1;         // the line the next decoded character is on
    bool m_lastWasCr = false;  // a CR ended the previous chunk: a LF next is the same line break
    bool m_finished = false;
    std::optional<Error> m_error;
    qint64 m_errorLine = 0;
};

} // namespace Encoding
} // namespace seawall::csv
