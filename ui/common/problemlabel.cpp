// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/problemlabel.h"

using namespace Qt::StringLiterals;

namespace seawall {

ProblemLabel::ProblemLabel(QWidget *parent) : QLabel(parent)
{
    setWordWrap(true);
    setStyleSheet(u"color: #b00020;"_s);
    hide();
}

void ProblemLabel::say(const QString &message)
{
    setText(message);
    setVisible(!message.isEmpty());
}

} // namespace seawall
