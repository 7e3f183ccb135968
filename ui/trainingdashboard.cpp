#include "trainingdashboard.h"

#include "cellclassstyle.h"
#include "confusionmatrixview.h"
#include "dialogfolder.h"
#include "projectcommands.h"
#include "project/projectstore.h"
#include "project/runhistory.h"
#include "base/savefile.h"
#include "trainingform.h"
#include "trainingplots.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace wbc {

namespace {

QString percent(double v)
{
    return QStringLiteral("%1 %").arg(v * 100.0, 0, 'f', 1);
}

QString duration(double seconds)
{
    const int s = int(std::lround(seconds));
    return s >= 3600 ? TrainingDashboard::tr("%1 h %2 min").arg(s / 3600).arg(s % 3600 / 60)
           : s >= 60 ? TrainingDashboard::tr("%1 min %2 s").arg(s / 60).arg(s % 60)
                     : TrainingDashboard::tr("%1 s").arg(s);
}

// "POLYNUCLEAR" or "NEUTROPHIL" -> the translated name a pathologist reads.
QStringList displayNames(const QStringList &canonical)
{
    QStringList out;
    for (const QString &name : canonical) {
        if (const auto cls = parseCellClass(name))
            out.append(cellClassDisplayName(*cls));
        else if (name == u"POLYNUCLEAR")
            out.append(TrainingDashboard::tr("Polynuclear"));
        else if (name == u"MONONUCLEAR")
            out.append(TrainingDashboard::tr("Mononuclear"));
        else
            out.append(name);
    }
    return out;
}

enum RunColumn { ColRun, ColStarted, ColTask, ColModel, ColStatus, ColEpochs, ColAccuracy, ColBalanced, ColActive };
// On the status column: why the run cannot resume ("" when it can; none when it never could).
constexpr int kResumeProblemRole = Qt::UserRole + 1;

} // namespace

