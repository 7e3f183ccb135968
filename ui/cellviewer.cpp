#include "cellviewer.h"

#include "boxitem.h"
#include "saliencylegend.h"

#include "base/imagefile.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QGraphicsPixmapItem>
#include <QGraphicsRectItem>
#include <QKeyEvent>
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

// Through the core decoder, as import and training read the file: the same header probe, formats
// and limits, so the viewer refuses exactly what import refuses, with the same reason.
LoadResult loadImage(const QString &path)
{
    LoadResult r;
    const DecodedImage decoded = decodeImageFile(path);
    if (!decoded.ok()) {
        r.error = QCoreApplication::translate("CellViewer", "%1: cannot show image: %2")
                      .arg(path, decoded.error);
        return r;
    }
    const cv::Mat &bgr = decoded.bgr; // EXIF orientation applied, as import measured it
    r.image = QImage(bgr.data, bgr.cols, bgr.rows, int(bgr.step), QImage::Format_BGR888)
                  .convertToFormat(QImage::Format_RGB32); // a deep copy
    return r;
}

} // namespace

CellViewer::CellViewer(QWidget *parent)
    : QGraphicsView(parent)
    , m_scene(new QGraphicsScene(this))
{
    setScene(m_scene);
    m_pool.setMaxThreadCount(2); // the field shown and the one clicked next
    setAccessibleName(tr("Cell viewer"));
    setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(200, 150);
    m_legend = new SaliencyLegend(this);
    m_legend->hide();
    connect(m_legend, &SaliencyLegend::opacityChanged, this, [this](double opacity) {
        if (m_overlayItem)
            m_overlayItem->setOpacity(opacity);
    });
}

double CellViewer::overlayOpacity() const
{
    return m_overlayItem ? m_overlayItem->opacity() : m_legend->opacity();
}

void CellViewer::placeLegend()
{
    m_legend->adjustSize();
    const QRect area = viewport()->geometry();
    m_legend->move(area.left() + 8, area.bottom() - m_legend->height() - 8);
}

CellViewer::~CellViewer() = default;

void CellViewer::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, palette().color(QPalette::Window).darker(115));
}

void CellViewer::showImage(qint64 imageId, const QString &path, const QList<CellRecord> &cells,
                           const QHash<qint64, CellLabel> &labels)
{
    const quint64 request = ++m_request;
    m_imageId = imageId;
    m_cells.clear();
    for (const CellRecord &c : cells) {
        if (c.kind == CellKind::Wbc) // red cells and platelets stay in the project, not drawn
            m_cells.append(c);
    }
    m_labels = labels;
    // The selection is ready before the picture: a key pressed while it decodes has a target.
    m_selected.clear();
    m_current = -1; // changeSelection always reports a new field
    const qint64 first = imageId ? firstCellToLabel() : 0;
    changeSelection(first ? QList<qint64>{first} : QList<qint64>(), first);
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
    watcher->setFuture(QtConcurrent::run(&m_pool, loadImage, path));
}

void CellViewer::applyImage(const QImage &image)
{
    m_image = image;
    m_scene->clear();
    m_pixmapItem = nullptr;
    m_overlayItem = nullptr;
    m_legend->hide();
    m_rubberBand = nullptr;
    if (image.isNull()) {
        m_scene->setSceneRect(QRectF());
        return;
    }
    m_pixmapItem = m_scene->addPixmap(QPixmap::fromImage(image));
    m_pixmapItem->setTransformationMode(Qt::SmoothTransformation);
    m_pixmapItem->setZValue(0);
    m_scene->setSceneRect(m_pixmapItem->boundingRect());
    rebuildBoxes();
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
    m_legend->hide();
    if (overlay.isNull() || imageId != m_imageId || m_image.isNull() || where.isEmpty())
        return;
    m_overlayItem = m_scene->addPixmap(QPixmap::fromImage(
        overlay.scaled(where.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation)));
    m_overlayItem->setPos(where.topLeft());
    m_overlayItem->setZValue(0.5); // above the image, below the boxes
    m_overlayItem->setAcceptedMouseButtons(Qt::NoButton);
    m_overlayItem->setOpacity(m_legend->opacity()); // the cell stays visible under it
    placeLegend();
    m_legend->show();
    m_legend->raise();
}

