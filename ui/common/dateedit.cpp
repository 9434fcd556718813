// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/dateedit.h"

#include "core/validation/validator.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSignalBlocker>

using namespace Qt::StringLiterals;

namespace seawall {
namespace {

// What may be on the way to a date typed whole: digits (full-width ones
// from a Chinese input method too), the separators of 2022-03-15,
// 2022/3/15 and 2022.3.15, and 年月日.
bool isTyping(const QString &text)
{
    static const QRegularExpression partial(u"^[0-9０-９\\-/.年月日 ]{1,16}$"_s);
    return partial.match(text).hasMatch();
}

} // namespace

DateEdit::DateEdit(const QDate &date, QWidget *parent) : QDateEdit(date, parent)
{
    setCalendarPopup(true);
    setDisplayFormat(u"yyyy-MM-dd"_s);
}

QDate DateEdit::typedDate(const QString &text)
{
    // The forms subsidiaries' files write dates in, read by the one parser.
    return isTyping(text.trimmed()) ? Validator::parseDate(text) : QDate();
}

void DateEdit::keyPressEvent(QKeyEvent *event)
{
    QLineEdit *edit = lineEdit();
    const bool plain = !(event->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier));
    const QString text = event->text();
    if (plain && text.size() == 1 && isTyping(text)) {
        const QSignalBlocker blocker(edit);
        // The first character starts a new date in place of the one shown.
        if (!m_typing)
            edit->selectAll();
        m_typing = true;
        edit->insert(text); // refused by validate() when it cannot lead to a date
        event->accept();
        return;
    }
    if (m_typing) {
        switch (event->key()) {
        case Qt::Key_Backspace:
        case Qt::Key_Delete:
        case Qt::Key_Left:
        case Qt::Key_Right:
        case Qt::Key_Home:
        case Qt::Key_End: {
            const QSignalBlocker blocker(edit);
            QCoreApplication::sendEvent(edit, event);
            event->accept();
            return;
        }
        case Qt::Key_Escape:
            m_typing = false;
            setDate(date()); // shows the date again
            event->accept();
            return;
        default:
            // Enter, Tab, the arrows that step a section: the typed date first.
            finishTyping();
            break;
        }
    }
    QDateEdit::keyPressEvent(event);
}

void DateEdit::focusOutEvent(QFocusEvent *event)
{
    finishTyping();
    QDateEdit::focusOutEvent(event);
}

void DateEdit::finishTyping()
{
    if (!m_typing)
        return;
    m_typing = false;
    // Reads the text through validate() and dateTimeFromText(); a text that
    // is no date gives the date back as it was.
    interpretText();
}

QValidator::State DateEdit::validate(QString &text, int &pos) const
{
    if (!isTyping(text.trimmed()))
        return QDateEdit::validate(text, pos);
    const QDate typed = typedDate(text);
    if (typed.isValid() && typed >= minimumDate() && typed <= maximumDate())
        return QValidator::Acceptable;
    return QValidator::Intermediate;
}

void DateEdit::fixup(QString &text) const
{
    // A typed text that is no date stays as it is, and so is not taken;
    // QDateEdit's fixup would make some date of it.
    if (!isTyping(text.trimmed()))
        QDateEdit::fixup(text);
}

QDateTime DateEdit::dateTimeFromText(const QString &text) const
{
    const QDate typed = typedDate(text);
    if (!typed.isValid())
        return QDateEdit::dateTimeFromText(text);
    QDateTime value = dateTime(); // its time and time spec as QDateEdit keeps them
    value.setDate(typed);
    return value;
}

} // namespace seawall
