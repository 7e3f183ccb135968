#include "cellviewer.h"

#include "boxitem.h"

#include <QFutureWatcher>
#include <QGraphicsPixmapItem>
#include <QGraphicsRectItem>
#include <QImageReader>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace wbc {

namespace {

constexpr double kMinZoom = 0.05;
constexpr double kMaxZoom = 16.0;
constexpr double kStep = 1.25;

struct LoadResult
{
    QImage image;
    QString error;
};

LoadResult loadImage(const QString &path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true); // EXIF orientation
    reader.setAllocationLimit(1024); // MiB: refuses decompression bombs
    LoadResult r;
    r.image = reader.read();
    if (r.image.isNull())
        r.error = QCoreApplication::translate("CellViewer", "%1: cannot show image: %2")
                      .arg(path, reader.errorString());
    else
        r.image = r.image.convertToFormat(QImage::Format_RGB32);
    return r;
}

} // namespace

CellViewer::CellViewer(QWidget *parent)
    : QGraphicsView(parent)
    , m_scene(new QGraphicsScene(this))
{
    setScene(m_scene);
    setAccessibleName(tr("Cell viewer"));
    setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(200, 150);
}

CellViewer::~CellViewer() = default;

void CellViewer::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, palette().color(QPalette::Window).darker(115));
}

void CellViewer::showImage(qint64 imageId, const QString &path, const QList<CellRecord> &cells)
{
    const quint64 request = ++m_request;
    m_imageId = imageId;
    m_cells = cells;
    if (imageId == 0 || path.isEmpty()) {
        applyImage(QImage());
        return;
    }
    auto *watcher = new QFutureWatcher<LoadResult>(this);
    connect(watcher, &QFutureWatcher<LoadResult>::finished, this, [this, watcher, request, imageId] {
        const LoadResult r = watcher->result();
        watcher->deleteLater();
        if (request != m_request)
            return; // the user moved on
        if (!r.error.isEmpty()) {
            applyImage(QImage());
            Q_EMIT loadFailed(imageId, r.error);
            return;
        }
        applyImage(r.image);
        Q_EMIT imageLoaded(imageId);
    });
    watcher->setFuture(QtConcurrent::run(loadImage, path));
}

void CellViewer::applyImage(const QImage &image)
{
    m_image = image;
    m_scene->clear();
    m_pixmapItem = nullptr;
    m_overlayItem = nullptr;
    m_rubberBand = nullptr;
    if (image.isNull()) {
        m_scene->setSceneRect(QRectF());
        return;
    }
    m_pixmapItem = m_scene->addPixmap(QPixmap::fromImage(image));
    m_pixmapItem->setTransformationMode(Qt::SmoothTransformation);
    m_pixmapItem->setZValue(0);
    m_scene->setSceneRect(m_pixmapItem->boundingRect());
    setCells(m_cells);
    if (m_fit)
        fitToWindow();
}

void CellViewer::setOverlay(qint64 imageId, const QImage &overlay, const QRect &where)
{
    if (m_overlayItem) {
        m_scene->removeItem(m_overlayItem);
        delete m_overlayItem;
        m_overlayItem = nullptr;
    }
    if (overlay.isNull() || imageId != m_imageId || m_image.isNull() || where.isEmpty())
        return;
    m_overlayItem = m_scene->addPixmap(QPixmap::fromImage(
        overlay.scaled(where.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation)));
    m_overlayItem->setPos(where.topLeft());
    m_overlayItem->setZValue(0.5); // above the image, below the boxes
    m_overlayItem->setAcceptedMouseButtons(Qt::NoButton);
}

