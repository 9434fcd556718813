// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reconcile/recordsdialog.h"

#include "ui/common/cells.h"

#include "core/util/masking.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace seawall {

RecordsDialog::RecordsDialog(const Discrepancy &item, const RecordTable &records, bool revealNumbers,
                             QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("%1 — %2").arg(displayName(item.kind), item.companyName));
    auto *description = new QLabel(u"<b>%1</b><br>%2"_s.arg(windowTitle().toHtmlEscaped(),
                                                             item.description.toHtmlEscaped()),
                                   this);
    description->setTextFormat(Qt::RichText);
    description->setWordWrap(true);
    description->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table = new QTableWidget(int(records.rows.size()), int(records.headers.size()), this);
    m_table->setHorizontalHeaderLabels(records.headers);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const QLocale locale;
    for (int row = 0; row < records.rows.size(); ++row) {
        const QVariantList &values = records.rows.at(row);
        for (int column = 0; column < values.size(); ++column) {
            const QVariant &value = values.at(column);
            QString text;
            if (value.typeId() == QMetaType::QDate)
                text = Cells::date(value.toDate());
            else
                text = value.toString();
            if (!revealNumbers && column == records.idNumberColumn)
                text = maskIdNumber(text);
            else if (!revealNumbers && column == records.phoneColumn)
                text = maskPhone(text);
            QTableWidgetItem *cell = Cells::text(text);
            const int type = value.typeId();
            if (type == QMetaType::LongLong || type == QMetaType::Int)
                cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, cell);
        }
    }
    m_table->resizeColumnsToContents();

    auto *count = new QLabel(tr("Records: %1").arg(locale.toString(qint64(records.rows.size()))), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(description);
    layout->addWidget(m_table, 1);
    layout->addWidget(count);
    layout->addWidget(buttons);
    resize(820, 460);
}

} // namespace seawall