TrainingDashboard::TrainingDashboard(ProjectCommands *commands, QWidget *parent)
    : QWidget(parent)
    , m_commands(commands)
    , m_job(new TrainingJob(this))
    , m_form(new TrainingForm(this))
    , m_plots(new TrainingPlots(this))
    , m_confusion(new ConfusionMatrixView(this))
    , m_runs(new QTreeWidget(this))
    , m_start(new QPushButton(tr("&Start Training"), this))
    , m_pause(new QPushButton(tr("&Pause"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_resume(new QPushButton(tr("Res&ume Run"), this))
    , m_resumeAction(new QAction(tr("Resume"), this))
    , m_state(new QLabel(this))
    , m_speed(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_progress(new QProgressBar(this))
{
    setAccessibleName(tr("Training dashboard"));
    auto *formScroll = new QScrollArea(this);
    formScroll->setWidget(m_form);
    formScroll->setWidgetResizable(true);
    formScroll->setFrameShape(QFrame::NoFrame);
    formScroll->setMinimumWidth(m_form->sizeHint().width() + 24);

    auto *controls = new QHBoxLayout;
    m_start->setDefault(true);
    m_pause->setCheckable(true);
    controls->addWidget(m_start);
    controls->addWidget(m_pause);
    controls->addWidget(m_cancel);
    controls->addWidget(m_progress, 1);
    m_progress->setAccessibleName(tr("Training progress"));
    m_state->setAccessibleName(tr("Training state"));
    QFont bold = m_state->font();
    bold.setBold(true);
    m_state->setFont(bold);
    controls->addWidget(m_state);
    controls->addWidget(m_speed);

    auto *right = new QVBoxLayout;
    right->addWidget(m_confusion, 3);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setAccessibleName(tr("Run summary"));
    right->addWidget(m_summary);
    auto *rightWidget = new QWidget(this);
    rightWidget->setLayout(right);

    m_runs->setHeaderLabels({tr("Run"), tr("Started"), tr("Task"), tr("Model"), tr("Status"),
                             tr("Epochs"), tr("Val. accuracy"), tr("Balanced"), tr("Active")});
    m_runs->setRootIsDecorated(false);
    m_runs->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_runs->setAccessibleName(tr("Training runs"));
    m_runs->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_runs->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_runs->addAction(m_resumeAction);
    auto *runButtons = new QHBoxLayout;
    auto *compare = new QPushButton(tr("&Compare Selected"), this);
    auto *activate = new QPushButton(tr("Use for &Review"), this);
    activate->setToolTip(tr("Make the selected run's model the active model (undoable)"));
    auto *exportPlots = new QPushButton(tr("Export &Plots..."), this);
    auto *exportCsv = new QPushButton(tr("Export &Metrics..."), this);
    for (QPushButton *b : {m_resume, compare, activate, exportPlots, exportCsv})
        runButtons->addWidget(b);
    runButtons->addStretch(1);
    auto *runsWidget = new QWidget(this);
    auto *runsLayout = new QVBoxLayout(runsWidget);
    runsLayout->setContentsMargins(0, 0, 0, 0);
    runsLayout->addWidget(m_runs);
    runsLayout->addLayout(runButtons);

    auto *centre = new QSplitter(Qt::Horizontal, this);
    centre->addWidget(m_plots);
    centre->addWidget(rightWidget);
    centre->setStretchFactor(0, 3);
    centre->setStretchFactor(1, 2);
    centre->setSizes({600, 400});
    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(centre);
    vertical->addWidget(runsWidget);
    vertical->setStretchFactor(0, 4);
    vertical->setStretchFactor(1, 1);

    auto *mainColumn = new QVBoxLayout;
    mainColumn->addLayout(controls);
    mainColumn->addWidget(vertical, 1);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(formScroll);
    layout->addLayout(mainColumn, 1);

    connect(m_start, &QPushButton::clicked, this, &TrainingDashboard::start);
    connect(m_pause, &QPushButton::toggled, m_job, &TrainingJob::setPaused);
    connect(m_cancel, &QPushButton::clicked, m_job, &TrainingJob::cancel);
    connect(m_form, &TrainingForm::taskChanged, this, &TrainingDashboard::refreshCounts);
    connect(m_job, &TrainingJob::stateChanged, this, &TrainingDashboard::onStateChanged);
    connect(m_job, &TrainingJob::loadingProgress, this, [this](int done, int total) {
        m_progress->setRange(0, std::max(total, 1));
        m_progress->setValue(done);
        m_speed->setText(tr("preparing the cells of %1 of %2 images").arg(done).arg(total));
    });
    connect(m_job, &TrainingJob::batchFinished, this, &TrainingDashboard::onBatch);
    connect(m_job, &TrainingJob::epochFinished, this, &TrainingDashboard::onEpoch);
    connect(m_job, &TrainingJob::finished, this, &TrainingDashboard::onFinished);
    connect(m_job, &TrainingJob::warning, this, [this](const QString &message) {
        m_summary->setText(message.toHtmlEscaped());
        Q_EMIT this->message(tr("Training: %1").arg(message));
        refreshRuns();
    });
    connect(m_job, &TrainingJob::failed, this, [this](const QString &message) {
        m_summary->setText(QStringLiteral("<b>%1</b> %2").arg(tr("Training failed:"),
                                                               message.toHtmlEscaped()));
        Q_EMIT this->message(message);
        refreshRuns();
    });
    connect(m_confusion, &ConfusionMatrixView::cellClicked, this, [this](int truth, int predicted) {
        const QStringList names = m_confusion->classNames();
        Q_EMIT showImages(imagesFor(truth, predicted),
                          tr("true %1, predicted %2 (validation, epoch %3)")
                              .arg(names.value(truth), names.value(predicted))
                              .arg(m_lastEpoch.epoch));
    });
    connect(m_resume, &QPushButton::clicked, this, &TrainingDashboard::resumeSelected);
    connect(m_resumeAction, &QAction::triggered, this, &TrainingDashboard::resumeSelected);
    connect(m_runs, &QTreeWidget::itemSelectionChanged, this, &TrainingDashboard::updateResume);
    connect(compare, &QPushButton::clicked, this, &TrainingDashboard::compareSelectedRuns);
    connect(activate, &QPushButton::clicked, this, &TrainingDashboard::makeSelectedActive);
    connect(exportPlots, &QPushButton::clicked, this, &TrainingDashboard::exportPlots);
    connect(exportCsv, &QPushButton::clicked, this, &TrainingDashboard::exportCsv);
    onStateChanged(TrainingJob::State::Idle);
}

TrainingDashboard::~TrainingDashboard() = default;

void TrainingDashboard::setProject(ProjectStore *store)
{
    if (m_job->isRunning())
        m_job->cancel();
    m_store = store;
    m_resumeProblems.clear();
    if (m_store && !m_store->isReadOnly())
        RunHistory(*m_store).markInterrupted(); // this window runs one job at a time: none yet
    refreshCounts();
    refreshRuns();
    onStateChanged(m_job->state());
}

void TrainingDashboard::refreshCounts()
{
    if (!m_store) {
        m_form->setClassCounts({}, {}, TrainingJob::kMinimumPerClass);
        return;
    }
    const TrainParams params = m_form->params();
    const Task task = params.task;
    m_form->setClassCounts(displayNames(taskClassNames(task)),
                           TrainingJob::usableCounts(*m_store, task, params.singleCellFields),
                           TrainingJob::kMinimumPerClass);
    onStateChanged(m_job->state());
}

QString TrainingDashboard::stateText() const
{
    return m_state->text();
}

QString TrainingDashboard::summaryText() const
{
    return m_summary->text();
}

QString TrainingDashboard::statusDisplayName(const QString &status)
{
    if (status == u"running")
        return tr("Running");
    if (status == u"finished")
        return tr("Finished");
    if (status == u"interrupted")
        return tr("Interrupted");
    if (status == u"cancelled")
        return tr("Cancelled");
    if (status == u"failed")
        return tr("Failed");
    return status;
}

QString TrainingDashboard::taskDisplayName(const QString &task)
{
    if (task == u"binary")
        return tr("Polynuclear vs mononuclear");
    if (task == u"four")
        return tr("Four classes");
    return task;
}

QString TrainingDashboard::deviceDisplayName(const QString &device)
{
    if (device == u"cpu")
        return tr("the CPU");
    if (device.startsWith(u"cuda"))
        return tr("the GPU");
    return device;
}

bool TrainingDashboard::start()
{
    if (!m_store)
        return false;
    refreshCounts();
    if (!m_form->canStart()) {
        m_summary->setText(QStringLiteral("<b>%1</b>").arg(m_form->countsProblem().toHtmlEscaped()));
        Q_EMIT message(m_form->countsProblem());
        return false;
    }
    QString error;
    m_plots->clear();
    m_confusion->clear();
    m_lastEpoch = EpochReport();
    m_summary->clear();
    m_runClock.start();
    if (!m_job->start(m_store, m_form->params(), &error)) {
        m_summary->setText(error.toHtmlEscaped());
        Q_EMIT message(error);
        return false;
    }
    m_form->saveAsLastUsed();
    return true;
}

bool TrainingDashboard::resumeSelected()
{
    const QList<QTreeWidgetItem *> selected = m_runs->selectedItems();
    if (!m_store || selected.size() != 1)
        return false;
    const qint64 runId = selected.first()->data(ColRun, Qt::UserRole).toLongLong();
    QString error;
    m_plots->clear();
    m_confusion->clear();
    m_lastEpoch = EpochReport();
    m_summary->clear();
    m_runClock.start();
    if (!m_job->resume(m_store, runId, &error)) {
        m_summary->setText(error.toHtmlEscaped());
        Q_EMIT message(error);
        return false;
    }
    m_form->setParams(m_job->params()); // the settings the run goes on with
    m_summary->setText(tr("Resuming run %1 from its checkpoint.").arg(runId));
    return true;
}

void TrainingDashboard::updateResume()
{
    const QList<QTreeWidgetItem *> selected = m_runs->selectedItems();
    QString tip = tr("Continue the selected interrupted or cancelled run from its checkpoint");
    bool enabled = false;
    if (selected.size() == 1 && m_store && !m_store->isReadOnly()) {
        const QVariant problem = selected.first()->data(ColStatus, kResumeProblemRole);
        if (problem.isValid() && !problem.toString().isEmpty())
            tip = problem.toString();
        enabled = problem.isValid() && problem.toString().isEmpty() && !m_job->isRunning();
    }
    m_resume->setEnabled(enabled);
    m_resume->setToolTip(tip);
    m_resumeAction->setEnabled(enabled);
    m_resumeAction->setToolTip(tip);
}

void TrainingDashboard::onStateChanged(TrainingJob::State state)
{
    const bool running = m_job->isRunning();
    m_start->setEnabled(!running && m_store && m_form->canStart());
    m_start->setToolTip(m_form->canStart() ? QString() : m_form->countsProblem());
    m_pause->setEnabled(state == TrainingJob::State::Training || state == TrainingJob::State::Paused);
    m_pause->setChecked(state == TrainingJob::State::Paused);
    m_pause->setText(state == TrainingJob::State::Paused ? tr("&Resume") : tr("&Pause"));
    m_cancel->setEnabled(running);
    m_form->setEnabled(!running);
    m_state->setText(m_job->stateText());
    if (!running)
        m_speed->clear();
    if (state == TrainingJob::State::Training)
        refreshRuns(); // the new run shows as "running"
    updateResume();
}

void TrainingDashboard::onBatch(const BatchReport &r)
{
    m_plots->addBatch(r);
    const qint64 total = qint64(r.batches) * m_job->params().epochs;
    m_progress->setRange(0, int(total));
    m_progress->setValue(int(qint64(r.epoch - 1) * r.batches + r.batch));
    m_speed->setText(tr("epoch %1/%2 · %3 images/s%4")
                         .arg(r.epoch)
                         .arg(m_job->params().epochs)
                         .arg(r.imagesPerSecond, 0, 'f', 0)
                         .arg(m_lastEpoch.epoch > 0
                                  ? tr(" · about %1 left").arg(duration(m_lastEpoch.etaSeconds))
                                  : QString()));
}

void TrainingDashboard::onEpoch(const EpochReport &r)
{
    m_lastEpoch = r;
    m_plots->addEpoch(r);
    // The running run's row counts its epochs as they are recorded.
    for (int i = 0; i < m_runs->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_runs->topLevelItem(i);
        if (item->data(ColRun, Qt::UserRole).toLongLong() == m_job->runId())
            item->setText(ColEpochs, QString::number(r.epoch));
    }
    if (r.hasValidation) {
        const int n = r.confusion.classCount();
        std::vector<std::vector<int>> counts(size_t(n), std::vector<int>(size_t(n), 0));
        for (int t = 0; t < n; ++t)
            for (int p = 0; p < n; ++p)
                counts[size_t(t)][size_t(p)] = r.confusion.count(t, p);
        QStringList codes; // the tags' codes, for columns too narrow for the names
        for (const QString &name : m_job->classNames()) {
            const auto cls = parseCellClass(name);
            codes.append(cls ? cellstyle::classCode(*cls)
                             : displayNames({name}).constFirst().left(1));
        }
        m_confusion->setShortNames(codes);
        m_confusion->setMatrix(displayNames(m_job->classNames()), counts,
                               tr("Validation, epoch %1: rows true class, columns prediction")
                                   .arg(r.epoch));
        m_summary->setText(tr("Epoch %1: validation accuracy <b>%2</b>, balanced %3, loss %4")
                               .arg(r.epoch)
                               .arg(percent(r.valAccuracy()), percent(r.balancedAccuracy()))
                               .arg(r.valLoss, 0, 'f', 3));
    }
}

void TrainingDashboard::onFinished(const TrainResult &result)
{
    refreshRuns();
    if (result.cancelled) {
        m_summary->setText(tr("Cancelled after %n epoch(s).", nullptr, result.epochsRun));
        return;
    }
    QString best;
    for (const EpochReport &e : result.history) {
        if (e.epoch == result.bestEpoch && e.hasValidation)
            best = tr("validation accuracy <b>%1</b>, balanced accuracy %2")
                       .arg(percent(e.valAccuracy()), percent(e.balancedAccuracy()));
    }
    const double wholeRun = m_runClock.isValid() ? m_runClock.elapsed() / 1000.0 : result.seconds;
    m_summary->setText(tr("<b>Finished</b>: %1 of training on %2, %3 in all with loading the "
                          "cells; best epoch %4 of %5, %6. Its model is now the active model "
                          "(undo with Ctrl+Z).")
                           .arg(duration(result.seconds), deviceDisplayName(result.device),
                                duration(std::max(wholeRun, result.seconds)))
                           .arg(result.bestEpoch)
                           .arg(result.epochsRun)
                           .arg(best));
    RunHistory history(*m_store);
    if (const auto run = history.run(m_job->runId()); run && run->modelId)
        m_commands->setActiveModel(run->modelId);
    refreshRuns();
}

void TrainingDashboard::refreshRuns()
{
    m_runs->clear();
    if (!m_store)
        return;
    for (const RunInfo &r : RunHistory(*m_store).runs()) {
        auto *item = new QTreeWidgetItem(m_runs);
        item->setData(ColRun, Qt::UserRole, r.id);
        item->setData(ColActive, Qt::UserRole, r.modelId);
        item->setText(ColRun, QString::number(r.id));
        item->setText(ColStarted, QLocale().toString(r.createdAt.toLocalTime(), QLocale::ShortFormat));
        item->setText(ColTask, taskDisplayName(r.task));
        item->setText(ColModel, r.model);
        item->setText(ColStatus, statusDisplayName(r.status));
        item->setData(ColStatus, Qt::UserRole, r.status); // as stored
        item->setText(ColEpochs, QString::number(r.epochs.size()));
        const QJsonValue acc = r.summary.value(QStringLiteral("val_accuracy"));
        const QJsonValue bal = r.summary.value(QStringLiteral("balanced_accuracy"));
        item->setText(ColAccuracy, acc.isDouble() ? percent(acc.toDouble()) : QString());
        item->setText(ColBalanced, bal.isDouble() ? percent(bal.toDouble()) : QString());
        item->setText(ColActive, r.active ? QStringLiteral("✔") : QString());
        if (r.status == u"interrupted" || r.status == u"cancelled") {
            const QString problem = resumeProblem(r);
            item->setData(ColStatus, kResumeProblemRole, problem);
            item->setToolTip(ColStatus, problem.isEmpty() ? tr("Can resume from its checkpoint")
                                                          : problem);
        }
    }
    updateResume();
}

QString TrainingDashboard::resumeProblem(const RunInfo &run)
{
    const QFileInfo file(TrainingJob::checkpointPath(*m_store, run.id));
    const QString key = QStringList{QString::number(run.id), run.status, file.absoluteFilePath(),
                                    QString::number(file.exists() ? file.size() : -1),
                                    file.lastModified().toString(Qt::ISODateWithMs),
                                    m_store->meta(TrainingJob::checkpointRecordKey(run.id))}
                            .join(u'|');
    const auto known = m_resumeProblems.constFind(key);
    if (known != m_resumeProblems.cend())
        return *known;
    ++m_checkpointChecks;
    const QString problem = TrainingJob::resumeProblem(*m_store, run);
    m_resumeProblems.insert(key, problem);
    return problem;
}

QSet<qint64> TrainingDashboard::imagesFor(int truth, int predicted) const
{
    QSet<qint64> ids;
    const auto samples = m_job->samples();
    const std::vector<int> &validation = m_job->split().validation;
    if (!samples || m_lastEpoch.valPredicted.size() != validation.size())
        return ids;
    for (size_t i = 0; i < validation.size(); ++i) {
        const CellSample &s = samples->samples[size_t(validation[i])];
        if (s.label == truth && m_lastEpoch.valPredicted[i] == predicted)
            ids.insert(s.imageId);
    }
    return ids;
}

void TrainingDashboard::compareSelectedRuns()
{
    if (!m_store)
        return;
    m_plots->clearComparisons();
    QList<qint64> ids;
    for (QTreeWidgetItem *item : m_runs->selectedItems())
        ids.append(item->data(ColRun, Qt::UserRole).toLongLong());
    for (const RunInfo &r : RunHistory(*m_store).runs()) {
        if (!ids.contains(r.id))
            continue;
        QList<double> loss, acc;
        for (const QJsonObject &e : r.epochs) {
            loss.append(e.value(QStringLiteral("val_loss")).toDouble());
            acc.append(e.value(QStringLiteral("val_accuracy")).toDouble());
        }
        m_plots->addComparison(tr("run %1 (validation)").arg(r.id), loss, acc);
    }
}

void TrainingDashboard::makeSelectedActive()
{
    const QList<QTreeWidgetItem *> selected = m_runs->selectedItems();
    if (selected.size() != 1 || !m_store)
        return;
    const qint64 modelId = selected.first()->data(ColActive, Qt::UserRole).toLongLong();
    if (modelId == 0) {
        Q_EMIT message(tr("This run has no model file (it did not finish)."));
        return;
    }
    m_commands->setActiveModel(modelId);
    refreshRuns();
}

bool TrainingDashboard::exportMetricsCsv(const QString &path, QString *error)
{
    if (!m_store)
        return false;
    QList<qint64> ids;
    for (QTreeWidgetItem *item : m_runs->selectedItems())
        ids.append(item->data(ColRun, Qt::UserRole).toLongLong());
    const QByteArray csv = RunHistory(*m_store).metricsCsv(ids);
    QString reason;
    if (!saveFileAtomically(path, csv, &reason)) { // keeps an older file whole on a full disk
        if (error)
            *error = tr("%1: cannot write: %2").arg(path, reason);
        return false;
    }
    return true;
}

void TrainingDashboard::exportPlots()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Plots"), dialogPath(m_store, QStringLiteral("training.pdf")),
        tr("PDF (*.pdf);;PNG image (*.png)"));
    if (path.isEmpty())
        return;
    rememberDialogFolder(path);
    const bool ok = path.endsWith(QStringLiteral(".png"), Qt::CaseInsensitive) ? m_plots->savePng(path)
                                                                              : m_plots->savePdf(path);
    Q_EMIT message(ok ? tr("Plots saved to %1").arg(path) : tr("%1: cannot write").arg(path));
}

void TrainingDashboard::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Metrics"), dialogPath(m_store, QStringLiteral("metrics.csv")),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    rememberDialogFolder(path);
    QString error;
    Q_EMIT message(exportMetricsCsv(path, &error) ? tr("Metrics saved to %1").arg(path) : error);
}

} // namespace wbc
