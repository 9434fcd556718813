// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/readiness/dutyweek.h"

#include <QAbstractTableModel>

namespace seawall {

// The week grid of duty: a row per unit that reports daily, a column per
// day. A day whose duty is not covered stands out and says what it lacks;
// typing into it asks for the missing shift to be filled (fillRequested).
class DutyWeekModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    void setWeek(DutyWeek week);
    const DutyWeek &week() const { return m_week; }
    // The as-of day, marked in the header.
    void setToday(const QDate &day);
    void setRevealNumbers(bool reveal);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    const QList<Duty> &shifts(const QModelIndex &index) const;
    qint64 companyId(const QModelIndex &index) const;
    QDate date(const QModelIndex &index) const;
    bool isGap(const QModelIndex &index) const;

    // "白班 张三 138****5678" for each shift, or what the day lacks.
    static QString cellText(const QList<Duty> &shifts, bool reveal);

signals:
    // The user typed `text` into a gap: the person on duty (and, after
    // blanks, the phone and the leader) for the shift it lacks.
    void fillRequested(const QModelIndex &index, const QString &text);

private:
    DutyWeek m_week;
    QDate m_today;
    bool m_reveal = false;
};

} // namespace seawall
