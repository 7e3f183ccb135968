// MainWindow: review of predictions, saliency, the uncertainty queue and the differential
// count (the rest of the window is in mainwindow.cpp).
#include "mainwindow.h"

#include "cellviewer.h"
#include "projectcommands.h"
#include "projectjob.h"
#include "review/projectprediction.h"
#include "reportdialog.h"
#include "reviewmodel.h"
#include "reviewpanel.h"
#include "project/runhistory.h"
#include "saliencyoverlay.h"
#include "slidebrowser.h"
#include "slideview.h"
#include "trainingdashboard.h"

#include <QDockWidget>
#include <QFileInfo>
#include <QScopedValueRollback>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>

namespace wbc {

void MainWindow::predictImages()
{
    if (!m_store || isBusy())
        return;
    const qint64 modelId = RunHistory(*m_store).activeModelId();
    if (!modelId) {
        showError(tr("There is no active model to predict with: train one, or choose one in the "
                     "training dashboard's runs list."));
        return;
    }
    runProjectJob<ProjectPredictionReport>(
        this, m_task, tr("Predicting"), m_store->path(),
        [modelId](ProjectStore &store, const std::atomic_bool *cancel, auto progress) {
            ProjectPrediction prediction(store, modelId);
            prediction.setCancelFlag(cancel);
            prediction.setProgress(progress);
            return prediction.run();
        },
        [this](const ProjectPredictionReport &r) {
            if (!r.fatalError.isEmpty())
                showError(r.fatalError);
            else
                statusBar()->showMessage(
                    tr("Prediction: %1 white cells in %2 of %3 images%4%5")
                        .arg(r.cells)
                        .arg(r.predicted)
                        .arg(r.images)
                        .arg(r.failed ? tr("; %n unreadable, the first: %1", nullptr, r.failed)
                                            .arg(r.problems.isEmpty()
                                                     ? QString()
                                                     : r.problems.first().toString())
                                      : QString())
                        .arg(r.cancelled ? tr(" (cancelled)") : QString()),
                    15000);
            if (m_store)
                updateActiveModel();
            Q_EMIT predictionFinished(r.fatalError.isEmpty());
        });
}

void MainWindow::updateActiveModel()
{
    if (!m_store) {
        m_review->setModel(0, QString());
        m_saliency->setModelPath(QString());
        return;
    }
    RunHistory history(*m_store);
    const qint64 modelId = history.activeModelId();
    QString description;
    for (const RunInfo &run : history.runs()) {
        if (run.modelId == modelId) {
            description = tr("run %1, %2, %3 (%4)")
                              .arg(run.id)
                              .arg(run.model, TrainingDashboard::taskDisplayName(run.task),
                                   QFileInfo(run.modelPath).fileName());
            break;
        }
    }
    if (description.isEmpty() && modelId)
        description = QFileInfo(history.modelPath(modelId)).fileName();
    m_review->setModel(modelId, description);
    m_saliency->setModelPath(modelId ? history.modelPath(modelId) : QString());
    // Badges in the browser follow the active model.
    const QHash<qint64, PredictionRecord> predictions = modelId ? m_store->predictions(modelId)
                                                                : QHash<qint64, PredictionRecord>();
    for (const ImageRecord &image : m_store->images()) {
        const auto p = predictions.constFind(image.id);
        if (p != predictions.cend())
            m_browser->setPrediction(image.id, cellClassName(p->predicted), p->confidence());
        else
            m_browser->setPrediction(image.id, QString(), 0.0);
    }
    if (m_saliencyAction->isChecked())
        requestSaliency();
}

void MainWindow::showReview()
{
    m_reviewDock->show();
    m_reviewDock->raise();
    // Once laid out, give a cramped review table a good share of the height.
    QTimer::singleShot(0, this, [this] {
        if (m_reviewDock->height() < height() / 4)
            resizeDocks({m_reviewDock}, {height() * 2 / 5}, Qt::Vertical);
    });
    m_review->view()->setFocus();
}

void MainWindow::showReviewCell(qint64 imageId, qint64 cellId)
{
    if (!m_store || !imageId)
        return;
    const QScopedValueRollback<bool> following(m_followingReview, true);
    if (imageId != m_browser->currentImageId() && !m_browser->selectImage(imageId)) {
        m_browser->clearShowOnly(); // a filtered browser may hide the reviewed image
        if (!m_browser->selectImage(imageId)) {
            statusBar()->showMessage(tr("The image browser's filter hides this image"), 5000);
            return;
        }
    }
    if (cellId && !m_slideView->selectCell(cellId)) // a slide's cell, else a field's
        m_viewer->selectCell(cellId); // the viewer follows the review
}

bool MainWindow::selectNextUncertain()
{
    if (!m_store)
        return false;
    const QList<qint64> queue = m_review->model()->uncertaintyQueue();
    if (queue.isEmpty())
        return false;
    const qint64 cellId = queue.first();
    const int row = m_review->model()->rowOfCell(cellId);
    const qint64 imageId = m_review->model()->imageIdAt(row);
    if (!m_browser->selectImage(imageId)) {
        m_browser->clearShowOnly();
        m_browser->setFilter(ImageFilter::All);
        if (!m_browser->selectImage(imageId))
            return false;
    }
    if (!m_slideView->selectCell(cellId))
        m_viewer->selectCell(cellId);
    m_review->selectCell(cellId);
    statusBar()->showMessage(tr("%n unlabeled cell(s) in the uncertainty queue", nullptr,
                                int(queue.size())),
                             5000);
    return true;
}

void MainWindow::showReport()
{
    if (!m_store)
        return;
    ReportDialog dialog(*m_store, RunHistory(*m_store).activeModelId(),
                        m_browser->selectedImageIds(), this);
    dialog.exec();
}

void MainWindow::setSaliencyVisible(bool on)
{
    if (m_saliencyAction->isChecked() != on) {
        m_saliencyAction->setChecked(on); // toggled() calls back here
        return;
    }
    if (on)
        requestSaliency();
    else
        m_viewer->setOverlay(0, QImage(), QRect());
}

void MainWindow::requestSaliency()
{
    const qint64 id = m_viewer->imageId();
    const auto image = (m_store && id) ? m_store->image(id) : std::nullopt;
    if (!image || !m_viewer->hasImage())
        return;
    // The selected cell's crop, cut from its stored box as training and prediction cut it; a
    // field without a cell falls back to the field's crop.
    const auto cell = m_store->cell(m_viewer->currentCellId());
    QList<QRect> annotated;
    for (const CellRecord &c : m_store->cells(id, QStringLiteral("annotation")))
        if (c.kind == CellKind::Wbc)
            annotated.append(c.box);
    m_saliency->request(id, m_store->absolutePath(*image), annotated, cell);
}

} // namespace wbc