void CellViewer::setCells(const QList<CellRecord> &cells)
{
    const qint64 selected = selectedCellId();
    m_cells = cells;
    for (QGraphicsItem *item : m_scene->items()) {
        if (auto *box = dynamic_cast<BoxItem *>(item)) {
            m_scene->removeItem(box);
            delete box;
        }
    }
    if (m_image.isNull())
        return;
    for (const CellRecord &c : cells) {
        if (c.kind != CellKind::Wbc)
            continue; // red cells and platelets stay in the project but are not drawn
        auto *item = new BoxItem(c.id, QRectF(c.box), c.source, c.score);
        item->setEditedCallback([this](BoxItem *b) {
            const QRect r = b->sceneBox().toAlignedRect().intersected(m_image.rect());
            Q_EMIT boxEdited(b->cellId(), r);
        });
        m_scene->addItem(item);
        if (c.id == selected)
            item->setSelected(true);
    }
}

qint64 CellViewer::selectedCellId() const
{
    for (QGraphicsItem *item : m_scene->selectedItems()) {
        if (auto *box = dynamic_cast<BoxItem *>(item))
            return box->cellId();
    }
    return 0;
}

void CellViewer::selectCell(qint64 cellId)
{
    m_scene->clearSelection();
    for (QGraphicsItem *item : m_scene->items()) {
        if (auto *box = dynamic_cast<BoxItem *>(item); box && box->cellId() == cellId) {
            box->setSelected(true);
            ensureVisible(box);
        }
    }
}

int CellViewer::boxCount() const
{
    int n = 0;
    for (QGraphicsItem *item : m_scene->items())
        n += dynamic_cast<BoxItem *>(item) != nullptr;
    return n;
}

void CellViewer::setZoom(double z, bool keepFit)
{
    z = std::clamp(z, kMinZoom, kMaxZoom);
    setTransform(QTransform::fromScale(z, z));
    m_fit = keepFit;
    Q_EMIT zoomChanged(z);
}

void CellViewer::zoomIn()
{
    setZoom(zoom() * kStep);
}

void CellViewer::zoomOut()
{
    setZoom(zoom() / kStep);
}

void CellViewer::zoomToActualSize()
{
    setZoom(1.0);
}

void CellViewer::fitToWindow()
{
    if (m_image.isNull()) {
        m_fit = true;
        return;
    }
    const QSizeF view = viewport()->size();
    const double z = std::min(view.width() / m_image.width(), view.height() / m_image.height());
    setZoom(z, true);
    centerOn(m_pixmapItem);
}

void CellViewer::setAddBoxMode(bool on)
{
    if (m_addMode == on)
        return;
    m_addMode = on;
    setDragMode(on ? QGraphicsView::NoDrag : QGraphicsView::ScrollHandDrag);
    viewport()->setCursor(on ? Qt::CrossCursor : Qt::OpenHandCursor);
    Q_EMIT addBoxModeChanged(on);
}

void CellViewer::deleteSelectedBox()
{
    if (const qint64 id = selectedCellId())
        Q_EMIT boxDeleteRequested(id);
}

void CellViewer::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0.0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    setZoom(zoom() * std::pow(kStep, steps));
    event->accept();
}

void CellViewer::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fit)
        fitToWindow();
}

void CellViewer::mousePressEvent(QMouseEvent *event)
{
    if (m_addMode && event->button() == Qt::LeftButton && !m_image.isNull()) {
        m_rubberStart = mapToScene(event->position().toPoint());
        m_rubberBand = m_scene->addRect(QRectF(m_rubberStart, QSizeF()),
                                        QPen(QColor(0, 170, 220), 2, Qt::DashLine));
        m_rubberBand->setZValue(10);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void CellViewer::mouseMoveEvent(QMouseEvent *event)
{
    if (m_rubberBand) {
        m_rubberBand->setRect(
            QRectF(m_rubberStart, mapToScene(event->position().toPoint())).normalized());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void CellViewer::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_rubberBand) {
        const QRect box = m_rubberBand->rect().toAlignedRect().intersected(m_image.rect());
        m_scene->removeItem(m_rubberBand);
        delete m_rubberBand;
        m_rubberBand = nullptr;
        if (box.width() >= 4 && box.height() >= 4)
            Q_EMIT boxAdded(m_imageId, box);
        setAddBoxMode(false);
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

} // namespace wbc
