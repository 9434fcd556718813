// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QSplitter;

namespace seawall {

class RecordListView;
class Workspace;

// Inspections above, the findings of the chosen one below; inspections with
// an overdue finding and the overdue findings themselves stand out.
class InspectionsView : public QWidget
{
    Q_OBJECT

public:
    explicit InspectionsView(Workspace *workspace, QWidget *parent = nullptr);

    RecordListView *inspections() const { return m_inspections; }
    RecordListView *findings() const { return m_findings; }
    QSplitter *splitter() const { return m_splitter; }

private:
    RecordListView *m_inspections;
    RecordListView *m_findings;
    QSplitter *m_splitter;
};

} // namespace seawall
