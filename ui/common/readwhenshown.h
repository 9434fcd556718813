// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace seawall {

// Reads a view again when what it shows has changed: at once while the
// view is visible, else when it is next shown, so that a hidden view does
// not read on every change (an import writes many).
class ReadWhenShown : public QObject
{
public:
    // `read` reads `view` again, and calls fresh() as it begins; until the
    // first read the view is out of date when `stale`.
    ReadWhenShown(QWidget *view, std::function<void()> read, bool stale);

    // What the view shows has changed.
    void changed();
    // The view is being read: it shows what is current.
    void fresh() { m_stale = false; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_view;
    std::function<void()> m_read;
    bool m_stale;
};

} // namespace seawall
