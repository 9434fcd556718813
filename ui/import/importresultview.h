// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/importreport.h"

#include <QWidget>

#include <functional>

class QDialog;
class QTableWidget;

namespace seawall {

// What an import did or would do: the counts of each file and a table of
// every problem (file, line, column, message). Double-clicking a problem
// shows the row of the file it is about, read as the import read it.
class ImportResultView : public QWidget
{
    Q_OBJECT

public:
    explicit ImportResultView(QWidget *parent = nullptr);

    // `dryRun` words the counts as what would happen. `choiceOf` gives the
    // encoding and delimiter the file is read with, for showing a row.
    void setResult(const ImportResult &result, bool dryRun, std::function<FileChoice(const QString &)> choiceOf);
    void clear();

    QTableWidget *counts() const { return m_counts; }
    QTableWidget *problems() const { return m_problems; }
    // The dialog showing the row of a problem (a row of problems()); null
    // when the problem is about the whole file. Not modal.
    QDialog *showRow(int problem);

private:
    QTableWidget *m_counts = nullptr;
    QTableWidget *m_problems = nullptr;
    std::function<FileChoice(const QString &)> m_choiceOf;
};

} // namespace seawall
