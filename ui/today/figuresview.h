// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/figures/figures.h"

#include <QWidget>

class QGroupBox;
class QLabel;
class QTableWidget;
class QGridLayout;

namespace seawall {

// Shows the figures of one day: the headline numbers, each with its change
// since the day before when that is given, and the per-company table.
class FiguresView : public QWidget
{
    Q_OBJECT

public:
    explicit FiguresView(QWidget *parent = nullptr);

    void setFigures(const Figures &figures);
    void setFigures(const Figures &figures, const Figures &dayBefore);
    // The text shown for a figure, by its JSON key ("tests.on_date"), for tests.
    QString figureText(const QString &key) const;
    // The change shown under it ("▲ 2"); empty when no day before was given.
    QString changeText(const QString &key) const;
    void setCompanyTableVisible(bool visible);
    // Whose figures they are: the whole group, or a company and its units.
    void setScopeTitle(const QString &title);

private:
    void addFigure(const QString &key, const QString &label, int row, int column);

    QGridLayout *m_grid = nullptr;
    QTableWidget *m_companies = nullptr;
    QHash<QString, QLabel *> m_values;
    QGroupBox *m_box = nullptr;
    QHash<QString, QLabel *> m_changes;
};

} // namespace seawall
