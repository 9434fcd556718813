// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace seawall {

// Settings: the window's language (follow the system, 中文, English) and
// the database opened at start. Both take effect at the next start; the
// dialog says so.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    QComboBox *languageBox() const { return m_language; }
    QLineEdit *databaseEdit() const { return m_database; }
    // Writes the choices to the settings file.
    void save();

private:
    void browse();

    QComboBox *m_language;
    QLineEdit *m_database;
};

} // namespace seawall
