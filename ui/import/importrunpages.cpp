// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/importrunpages.h"

#include "core/import/importer.h"
#include "ui/import/importresultview.h"
#include "ui/import/importrunner.h"
#include "ui/import/importwizard.h"
#include "ui/common/cells.h"

#include "core/util/masking.h"

#include <QCheckBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace seawall {
namespace {

struct Totals
{
    qint64 rows = 0, inserted = 0, updated = 0, unchanged = 0, repeated = 0, rejected = 0;
    qint64 skippedFiles = 0; // imported before: nothing read
};

Totals totals(const ImportResult &result)
{
    Totals sum;
    for (const FileReport &file : result.files) {
        if (file.alreadyImported) {
            ++sum.skippedFiles;
            continue;
        }
        sum.rows += file.rows;
        sum.inserted += file.inserted;
        sum.updated += file.updated;
        sum.unchanged += file.unchanged;
        sum.repeated += file.repeated;
        sum.rejected += file.rejected;
    }
    return sum;
}

// Sentences one after the other: with a blank in English, none in Chinese.
QString then(const QString &text, const QString &more)
{
    return text.isEmpty() ? more : ImportRunPage::tr("%1 %2", "one sentence after another").arg(text, more);
}

QString nativeList(const QStringList &paths)
{
    QStringList shown;
    for (const QString &path : paths)
        shown << QDir::toNativeSeparators(path);
    return shown.join(u", "_s);
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
    // After the last row the count stops while the rest runs (for a
    // million tests, the indexes made again and the commit: seconds).
    connect(wizard->runner(), &ImportRunner::rowsRead, this, [this] {
        if (!m_running)
            return;
        m_rowsRead = true;
        const QString count = QLocale().toString(m_wizard->runner()->recordsRead());
        m_records->setText(m_dryRun ? tr("All %1 records read; finishing the check…").arg(count)
                                    : tr("All %1 records read; saving…").arg(count));
    });
    connect(wizard->runner(), &ImportRunner::waiting, this, [this] {
        m_summary->setText(tr("Another import into this database is running (another coordinator's, or one of this "
                              "program's). This one waits for it to finish, then runs; Cancel stops it."));
    });
    connect(wizard, &ImportWizard::revealNumbersChanged, m_view, &ImportResultView::setRevealNumbers);
    // The message says where the rejected rows went once they are saved.
    connect(wizard, &ImportWizard::rejectsSaved, this, [this] {
        if (m_done && !m_running && m_wizard->currentPage() == this)
            m_summary->setText(describe(m_result));
    });
}

void ImportRunPage::initializePage()
{
    m_view->setRevealNumbers(m_wizard->revealNumbers());
    start();
}

// Back while running: the run stops and writes nothing.
void ImportRunPage::cleanupPage()
{
    if (m_running)
        m_wizard->runner()->cancel();
}

void ImportRunPage::start()
{
    m_done = false;
    m_rowsRead = false;
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
    if (m_running && !m_rowsRead)
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
    qint64 read = 0;
    for (const FileReport &file : m_result.files)
        read += file.alreadyImported ? 0 : file.rows;
    m_records->setText(tr("Records read: %1").arg(QLocale().toString(read)));
    m_view->setResult(m_result, m_dryRun, [this](const QString &path) {
        return m_wizard->options(true, false).choices.value(path);
    });
    m_saveRejects->setVisible(!m_result.cancelled && !m_wizard->filesWithRejects().isEmpty());
    m_summary->setText(describe(m_result));
    emit completeChanged();
    emit runFinished();
    if (!m_dryRun && m_result.committed) {
        m_wizard->recordImport(m_result, skipInvalid());
        emit m_wizard->imported();
    }
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
    QString text = tr("Checked %1 rows: would add %2, would update %3, unchanged %4, repeated %5, rejected %6.")
                       .arg(locale.toString(sum.rows), locale.toString(sum.inserted), locale.toString(sum.updated),
                            locale.toString(sum.unchanged), locale.toString(sum.repeated), locale.toString(sum.rejected));
    if (sum.skippedFiles > 0)
        text = then(text, tr("%n file(s) imported before will be left out.", nullptr, int(sum.skippedFiles)));
    if (hasFileError(result))
        text = then(text, tr("A file cannot be imported as it is: see the problems below."));
    else if (result.hasRejections())
        text = then(text, tr("With rejected rows nothing is imported, unless you choose to leave them out."));
    if (const QStringList saved = importWizard()->savedRejects(); !saved.isEmpty())
        text = then(text, tr("The rejected rows were saved to %1.").arg(nativeList(saved)));
    return text;
}

SummaryPage::SummaryPage(ImportWizard *wizard) : ImportRunPage(wizard, false)
{
    setTitle(tr("Summary"));
    setSubTitle(tr("What the import wrote. It can be undone as a whole in the Imports view."));
    setFinalPage(true);
    m_missingLabel = new QLabel(this);
    m_missingLabel->setWordWrap(true);
    m_missingLabel->hide();
    m_missingList = new QListWidget(this);
    m_missingList->setMaximumHeight(4 * m_missingList->fontMetrics().lineSpacing() + 8);
    m_missingList->hide();
    m_markLeft = new QPushButton(tr("Mark as &left…"), this);
    m_markLeft->setToolTip(tr("Record that these persons have left their company, as of the import date."));
    m_markLeft->hide();
    auto *row = new QHBoxLayout;
    row->addWidget(m_missingList, 1);
    row->addWidget(m_markLeft, 0, Qt::AlignTop);
    extras()->addWidget(m_missingLabel);
    extras()->addLayout(row);
    connect(this, &SummaryPage::runFinished, this, &SummaryPage::showMissing);
    connect(wizard, &ImportWizard::revealNumbersChanged, this, [this] {
        if (!m_missing.isEmpty())
            showMissing();
    });
    connect(m_markLeft, &QPushButton::clicked, this, &SummaryPage::askMarkLeft);
}

static qsizetype missingCount(const QList<QPair<qint64, QList<RosterEntry>>> &missing)
{
    qsizetype count = 0;
    for (const auto &file : missing)
        count += file.second.size();
    return count;
}

void SummaryPage::showMissing()
{
    m_missing.clear();
    m_missingList->clear();
    // The date the import was made, so that a mark made a little later
    // still says when the roster changed.
    m_importDate = QDate::currentDate();
    const ImportResult &imported = result();
    if (imported.committed) {
        for (const FileReport &file : imported.files) {
            if (file.kind != csv::FileKind::Personnel || file.roster.missing.isEmpty() || file.roster.missingMarkedLeft)
                continue;
            m_missing.append({file.batchId, file.roster.missing});
            for (const RosterEntry &person : file.roster.missing)
                m_missingList->addItem(tr("%1 (%2), %3")
                                           .arg(person.name,
                                                importWizard()->revealNumbers() ? person.idNumber
                                                                                : maskIdNumber(person.idNumber),
                                                person.company));
        }
    }
    const bool any = !m_missing.isEmpty();
    if (any)
        m_missingLabel->setText(tr("On the roster before but not in the file: %1. If they have left, mark them as left.")
                                    .arg(QLocale().toString(missingCount(m_missing))));
    m_missingLabel->setVisible(any);
    m_missingList->setVisible(any);
    m_markLeft->setVisible(any);
    m_markLeft->setEnabled(any);
}

void SummaryPage::askMarkLeft()
{
    if (m_missing.isEmpty())
        return;
    const QLocale locale;
    const auto answer = QMessageBox::question(
        this, tr("Mark as left"),
        tr("Mark %1 persons as left on %2? They no longer count on their company's roster. Undoing the import "
           "brings them back.")
            .arg(locale.toString(missingCount(m_missing)), Cells::date(m_importDate)));
    if (answer != QMessageBox::Yes)
        return;
    if (Status status = markMissingLeft(); !status)
        QMessageBox::warning(this, tr("Mark as left"), status.error().message);
}

Status SummaryPage::markMissingLeft()
{
    const qsizetype count = missingCount(m_missing);
    for (const auto &[batchId, persons] : std::as_const(m_missing)) {
        if (Status status = Importer::markLeft(importWizard()->database(), batchId, persons, m_importDate); !status) {
            m_missingLabel->setText(tr("The persons could not be marked as left: %1").arg(status.error().message));
            return status;
        }
    }
    m_missing.clear();
    m_missingList->clear();
    m_missingList->hide();
    m_markLeft->hide();
    m_missingLabel->setText(tr("Marked %1 persons as left on %2.")
                                .arg(QLocale().toString(count), Cells::date(m_importDate)));
    emit importWizard()->imported();
    return {};
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
        return tr("Nothing was written: %n row(s) were rejected.", nullptr, int(sum.rejected));
    // The rows imported are those read and not rejected.
    QString text = tr("Imported %1 rows: new %2, updated %3, unchanged %4, repeated %5.")
                       .arg(locale.toString(sum.rows - sum.rejected), locale.toString(sum.inserted),
                            locale.toString(sum.updated), locale.toString(sum.unchanged), locale.toString(sum.repeated));
    if (sum.rejected > 0) {
        text = then(text, tr("%n row(s) rejected and not imported.", nullptr, int(sum.rejected)));
        const QStringList saved = importWizard()->savedRejects();
        text = then(text, saved.isEmpty()
                              ? tr("They are not saved yet: Save rejects… writes them to a file to send back.")
                              : tr("They were saved to %1.").arg(nativeList(saved)));
    }
    if (sum.skippedFiles > 0)
        text = then(text, tr("%n file(s) imported before were left out.", nullptr, int(sum.skippedFiles)));
    return text;
}

} // namespace seawall
