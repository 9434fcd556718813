// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/csv/encoding.h"

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace seawall::csv::Encoding {
namespace {

constexpr QByteArrayView kUtf8Bom("\xEF\xBB\xBF");
constexpr QByteArrayView kUtf16LeBom("\xFF\xFE");
constexpr QByteArrayView kUtf16BeBom("\xFE\xFF");

// A name without endianness: the byte order mark decides, else little
// endian, which is what Excel's "Unicode text" writes.
const QString kUtf16Unspecified = u"UTF-16"_s;

// Bytes per code unit: a file of UTF-16 that ends in the middle of a unit
// is cut short, which the decoder does not report by itself.
qsizetype unitBytes(const QString &name)
{
    if (name.startsWith(u"UTF-16"_s))
        return 2;
    if (name.startsWith(u"UTF-32"_s))
        return 4;
    return 1;
}

// Said of invalid bytes and of a file cut in the middle of a character.
QString invalidMessage(qint64 line, const QString &encoding)
{
    return QCoreApplication::translate("Csv", "Line %1: the file is not valid %2 text. Choose the file's "
                                              "encoding (for example GB18030 or UTF-8) and read it again.")
        .arg(QString::number(line), encoding);
}

QString readError(const QIODevice &device)
{
    return QCoreApplication::translate("Csv", "The file could not be read: %1").arg(device.errorString());
}

} // namespace

Detection detect(QByteArrayView prefix, bool complete)
{
    if (prefix.startsWith(kUtf8Bom))
        return {u"UTF-8"_s, kUtf8Bom.size()};
    if (prefix.startsWith(kUtf16LeBom))
        return {u"UTF-16LE"_s, kUtf16LeBom.size()};
    if (prefix.startsWith(kUtf16BeBom))
        return {u"UTF-16BE"_s, kUtf16BeBom.size()};
    // A stateful decoder keeps a sequence cut at the end of the prefix for
    // later instead of reporting it; a stateless one reports it.
    QStringDecoder utf8(QStringConverter::Utf8,
                        complete ? QStringConverter::Flag::Stateless : QStringConverter::Flag::Default);
    [[maybe_unused]] const QString text = utf8.decode(prefix);
    if (!utf8.hasError())
        return {u"UTF-8"_s, 0};
    return {u"GB18030"_s, 0};
}

std::optional<QString> canonicalName(const QString &name)
{
    static const QHash<QString, QString> known{
        {u"utf8"_s, u"UTF-8"_s},
        {u"gb18030"_s, u"GB18030"_s},
        // GBK is a superset of GB2312: a file labelled GB2312 often holds GBK.
        {u"gbk"_s, u"GBK"_s},
        {u"cp936"_s, u"GBK"_s},
        {u"windows936"_s, u"GBK"_s},
        {u"gb2312"_s, u"GBK"_s},
        {u"euccn"_s, u"GBK"_s},
        {u"utf16"_s, kUtf16Unspecified},
        {u"unicode"_s, kUtf16Unspecified},
        {u"utf16le"_s, u"UTF-16LE"_s},
        {u"utf16be"_s, u"UTF-16BE"_s},
    };
    QString key = name.trimmed().toLower();
    key.remove(u'-').remove(u'_').remove(u' ');
    if (key.isEmpty())
        return std::nullopt;
    if (const auto it = known.constFind(key); it != known.constEnd())
        return *it;
    // Any other encoding Qt's ICU knows (Big5, Shift_JIS, ISO-8859-1…).
    const QStringDecoder other(name.trimmed().toLatin1().constData());
    if (other.isValid())
        return QString::fromLatin1(other.name());
    return std::nullopt;
}

Decoder::Decoder(QIODevice &device, const QString &encodingOverride, qsizetype chunkBytes)
    : m_device(device), m_chunkBytes(std::max<qsizetype>(chunkBytes, 1))
{
    if (!device.isReadable()) {
        fail(Error::Kind::Open, 0, readError(device));
        return;
    }
    m_prefix.resize(kDetectionBytes);
    qsizetype got = 0;
    bool complete = false;
    while (got < m_prefix.size()) {
        const qint64 n = device.read(m_prefix.data() + got, m_prefix.size() - got);
        if (n < 0) {
            fail(Error::Kind::Open, 1, readError(device));
            return;
        }
        if (n == 0) {
            complete = true;
            break;
        }
        got += qsizetype(n);
    }
    m_prefix.truncate(got);

    const Detection guess = detect(m_prefix, complete);
    if (encodingOverride.trimmed().isEmpty()) {
        m_name = guess.name;
        m_bomLength = guess.bomLength;
    } else {
        const std::optional<QString> name = canonicalName(encodingOverride);
        if (!name) {
            fail(Error::Kind::Invalid, 0,
                 QCoreApplication::translate("Csv", "Unknown encoding “%1”. Choose UTF-8, GB18030, GBK, "
                                                    "UTF-16LE or UTF-16BE.")
                     .arg(encodingOverride.trimmed()));
            return;
        }
        m_detected = false;
        m_name = *name;
        if (m_name == kUtf16Unspecified)
            m_name = guess.name == u"UTF-16BE"_s ? guess.name : u"UTF-16LE"_s;
        // Skip a byte order mark only when it belongs to the chosen encoding;
        // under another one its bytes are text (the user's choice wins).
        if (guess.name == m_name)
            m_bomLength = guess.bomLength;
    }
    // The byte order mark is skipped here, so the decoder must not skip a
    // second one that would be part of the text.
    m_decoder.emplace(m_name.toLatin1().constData(), QStringConverter::Flag::ConvertInitialBom);
    m_prefixPos = m_bomLength;
}

bool Decoder::read(QString &chunk)
{
    chunk.clear();
    // A chunk may end inside a multi-byte character and decode to nothing:
    // go on until there is text.
    while (chunk.isEmpty()) {
        if (m_error || m_finished)
            return false;
        if (m_prefixPos < m_prefix.size()) {
            const qsizetype n = std::min(m_chunkBytes, m_prefix.size() - m_prefixPos);
            chunk = decode(QByteArrayView(m_prefix).sliced(m_prefixPos, n));
            m_prefixPos += n;
            if (m_prefixPos == m_prefix.size())
                m_prefix = QByteArray();
        } else {
            if (!readBytes())
                return false;
            if (m_chunk.isEmpty())
                return finish(chunk);
            chunk = decode(m_chunk);
        }
    }
    return true;
}

bool Decoder::readBytes()
{
    m_chunk.resize(m_chunkBytes);
    const qint64 n = m_device.read(m_chunk.data(), m_chunkBytes);
    if (n < 0) {
        fail(Error::Kind::Open, m_line, readError(m_device));
        return false;
    }
    m_chunk.truncate(qsizetype(n));
    return true;
}

QString Decoder::decode(QByteArrayView bytes)
{
    QString text = m_decoder->decode(bytes);
    m_bytes += bytes.size();
    if (m_decoder->hasError()) {
        text.truncate(failInvalid(text));
        return text;
    }
    countLines(text);
    return text;
}

bool Decoder::finish(QString &chunk)
{
    m_finished = true;
    const qsizetype unit = unitBytes(m_name);
    bool cut = false;
    if (unit > 1) {
        cut = m_bytes % unit != 0;
    } else {
        // QStringDecoder has no flush: a line break after a sequence cut
        // short makes that sequence invalid, and is harmless otherwise.
        [[maybe_unused]] const QString tail = m_decoder->decode(QByteArrayView("\n"));
        cut = m_decoder->hasError();
    }
    if (cut)
        fail(Error::Kind::Invalid, m_line, invalidMessage(m_line, m_name));
    chunk.clear();
    return false;
}

void Decoder::countLines(QStringView text)
{
    // The same line breaks as the CSV reader: CRLF, LF and a lone CR.
    if (!text.contains(u'\r')) {
        qsizetype breaks = text.count(u'\n');
        if (m_lastWasCr && text.startsWith(u'\n'))
            --breaks;
        m_line += breaks;
        m_lastWasCr = false;
        return;
    }
    for (const QChar c : text) {
        if (c == u'\r' || (c == u'\n' && !m_lastWasCr))
            ++m_line;
        m_lastWasCr = c == u'\r';
    }
}

void Decoder::fail(Error::Kind kind, qint64 line, const QString &message)
{
    m_error = Error(kind, message);
    m_errorLine = line;
}

qsizetype Decoder::failInvalid(QStringView decoded)
{
    // The decoder puts U+FFFD where the invalid bytes were; the text before
    // it is good and is still handed out, so that the records before it
    // can be shown.
    qsizetype at = decoded.indexOf(QChar(QChar::ReplacementCharacter));
    if (at < 0)
        at = decoded.size();
    countLines(decoded.first(at));
    fail(Error::Kind::Invalid, m_line, invalidMessage(m_line, m_name));
    return at;
}

} // namespace seawall::csv::Encoding
