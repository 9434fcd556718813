// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace seawall {

// Settings: the window's language (follow the system, 中文, English), the
// database opened at start, and the days a dated list shows up to the
// as-of date. The first two take effect at the next start, the dialog says
// so; the window applies the last at once.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    QComboBox *languageBox() const { return m_language; }
    QLineEdit *databaseEdit() const { return m_database; }
    QComboBox *listDaysBox() const { return m_listDays; }
    QSpinBox *backupsKeptBox() const { return m_backupsKept; }
    // Writes the choices to the settings file.
    void save();

    // The days a dated list shows up to the as-of date: 1 (the as-of day,
    // the default) or 7, as last saved.
    static int listDays();

private:
    void browse();

    QComboBox *m_language;
    QLineEdit *m_database;
    QComboBox *m_listDays;
    QSpinBox *m_backupsKept;
};

} // namespace seawall
