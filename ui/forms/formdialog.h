// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/error.h"

#include <QDialog>
#include <QHash>
#include <QSet>

#include <functional>
#include <vector>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPushButton;

namespace seawall {

class ProblemLabel;

// The frame every record form shares: labelled fields in visual (and tab)
// order, under each field what is wrong with it as the user types, OK
// disabled while anything is wrong. Enter is OK, Escape is Cancel. What OK
// does is given by the caller (setSaver), so that a form that could not be
// saved (a duplicate ID number) stays open with the reason.
class FormDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FormDialog(QWidget *parent = nullptr);

    void setSaver(std::function<Status()> saver) { m_saver = std::move(saver); }
    QPushButton *okButton() const;
    // A button beside OK and Cancel for another way to finish (Zero report).
    QPushButton *addButton(const QString &text);
    // What is shown as wrong with `field` (a canonical column name), empty when nothing.
    QString problemOf(const QString &field) const;
    // Every message on show, under the fields and in the message area.
    QStringList shownProblems() const;
    // Shows the problems of every field, also those not typed in yet (an edit form).
    void touchAll();

    void accept() override;

public slots:
    void revalidate();

protected:
    // Adds a field labelled `name` (its label in the user's language, with
    // the language's colon; a check box carries it itself), with `mnemonic`
    // as its Alt key when given; Validator errors with `field` appear under it.
    void addField(const QString &name, QWidget *widget, const QString &field, QChar mnemonic = {});
    // Shows the problems of `field` from now on, as if the user had typed in it.
    void touch(const QString &field);
    // Forgets what was typed in: the fields filled from a record are not.
    void forgetTouched() { m_touched.clear(); }
    // Adds the message area and the buttons; call once all fields are in.
    void finishLayout();
    // Every problem of what the form holds now.
    virtual std::vector<Error> check() const = 0;

private:
    void showProblems(const std::vector<Error> &errors);

    QFormLayout *m_form = nullptr;
    ProblemLabel *m_message = nullptr;
    QLabel *m_pending = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QList<QWidget *> m_order;
    QHash<QString, QLabel *> m_errorLabels;
    QHash<QString, QString> m_labels; // field → its label, without the colon
    QSet<QString> m_touched;
    bool m_allTouched = false;
    std::function<Status()> m_saver;
};

} // namespace seawall
