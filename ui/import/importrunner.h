// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/importreport.h"

#include <QObject>
#include <QStringList>
#include <QTimer>

#include <memory>

class QThread;

namespace seawall {

class Database;

// Runs an import on a worker thread so that the window stays responsive on
// a large file. The worker opens its own connection to the same database: a database connection may be used only by the thread that made
// it. Progress is published through an atomic counter that a timer in the
// window's thread reads, so the importer never waits for the window.
class ImportRunner : public QObject
{
    Q_OBJECT

public:
    explicit ImportRunner(QObject *parent = nullptr);
    // Cancels and waits for a running import: nothing is written.
    ~ImportRunner() override;

    // False when an import is already running.
    // The worker opens a connection of its own to `open`'s database, which
    // must stay open while it runs.
    bool start(const Database &open, const QStringList &paths, const ImportOptions &options);
    // Asks the importer to stop; it rolls back at its next check.
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }
    qint64 recordsRead() const;
    // The outcome of the last import that finished.
    const ImportResult &result() const { return m_result; }

signals:
    void progressed(qint64 records);
    // Another import into the same database runs: this one waits for it.
    void waiting();
    // Every record is read; what follows the rows runs (ImportOptions::
    // rowsRead), with nothing more to count until finished().
    void rowsRead();
    void finished();

private:
    struct Shared;
    void collect();

    std::shared_ptr<Shared> m_shared;
    QThread *m_thread = nullptr;
    QTimer m_timer;
    ImportResult m_result;
};

} // namespace seawall
