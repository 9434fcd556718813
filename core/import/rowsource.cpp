// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/rowsource.h"

#include "core/import/csvsource.h"
#include "core/import/workbooksource.h"
#include "core/workbook/workbookreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <openssl/evp.h>

using namespace Qt::StringLiterals;

namespace seawall {

RowSource::RowSource(QString path) : m_path(std::move(path)) {}

RowSource::~RowSource() = default;

std::unique_ptr<RowSource> RowSource::create(const QString &path)
{
    if (workbook::formatOf(path) != workbook::Format::Csv)
        return std::make_unique<WorkbookSource>(path);
    return std::make_unique<CsvSource>(path);
}

Result<QString> RowSource::hash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Kind::Open, QCoreApplication::translate("Import", "Cannot open %1: %2.").arg(QDir::toNativeSeparators(path),
                                                                     file.errorString())};
    // OpenSSL's SHA-256 (which uses the processor's SHA instructions) rather
    // than QCryptographicHash's: a tenth of the time on a 100 MB file.
    const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> sha(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    if (!sha || EVP_DigestInit_ex(sha.get(), EVP_sha256(), nullptr) != 1)
        return Error{Error::Kind::Open, QCoreApplication::translate("Import", "Cannot read %1: %2.").arg(QDir::toNativeSeparators(path),
                                                                     u"SHA-256"_s)};
    QByteArray chunk(1024 * 1024, Qt::Uninitialized);
    for (;;) {
        const qint64 read = file.read(chunk.data(), chunk.size());
        if (read < 0)
            return Error{Error::Kind::Open, QCoreApplication::translate("Import", "Cannot read %1: %2.").arg(QDir::toNativeSeparators(path),
                                                                         file.errorString())};
        if (read == 0)
            break;
        EVP_DigestUpdate(sha.get(), chunk.constData(), size_t(read));
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(sha.get(), digest, &length);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex());
}

void RowSource::startHashing()
{
    m_sha256 = std::async(std::launch::async, &RowSource::hash, m_path).share();
}

Result<QString> RowSource::sha256()
{
    if (!m_sha256.valid())
        return Error{Error::Kind::Open, QCoreApplication::translate("Import", "Cannot open %1: %2.").arg(QDir::toNativeSeparators(m_path), QString())};
    return m_sha256.get();
}

Status RowSource::mapHeader(std::optional<csv::FileKind> kind, bool requireKind)
{
    m_map = csv::HeaderMap::of(kind, m_layout.header);
    if (m_map && !m_columnOverrides.isEmpty())
        if (Status status = m_map->apply(m_columnOverrides); !status)
            return status;
    if (requireKind) {
        if (!m_map)
            return Error{Error::Kind::Invalid,
                         QCoreApplication::translate("Import", "Line %1: none of the column headers is one Seawall knows, so the kind of file "
                            "cannot be told. Check that this row is the header, or give the kind (--kind).")
                             .arg(m_layout.headerLine)};
        const QStringList missing = m_map->missingRequired();
        if (!missing.isEmpty()) {
            return Error{Error::Kind::Invalid,
                         QCoreApplication::translate("Import", "Line %1: this file of %2 has no column for %3. Add the column, or rename its "
                            "header to one Seawall knows.")
                             .arg(m_layout.headerLine)
                             .arg(csv::displayName(m_map->kind()), csv::HeaderMap::labels(m_map->kind(), missing))};
        }
    }
    return {};
}

QString RowSource::headerOf(const QString &canonical) const
{
    if (m_map) {
        const int column = m_map->column(canonical);
        if (column >= 0 && column < m_layout.header.size())
            return m_layout.header.at(column).trimmed();
        return csv::HeaderMap::label(m_map->kind(), canonical);
    }
    return canonical;
}

} // namespace seawall
