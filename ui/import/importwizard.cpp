// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/importwizard.h"

#include "core/workbook/workbookreader.h"

#include "core/db/database.h"
#include "core/edit/edits.h"
#include "core/import/companylookup.h"
#include "core/import/importer.h"
#include "ui/import/importrunner.h"
#include "ui/import/importrunpages.h"
#include "ui/import/importsourcepages.h"
#include "core/import/mappingprofiles.h"
#include "ui/common/workspace.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSet>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace seawall {

ImportWizard::ImportWizard(Database &db, const QStringList &files, QWidget *parent)
    : QWizard(parent), m_db(db), m_runner(new ImportRunner(this))
{
    setWindowTitle(tr("Import files"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setPage(FilesId, new FilesPage(this));
    setPage(PreviewId, new PreviewPage(this));
    setPage(MappingId, new MappingPage(this));
    setPage(StagingId, new StagingPage(this));
    setPage(SummaryId, new SummaryPage(this));
    setButtonText(QWizard::CommitButton, tr("&Import"));
    resize(960, 680);
    connect(this, &ImportWizard::imported, this, &ImportWizard::saveProfiles);
    addFiles(files);
}

FilesPage *ImportWizard::filesPage() const { return static_cast<FilesPage *>(page(FilesId)); }
PreviewPage *ImportWizard::previewPage() const { return static_cast<PreviewPage *>(page(PreviewId)); }
MappingPage *ImportWizard::mappingPage() const { return static_cast<MappingPage *>(page(MappingId)); }
StagingPage *ImportWizard::stagingPage() const { return static_cast<StagingPage *>(page(StagingId)); }
SummaryPage *ImportWizard::summaryPage() const { return static_cast<SummaryPage *>(page(SummaryId)); }

// A running import is cancelled by the runner's destructor: closing the
// window never leaves half an import behind.
ImportWizard::~ImportWizard() = default;

void ImportWizard::setWorkspace(Workspace *workspace)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    if (m_workspace)
        connect(m_workspace, &Workspace::revealNumbersChanged, this, &ImportWizard::revealNumbersChanged);
    emit revealNumbersChanged(revealNumbers());
}

bool ImportWizard::revealNumbers() const { return m_workspace && m_workspace->revealNumbers(); }

void ImportWizard::addFiles(const QStringList &paths)
{
    bool added = false;
    for (const QString &path : paths) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        if (!m_files.contains(absolute)) {
            m_files.append(absolute);
            added = true;
        }
    }
    if (added)
        emit filesChanged();
}

void ImportWizard::removeFile(const QString &path)
{
    if (m_files.removeAll(path) > 0) {
        m_choices.remove(path);
        m_previews.remove(path);
        m_mappedByHand.remove(path);
        emit filesChanged();
    }
}

void ImportWizard::setChoice(const QString &path, const FileChoice &choice)
{
    m_choices.insert(path, choice);
    m_previews.remove(path);
    emit choiceChanged(path);
}

const ImportPreview &ImportWizard::preview(const QString &path)
{
    auto it = m_previews.find(path);
    if (it == m_previews.end()) {
        const FileChoice choice = m_choices.value(path);
        it = m_previews.insert(path, ImportPreview::read(path, choice.encoding, choice.delimiter, choice.kind,
                                                                 ImportPreview::kDefaultRecords, choice.sheet));
        // The mapping last confirmed for the file's company, as the
        // importer applies it when the user maps nothing here.
        if (choice.columns.isEmpty() && it->map) {
            CompanyLookup companies(m_db);
            if (companies.load()) {
                const QHash<int, QString> profile =
                    MappingProfiles(m_db).columnsForFile(*it->map, it->records, companies);
                if (!profile.isEmpty())
                    it->map->apply(profile);
            }
        }
    }
    return it.value();
}

std::optional<csv::HeaderMap> ImportWizard::mapping(const QString &path)
{
    std::optional<csv::HeaderMap> map = preview(path).map;
    const FileChoice choice = m_choices.value(path);
    // A choice that no longer fits (the file changed) is dropped, not fatal.
    if (map && !choice.columns.isEmpty() && !map->apply(choice.columns))
        return preview(path).map;
    return map;
}

void ImportWizard::mapColumn(const QString &path, int column, const QString &canonical)
{
    std::optional<csv::HeaderMap> map = mapping(path);
    if (!map || !map->apply({{column, canonical}}))
        return;
    // The whole mapping is kept, so that applying it again gives the same
    // columns whatever the order of the user's changes.
    FileChoice choice = m_choices.value(path);
    choice.kind = map->kind();
    choice.columns.clear();
    for (int i = 0; i < int(map->header().size()); ++i)
        choice.columns.insert(i, map->mapping().value(i));
    m_choices.insert(path, choice);
    m_mappedByHand.insert(path);
    emit choiceChanged(path);
}

void ImportWizard::saveProfiles()
{
    if (m_mappedByHand.isEmpty())
        return;
    CompanyLookup companies(m_db);
    if (!companies.load())
        return;
    MappingProfiles profiles(m_db);
    for (const QString &path : std::as_const(m_files)) {
        if (!m_mappedByHand.contains(path))
            continue;
        const std::optional<csv::HeaderMap> map = mapping(path);
        if (!map)
            continue;
        const QString company = MappingProfiles::companyCodeOf(*map, preview(path).records, companies);
        // A file of no single company has no profile to keep: nothing to do.
        if (!company.isEmpty() && !profiles.save(company, *map))
            qWarning("The column mapping of %s could not be saved as its company's profile.", qPrintable(path));
    }
    m_mappedByHand.clear();
}