void CellViewer::setCells(const QList<CellRecord> &cells, const QHash<qint64, CellLabel> &labels)
{
    m_cells.clear();
    for (const CellRecord &c : cells) {
        if (c.kind == CellKind::Wbc)
            m_cells.append(c);
    }
    m_labels = labels;
    QList<qint64> selected;
    for (qint64 id : std::as_const(m_selected)) {
        if (indexOf(id) >= 0)
            selected.append(id);
    }
    qint64 current = indexOf(m_current) >= 0 ? m_current : 0;
    if (!current)
        current = selected.isEmpty() ? firstCellToLabel() : selected.first();
    if (selected.isEmpty() && current)
        selected.append(current);
    rebuildBoxes();
    changeSelection(selected, current);
}

void CellViewer::rebuildBoxes()
{
    for (QGraphicsItem *item : m_scene->items()) {
        if (auto *box = dynamic_cast<BoxItem *>(item)) {
            m_scene->removeItem(box);
            delete box;
        }
    }
    if (m_image.isNull())
        return;
    const bool numbered = m_cells.size() > 1;
    for (int i = 0; i < m_cells.size(); ++i) {
        const CellRecord &c = m_cells.at(i);
        auto *item = new BoxItem(c.id, QRectF(c.box), c.source, c.score);
        item->setLabel(m_labels.value(c.id), numbered ? i + 1 : 0);
        item->setEditedCallback([this](BoxItem *b) {
            const qint64 id = b->cellId();
            const QRect r = b->sceneBox().toAlignedRect().intersected(m_image.rect());
            // Queued: the edit replaces the boxes, and this one is still handling its release.
            QMetaObject::invokeMethod(
                this, [this, id, r] { Q_EMIT boxEdited(id, r); }, Qt::QueuedConnection);
        });
        item->setPressedCallback(
            [this](BoxItem *b, Qt::KeyboardModifiers modifiers) { boxPressed(b, modifiers); });
        m_scene->addItem(item);
    }
    updateBoxStates();
}

void CellViewer::updateBoxStates()
{
    for (QGraphicsItem *item : m_scene->items()) {
        if (auto *box = dynamic_cast<BoxItem *>(item))
            box->setSelectionState(m_selected.contains(box->cellId()), box->cellId() == m_current);
    }
}

BoxItem *CellViewer::boxFor(qint64 cellId) const
{
    for (QGraphicsItem *item : m_scene->items()) {
        if (auto *box = dynamic_cast<BoxItem *>(item); box && box->cellId() == cellId)
            return box;
    }
    return nullptr;
}

int CellViewer::indexOf(qint64 cellId) const
{
    for (int i = 0; i < m_cells.size(); ++i) {
        if (m_cells.at(i).id == cellId)
            return i;
    }
    return -1;
}

int CellViewer::cellNumber(qint64 cellId) const
{
    return indexOf(cellId) + 1;
}

qint64 CellViewer::firstCellToLabel() const
{
    for (const CellRecord &c : m_cells) {
        if (m_labels.value(c.id).isUnlabelled())
            return c.id;
    }
    return m_cells.isEmpty() ? 0 : m_cells.first().id;
}

QList<qint64> CellViewer::selectedCellIds() const
{
    return m_selected;
}

void CellViewer::changeSelection(QList<qint64> selected, qint64 current)
{
    std::sort(selected.begin(), selected.end(),
              [this](qint64 a, qint64 b) { return indexOf(a) < indexOf(b); });
    selected.erase(std::unique(selected.begin(), selected.end()), selected.end());
    if (current && !selected.contains(current))
        current = selected.isEmpty() ? 0 : selected.first();
    const bool currentChanged = current != m_current;
    const bool selectionChanged = selected != m_selected || currentChanged;
    m_selected = selected;
    m_current = current;
    updateBoxStates();
    if (currentChanged && !m_fit) {
        if (BoxItem *box = boxFor(current))
            ensureVisible(box);
    }
    if (currentChanged)
        Q_EMIT currentCellChanged(current);
    if (selectionChanged)
        Q_EMIT cellSelectionChanged();
}

