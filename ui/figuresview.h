// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figures/figures.h"

#include <QWidget>

class QLabel;
class QTableWidget;
class QGridLayout;

namespace seawall {

// Shows the figures of one day: the headline numbers and the per-company
// table.
class FiguresView : public QWidget
{
    Q_OBJECT

public:
    explicit FiguresView(QWidget *parent = nullptr);

    void setFigures(const Figures &figures);
    // The text shown for a figure, by its JSON key ("tests.on_date"), for tests.
    QString figureText(const QString &key) const;

private:
    void addFigure(const QString &key, const QString &label, int row, int column);

    QGridLayout *m_grid = nullptr;
    QTableWidget *m_companies = nullptr;
    QHash<QString, QLabel *> m_values;
};

} // namespace seawall
