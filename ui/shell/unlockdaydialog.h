// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace seawall {

class DateEdit;
class Workspace;

// Edit ▸ Unlock Day…: a day whose evening briefing was printed, unlocked
// with the reason the change is needed (required; kept in the audit log).
// The next evening print locks it again.
class UnlockDayDialog : public QDialog
{
    Q_OBJECT

public:
    UnlockDayDialog(Workspace *workspace, QWidget *parent = nullptr);

    DateEdit *dateEdit() const { return m_date; }
    QLineEdit *reasonEdit() const { return m_reason; }

    void accept() override;

private:
    void update();

    Workspace *m_workspace;
    DateEdit *m_date;
    QLineEdit *m_reason;
    QLabel *m_state;
    QDialogButtonBox *m_buttons;
};

} // namespace seawall
