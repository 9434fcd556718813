// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateEdit>

namespace seawall {

// A date field that also takes a date typed whole, as people write one —
// 2022-03-15, 2022/3/15, 20220315 (2022.3.15 and 2022年3月15日 too) —
// taken on Enter or on leaving the field; Escape, or a text that is no
// date, leaves the date as it was. The calendar popup, the arrow keys and
// the display format are QDateEdit's own.
//
// QDateTimeEdit edits its text section by section (year, month, day): it
// puts each digit in the section under the cursor, refuses what does not
// fit the display format, "fixes" what it cannot read into some date, and
// interprets the text whenever the cursor moves into another section. So
// the digits of a date typed in a row land in the wrong sections (2022-03-15
// after Tab gives 2022-01-03; the issue saw 2022年12月3日 when the field
// showed the long format), or, after a click at the end of the field, are
// not taken at all; 2022/3/15 fits no section. Once the user types a
// character of a date, this field keeps the keys in its line edit as plain
// text — with the line edit's signals blocked, so that the section
// machinery does not see the text change under it — until Enter or leaving
// the field; the text is then read through Qt's own hooks for a spin box's
// text, validate(), fixup() and dateTimeFromText(). That keeps all the rest
// of QDateEdit, which a line edit with a calendar of its own would have to
// write again.
class DateEdit : public QDateEdit
{
    Q_OBJECT

public:
    // With its calendar popup, showing the day as the window shows every
    // day (2022-03-15).
    explicit DateEdit(const QDate &date = {}, QWidget *parent = nullptr);

    // The date of a text typed whole (2022-03-15, 2022/3/15, 20220315 …),
    // null when it is none.
    static QDate typedDate(const QString &text);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    QValidator::State validate(QString &text, int &pos) const override;
    void fixup(QString &text) const override;
    QDateTime dateTimeFromText(const QString &text) const override;

private:
    // Takes what was typed: the date it names, or the date as it was.
    void finishTyping();

    bool m_typing = false;
};

} // namespace seawall
