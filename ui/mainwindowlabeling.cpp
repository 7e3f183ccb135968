// MainWindow: labelling the shown field's cells and what the label panel shows of them (the
// rest of the window is in mainwindow.cpp, mainwindowreview.cpp and mainwindowgallery.cpp).
#include "mainwindow.h"

#include "cellviewer.h"
#include "dataset/datasetexporter.h"
#include "dataset/datasetimporter.h"
#include "labelhistorypanel.h"
#include "labelkeys.h"
#include "labellegend.h"
#include "preferencesdialog.h"
#include "projectcommands.h"
#include "detection/projectdetection.h"
#include "projectjob.h"
#include "reviewpanel.h"
#include "saliencyoverlay.h"
#include "project/projectlock.h"
#include "project/projectnotifier.h"
#include "project/projectstore.h"
#include "setting.h"
#include "slidebrowser.h"
#include "slideview.h"
#include "taskprogress.h"
#include "trainingdashboard.h"

#include <opencv2/core/version.hpp>

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPromise>
#include <QScrollArea>
#include <QScrollBar>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QUndoView>
#include <QtConcurrent/QtConcurrentRun>

namespace wbc {

void MainWindow::labelSelection(const CellLabel &label)
{
    if (!m_store)
        return;
    if (m_store->isReadOnly()) {
        pointAtEditBanner(); // one bar says so, not a dialog per key
        return;
    }
    if (m_review->hasReviewFocus()) { // reviewing: the key corrects the row and advances
        m_review->correctCurrent(label);
        return;
    }
    const QList<qint64> images = m_browser->selectedImageIds();
    if (images.size() > 1) { // several images selected in the grid: all their cells
        if (m_commands->setImageLabel(images, label, LabelOrigin::Bulk) && !label.isUnlabelled()
            && PreferencesDialog::advanceAfterLabel())
            m_browser->selectNextUnlabeled();
        return;
    }
    const qint64 imageId = m_browser->currentImageId();
    if (!imageId)
        return;
    if (m_slideView->imageId() == imageId)
        return labelSlideSelection(label); // cells picked on the slide, never the whole slide
    const QList<qint64> cells = m_viewer->imageId() == imageId ? m_viewer->selectedCellIds()
                                                               : QList<qint64>();
    const bool ok = cells.isEmpty()
                        // a field without a white cell: the label goes on the whole field
                        ? m_commands->setImageLabel({imageId}, label, LabelOrigin::Key)
                        : m_commands->setCellLabel(cells, label,
                                                   cells.size() > 1 ? LabelOrigin::Bulk
                                                                    : LabelOrigin::Key);
    if (ok && !label.isUnlabelled() && PreferencesDialog::advanceAfterLabel())
        advanceAfterLabel();
    else if (!ok && m_notifier && !m_commands->isOffline())
        m_notifier->checkConnection(); // a shared project's server gone: the banner, at once
}

void MainWindow::advanceAfterLabel()
{
    // The next unlabelled cell of this field, then the next field that needs labels.
    if (m_viewer->selectNextUnlabelledCell())
        return;
    if (!m_browser->selectNextUnlabeled())
        statusBar()->showMessage(tr("Every cell of this field is labeled, and no field after it "
                                    "needs labels"),
                                 5000);
}

void MainWindow::setCurrentFlag(CellCountFlag flag)
{
    if (m_store && m_browser->currentImageId())
        m_commands->setFlag(m_browser->currentImageId(), flag);
}

namespace {

QHash<qint64, CellLabel> currentLabelsOf(const ProjectStore &store, const QList<CellRecord> &cells)
{
    QHash<qint64, CellLabel> labels;
    for (const CellRecord &c : cells) {
        if (const auto l = store.currentCellLabel(c.id))
            labels.insert(c.id, l->label);
    }
    return labels;
}

} // namespace

void MainWindow::showCurrentImage()
{
    const qint64 id = m_browser->currentImageId();
    const auto image = (m_store && id) ? m_store->image(id) : std::nullopt;
    if (showSlideImage(image))
        return;
    if (!image) {
        m_viewer->showImage(0, QString(), {});
        m_legend->setCurrentLabel(tr("No image"), QString());
        m_history->show(nullptr, 0);
        updateWindowTitle();
        return;
    }
    const QList<CellRecord> cells = m_store->whiteCells(id);
    m_viewer->showImage(id, m_store->absolutePath(*image), cells,
                        currentLabelsOf(*m_store, cells));
    updateWindowTitle();
    onImageChanged(id);
}

void MainWindow::onImageChanged(qint64 imageId)
{
    if (!m_store)
        return;
    m_browser->refreshImage(imageId);
    m_review->refreshImage(imageId);
    m_countsTimer->start(); // status and training counts: whole-table queries, once per burst
    if (imageId != m_browser->currentImageId())
        return;
    if (m_viewer->imageId() == imageId) {
        const QList<CellRecord> cells = m_store->whiteCells(imageId);
        m_viewer->setCells(cells, currentLabelsOf(*m_store, cells));
    }
    refreshSlideView(imageId);
    m_history->show(m_store.get(), imageId);
    showCellInfo();
}

void MainWindow::showCellInfo()
{
    if (m_slideView->imageId())
        return showSlideCellInfo();
    const qint64 imageId = m_viewer->imageId();
    if (!m_store || !imageId)
        return;
    const qint64 cellId = m_viewer->currentCellId();
    m_history->setCurrentCell(cellId);
    if (m_reviewDock->isVisible() && cellId && !m_followingReview)
        m_review->selectCell(cellId); // the review follows the viewer
    const int cells = int(m_viewer->cells().size());
    const auto flag = m_store->effectiveFlag(imageId);
    const QString flagText = flag ? tr("Cells: %1 (%2)").arg(flagDisplayName(flag->flag),
                                                            sourceDisplayName(flag->source))
                                  : QString();
    if (!cellId) {
        m_legend->setCurrentLabel(tr("No white cell"),
                                  tr("A key labels the whole field.")
                                      + (flagText.isEmpty() ? QString() : u'\n' + flagText));
        return;
    }
    const auto label = m_store->currentCellLabel(cellId);
    const bool labelled = label && !label->label.isUnlabelled();
    QString text = labelled ? label->label.displayName().toHtmlEscaped() : tr("Unlabeled");
    if (cells > 1)
        text = tr("Cell %1 of %2: %3").arg(m_viewer->cellNumber(cellId)).arg(cells).arg(text);
    const int selected = int(m_viewer->selectedCellIds().size());
    QStringList detail;
    if (selected > 1)
        detail << tr("%n cells selected: a key labels them all", nullptr, selected);
    if (labelled)
        detail << tr("by %1, %2 (%3)")
                      .arg(label->author,
                           QLocale().toString(label->createdAt.toLocalTime(), QLocale::ShortFormat),
                           labelOriginDisplayName(label->origin));
    const QString note = m_store->unresolvedLabels().value(imageId);
    const bool unlabelledCell = std::any_of(m_viewer->cells().cbegin(), m_viewer->cells().cend(),
                                            [this](const CellRecord &c) {
                                                return m_viewer->cellLabel(c.id).isUnlabelled();
                                            });
    if (!note.isEmpty() && unlabelledCell) { // a hint until every cell has its label
        QStringList names;
        for (const QString &name : note.split(u','))
            if (const auto cls = parseCellClass(name.trimmed()))
                names << cellClassDisplayName(*cls);
        detail << tr("Needs per-cell labels; listed for the image at import: %1")
                      .arg(names.join(QStringLiteral(", ")));
    }
    if (!flagText.isEmpty())
        detail << flagText;
    m_legend->setCurrentLabel(text, detail.join(u'\n'));
    if (m_saliencyAction->isChecked() && m_viewer->hasImage())
        requestSaliency();
}

} // namespace wbc
