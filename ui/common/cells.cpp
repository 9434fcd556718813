// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/cells.h"

#include <QLocale>
#include <QTableWidget>
#include <QTableWidgetItem>

using namespace Qt::StringLiterals;

namespace seawall::Cells {

QTableWidgetItem *text(const QString &text)
{
    auto *cell = new QTableWidgetItem(text);
    cell->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return cell;
}

QTableWidgetItem *number(qint64 value)
{
    QTableWidgetItem *cell = text(QLocale().toString(value));
    cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return cell;
}

void numbers(QTableWidget *table, int row, int column, std::initializer_list<qint64> values)
{
    for (const qint64 value : values)
        table->setItem(row, column++, number(value));
}

QString date(const QDate &date) { return date.isValid() ? date.toString(Qt::ISODate) : QString(); }

QString dateTime(const QDateTime &time)
{
    return time.isValid() ? time.toString(u"yyyy-MM-dd HH:mm"_s) : QString();
}

} // namespace seawall::Cells
