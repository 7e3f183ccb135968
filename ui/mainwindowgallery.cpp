// MainWindow: the cell gallery and the slide list docks (the rest of the window is in
// mainwindow.cpp and mainwindowreview.cpp).
#include <QAction>
#include <QDockWidget>
#include <QFileInfo>
#include <QInputDialog>
#include <QStatusBar>
#include <QTimer>

#include "cellgalleryview.h"
#include "cellviewer.h"
#include "mainwindow.h"
#include "project/projectstore.h"
#include "projectcommands.h"
#include "slidebrowser.h"
#include "slidelistdock.h"
#include "slideview.h"

namespace wbc {

void MainWindow::setupGalleryDocks()
{
    m_gallery = new CellGalleryView(m_commands, this);
    m_galleryDock = new QDockWidget(tr("Cell Gallery"), this);
    m_galleryDock->setObjectName(QStringLiteral("galleryDock"));
    m_galleryDock->setWidget(m_gallery);
    addDockWidget(Qt::BottomDockWidgetArea, m_galleryDock);
    if (m_reviewDock)
        tabifyDockWidget(m_reviewDock, m_galleryDock);
    m_galleryDock->hide();
    m_galleryDock->toggleViewAction()->setShortcut(QKeySequence(tr("Ctrl+G")));
    connect(m_galleryDock->toggleViewAction(), &QAction::triggered, this, [this](bool on) {
        if (on)
            showGallery();
    });

    // Above the image browser: choosing a slide filters it.
    m_slideList = new SlideListDock(this);
    addDockWidget(Qt::LeftDockWidgetArea, m_slideList);
    if (auto *browserDock = findChild<QDockWidget *>(QStringLiteral("slidesDock"))) {
        splitDockWidget(m_slideList, browserDock, Qt::Vertical);
        resizeDocks({ m_slideList, browserDock }, { 160, 600 }, Qt::Vertical);
    }

    connect(m_gallery, &CellGalleryView::cellActivated, this, &MainWindow::openGalleryCell);
    connect(m_gallery, &CellGalleryView::message, this, [this](const QString &text) {
        statusBar()->showMessage(text, 5000);
    });
    connect(m_gallery, &CellGalleryView::slideChanged, m_slideList, [this](qint64 slideId) {
        m_slideList->selectSlide(slideId);
    });
    connect(m_slideList,
        &SlideListDock::slideSelected,
        this,
        [this](qint64 slideId, const QSet<qint64> &imageIds, const QString &name) {
            if (m_gallery->slide() != slideId)
                m_gallery->setSlide(slideId);
            if (slideId)
                m_browser->showOnly(imageIds, tr("slide %1").arg(name));
            else if (m_browser->isShowingOnly())
                m_browser->clearShowOnly();
        });
    connect(m_slideList, &SlideListDock::slideRenamed, m_gallery, &CellGalleryView::renameSlide);
    m_slideList->setCommands(m_commands); // renames are undoable; labels refresh the counts
    // A slide renamed or images moved (also on undo): the gallery's slides and cells follow.
    connect(
        m_commands, &ProjectCommands::slidesChanged, m_gallery->model(), &CellGalleryModel::resync);
    connect(m_commands, &ProjectCommands::activeModelChanged, m_gallery, &CellGalleryView::reload);
    connect(this, &MainWindow::projectOpened, this, [this] { setGalleryProject(m_store.get()); });
    const auto reread = [this](bool ok) {
        if (!ok || !m_store)
            return;
        m_gallery->reload();
        m_slideList->refresh();
    };
    connect(this, &MainWindow::predictionFinished, this, reread);
    connect(this, &MainWindow::detectionFinished, this, reread);
    connect(this, &MainWindow::slideScanFinished, this, reread);
    connect(this, &MainWindow::importFinished, this, reread);
}

void MainWindow::setGalleryProject(ProjectStore *store)
{
    m_gallery->setProject(store);
    m_slideList->setProject(store);
}

void MainWindow::showGallery()
{
    m_galleryDock->show();
    m_galleryDock->raise();
    // Once laid out, give a cramped gallery a good share of the height.
    QTimer::singleShot(0, this, [this] {
        if (m_galleryDock->height() < height() / 3)
            resizeDocks({ m_galleryDock }, { height() / 2 }, Qt::Vertical);
    });
    m_gallery->focusGrid();
}

void MainWindow::openGalleryCell(qint64 imageId, qint64 cellId)
{
    if (!m_store || !imageId)
        return;
    if (imageId != m_browser->currentImageId() && !m_browser->selectImage(imageId)) {
        m_browser->clearShowOnly(); // a slide or another filter may hide the image
        m_browser->setFilter(ImageFilter::All);
        if (!m_browser->selectImage(imageId)) {
            statusBar()->showMessage(tr("The image browser's filter hides this image"), 5000);
            return;
        }
    }
    if (!m_slideView->selectCell(cellId)) // a slide's cell, else a field's
        m_viewer->selectCell(cellId);
}

void MainWindow::moveSelectionToSlide()
{
    if (!m_store || m_store->isReadOnly())
        return;
    QList<qint64> ids = m_browser->selectedImageIds();
    if (ids.isEmpty() && m_browser->currentImageId() != 0)
        ids = {m_browser->currentImageId()};
    if (ids.isEmpty())
        return;
    QStringList names;
    for (const SlideRecord &s : m_store->slides())
        names.append(s.name);
    QString current;
    if (const auto image = m_store->image(ids.first()))
        if (const auto slide = m_store->slide(image->slideId))
            current = slide->name;
    bool ok = false;
    const QString name = QInputDialog::getItem(
        this, tr("Move to Slide"),
        tr("Move %n image(s) to the slide (choose one or type a new name):", nullptr,
           int(ids.size())),
        names, std::max<int>(0, int(names.indexOf(current))), true, &ok);
    if (ok && !name.trimmed().isEmpty())
        m_commands->moveImagesToSlide(ids, name);
}

} // namespace wbc
