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

void ProblemLabel::say(const QString &message)
{
    setText(message);
    setVisible(!message.isEmpty());
}

} // namespace seawall
