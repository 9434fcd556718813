// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/duty/dutyweekmodel.h"

#include "core/util/masking.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace seawall {

void DutyWeekModel::setWeek(DutyWeek week)
{
    beginResetModel();
    m_week = std::move(week);
    endResetModel();
}

void DutyWeekModel::setToday(const QDate &day)
{
    m_today = day;
    emit headerDataChanged(Qt::Horizontal, 0, DutyWeek::kDays - 1);
}

void DutyWeekModel::setRevealNumbers(bool reveal)
{
    m_reveal = reveal;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, DutyWeek::kDays - 1));
}

int DutyWeekModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_week.rows.size());
}

int DutyWeekModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : DutyWeek::kDays; }

const QList<Duty> &DutyWeekModel::shifts(const QModelIndex &index) const
{
    return m_week.rows.at(size_t(index.row())).days.at(size_t(index.column()));
}

qint64 DutyWeekModel::companyId(const QModelIndex &index) const
{
    return index.isValid() ? m_week.rows.at(size_t(index.row())).companyId : 0;
}

QDate DutyWeekModel::date(const QModelIndex &index) const { return m_week.day(index.column()); }

bool DutyWeekModel::isGap(const QModelIndex &index) const
{
    return index.isValid() && !DutyWeek::covered(shifts(index));
}

QString DutyWeekModel::cellText(const QList<Duty> &shifts, bool reveal)
{
    QStringList lines;
    for (const Duty &duty : shifts) {
        QString line = displayName(duty.shift) + u' ' + duty.person;
        if (!duty.phone.isEmpty())
            line += u' ' + (reveal ? duty.phone : maskPhoneCell(duty.phone));
        lines << line;
    }
    const QList<DutyShift> missing = DutyWeek::missing(shifts);
    if (!missing.isEmpty())
        lines << (shifts.isEmpty() ? tr("No duty") : tr("No %1").arg(displayName(missing.front())));
    return lines.join(u'\n');
}

QVariant DutyWeekModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const QList<Duty> &day = shifts(index);
    switch (role) {
    case Qt::DisplayRole: return cellText(day, m_reveal);
    case Qt::EditRole: return QString();
    case Qt::ToolTipRole: {
        QStringList leaders;
        for (const Duty &duty : day)
            if (!duty.leader.isEmpty() && !leaders.contains(duty.leader))
                leaders << duty.leader;
        QString tip = cellText(day, m_reveal);
        if (!leaders.isEmpty())
            tip += u'\n' + tr("Leader on duty: %1").arg(leaders.join(u"、"_s));
        if (isGap(index))
            tip += u'\n' + tr("Type a name (then the phone and the leader) to fill the missing shift; Enter opens the form.");
        return tip;
    }
    case Qt::BackgroundRole:
        if (isGap(index))
            return QBrush(QColor(0xfd, 0xde, 0xdc));
        return {};
    case Qt::ForegroundRole:
        if (isGap(index))
            return QBrush(QColor(0xa0, 0x10, 0x10));
        return {};
    default: return {};
    }
}

QVariant DutyWeekModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section < rowCount())
            return m_week.rows.at(size_t(section)).name;
        return {};
    }
    const QDate day = m_week.day(section);
    if (role == Qt::DisplayRole)
        return QLocale().toString(day, u"M/d ddd"_s);
    if (role == Qt::FontRole && day == m_today) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    return {};
}

Qt::ItemFlags DutyWeekModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (isGap(index))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool DutyWeekModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !isGap(index) || value.toString().trimmed().isEmpty())
        return false;
    emit fillRequested(index, value.toString().trimmed());
    return false; // the grid reads the week again once the duty is saved
}

} // namespace seawall
