// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reconcile/discrepancy.h"

#include <QDialog>

class QTableWidget;

namespace seawall {

// The records behind one reconciliation item, read-only; ID and phone
// numbers masked unless the user chose to see them.
class RecordsDialog : public QDialog
{
    Q_OBJECT

public:
    RecordsDialog(const Discrepancy &item, const RecordTable &records, bool revealNumbers, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table = nullptr;
};

} // namespace seawall
