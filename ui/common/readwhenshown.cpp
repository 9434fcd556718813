// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/readwhenshown.h"

#include <QEvent>
#include <QWidget>

namespace seawall {

ReadWhenShown::ReadWhenShown(QWidget *view, std::function<void()> read, bool stale)
    : QObject(view), m_view(view), m_read(std::move(read)), m_stale(stale)
{
    view->installEventFilter(this);
}

void ReadWhenShown::changed()
{
    m_stale = true;
    if (m_view->isVisible())
        m_read();
}

bool ReadWhenShown::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::Show && m_stale)
        m_read();
    return QObject::eventFilter(watched, event);
}

} // namespace seawall
