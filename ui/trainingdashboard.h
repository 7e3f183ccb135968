#pragma once

#include "training/trainingjob.h"

#include <QElapsedTimer>
#include <QHash>
#include <QWidget>

class QAction;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace wbc {

class ConfusionMatrixView;
class ProjectCommands;
class ProjectStore;
class TrainingForm;
class TrainingPlots;

// Train where the labels are made: the run settings, Start / Pause / Cancel with the state,
// live loss and accuracy curves, a live validation confusion matrix (a click shows exactly
// those images in the slide browser), images/s and ETA, and the project's runs to compare,
// export, choose the active model from and resume (an interrupted or cancelled run continues
// from its checkpoint; Resume says why not where it cannot). The form opens with the settings of
// the last run started. The training itself runs on a worker thread
// (TrainingJob); the GUI stays usable. GUI thread; the main window owns it and the store.
class TrainingDashboard : public QWidget
{
    Q_OBJECT

public:
    TrainingDashboard(ProjectCommands *commands, QWidget *parent = nullptr);
    ~TrainingDashboard() override;

    // The project changed (nullptr: closed). Refreshes counts and the runs list.
    void setProject(ProjectStore *store);
    // Labels changed: refresh the usable counts (never the running job's frozen data).
    void refreshCounts();
    void refreshRuns();

    bool start();
    // Continues the selected interrupted or cancelled run from its checkpoint (same run id).
    bool resumeSelected();
    TrainingJob *job() const { return m_job; }
    TrainingForm *form() const { return m_form; }
    TrainingPlots *plots() const { return m_plots; }
    ConfusionMatrixView *confusion() const { return m_confusion; }
    QTreeWidget *runsList() const { return m_runs; }
    QPushButton *resumeButton() const { return m_resume; }
    QAction *resumeAction() const { return m_resumeAction; }
    QString stateText() const;
    QString summaryText() const;
    // How many times the list read a run's checkpoint to tell whether it can resume (for tests:
    // the list is refreshed when a run starts, which must not read them all again).
    int checkpointChecks() const { return m_checkpointChecks; }

    // What a lab user reads for a run's stored status ("finished"), task ("four") and device
    // ("cpu"), in the user's language; unknown values are shown as stored.
    static QString statusDisplayName(const QString &status);
    static QString taskDisplayName(const QString &task);
    static QString deviceDisplayName(const QString &device);

    bool exportMetricsCsv(const QString &path, QString *error = nullptr);
    // Validation images of the last epoch with this truth and prediction (for the browser).
    QSet<qint64> imagesFor(int truth, int predicted) const;

Q_SIGNALS:
    // Show exactly these images in the slide browser.
    void showImages(const QSet<qint64> &ids, const QString &description);
    void activeModelChanged(qint64 modelId);
    void message(const QString &text);

private:
    void onStateChanged(TrainingJob::State state);
    void onBatch(const BatchReport &report);
    void onEpoch(const EpochReport &report);
    void onFinished(const TrainResult &result);
    void updateResume();
    // TrainingJob::resumeProblem, which reads and hashes the checkpoint (tens of MB for a large
    // network), asked again only when the run's status, its checkpoint file or its record changed.
    QString resumeProblem(const RunInfo &run);
    void compareSelectedRuns();
    void makeSelectedActive();
    void exportPlots();
    void exportCsv();

    ProjectCommands *m_commands;
    ProjectStore *m_store = nullptr;
    TrainingJob *m_job;
    TrainingForm *m_form;
    TrainingPlots *m_plots;
    ConfusionMatrixView *m_confusion;
    QTreeWidget *m_runs;
    QPushButton *m_start;
    QPushButton *m_pause;
    QPushButton *m_cancel;
    QPushButton *m_resume;
    QAction *m_resumeAction;
    QLabel *m_state;
    QLabel *m_speed;
    QLabel *m_summary;
    QProgressBar *m_progress;
    EpochReport m_lastEpoch;
    QElapsedTimer m_runClock; // the whole run, loading the cells included
    QHash<QString, QString> m_resumeProblems; // resumeProblem()'s answers by what they depend on
    int m_checkpointChecks = 0;
};

} // namespace wbc
