// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace seawall {

// File ▸ Templates…: blank workbooks for the units to fill in, one per
// kind of file chosen, written into a folder (core/import/importtemplate.h).
class TemplatesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TemplatesDialog(QWidget *parent = nullptr);

    QListWidget *kinds() const { return m_kinds; }
    QLineEdit *folder() const { return m_folder; }
    QLabel *status() const { return m_status; }
    // Writes the templates of the kinds chosen into the folder; false with
    // the reason shown when one could not be written.
    bool writeTemplates();

private:
    QListWidget *m_kinds = nullptr;
    QLineEdit *m_folder = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_write = nullptr;

    void chooseFolder();
    void updateButtons();
};

} // namespace seawall
