// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableView;
class QTableWidget;

namespace seawall {

class ImportWizard;
class PreviewModel;

// The files of the import: several at once, added and removed.
class FilesPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit FilesPage(ImportWizard *wizard);
    bool isComplete() const override;
    QListWidget *list() const { return m_list; }

private:
    void fill();
    void chooseFiles();
    void removeSelected();

    ImportWizard *m_wizard;
    QListWidget *m_list = nullptr;
    QPushButton *m_remove = nullptr;
};

// How each file is read: its encoding, delimiter and kind (a workbook's
// sheet and kind), detected and changeable, and its first records re-read
// on every change.
class PreviewPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit PreviewPage(ImportWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;

    QComboBox *fileCombo() const { return m_file; }
    QComboBox *encodingCombo() const { return m_encoding; }
    QComboBox *delimiterCombo() const { return m_delimiter; }
    QComboBox *kindCombo() const { return m_kind; }
    QComboBox *sheetCombo() const { return m_sheet; }
    QTableView *table() const { return m_table; }
    QLabel *status() const { return m_status; }

private:
    void fillFiles();
    void showFile();
    void choose();
    QString currentPath() const;

    ImportWizard *m_wizard;
    QComboBox *m_file = nullptr;
    QComboBox *m_encoding = nullptr;
    QComboBox *m_delimiter = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_sheet = nullptr;
    QList<QWidget *> m_csvOnly;   // the encoding and delimiter, and their labels
    QList<QWidget *> m_sheetOnly; // the sheet and its label
    QTableView *m_table = nullptr;
    PreviewModel *m_model = nullptr;
    QLabel *m_status = nullptr;
};

// Which field each column of a file holds: a combo a column, with the
// canonical columns of the file's kind and "do not import".
class MappingPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit MappingPage(ImportWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;

    QComboBox *fileCombo() const { return m_file; }
    QTableWidget *table() const { return m_table; }
    QLabel *status() const { return m_status; }
    // The combo of a column of the current file.
    QComboBox *columnCombo(int column) const;

private:
    void showFile();
    void showMapping();
    QString currentPath() const;

    ImportWizard *m_wizard;
    QComboBox *m_file = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace seawall
