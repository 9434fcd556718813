// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/lists/listspec.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QMenu;
class QTableView;
class QTimer;
class QToolBar;

namespace seawall {

class RecordListModel;
class Workspace;

// A list of one entity's records: a search box that filters as you type,
// the filters that fit the entity, a date range (the as-of day, or the days
// up to it, unless the user chooses another), a table that fetches rows
// as it scrolls, sorts by any column and lets the user choose its columns,
// and export of what it shows to CSV. It follows the workspace (database,
// company tree, as-of date, masking) and reads again when its tables change.
// Adding, editing and deleting are asked of whoever owns the list.
class RecordListView : public QWidget
{
    Q_OBJECT

public:
    RecordListView(ListSpec spec, Workspace *workspace, QWidget *parent = nullptr);
    ~RecordListView() override;

    RecordListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchBox() const { return m_search; }
    QList<qint64> selectedIds() const;
    qint64 currentId() const;
    // Writes the rows and columns shown to an .xlsx workbook, or a CSV file
    // when the name ends in .csv; false with a message on failure.
    bool exportList(const QString &path, QString *error = nullptr);
    void setColumnShown(int column, bool shown);
    // Reads rows only while the list is on screen (a page of the main
    // window): a list out of sight costs nothing at start or after an edit.
    void loadWhenShown();
    // Whether it offers adding, editing and deleting (a viewer's does
    // not, nor a coordinator's list of companies: db/role.h).
    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }

signals:
    void addRequested();
    void editRequested(qint64 id);
    void removeRequested(const QList<qint64> &ids);
    void currentChanged(qint64 id);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void buildFilters();
    void applyRange();
    // Puts the date range back on the workspace's days up to the as-of date.
    void followAsOf();
    void reloadKeepingCurrent();
    void updateCount();
    void chooseExportFile();
    void fillColumnMenu(QMenu *menu);
    void saveHeader() const;
    void restoreHeader();

    ListSpec m_spec;
    Workspace *m_workspace;
    RecordListModel *m_model;
    QToolBar *m_toolBar;
    QLineEdit *m_search;
    QList<QComboBox *> m_filters;
    QCheckBox *m_useRange = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QTableView *m_table;
    QLabel *m_count;
    QTimer *m_countTimer;
    bool m_loadWhenShown = false;
    bool m_headerRestored = false;
    bool m_editable = true;
    QList<QAction *> m_editing; // add, edit, delete
};

} // namespace seawall