ImportOptions ImportWizard::options(bool dryRun, bool skipInvalid)
{
    ImportOptions options;
    options.dryRun = dryRun;
    options.skipInvalid = skipInvalid;
    for (const QString &path : std::as_const(m_files)) {
        FileChoice choice = m_choices.value(path);
        // The kind and delimiter the user saw in the preview, even when
        // detected, so that the import reads what the mapping was made for.
        const ImportPreview &shown = preview(path);
        if (!choice.kind && shown.map)
            choice.kind = shown.map->kind();
        if (choice.delimiter.isNull() && !shown.error)
            choice.delimiter = shown.layout.delimiter;
        if (choice.sheet.isEmpty())
            choice.sheet = shown.sheet;
        options.choices.insert(path, choice);
    }
    return options;
}

bool ImportWizard::startImport(bool dryRun, bool skipInvalid)
{
    ImportOptions run = options(dryRun, skipInvalid);
    m_savedRejects.clear();
    m_rejectsPath = m_rejectsDir.isValid()
        ? m_rejectsDir.filePath(u"run-%1/rejects.csv"_s.arg(++m_runs))
        : QString();
    if (!m_rejectsPath.isEmpty()) {
        QDir().mkpath(QFileInfo(m_rejectsPath).absolutePath());
        run.rejectsPath = m_rejectsPath;
    }
    return m_runner->start(m_db, m_files, run);
}

void ImportWizard::recordImport(const ImportResult &result, bool skipInvalid)
{
    if (m_workspace && result.committed && !ImportStep::batchesOf(result).isEmpty())
        m_workspace->apply(Edits::imported(m_files, options(false, skipInvalid), result));
}

QStringList ImportWizard::filesWithRejects() const
{
    QStringList files;
    for (const FileReport &file : m_runner->result().files)
        if (!file.rejectsFile.isEmpty())
            files << file.file;
    return files;
}

QString ImportWizard::rejectsFileName(const QString &source)
{
    // The rejects of a workbook are a workbook (core/import/rejectswriter.h).
    QString name = tr("%1-rejects.csv").arg(QFileInfo(source).completeBaseName());
    if (workbook::formatOf(source) != workbook::Format::Csv && name.endsWith(u".csv"_s))
        name = name.chopped(4) + u".xlsx"_s;
    return name;
}

QString ImportWizard::proposedRejectsPath() const
{
    const QStringList sources = filesWithRejects();
    if (sources.isEmpty())
        return {};
    const QFileInfo first(sources.constFirst());
    return sources.size() == 1 ? first.dir().filePath(rejectsFileName(first.filePath())) : first.absolutePath();
}

namespace {

// The files the rejects of `sources` are saved to: `target` itself for one
// source, else one file each in the folder `target`, named after it.
QStringList rejectsTargets(const QStringList &sources, const QString &target)
{
    if (sources.size() == 1)
        return {target};
    const QDir folder(target);
    QStringList targets;
    QSet<QString> taken;
    for (const QString &source : sources) {
        QString name = ImportWizard::rejectsFileName(source);
        // Two files of one name from two folders: each keeps its rejects.
        for (int n = 2; taken.contains(name.toCaseFolded()); ++n)
            name = ImportWizard::rejectsFileName(u"%1 (%2)"_s.arg(QFileInfo(source).completeBaseName()).arg(n));
        taken.insert(name.toCaseFolded());
        targets << folder.filePath(name);
    }
    return targets;
}

} // namespace

Result<QStringList> ImportWizard::saveRejects(const QString &target)
{
    QStringList from;
    for (const FileReport &file : m_runner->result().files)
        if (!file.rejectsFile.isEmpty())
            from << file.rejectsFile;
    if (from.isEmpty())
        return Error{Error::Kind::NotFound, tr("No rows were rejected.")};
    const QStringList to = rejectsTargets(filesWithRejects(), target);
    QStringList written;
    for (qsizetype i = 0; i < from.size(); ++i) {
        QFile::remove(to.at(i));
        if (!QFile::copy(from.at(i), to.at(i)))
            return Error{Error::Kind::Open,
                         tr("The rejected rows could not be written to %1.").arg(QDir::toNativeSeparators(to.at(i)))};
        written << to.at(i);
    }
    m_savedRejects = written;
    emit rejectsSaved(written);
    return written;
}

void ImportWizard::chooseRejectsFile()
{
    const QStringList sources = filesWithRejects();
    if (sources.isEmpty())
        return;
    QString target;
    if (sources.size() == 1) {
        target = QFileDialog::getSaveFileName(this, tr("Save rejected rows"), proposedRejectsPath(),
                                              tr("CSV files and workbooks (*.csv *.xlsx);;All files (*)"));
    } else {
        target = QFileDialog::getExistingDirectory(
            this, tr("Choose the folder for the rejected rows of %n file(s)", nullptr, int(sources.size())),
            proposedRejectsPath());
        QStringList existing;
        if (!target.isEmpty())
            for (const QString &path : rejectsTargets(sources, target))
                if (QFileInfo::exists(path))
                    existing << QDir::toNativeSeparators(path);
        if (!existing.isEmpty()
            && QMessageBox::question(this, tr("Save rejected rows"),
                                     tr("Replace these files?") + u"\n\n"_s + existing.join(u'\n'))
                   != QMessageBox::Yes)
            return;
    }
    if (target.isEmpty())
        return;
    const Result<QStringList> saved = saveRejects(target);
    if (!saved) {
        QMessageBox::warning(this, tr("Save rejected rows"), saved.error().message);
        return;
    }
    if (saved->size() > 1) {
        QStringList shown;
        for (const QString &path : saved.value())
            shown << QDir::toNativeSeparators(path);
        QMessageBox::information(this, tr("Save rejected rows"),
                                 tr("The rejected rows of each file were written to a file of their own:")
                                     + u"\n\n"_s + shown.join(u'\n'));
    }
}

} // namespace seawall
