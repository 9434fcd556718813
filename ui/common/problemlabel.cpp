// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/problemlabel.h"

using namespace Qt::StringLiterals;

namespace seawall {

ProblemLabel::ProblemLabel(QWidget *parent) : QLabel(parent)
{
    setWordWrap(true);
    setStyleSheet(u"color: %1;"_s.arg(colour().name()));
    hide();
}

QColor ProblemLabel::colour() { return QColor(0xb0, 0x00, 0x20); }

QString ProblemLabel::inRed(const QString &text)
{
    return u"<span style='color:%1'>%2</span>"_s.arg(colour().name(), text.toHtmlEscaped());
}

void ProblemLabel::say(const QString &message)
{
    setText(message);
    setVisible(!message.isEmpty());
}

} // namespace seawall
