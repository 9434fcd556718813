// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/today/reportgridmodel.h"

#include "ui/common/cells.h"

#include <QColor>
#include <QFont>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace seawall {

ReportGridModel::ReportGridModel(QObject *parent) : QAbstractTableModel(parent) {}

void ReportGridModel::setGrid(ReportGrid grid)
{
    const bool sameShape = grid.rows.size() == m_grid.rows.size() && grid.dates == m_grid.dates
        && grid.morningColumn == m_grid.morningColumn;
    if (!sameShape)
        beginResetModel();
    m_grid = std::move(grid);
    if (!sameShape) {
        endResetModel();
        return;
    }
    // Same units and days: tell the views the cells changed, so that the
    // current cell stays where the user left it.
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    emit headerDataChanged(Qt::Vertical, 0, qMax(0, rowCount() - 1));
}

int ReportGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_grid.rows.size());
}

int ReportGridModel::columnCount(const QModelIndex &parent) const
{
    // The as-of day has a column per edition, the morning one only when a
    // unit sends morning reports.
    if (parent.isValid() || m_grid.dates.empty())
        return 0;
    return int(m_grid.dates.size()) + (m_grid.morningColumn ? 1 : 0);
}

QDate ReportGridModel::dateOf(int column) const
{
    return m_grid.dates[size_t(qMin(column, int(m_grid.dates.size()) - 1))];
}

std::optional<ReportEdition> ReportGridModel::editionOf(int column) const
{
    const int last = int(m_grid.dates.size()) - 1;
    if (column < last)
        return std::nullopt;
    return column == last && m_grid.morningColumn ? ReportEdition::Morning : ReportEdition::Evening;
}

const ReportCell *ReportGridModel::cell(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return nullptr;
    const ReportGridRow &row = m_grid.rows[size_t(index.row())];
    const auto edition = editionOf(index.column());
    if (!edition)
        return &row.days[size_t(index.column())];
    return *edition == ReportEdition::Morning ? &row.morning : &row.evening;
}

const ReportCell *ReportGridModel::shown(const QModelIndex &index) const
{
    const ReportCell *c = cell(index);
    if (!c || c->state != ReportState::Missing || editionOf(index.column()) != ReportEdition::Evening)
        return c;
    // No evening report: the morning one, when it came, stands for the day.
    const ReportCell &day = m_grid.rows[size_t(index.row())].days.back();
    return day.state == ReportState::Missing ? c : &day;
}

QString ReportGridModel::symbol(ReportState state)
{
    switch (state) {
    case ReportState::ZeroReport: return tr("0", "grid cell: zero report");
    case ReportState::Reported: return tr("!", "grid cell: report with anomalies");
    case ReportState::Missing: return tr("✗", "grid cell: no report");
    case ReportState::NotExpected:
        return u"—"_s;
    }
    return {};
}

QString ReportGridModel::stateName(ReportState state)
{
    switch (state) {
    case ReportState::ZeroReport: return tr("Zero report");
    case ReportState::Reported: return tr("Report with anomalies");
    case ReportState::Missing: return tr("Missing");
    case ReportState::NotExpected:
        return tr("No morning report expected");
    }
    return {};
}

QColor ReportGridModel::colour(ReportState state)
{
    switch (state) {
    case ReportState::ZeroReport: return {0xd9, 0xef, 0xd9};
    case ReportState::Reported: return {0xfc, 0xe6, 0xb0};
    case ReportState::Missing: return {0xf6, 0xc9, 0xc9};
    case ReportState::NotExpected:
        return { 0xf2, 0xf2, 0xf2 };
    }
    return {};
}

QVariant ReportGridModel::data(const QModelIndex &index, int role) const
{
    const ReportCell *own = cell(index);
    if (!own)
        return {};
    const ReportCell *c = shown(index);
    // The evening cell of a unit that so far sent only its morning report.
    const bool byMorning = c != own;
    const ReportGridRow &row = m_grid.rows[size_t(index.row())];
    const auto edition = editionOf(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return symbol(c->state);
    case Qt::BackgroundRole:
        return colour(c->state);
    case Qt::ForegroundRole:
        return c->state == ReportState::NotExpected ? QColor(0x80, 0x80, 0x80) : QColor(0x20, 0x20, 0x20);
    case Qt::FontRole: {
        if (!byMorning)
            return {};
        QFont italic;
        italic.setItalic(true);
        return italic;
    }
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        const QString day = Cells::date(dateOf(index.column()));
        const QString when = edition ? tr("%1, %2 edition").arg(day, displayName(*edition)) : day;
        if (c->state == ReportState::NotExpected)
            return tr("%1 — %2: %3").arg(row.name, when, tr("the unit sends no morning report"));
        QString text = tr("%1 — %2: %3").arg(row.name, when, stateName(byMorning ? own->state : c->state));
        if (byMorning)
            text += u'\n' + tr("Reported for the day by its morning edition: %1").arg(stateName(c->state));
        if (c->state == ReportState::Reported)
            text += u'\n' + c->anomalies;
        if (c->state != ReportState::Missing && !edition)
            text += u'\n' + tr("(%1 edition)").arg(displayName(c->edition));
        if (own->reportId == 0 && role == Qt::ToolTipRole)
            text += u'\n' + tr("Enter or double-click to record the report.");
        return text;
    }
    case StateRole:
        return int(c->state);
    case CompanyIdRole:
        return row.companyId;
    case DateRole:
        return dateOf(index.column());
    case EditionRole:
        // An earlier day is recorded as the evening edition, the default.
        return int(own->reportId != 0 ? own->edition : edition.value_or(ReportEdition::Evening));
    case ReportIdRole:
        return own->reportId;
    default:
        return {};
    }
}

QVariant ReportGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= rowCount())
            return {};
        const ReportGridRow &row = m_grid.rows[size_t(section)];
        if (role == Qt::DisplayRole)
            return row.name;
        if (role == Qt::ToolTipRole)
            return tr("%1 (code %2)").arg(row.name, row.code);
        return {};
    }
    if (section < 0 || section >= columnCount())
        return {};
    const QDate date = dateOf(section);
    const auto edition = editionOf(section);
    // Without a morning column the as-of day's one column is headed by the
    // day alone, as the earlier days are.
    const bool editions = edition && m_grid.morningColumn;
    if (role == Qt::DisplayRole) {
        // The month where it starts and on the as-of day, as a calendar
        // heads its days ("11/30 12/1 2 3 … 12/6"): fourteen columns fit
        // beside the lists at 1280 wide in any month.
        const bool month = section == 0 || date.day() == 1 || edition;
        const QString day = QLocale().toString(date, month ? u"M/d"_s : u"d"_s);
        if (!editions)
            return day;
        return day + u'\n'
               + (*edition == ReportEdition::Morning ? tr("AM", "morning edition, column header")
                                                     : tr("PM", "evening edition, column header"));
    }
    if (role == Qt::ToolTipRole) {
        const QString day = Cells::date(date);
        return editions ? tr("%1, %2 edition").arg(day, displayName(*edition)) : day;
    }
    if (role == Qt::FontRole && edition) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    return {};
}

} // namespace seawall
