#pragma once

#include <functional>

#include <QObject>

class QMainWindow;

namespace wbc {

class TaskProgress;
class TrainingJob;

// Asks before the window quits or leaves its project while background work runs (a training
// run of the dashboard; an import, detection, prediction or label check in the status bar):
// let it finish and then go on, stop it, or cancel. Asks nothing when nothing runs. A stopped
// training run keeps its checkpoint and resumes from the runs list. Owned by the main window;
// GUI thread.
class BusyPrompt : public QObject
{
    Q_OBJECT

public:
    enum class Leaving { Quit, Project };

    BusyPrompt(TaskProgress *task, TrainingJob *training, QMainWindow *window);

    bool isRunning() const;
    // True: leave now (nothing runs, or, when quitting, the user stopped it: it is cancelled).
    // False: stay for now; `then` runs once the work has ended if the user let it finish or,
    // when leaving the project, stopped it (the project changes once the job has let go).
    bool mayLeave(Leaving leaving, std::function<void()> then);
    // Something waits for the work to end (what mayLeave was given).
    bool isWaiting() const { return bool(m_then); }

private:
    void workEnded();

    TaskProgress *m_task;
    TrainingJob *m_training;
    QMainWindow *m_window;
    std::function<void()> m_then;
};

} // namespace wbc
