// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <initializer_list>

class QTableWidget;
class QTableWidgetItem;

namespace seawall::Cells {

// A cell of a table the user reads but does not edit.
QTableWidgetItem *text(const QString &text);
// A number, in the user's locale, to the right.
QTableWidgetItem *number(qint64 value);
// Numbers side by side in `row`, from `column` on (an import's counts).
void numbers(QTableWidget *table, int row, int column, std::initializer_list<qint64> values);

// The one way a table shows a day and a moment, in any language: the
// record lists' (2022-03-15, 2022-03-15 08:00), which read and sort alike.
QString date(const QDate &date);
QString dateTime(const QDateTime &time);

} // namespace seawall::Cells
