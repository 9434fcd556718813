// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

#include <memory>

class QDateEdit;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace seawall {

class BriefingView;
class Database;
class FiguresView;

// The main window over one database file: a navigation list of views
// (Today, Briefing) that all follow the as-of date. It delegates each area to its own widget and stays thin.
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
    // Shows a view by its place in the navigation list.
    enum class View { Today, Briefing };
    void showView(View view);
    QString problem() const;

protected:
    void closeEvent(QCloseEvent *event) override;

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
    QLabel *m_problem = nullptr;
    QDateEdit *m_asOf = nullptr;
    QLabel *m_fileLabel = nullptr;
};

} // namespace seawall
