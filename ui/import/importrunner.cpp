// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/importrunner.h"

#include "core/db/database.h"
#include "core/import/importer.h"

#include <QThread>

#include <atomic>

namespace seawall {

namespace {

// Something the worker raises once and the window tells once.
struct Notice
{
    std::atomic<bool> raised{false};
    bool told = false; // in the window's thread

    // Whether it was raised and not told yet; told from now on.
    bool tell()
    {
        if (!raised || told)
            return false;
        told = true;
        return true;
    }
};

} // namespace

// What the worker and the window share; owned by both so that neither
// outlives it.
struct ImportRunner::Shared
{
    std::atomic<bool> cancel{false};
    std::atomic<qint64> records{0};
    Notice waiting;  // for another import to end
    Notice rowsRead; // what follows the last file's rows has begun
    ImportResult result; // written by the worker before it finishes
};

ImportRunner::ImportRunner(QObject *parent) : QObject(parent)
{
    m_timer.setInterval(100);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_shared->waiting.tell())
            emit waiting();
        emit progressed(recordsRead());
        if (m_shared->rowsRead.tell())
            emit rowsRead();
    });
}

ImportRunner::~ImportRunner()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
        delete m_thread;
    }
}

bool ImportRunner::start(const Database &open, const QStringList &paths, const ImportOptions &options)
{
    if (m_thread)
        return false;
    m_shared = std::make_shared<Shared>();
    m_result = {};
    std::shared_ptr<Shared> shared = m_shared;
    ImportOptions run = options;
    run.progress = [shared](qint64 records) { shared->records = records; };
    run.cancelled = [shared] { return shared->cancel.load(); };
    run.waiting = [shared] { shared->waiting.raised = true; };
    run.rowsRead = [shared] { shared->rowsRead.raised = true; };
    m_thread = QThread::create([shared, &open, paths, run] {
        Database db;
        if (Status status = db.openSameAs(open); !status) {
            shared->result.failure = status.error().message;
            return;
        }
        shared->result = Importer(db).run(paths, run);
    });
    // Emitted by the worker, delivered in this thread once it has returned.
    connect(m_thread, &QThread::finished, this, &ImportRunner::collect);
    m_thread->start();
    m_timer.start();
    return true;
}

void ImportRunner::cancel()
{
    if (m_shared)
        m_shared->cancel = true;
}

qint64 ImportRunner::recordsRead() const { return m_shared ? m_shared->records.load() : 0; }

void ImportRunner::collect()
{
    m_timer.stop();
    m_thread->wait();
    m_thread->deleteLater();
    m_thread = nullptr;
    m_result = m_shared->result;
    emit progressed(recordsRead());
    if (m_shared->rowsRead.tell())
        emit rowsRead();
    emit finished();
}

} // namespace seawall
