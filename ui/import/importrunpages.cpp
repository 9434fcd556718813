// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/importrunpages.h"

#include "import/importresultview.h"
#include "import/importrunner.h"
#include "import/importwizard.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace seawall {
namespace {

struct Totals
{
    qint64 rows = 0, inserted = 0, updated = 0, unchanged = 0, rejected = 0;
};

Totals totals(const ImportResult &result)
{
    Totals sum;
    for (const FileReport &file : result.files) {
        sum.rows += file.rows;
        sum.inserted += file.inserted;
        sum.updated += file.updated;
        sum.unchanged += file.unchanged;
        sum.rejected += file.rejected;
    }
    return sum;
}

bool hasFileError(const ImportResult &result)
{
    for (const FileReport &file : result.files)
        for (const ImportProblem &problem : file.errors)
            if (problem.line == 0 && file.rows == 0)
                return true;
    return false;
}

} // namespace

ImportRunPage::ImportRunPage(ImportWizard *wizard, bool dryRun) : QWizardPage(wizard), m_wizard(wizard), m_dryRun(dryRun)
{
    m_progress = new QProgressBar(this);
    m_records = new QLabel(this);
    m_cancel = new QPushButton(tr("Cancel import"), this);
    m_cancel->setToolTip(tr("Stop reading: nothing is written."));
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"summary"_s);
    m_summary->setWordWrap(true);
    m_view = new ImportResultView(this);
    m_saveRejects = new QPushButton(tr("Save &rejects…"), this);
    m_saveRejects->setToolTip(tr("Write the rejected rows, with what is wrong in each, to a file to send back."));
    m_saveRejects->hide();

    auto *progress = new QHBoxLayout;
    progress->addWidget(m_progress, 1);
    progress->addWidget(m_records);
    progress->addWidget(m_cancel);
    m_extras = new QVBoxLayout;
    auto *bottom = new QHBoxLayout;
    bottom->addLayout(m_extras, 1);
    bottom->addWidget(m_saveRejects, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(progress);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);

    connect(m_cancel, &QPushButton::clicked, this, [this] { m_wizard->runner()->cancel(); });
    connect(m_saveRejects, &QPushButton::clicked, wizard, &ImportWizard::chooseRejectsFile);
    connect(wizard->runner(), &ImportRunner::progressed, this, &ImportRunPage::showProgress);
    connect(wizard->runner(), &ImportRunner::finished, this, &ImportRunPage::finish);
}

void ImportRunPage::initializePage() { start(); }

// Back while running: the run stops and writes nothing.
void ImportRunPage::cleanupPage()
{
    if (m_running)
        m_wizard->runner()->cancel();
}

void ImportRunPage::start()
{
    m_done = false;
    m_result = {};
    m_view->clear();
    m_saveRejects->hide();
    m_summary->setText(m_dryRun ? tr("Checking every row; nothing is written yet…") : tr("Importing…"));
    // Busy until the first count arrives: the number of records is not
    // known before the end of the file.
    m_progress->setRange(0, 0);
    m_progress->show();
    m_records->setText(tr("Records read: %1").arg(QLocale().toString(0)));
    m_records->show();
    m_cancel->show();
    m_cancel->setEnabled(true);
    m_running = m_wizard->startImport(m_dryRun, skipInvalid());
    if (!m_running)
        m_summary->setText(tr("Another import is still running."));
    emit completeChanged();
}

void ImportRunPage::showProgress(qint64 records)
{
    if (m_running)
        m_records->setText(tr("Records read: %1").arg(QLocale().toString(records)));
}

void ImportRunPage::finish()
{
    if (!m_running)
        return;
    m_running = false;
    m_done = true;
    m_result = m_wizard->runner()->result();
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    m_cancel->hide();
    m_records->setText(tr("Records read: %1").arg(QLocale().toString(totals(m_result).rows)));
    m_view->setResult(m_result, m_dryRun, [this](const QString &path) {
        return m_wizard->options(true, false).choices.value(path);
    });
    m_saveRejects->setVisible(!m_result.cancelled && totals(m_result).rejected > 0);
    m_summary->setText(describe(m_result));
    emit completeChanged();
    emit runFinished();
    if (!m_dryRun && m_result.committed)
        emit m_wizard->imported();
}

bool ImportRunPage::isComplete() const { return !m_running && m_done && canGoOn(); }

StagingPage::StagingPage(ImportWizard *wizard) : ImportRunPage(wizard, true)
{
    setTitle(tr("Check"));
    setSubTitle(tr("Every row checked as for the import; nothing is written yet."));
    setCommitPage(true);
    m_skipInvalid = new QCheckBox(tr("Import the valid rows and leave out the rejected ones"), this);
    extras()->addWidget(m_skipInvalid);
    connect(m_skipInvalid, &QCheckBox::toggled, this, &StagingPage::completeChanged);
}

bool StagingPage::skipInvalid() const { return m_skipInvalid->isChecked(); }

bool StagingPage::canGoOn() const
{
    const ImportResult &checked = result();
    if (checked.failure || checked.cancelled || hasFileError(checked))
        return false;
    return !checked.hasRejections() || m_skipInvalid->isChecked();
}

QString StagingPage::describe(const ImportResult &result) const
{
    if (result.failure)
        return tr("The database could not be read: %1").arg(*result.failure);
    if (result.cancelled)
        return tr("Cancelled. Nothing was written.");
    const Totals sum = totals(result);
    const QLocale locale;
    QString text = tr("Checked %1 rows: %2 would be added, %3 changed, %4 unchanged, %5 rejected.")
                       .arg(locale.toString(sum.rows), locale.toString(sum.inserted), locale.toString(sum.updated),
                            locale.toString(sum.unchanged), locale.toString(sum.rejected));
    if (hasFileError(result))
        text += u' ' + tr("A file cannot be imported as it is: see the problems below.");
    else if (result.hasRejections())
        text += u' ' + tr("With rejected rows nothing is imported, unless you choose to leave them out.");
    return text;
}

SummaryPage::SummaryPage(ImportWizard *wizard) : ImportRunPage(wizard, false)
{
    setTitle(tr("Summary"));
    setSubTitle(tr("What the import wrote. It can be undone as a whole in the Imports view."));
    setFinalPage(true);
}

bool SummaryPage::skipInvalid() const { return importWizard()->stagingPage()->skipInvalid(); }

QString SummaryPage::describe(const ImportResult &result) const
{
    if (result.failure)
        return tr("The import failed and nothing was written: %1").arg(*result.failure);
    if (result.cancelled)
        return tr("Cancelled. Nothing was written.");
    const Totals sum = totals(result);
    const QLocale locale;
    if (!result.committed)
        return tr("Nothing was written: %1 rows were rejected.").arg(locale.toString(sum.rejected));
    return tr("Imported %1 rows: %2 added, %3 changed, %4 unchanged, %5 rejected.")
        .arg(locale.toString(sum.rows), locale.toString(sum.inserted), locale.toString(sum.updated),
             locale.toString(sum.unchanged), locale.toString(sum.rejected));
}

} // namespace seawall
