// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/importpreview.h"

#include <QAbstractTableModel>

namespace seawall {

// The first records of a file as the import would read them, under their
// header as written, each header annotated with the field it maps to (by
// its label). ID and phone numbers are masked unless the user reveals them.
class PreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    void setPreview(const ImportPreview &preview, const std::optional<csv::HeaderMap> &map);
    void setRevealNumbers(bool reveal);

    // A cell of a column mapped to `field` as the wizard shows it when
    // numbers are masked: ID and phone numbers masked, and only what looks
    // like one (3.20612E+17 is no ID number to hide).
    static QString maskedCell(const QString &field, const QString &cell);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_header;
    QStringList m_mapsTo; // canonical names
    QStringList m_labels; // of m_mapsTo
    QList<csv::Record> m_records;
    bool m_reveal = false;
};

} // namespace seawall
