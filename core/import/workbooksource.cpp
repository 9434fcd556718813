// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/workbooksource.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace seawall {

WorkbookSource::WorkbookSource(QString path) : RowSource(std::move(path)) {}

WorkbookSource::~WorkbookSource() = default;

Result<WorkbookSource::Sheet> WorkbookSource::chooseSheet(workbook::WorkbookReader &reader, const QString &wanted,
                                                          std::optional<csv::FileKind> kind)
{
    const QStringList names = reader.sheetNames();
    std::optional<Sheet> complete;
    std::optional<Sheet> named;
    std::optional<Sheet> laidOut;
    for (int index = 0; index < names.size() && !complete; ++index) {
        if (!wanted.isEmpty() && names.at(index) != wanted)
            continue;
        if (Status status = reader.selectSheet(index); !status)
            return status.error();
        QList<csv::Record> start;
        csv::Record record;
        while (start.size() < csv::Layout::kSampleRecords && reader.next(record))
            start.append(record);
        if (reader.error())
            return *reader.error();
        const std::optional<csv::Layout> layout = csv::Layout::fromRecords(start);
        if (!layout)
            continue;
        const Sheet sheet{index, names.at(index), *layout};
        const std::optional<csv::HeaderMap> map = csv::HeaderMap::of(kind, layout->header);
        if (map && map->isComplete())
            complete = sheet;
        else if (map && !map->mapping().isEmpty() && !named)
            named = sheet;
        else if (!laidOut)
            laidOut = sheet;
    }
    std::optional<Sheet> chosen = complete ? complete : named ? named : laidOut;
    if (!chosen) {
        if (!wanted.isEmpty() && !names.contains(wanted))
            return Error{Error::Kind::NotFound,
                         QCoreApplication::translate("Workbook", "The workbook has no sheet “%1”.").arg(wanted)};
        return Error{Error::Kind::Invalid,
                     QCoreApplication::translate("Workbook", "No header row was found: no sheet of the workbook has a row "
                                                             "of two or more headers.")};
    }
    if (Status status = reader.selectSheet(chosen->index); !status)
        return status.error();
    return *chosen;
}

Status WorkbookSource::open(const QString &encodingOverride, std::optional<csv::FileKind> kind, bool requireKind)
{
    Q_UNUSED(encodingOverride)
    startHashing();
    Result<std::unique_ptr<workbook::WorkbookReader>> reader = workbook::WorkbookReader::open(m_path);
    if (!reader)
        return reader.error();
    m_ahead.reset();
    m_reader = std::move(reader.value());
    m_encoding = m_reader->formatName();
    Result<Sheet> sheet = chooseSheet(*m_reader, m_wantedSheet, kind);
    if (!sheet)
        return sheet.error();
    m_sheet = sheet.value();
    m_layout = m_sheet.layout;
    return mapHeader(kind, requireKind);
}

bool WorkbookSource::next(csv::Record &record)
{
    if (!m_reader)
        return false;
    if (!m_ahead)
        m_ahead = std::make_unique<ReadAhead<workbook::WorkbookReader>>(*m_reader);
    return nextData(m_ahead.get(), record);
}

} // namespace seawall
