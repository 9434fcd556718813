// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace seawall {

// A line that says what went wrong, in one red for the whole program, shown
// only while there is something to say: above a view's table when it could
// not be read, under a dialog's fields, below a form's field. (Not made
// selectable: a selectable label sizes its text otherwise, and a form's
// row of it stood twice as tall.)
class ProblemLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ProblemLabel(QWidget *parent = nullptr);

    // Shows `message`, or hides the line when it is empty.
    void say(const QString &message);
    // The red the window says what is wrong in: this line, and a cell or a
    // word that needs seeing to (a missing report, an abnormal check).
    static QColor colour();
    // `text` in that red, as rich text, for a label that says other things too.
    static QString inRed(const QString &text);
};

} // namespace seawall
