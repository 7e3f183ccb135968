#include "busyprompt.h"

#include <QLocale>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>

#include "taskprogress.h"
#include "training/trainingjob.h"

namespace wbc {

BusyPrompt::BusyPrompt(TaskProgress *task, TrainingJob *training, QMainWindow *window)
    : QObject(window)
    , m_task(task)
    , m_training(training)
    , m_window(window)
{
    connect(m_task, &TaskProgress::finished, this, &BusyPrompt::workEnded);
    connect(m_training, &TrainingJob::stateChanged, this, &BusyPrompt::workEnded);
}

bool BusyPrompt::isRunning() const
{
    return m_task->isRunning() || m_training->isRunning();
}

bool BusyPrompt::mayLeave(Leaving leaving, std::function<void()> then)
{
    if (!isRunning())
        return true;
    QStringList jobs;
    if (m_training->isRunning())
        jobs << tr("a training run");
    if (m_task->isRunning())
        jobs << m_task->what();
    const bool quit = leaving == Leaving::Quit;

    QMessageBox box(QMessageBox::Question,
        quit ? tr("Quit WBC Studio") : tr("Close Project"),
        tr("Still running: %1.").arg(QLocale().createSeparatedList(jobs)),
        QMessageBox::Cancel,
        m_window);
    box.setObjectName(QStringLiteral("busyPrompt"));
    QString info = quit ? tr("Let it finish and WBC Studio quits when it is done, or stop it and "
                             "quit now.")
                        : tr("Let it finish and the project closes when it is done, or stop it "
                             "and close the project.");
    if (m_training->isRunning())
        info += QLatin1Char(' ')
            + tr("A stopped training run keeps its checkpoint: resume it from the runs list "
                 "of the Training dashboard.");
    box.setInformativeText(info);
    QPushButton *finish = box.addButton(tr("Let It Finish"), QMessageBox::AcceptRole);
    finish->setObjectName(QStringLiteral("letFinishButton"));
    QPushButton *stop = box.addButton(tr("Stop It"), QMessageBox::DestructiveRole);
    stop->setObjectName(QStringLiteral("stopButton"));
    box.setDefaultButton(QMessageBox::Cancel);
    box.setEscapeButton(QMessageBox::Cancel);
    box.exec();

    if (box.clickedButton() == finish) {
        m_then = std::move(then);
        m_window->statusBar()->showMessage(quit
                ? tr("WBC Studio quits when the running work is done")
                : tr("The project closes when the running work is done"));
        workEnded(); // it may have ended while the question was open
        return false;
    }
    if (box.clickedButton() == stop) {
        m_task->cancel();
        m_training->cancel();
        if (quit) {
            m_then = {};
            return true;
        }
        m_then = std::move(then);
        m_window->statusBar()->showMessage(tr("Stopping; the project closes when it has stopped"));
        workEnded();
        return false;
    }
    m_then = {}; // Cancel: stay, and forget an earlier "let it finish"
    return false;
}

void BusyPrompt::workEnded()
{
    if (!m_then || isRunning())
        return;
    // After the job's own completion handlers have run (TaskProgress finishes before them).
    QTimer::singleShot(0, this, [this] {
        if (!m_then || isRunning())
            return;
        const std::function<void()> then = std::exchange(m_then, {});
        m_window->statusBar()->clearMessage();
        then();
    });
}

} // namespace wbc
