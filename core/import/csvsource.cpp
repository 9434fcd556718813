// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/csvsource.h"

#include <QCoreApplication>
#include <QDir>

namespace seawall {

CsvSource::CsvSource(QString path) : RowSource(std::move(path)), m_file(m_path) {}

CsvSource::~CsvSource() = default;

Status CsvSource::open(const QString &encodingOverride, std::optional<csv::FileKind> kind, bool requireKind)
{
    startHashing();
    m_encodingOverride = encodingOverride;

    // First pass over the start of the file: the encoding and the layout.
    {
        QFile file(m_path);
        if (!file.open(QIODevice::ReadOnly))
            return Error{Error::Kind::Open, QCoreApplication::translate("Import", "Cannot open %1: %2.").arg(QDir::toNativeSeparators(m_path),
                                                                         file.errorString())};
        csv::Encoding::Decoder decoder(file, encodingOverride);
        m_encoding = decoder.encodingName();
        m_bom = decoder.hasBom();
        Result<csv::Layout> layout = csv::Layout::detect(decoder, m_delimiterOverride);
        if (!layout)
            return layout.error(); // its message names the line
        m_layout = layout.value();
    }

    if (Status status = mapHeader(kind, requireKind); !status)
        return status;

    // Second pass: the whole file, from the start, record by record.
    if (!m_file.open(QIODevice::ReadOnly))
        return Error{Error::Kind::Open, QCoreApplication::translate("Import", "Cannot open %1: %2.").arg(QDir::toNativeSeparators(m_path),
                                                                     m_file.errorString())};
    m_reader = std::make_unique<csv::CsvReader>(m_file, m_layout.delimiter, encodingOverride);
    return {};
}

bool CsvSource::next(csv::Record &record) { return nextData(m_reader.get(), record); }

} // namespace seawall
