// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/offthread.h"

#include <QApplication>
#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <memory>

namespace seawall {
namespace {

// Work done sooner shows no dialog at all.
constexpr int kDialogAfterMs = 500;

} // namespace

Status runOffThread(const Database &open, const QString &label, const std::function<Status(Database &)> &work)
{
    Status outcome;
    const std::unique_ptr<QThread> thread(QThread::create([&outcome, &open, &work] {
        Database db;
        if (Status opened = db.openSameAs(open); !opened) {
            outcome = opened;
            return;
        }
        outcome = work(db);
    }));
    QEventLoop loop;
    // Emitted by the worker, delivered here: also when it ends before
    // the loop starts.
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit, Qt::QueuedConnection);
    QProgressDialog dialog(label, QString(), 0, 0, QApplication::activeWindow());
    dialog.setWindowModality(Qt::ApplicationModal);
    dialog.reset(); // stops its own timer, which would show it after 4 s
    QTimer::singleShot(kDialogAfterMs, &dialog, [&dialog] { dialog.show(); });
    thread->start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    thread->wait();
    return outcome;
}

} // namespace seawall
