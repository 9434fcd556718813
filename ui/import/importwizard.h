// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/importpreview.h"
#include "core/import/importreport.h"

#include <QHash>
#include <QSet>
#include <QStringList>
#include <QTemporaryDir>
#include <QWizard>

#include <optional>

namespace seawall {

class Database;
class Workspace;
class FilesPage;
class ImportRunner;
class MappingPage;
class PreviewPage;
class StagingPage;
class SummaryPage;

// The import of the files subsidiaries send, in the window: the files, a
// preview of each with the encoding, delimiter and kind the user can
// change, the mapping of every column, a dry run with every problem, then
// the import itself and its summary. It keeps the user's choices and hands
// them to the core Importer, which runs on a worker thread (ImportRunner);
// the wizard itself never touches SQL.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilesId, PreviewId, MappingId, StagingId, SummaryId };

    explicit ImportWizard(Database &db, const QStringList &files = {}, QWidget *parent = nullptr);
    ~ImportWizard() override;

    Database &database() const { return m_db; }
    // With a workspace, a committed import becomes one step of its undo
    // stack, and ID numbers show as its View ▸ Show Full Numbers says.
    void setWorkspace(Workspace *workspace);
    // Whether ID and phone numbers are shown in full; masked without a workspace.
    bool revealNumbers() const;
    // Pushes the committed `result` of files() as one undo step (with a workspace).
    void recordImport(const ImportResult &result, bool skipInvalid);

    const QStringList &files() const { return m_files; }
    void addFiles(const QStringList &paths);
    void removeFile(const QString &path);

    FileChoice choice(const QString &path) const { return m_choices.value(path); }
    // Re-reads the preview of the file with the new choice.
    void setChoice(const QString &path, const FileChoice &choice);
    // The start of the file as read with the current choice; read on first use.
    const ImportPreview &preview(const QString &path);
    // The header mapping of the file with the user's corrections.
    std::optional<csv::HeaderMap> mapping(const QString &path);
    // Maps a column of the file to a canonical name (empty: do not import);
    // a name held by another column moves here.
    void mapColumn(const QString &path, int column, const QString &canonical);
    // Saves, as its company's profile, the mapping of every file whose
    // columns the user mapped by hand; called once an import is committed.
    void saveProfiles();

    // The options of an import of files() with every choice made.
    ImportOptions options(bool dryRun, bool skipInvalid);
    ImportRunner *runner() const { return m_runner; }
    // Starts the import on the worker; rejected rows go to fresh files in
    // a private folder so that Save rejects… can copy them afterwards.
    bool startImport(bool dryRun, bool skipInvalid);

    // The files of the last run that had rows rejected, as given.
    QStringList filesWithRejects() const;
    // The name a file's rejects are offered under: tests-rejects.csv.
    static QString rejectsFileName(const QString &source);
    // Where Save rejects… proposes to save: beside the one file with
    // rejects and named after it, or the folder of the first of several.
    QString proposedRejectsPath() const;
    // Saves the rejects of the last run: when one file had rows rejected,
    // to exactly `target`; when several, one file each in the folder
    // `target`, named after its source. Returns the files written.
    Result<QStringList> saveRejects(const QString &target);
    // Where the rejects of the last run were saved; empty until they are.
    const QStringList &savedRejects() const { return m_savedRejects; }
    // Asks where, then saves and says which files were written.
    void chooseRejectsFile();

    // The pages, which QWizard keeps by id.
    FilesPage *filesPage() const;
    PreviewPage *previewPage() const;
    MappingPage *mappingPage() const;
    StagingPage *stagingPage() const;
    SummaryPage *summaryPage() const;

signals:
    void filesChanged();
    void choiceChanged(const QString &path);
    // Rows were written: the views over the database are out of date.
    void imported();
    void revealNumbersChanged(bool reveal);
    void rejectsSaved(const QStringList &files);

private:
    Database &m_db;
    QStringList m_files;
    QHash<QString, FileChoice> m_choices;
    QHash<QString, ImportPreview> m_previews;
    QSet<QString> m_mappedByHand; // files whose mapping the user changed
    ImportRunner *m_runner = nullptr;
    QTemporaryDir m_rejectsDir;
    QString m_rejectsPath; // of the last run
    QStringList m_savedRejects; // of the last run
    int m_runs = 0;
    Workspace *m_workspace = nullptr;
};

} // namespace seawall
