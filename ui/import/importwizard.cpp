// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/importwizard.h"

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
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace seawall {

ImportWizard::ImportWizard(Database &db, const QStringList &files, QWidget *parent)
    : QWizard(parent), m_db(db), m_runner(new ImportRunner(this))
{
    setWindowTitle(tr("Import files"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    m_filesPage = new FilesPage(this);
    m_previewPage = new PreviewPage(this);
    m_mappingPage = new MappingPage(this);
    m_stagingPage = new StagingPage(this);
    m_summaryPage = new SummaryPage(this);
    setPage(FilesId, m_filesPage);
    setPage(PreviewId, m_previewPage);
    setPage(MappingId, m_mappingPage);
    setPage(StagingId, m_stagingPage);
    setPage(SummaryId, m_summaryPage);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    resize(900, 620);
    connect(this, &ImportWizard::imported, this, &ImportWizard::saveProfiles);
    addFiles(files);
}

// A running import is cancelled by the runner's destructor: closing the
// window never leaves half an import behind.
ImportWizard::~ImportWizard() = default;

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
        it = m_previews.insert(path, ImportPreview::read(path, choice.encoding, choice.delimiter, choice.kind));
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
        options.choices.insert(path, choice);
    }
    return options;
}

bool ImportWizard::startImport(bool dryRun, bool skipInvalid)
{
    ImportOptions run = options(dryRun, skipInvalid);
    m_rejectsPath = m_rejectsDir.isValid()
        ? m_rejectsDir.filePath(u"run-%1/rejects.csv"_s.arg(++m_runs))
        : QString();
    if (!m_rejectsPath.isEmpty()) {
        QDir().mkpath(QFileInfo(m_rejectsPath).absolutePath());
        run.rejectsPath = m_rejectsPath;
    }
    return m_runner->start(m_db.path(), m_files, run);
}

void ImportWizard::recordImport(const ImportResult &result, bool skipInvalid)
{
    if (m_workspace && result.committed && !ImportStep::batchesOf(result).isEmpty())
        m_workspace->apply(Edits::imported(m_files, options(false, skipInvalid), result));
}

Status ImportWizard::saveRejects(const QString &target) const
{
    const ImportResult &result = m_runner->result();
    for (const FileReport &file : result.files) {
        if (file.rejected == 0)
            continue;
        const QString from = Importer::rejectsPathFor(m_rejectsPath, file.file, result.files.size());
        const QString to = Importer::rejectsPathFor(target, file.file, result.files.size());
        QFile::remove(to);
        if (!QFile::copy(from, to))
            return Error{Error::Kind::Open,
                         tr("The rejected rows could not be written to %1.").arg(QDir::toNativeSeparators(to))};
    }
    return {};
}

void ImportWizard::chooseRejectsFile()
{
    const QString first = m_files.value(0);
    const QFileInfo source(first);
    const QString suggested = source.dir().filePath(tr("%1-rejects.csv").arg(source.completeBaseName()));
    const QString target = QFileDialog::getSaveFileName(this, tr("Save rejected rows"), suggested,
                                                        tr("CSV files (*.csv);;All files (*)"));
    if (target.isEmpty())
        return;
    if (Status status = saveRejects(target); !status)
        QMessageBox::warning(this, tr("Save rejected rows"), status.error().message);
}

} // namespace seawall
