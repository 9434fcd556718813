// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/edit/entityeditor.h"

#include <QObject>

namespace seawall {

class CompanyTree;
class InspectionsView;
class RecordListView;
class Workspace;

// Connects the window's lists to the forms: Add, Edit (Enter or a double
// click) and Delete of each list open the right form or question, with the
// company chosen in the tree (or the inspection chosen above the findings)
// as the new record's default. Every change is one undo step.
class RecordEditing : public QObject
{
    Q_OBJECT

public:
    RecordEditing(Workspace *workspace, QWidget *window);

    EntityEditor &editor() { return m_editor; }
    void attach(RecordListView *list, EntityKind kind);
    void attachInspections(InspectionsView *view);
    void attachCompanyTree(CompanyTree *tree);

private:
    Workspace *m_workspace;
    QWidget *m_window;
    EntityEditor m_editor;
};

} // namespace seawall
