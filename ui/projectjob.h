#pragma once

#include "mainwindow.h"
#include "project/projectlock.h"
#include "project/projectstore.h"
#include "project/sharedsession.h"
#include "taskprogress.h"

#include <QFutureWatcher>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <memory>

namespace wbc {

// Runs job(store, cancel, promise) on the thread pool with its own connection to the project,
// shows progress in `task`, and calls done(result) on the GUI thread. A watcher parented to the
// window drops the callback if the window is gone.
template<typename Result, typename Job, typename Done>
void runProjectJob(MainWindow *window, TaskProgress *task, const QString &what,
                   const QString &projectPath, Job job, Done done)
{
    const std::shared_ptr<std::atomic_bool> cancel = task->start(what);
    auto *watcher = new QFutureWatcher<Result>(window);
    QObject::connect(watcher, &QFutureWatcher<Result>::progressValueChanged, task,
                     [task, watcher](int v) { task->setProgress(v, watcher->progressMaximum()); });
    QObject::connect(watcher, &QFutureWatcher<Result>::finished, window, [=] {
        const Result result = watcher->result();
        watcher->deleteLater();
        task->finish();
        done(result);
    });
    watcher->setFuture(QtConcurrent::run([=](QPromise<Result> &promise) {
        Result result;
        // Never write a project another instance has open (this window's own lock is fine).
        ProjectLock lock(projectPath);
        if (lock.tryLock() == ProjectLock::Result::HeldByOther) {
            result.fatalError = MainWindow::tr("%1; close it there first").arg(lock.heldMessage());
            promise.addResult(result);
            return;
        }
        ProjectStore store;
        if (!SharedSession::open(store, projectPath, ProjectStore::OpenMode::OpenOrCreate,
                                 &result.fatalError)) {
            promise.addResult(result);
            return;
        }
        auto progress = [&promise](int done, int total) {
            promise.setProgressRange(0, total);
            promise.setProgressValue(done);
        };
        promise.addResult(job(store, cancel.get(), progress));
    }));
}

} // namespace wbc
