// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/previewmodel.h"

#include "core/util/masking.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace seawall {

void PreviewModel::setPreview(const ImportPreview &preview, const std::optional<csv::HeaderMap> &map)
{
    beginResetModel();
    m_records = preview.records;
    m_header.clear();
    m_mapsTo.clear();
    m_labels.clear();
    if (!preview.error || !preview.layout.header.isEmpty()) {
        const int columns = preview.layout.columnCount();
        for (int i = 0; i < columns; ++i) {
            m_header.append(preview.layout.header.value(i).trimmed());
            const QString canonical = map ? map->mapping().value(i) : QString();
            m_mapsTo.append(canonical);
            m_labels.append(canonical.isEmpty() ? QString() : csv::HeaderMap::label(map->kind(), canonical));
        }
    }
    if (preview.error && preview.layout.header.isEmpty())
        m_records.clear();
    endResetModel();
}

int PreviewModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_records.size()); }

int PreviewModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_header.size()); }

QVariant PreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || role != Qt::DisplayRole)
        return {};
    const QString value = m_records.at(index.row()).fields.value(index.column());
    return m_reveal || index.column() >= m_mapsTo.size() ? value : maskedCell(m_mapsTo.at(index.column()), value);
}

QString PreviewModel::maskedCell(const QString &field, const QString &cell)
{
    if (field == u"id_number"_s)
        return maskIdNumbersIn(cell);
    if (field == u"phone"_s)
        return maskPhoneCell(cell);
    return cell;
}

void PreviewModel::setRevealNumbers(bool reveal)
{
    if (reveal == m_reveal)
        return;
    beginResetModel();
    m_reveal = reveal;
    endResetModel();
}

QVariant PreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (orientation == Qt::Vertical)
        // The physical line, as every message about a row names it.
        return section < m_records.size() ? QVariant(QLocale().toString(m_records.at(section).line)) : QVariant();
    if (section >= m_header.size())
        return {};
    const QString label = m_labels.at(section);
    if (role == Qt::ToolTipRole)
        return label.isEmpty() ? tr("Not imported") : tr("Imported as %1").arg(label);
    return label.isEmpty() ? m_header.at(section) : u"%1\n→ %2"_s.arg(m_header.at(section), label);
}

} // namespace seawall
