// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

#include <memory>

class QDateEdit;
class QLabel;
class QStackedWidget;

namespace seawall {

class Database;
class FiguresView;

// The main window: for now the figures of the as-of date over one database
// file. It delegates each area to its own widget and stays thin.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const QString &databasePath, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a database file; on failure the window shows why and stays usable.
    bool openDatabase(const QString &path);
    FiguresView *figuresView() const { return m_figures; }
    QString problem() const;

private:
    void createActions();
    void refresh();
    void chooseDatabase();
    void showAbout();

    std::unique_ptr<Database> m_db;
    QStackedWidget *m_stack = nullptr;
    FiguresView *m_figures = nullptr;
    QLabel *m_problem = nullptr;
    QDateEdit *m_asOf = nullptr;
    QLabel *m_fileLabel = nullptr;
};

} // namespace seawall
