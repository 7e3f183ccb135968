#pragma once

#include <memory>

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include "project/projectstore.h"
#include "project/sharedsession.h"

namespace wbc {

// Runs read(store) on a worker of pool with its own read-only connection to the project (a file,
// or the shared project of SharedSession), so that whole-table queries never hold up the GUI
// thread, and calls done(result) on context's
// thread. The watcher is parented to context: a result that arrives after context is gone, or
// after the returned watcher was deleted, is dropped. Result must be default-constructible and
// have a QString member `error` (set when the project cannot be opened).
// A read sees what was committed when it started; the caller decides what to do with writes made
// while it ran.
template <typename Result, typename Read, typename Done>
QFutureWatcher<Result> *readProjectAsync(
    QObject *context, QThreadPool *pool, const QString &projectPath, Read read, Done done)
{
    auto *watcher = new QFutureWatcher<Result>(context);
    QObject::connect(watcher, &QFutureWatcher<Result>::finished, context, [watcher, done] {
        const Result result = watcher->result();
        watcher->deleteLater();
        done(result);
    });
    watcher->setFuture(QtConcurrent::run(pool, [projectPath, read] {
        ProjectStore store;
        Result result;
        if (!SharedSession::open(store, projectPath, ProjectStore::OpenMode::ReadOnly, &result.error))
            return result;
        return read(store);
    }));
    return watcher;
}

} // namespace wbc
