// MainWindow: a whole-slide image in the centre (SlideView in place of the field viewer) and
// labelling the cells picked on it (the rest of the window is in mainwindow.cpp and
// mainwindowlabeling.cpp).
#include <QFileInfo>
#include <QStatusBar>

#include "cellviewer.h"
#include "labelhistorypanel.h"
#include "labellegend.h"
#include "mainwindow.h"
#include "preferencesdialog.h"
#include "project/projectstore.h"
#include "projectcommands.h"
#include "slide/slidereader.h"
#include "slideview.h"

namespace wbc {

namespace {

    // A slide may have thousands of cells: then one query for every current label of the project,
    // not one per cell.
    QHash<qint64, CellLabel> slideLabelsOf(
        const ProjectStore &store, const QList<CellRecord> &cells)
    {
        QHash<qint64, CellLabel> labels;
        if (cells.size() < 200) {
            for (const CellRecord &c : cells)
                if (const auto l = store.currentCellLabel(c.id))
                    labels.insert(c.id, l->label);
            return labels;
        }
        const QHash<qint64, CellLabelRecord> all = store.currentCellLabels();
        for (const CellRecord &c : cells)
            if (const auto it = all.constFind(c.id); it != all.cend())
                labels.insert(c.id, it->label);
        return labels;
    }

} // namespace

void MainWindow::connectSlideView()
{
    connect(m_slideView, &SlideView::currentCellChanged, this, &MainWindow::showCellInfo);
    connect(m_slideView, &SlideView::cellSelectionChanged, this, &MainWindow::showCellInfo);
    connect(m_slideView, &SlideView::loadFailed, this, [this](qint64, const QString &message) {
        statusBar()->showMessage(message, 10000);
    });
}

bool MainWindow::showSlideImage(const std::optional<ImageRecord> &image)
{
    const QString path = (image && m_store) ? m_store->absolutePath(*image) : QString();
    // Imported as a slide file (schema 5); else a tiled TIFF a field import took in.
    const bool slide = !path.isEmpty() && (m_store->slideFile(image->id) || SlideReader::isSlidePath(path));
    if (!slide) {
        if (m_slideView->imageId()) {
            m_slideView->showSlide(0, QString(), {});
            m_slideView->hide();
            m_viewer->show();
        }
        return false;
    }
    m_viewer->showImage(0, QString(), {}); // labelSelection asks the view that shows the image
    m_viewer->hide();
    m_slideView->show();
    const QList<CellRecord> cells = m_store->whiteCells(image->id);
    m_slideView->showSlide(image->id, path, cells, slideLabelsOf(*m_store, cells));
    m_slideView->setCountingArea(slideCountingArea(image->id));
    updateWindowTitle();
    onImageChanged(image->id);
    return true;
}

void MainWindow::refreshSlideView(qint64 imageId)
{
    if (!m_store || !imageId || m_slideView->imageId() != imageId)
        return;
    const QList<CellRecord> cells = m_store->whiteCells(imageId);
    m_slideView->setCells(cells, slideLabelsOf(*m_store, cells));
}

void MainWindow::labelSlideSelection(const CellLabel &label)
{
    const QList<qint64> cells = m_slideView->selectedCellIds();
    if (cells.isEmpty()) { // never the whole slide at once
        statusBar()->showMessage(tr("Click a white cell on the slide to label it"), 5000);
        return;
    }
    const bool ok = m_commands->setCellLabel(
        cells, label, cells.size() > 1 ? LabelOrigin::Bulk : LabelOrigin::Key);
    if (ok && !label.isUnlabelled() && PreferencesDialog::advanceAfterLabel()
        && !m_slideView->selectNextUnlabelledCell())
        statusBar()->showMessage(tr("Every white cell of this slide is labeled"), 5000);
}

void MainWindow::showSlideCellInfo()
{
    const qint64 cellId = m_slideView->currentCellId();
    m_history->setCurrentCell(cellId);
    const int cells = int(m_slideView->cells().size());
    if (!cellId) {
        m_legend->setCurrentLabel(tr("Slide: %n white cell(s)", nullptr, cells),
            tr("Click a cell to label it; drag to move, the wheel zooms."));
        return;
    }
    const auto label = m_store ? m_store->currentCellLabel(cellId) : std::nullopt;
    const bool labelled = label && !label->label.isUnlabelled();
    const QString text
        = tr("Cell %1 of %2: %3")
              .arg(m_slideView->cellNumber(cellId))
              .arg(cells)
              .arg(labelled ? label->label.displayName().toHtmlEscaped() : tr("Unlabeled"));
    const int selected = int(m_slideView->selectedCellIds().size());
    m_legend->setCurrentLabel(text,
        selected > 1 ? tr("%n cells selected: a key labels them all", nullptr, selected)
                     : QString());
}

} // namespace wbc
