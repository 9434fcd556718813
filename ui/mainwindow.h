// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>
#include <QPointer>
#include <QStringList>

#include <memory>

class QDateEdit;
class QLabel;
class QListWidget;
class QMimeData;
class QStackedWidget;

namespace seawall {

class BriefingView;
class Database;
class FiguresView;
class ImportsView;
class ImportWizard;

// The main window over one database file: a navigation list of views
// (Today, Briefing, Imports) that all follow the as-of date. It delegates each area to its own widget and stays thin.
// Files dropped on it (.csv, .txt) open the import wizard.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const QString &databasePath, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a database file; on failure the window shows why and stays usable.
    bool openDatabase(const QString &path);
    FiguresView *figuresView() const { return m_figures; }
    BriefingView *briefingView() const { return m_briefing; }
    ImportsView *importsView() const { return m_imports; }
    // Shows a view by its place in the navigation list.
    enum class View { Today, Briefing, Imports };
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
    void createActions();
    void restoreSettings();
    void refresh();
    void chooseDatabase();
    void showAbout();

    std::unique_ptr<Database> m_db;
    QStackedWidget *m_stack = nullptr;
    QStackedWidget *m_views = nullptr;
    QListWidget *m_navigation = nullptr;
    FiguresView *m_figures = nullptr;
    BriefingView *m_briefing = nullptr;
    ImportsView *m_imports = nullptr;
    QPointer<ImportWizard> m_wizard;
    QAction *m_importAction = nullptr;
    QLabel *m_problem = nullptr;
    QDateEdit *m_asOf = nullptr;
    QLabel *m_fileLabel = nullptr;
};

} // namespace seawall