bool CellViewer::selectCell(qint64 cellId)
{
    if (indexOf(cellId) < 0)
        return false;
    changeSelection({cellId}, cellId);
    return true;
}

void CellViewer::setSelectedCells(const QList<qint64> &cellIds, qint64 current)
{
    QList<qint64> shown;
    for (qint64 id : cellIds) {
        if (indexOf(id) >= 0)
            shown.append(id);
    }
    if (shown.isEmpty())
        return;
    changeSelection(shown, shown.contains(current) ? current : shown.first());
}

void CellViewer::selectAllCells()
{
    QList<qint64> all;
    for (const CellRecord &c : std::as_const(m_cells))
        all.append(c.id);
    setSelectedCells(all, m_current);
}

bool CellViewer::selectNextCell()
{
    if (m_cells.isEmpty())
        return false;
    const int i = indexOf(m_current);
    return selectCell(m_cells.at((i + 1) % m_cells.size()).id);
}

bool CellViewer::selectPreviousCell()
{
    if (m_cells.isEmpty())
        return false;
    const int i = indexOf(m_current);
    const int n = int(m_cells.size());
    return selectCell(m_cells.at(((i < 0 ? 0 : i) - 1 + n) % n).id);
}

bool CellViewer::selectNextUnlabelledCell()
{
    const int n = int(m_cells.size());
    const int from = indexOf(m_current);
    for (int step = 1; step <= n; ++step) {
        const CellRecord &c = m_cells.at(((from < 0 ? -1 : from) + step + n) % n);
        if (c.id != m_current && m_labels.value(c.id).isUnlabelled())
            return selectCell(c.id);
    }
    return false;
}

void CellViewer::boxPressed(BoxItem *box, Qt::KeyboardModifiers modifiers)
{
    const qint64 id = box->cellId();
    QList<qint64> selected = m_selected;
    if (modifiers & Qt::ControlModifier) {
        if (selected.contains(id) && selected.size() > 1) { // a key always keeps a target
            selected.removeAll(id);
            changeSelection(selected, id == m_current ? selected.first() : m_current);
            return;
        }
        selected.append(id);
        changeSelection(selected, id);
    } else if (modifiers & Qt::ShiftModifier) {
        selected.append(id);
        changeSelection(selected, id);
    } else {
        changeSelection({id}, id);
    }
}

int CellViewer::boxCount() const
{
    int n = 0;
    for (QGraphicsItem *item : m_scene->items())
        n += dynamic_cast<BoxItem *>(item) != nullptr;
    return n;
}

QString CellViewer::boxTag(qint64 cellId) const
{
    const BoxItem *box = boxFor(cellId);
    return box ? box->tagText() : QString();
}

void CellViewer::setZoom(double z, bool keepFit)
{
    z = std::clamp(z, kMinZoom, kMaxZoom);
    setTransform(QTransform::fromScale(z, z));
    m_fit = keepFit;
    for (QGraphicsItem *item : m_scene->items()) {
        if (auto *box = dynamic_cast<BoxItem *>(item))
            box->zoomChanged(); // tags and handles keep their size on screen
    }
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
    if (m_current)
        Q_EMIT boxDeleteRequested(m_current);
}

bool CellViewer::event(QEvent *event)
{
    // Tab and Shift+Tab step through the field's cells instead of moving the focus.
    if (event->type() == QEvent::KeyPress && !m_cells.isEmpty()) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (!(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
            if (key->key() == Qt::Key_Backtab
                || (key->key() == Qt::Key_Tab && (key->modifiers() & Qt::ShiftModifier))) {
                selectPreviousCell();
                return true;
            }
            if (key->key() == Qt::Key_Tab) {
                selectNextCell();
                return true;
            }
        }
    }
    if (event->type() == QEvent::KeyPress && m_addMode
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        setAddBoxMode(false);
        return true;
    }
    return QGraphicsView::event(event);
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
    placeLegend();
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
