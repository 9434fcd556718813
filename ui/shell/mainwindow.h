// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>
#include <QPointer>
#include <QStringList>

#include <memory>

class QLabel;
class QListWidget;
class QMimeData;
class QSplitter;
class QStackedWidget;

namespace seawall {

class CompanyTree;
class Database;
class FiguresView;
class ImportWizard;
class RecordListView;
class Workspace;

// The main window over one database file: a navigation list of views and a
// company tree on the left, the chosen view on the right. Every view follows
// the workspace (file, as-of date, company, masking, undo stack); the window
// only opens files, builds the menus and hands each area to its own widget.
// Files dropped on it (.csv, .txt) open the import wizard.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const QString &databasePath, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a database file; on failure the window shows why and stays usable.
    bool openDatabase(const QString &path);
    // Replaces the open database with the copy `backup` (Backups::restore)
    // and opens it again; false with a message shown when it could not.
    bool restoreBackup(const QString &backup);
    Workspace *workspace() const { return m_workspace; }
    // A view of the window by its kind: view<TodayView>(), view<ImportsView>().
    template <typename Page>
    Page *view() const { return findChild<Page *>(); }
    // The figures of the Today view.
    FiguresView *figuresView() const;
    CompanyTree *companyTree() const { return m_companies; }
    // The record list of a view (Companies … Daily reports), else null.
    RecordListView *recordList(int view) const;
    // Shows a view by its place in the navigation list.
    enum class View {
        Today,
        Companies,
        Personnel,
        Tests,
        Vaccinations,
        Shifts,
        Inspections,
        DailyReports,
        Reconciliation,
        Briefing,
        Imports
    };
    void showView(View view);
    QString problem() const;
    // Opens the import wizard (one at a time) with these files, not modal.
    ImportWizard *openImport(const QStringList &files = {});
    // The files of a drop that the import takes.
    static QStringList importableFiles(const QMimeData *mime);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void offerRestore(const QString &problem);
    void addPage(const QString &title, QWidget *page);
    void createActions();
    void restoreSettings();
    void showAbout();
    void showSettings();
    void focusSearch();
    void showProblem(const QString &message);
    void applyRole();

    Workspace *m_workspace;
    std::unique_ptr<Database> m_db;
    QStackedWidget *m_stack = nullptr;
    QStackedWidget *m_views = nullptr;
    QListWidget *m_navigation = nullptr;
    QSplitter *m_side = nullptr;
    CompanyTree *m_companies = nullptr;
    QList<RecordListView *> m_lists; // by view, null where the view is not a list
    QPointer<ImportWizard> m_wizard;
    QList<QAction *> m_needDatabase;
    QAction *m_import = nullptr;
    QAction *m_unlock = nullptr;
    QAction *m_reveal = nullptr;
    QLabel *m_roleLabel = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_fileLabel = nullptr;
};

} // namespace seawall
