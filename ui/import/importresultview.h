// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/importreport.h"

#include <QWidget>

#include <functional>

class QDialog;
class QLabel;
class QTableWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace seawall {

// What an import did or would do: the counts of each file, what they mean,
// and every problem (file, line, field, message). The errors that stop the
// import come first, apart; the notices follow, those of one kind (the
// persons of the roster missing from the file, rows repeating a record…)
// as one line with a count that opens to show them. ID numbers are masked
// unless the user reveals them. Double-clicking a problem shows the row of
// the file it is about, read as the import read it.
class ImportResultView : public QWidget
{
    Q_OBJECT

public:
    explicit ImportResultView(QWidget *parent = nullptr);

    // `dryRun` words the counts as what would happen. `choiceOf` gives the
    // encoding and delimiter the file is read with, for showing a row.
    void setResult(const ImportResult &result, bool dryRun, std::function<FileChoice(const QString &)> choiceOf);
    void clear();
    void setRevealNumbers(bool reveal);

    QTableWidget *counts() const { return m_counts; }
    // What new, updated, unchanged and repeated mean, with the fields that
    // tell one record from another for each kind of file of the result.
    QLabel *countsMeaning() const { return m_meaning; }
    QTreeWidget *problems() const { return m_problems; }
    // The two parts of problems(); null when empty.
    QTreeWidgetItem *errorsItem() const { return m_errors; }
    QTreeWidgetItem *noticesItem() const { return m_notices; }
    // The dialog showing the row of a problem (an item of problems()); null
    // when the item is about no one row. Not modal.
    QDialog *showRow(const QTreeWidgetItem *problem);

private:
    void fill();

    ImportResult m_result;
    bool m_dryRun = false;
    bool m_reveal = false;
    QTableWidget *m_counts = nullptr;
    QLabel *m_meaning = nullptr;
    QTreeWidget *m_problems = nullptr;
    QTreeWidgetItem *m_errors = nullptr;
    QTreeWidgetItem *m_notices = nullptr;
    std::function<FileChoice(const QString &)> m_choiceOf;
};

} // namespace seawall
