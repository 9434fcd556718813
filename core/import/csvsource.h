// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/csv/csvreader.h"
#include "core/csv/encoding.h"
#include "core/import/rowsource.h"

#include <QFile>
#include <QString>

#include <memory>
#include <optional>

namespace seawall {

// A CSV file a subsidiary sent: its encoding (detected or forced) and
// delimiter, then its records through the streaming CSV reader.
class CsvSource final : public RowSource
{
public:
    explicit CsvSource(QString path);
    ~CsvSource() override;

    Status open(const QString &encodingOverride, std::optional<csv::FileKind> kind, bool requireKind = true) override;
    void setDelimiterOverride(QChar delimiter) override { m_delimiterOverride = delimiter; }

    bool hasBom() const override { return m_bom; }
    bool next(csv::Record &record) override;

private:
    QString m_encodingOverride;
    QChar m_delimiterOverride;
    bool m_bom = false;
    QFile m_file;
    std::unique_ptr<csv::CsvReader> m_reader;
};

} // namespace seawall
