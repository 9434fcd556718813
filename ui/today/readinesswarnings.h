// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/readiness/readinessdetails.h"
#include "ui/edit/entityeditor.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace seawall {

class Workspace;

// Today's readiness figures (readiness.* of DOMAIN.md) and warnings: duty gaps today and tomorrow, supplies below
// their minimum, certificates expiring within 30 days, units without a
// drill in 30 days. Enter or a double click opens the record behind a
// warning (the stocktake, the training record), or the form that fills the
// gap (the missing shift, a drill). A page of Today's own: its tab counts the
// warnings (tabText()).
class ReadinessWarnings : public QWidget
{
    Q_OBJECT

public:
    ReadinessWarnings(Workspace *workspace, QWidget *parent = nullptr);

    // The warnings, and the day's readiness figures above them.
    void setDetails(ReadinessDetails details, const ReadinessFigures &figures = {});
    QLabel *figuresLine() const { return m_figures; }
    QTableWidget *table() const { return m_table; }
    // Opens what is behind the warning of `row`.
    void open(int row);
    // The title of its tab, with the number of warnings.
    QString tabText() const;

private:
    enum class Kind { DutyGap, Shortage, Expiring, NoDrill };
    struct Warning
    {
        Kind kind;
        qint64 id = 0; // the company of a gap or no drill, the stocktake, the training record
        QDate date;
        QVariant value; // the shift a gap lacks
    };

    void add(const Warning &warning, const QString &what, const QString &unit, const QString &detail);

    Workspace *m_workspace;
    EntityEditor m_editor;
    QLabel *m_figures = nullptr;
    QTableWidget *m_table = nullptr;
    QList<Warning> m_warnings;
};

} // namespace seawall
