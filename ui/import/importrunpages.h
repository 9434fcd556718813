// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/importreport.h"

#include <QDate>
#include <QList>
#include <QPair>
#include <QWizardPage>

class QCheckBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

namespace seawall {

class ImportResultView;
class ImportWizard;

// A page that runs the import on the worker thread as it is shown, with a
// progress bar of records read and Cancel, then shows what the import did
// (or would do): counts, problems, and Save rejects… when rows were rejected.
class ImportRunPage : public QWizardPage
{
    Q_OBJECT

public:
    ImportRunPage(ImportWizard *wizard, bool dryRun);
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    bool isRunning() const { return m_running; }
    bool hasResult() const { return m_done; }
    const ImportResult &result() const { return m_result; }
    ImportResultView *resultView() const { return m_view; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *saveRejectsButton() const { return m_saveRejects; }
    QLabel *summary() const { return m_summary; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *recordsLabel() const { return m_records; }

signals:
    void runFinished();

protected:
    virtual bool skipInvalid() const = 0;
    virtual QString describe(const ImportResult &result) const = 0;
    virtual bool canGoOn() const { return true; }
    // Where a page adds its own widgets, above the results.
    QVBoxLayout *extras() const { return m_extras; }
    ImportWizard *importWizard() const { return m_wizard; }

private:
    void start();
    void showProgress(qint64 records);
    void finish();

    ImportWizard *m_wizard;
    bool m_dryRun;
    bool m_running = false;
    bool m_rowsRead = false; // every record read, the rest of the run going on
    bool m_done = false;
    ImportResult m_result;
    QProgressBar *m_progress = nullptr;
    QLabel *m_records = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_summary = nullptr;
    QVBoxLayout *m_extras = nullptr;
    ImportResultView *m_view = nullptr;
    QPushButton *m_saveRejects = nullptr;
};

// The dry run: everything the import would do, nothing written. The user
// may choose to leave the rejected rows out, then imports.
class StagingPage : public ImportRunPage
{
    Q_OBJECT

public:
    explicit StagingPage(ImportWizard *wizard);
    QCheckBox *skipInvalidBox() const { return m_skipInvalid; }
    bool skipInvalid() const override;

protected:
    QString describe(const ImportResult &result) const override;
    bool canGoOn() const override;

private:
    QCheckBox *m_skipInvalid = nullptr;
};

// The import itself, in one transaction, and what it did.
class SummaryPage : public ImportRunPage
{
    Q_OBJECT

public:
    explicit SummaryPage(ImportWizard *wizard);

    // After a roster import: the persons of the old roster missing from
    // the file, and the button that marks them as left.
    QListWidget *missingList() const { return m_missingList; }
    QPushButton *markLeftButton() const { return m_markLeft; }
    QLabel *missingLabel() const { return m_missingLabel; }
    // Asks, then marks the missing persons as left.
    void askMarkLeft();
    // Marks them as left on the import date, without asking (the decision
    // is taken): the seam tests use, since a modal question cannot run there.
    Status markMissingLeft();

protected:
    bool skipInvalid() const override;
    QString describe(const ImportResult &result) const override;

private:
    void showMissing();

    // The missing persons of each roster file, with the file's batch.
    QList<QPair<qint64, QList<RosterEntry>>> m_missing;
    QDate m_importDate;
    QLabel *m_missingLabel = nullptr;
    QListWidget *m_missingList = nullptr;
    QPushButton *m_markLeft = nullptr;
};

} // namespace seawall
