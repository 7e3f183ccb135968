#include "slideview.h"

#include <algorithm>
#include <cmath>

#include <QApplication>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include "slide/slidereader.h"
#include "slideoverview.h"
#include "slidetileloader.h"

namespace wbc {

namespace {

    constexpr double kMaxScale = 4.0; // 400 % of full resolution
    constexpr double kWheelStep = 1.25; // per notch of the wheel
    constexpr double kKeyStep = 1.5; // per + / -
    constexpr int kOverviewMargin = 8;
    constexpr qint64 kDefaultCacheBytes = qint64(256) << 20;

    // Whole screen pixels on each edge, so neighbouring tiles meet without a seam.
    QRectF snapped(const QRectF &r)
    {
        const double left = std::round(r.left());
        const double top = std::round(r.top());
        return QRectF(left, top, std::round(r.right()) - left, std::round(r.bottom()) - top);
    }

} // namespace

SlideView::SlideView(QWidget *parent)
    : QWidget(parent)
    , m_loader(new SlideTileLoader(this))
    , m_overview(new SlideOverview(this))
    , m_cache(kDefaultCacheBytes)
{
    setAccessibleName(tr("Slide viewer"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setMinimumSize(200, 150);
    setAttribute(Qt::WA_OpaquePaintEvent);
    connect(m_loader, &SlideTileLoader::opened, this, &SlideView::onOpened);
    connect(m_loader, &SlideTileLoader::openFailed, this, [this](const QString &message) {
        m_error = message;
        update();
        Q_EMIT loadFailed(m_imageId, message);
    });
    connect(m_loader, &SlideTileLoader::tileReady, this, &SlideView::onTileReady);
    connect(m_loader,
        &SlideTileLoader::tileFailed,
        this,
        [this](const SlideTileKey &key, const QString &message) {
            const bool first = m_failed.isEmpty();
            m_failed.insert(key);
            if (first) // once per slide, not once per damaged tile
                Q_EMIT loadFailed(m_imageId, message);
        });
    connect(m_overview, &SlideOverview::navigateRequested, this, &SlideView::centerOn);
}

SlideView::~SlideView() = default;

bool SlideView::isOpen() const
{
    return m_imageId && m_loader->reader();
}

const SlideReader *SlideView::reader() const
{
    return m_loader->reader();
}

void SlideView::showSlide(qint64 imageId,
    const QString &path,
    const QList<CellRecord> &cells,
    const QHash<qint64, CellLabel> &labels)
{
    if (imageId && imageId == m_imageId && path == m_path) {
        setCells(cells, labels);
        return;
    }
    m_imageId = imageId;
    m_path = imageId ? path : QString();
    m_cache.clear();
    m_failed.clear();
    m_scaled.clear();
    m_thumbnail = QImage();
    m_slideSize = QSizeF();
    m_error.clear();
    m_fit = true;
    m_overview->setThumbnail(QImage(), QSizeF());
    m_layer.setCells(imageId ? cells : QList<CellRecord>(), labels);
    // Nothing selected: on a whole slide, a key must not label a cell nobody has looked at.
    m_selected.clear();
    m_current = 0;
    Q_EMIT currentCellChanged(0);
    Q_EMIT cellSelectionChanged();
    m_loader->open(m_path);
    update();
}

void SlideView::setCells(const QList<CellRecord> &cells, const QHash<qint64, CellLabel> &labels)
{
    m_layer.setCells(cells, labels);
    QList<qint64> selected;
    for (qint64 id : std::as_const(m_selected))
        if (m_layer.indexOf(id) >= 0)
            selected.append(id);
    const qint64 current = m_layer.indexOf(m_current) >= 0 ? m_current : selected.value(0, 0);
    changeSelection(selected, current);
    update();
}

void SlideView::onOpened(const QImage &thumbnail)
{
    const SlideReader *r = m_loader->reader();
    m_slideSize = QSizeF(double(r->width()), double(r->height()));
    m_thumbnail = thumbnail;
    m_overview->setThumbnail(thumbnail, m_slideSize);
    placeOverview();
    m_fit = true;
    m_scale = fitScale();
    m_center = QPointF(m_slideSize.width() / 2, m_slideSize.height() / 2);
    viewChanged();
    Q_EMIT zoomChanged(m_scale);
    if (m_current) // picked before the slide opened (the gallery, the review)
        ensureVisible(m_current);
    Q_EMIT slideOpened(m_imageId);
}

void SlideView::onTileReady(const SlideTileKey &key, const QImage &tile)
{
    m_cache.insert(key, tile);
    update();
}

double SlideView::fitScale() const
{
    if (m_slideSize.isEmpty())
        return 1.0;
    return 0.95 * std::min(width() / m_slideSize.width(), height() / m_slideSize.height());
}

int SlideView::currentLevel() const
{
    const SlideReader *r = m_loader->reader();
    return r ? r->bestLevelForDownsample(1.0 / m_scale) : 0;
}

QTransform SlideView::toScreen() const
{
    QTransform t;
    t.translate(width() / 2.0, height() / 2.0);
    t.scale(m_scale, m_scale);
    t.translate(-m_center.x(), -m_center.y());
    return t;
}

QPointF SlideView::mapToSlide(const QPointF &widget) const
{
    return m_center + (widget - QPointF(width() / 2.0, height() / 2.0)) / m_scale;
}

QPointF SlideView::mapFromSlide(const QPointF &level0) const
{
    return (level0 - m_center) * m_scale + QPointF(width() / 2.0, height() / 2.0);
}

QRectF SlideView::visibleRect() const
{
    return QRectF(mapToSlide(QPointF(0, 0)), mapToSlide(QPointF(width(), height())));
}

QRectF SlideView::tileLevel0Rect(const SlideTileKey &key) const
{
    const QRect r = m_loader->tileRect(key);
    const double ds = m_loader->reader()->levels()[key.level].downsample;
    return QRectF(r.x() * ds, r.y() * ds, r.width() * ds, r.height() * ds);
}

QList<SlideTileKey> SlideView::visibleTiles(int level) const
{
    QList<SlideTileKey> tiles;
    const SlideReader *r = m_loader->reader();
    if (!r)
        return tiles;
    const QRectF visible = visibleRect().intersected(QRectF(QPointF(0, 0), m_slideSize));
    if (visible.isEmpty())
        return tiles;
    const double span = SlideTileLoader::kTileSize * r->levels()[level].downsample;
    const int c0 = std::max(0, int(std::floor(visible.left() / span)));
    const int r0 = std::max(0, int(std::floor(visible.top() / span)));
    const int c1 = std::min(m_loader->columns(level) - 1, int(std::floor(visible.right() / span)));
    const int r1 = std::min(m_loader->rows(level) - 1, int(std::floor(visible.bottom() / span)));
    for (int row = r0; row <= r1; ++row)
        for (int column = c0; column <= c1; ++column)
            tiles.append({ level, column, row });
    return tiles;
}

int SlideView::missingTileCount() const
{
    const QList<SlideTileKey> tiles = visibleTiles(currentLevel());
    return int(std::count_if(tiles.cbegin(), tiles.cend(), [this](const SlideTileKey &k) {
        return !m_cache.contains(k) && !m_failed.contains(k);
    }));
}

bool SlideView::isLoading() const
{
    return !m_loader->isIdle();
}

void SlideView::drawPart(
    QPainter &p, const QImage &image, const QRectF &imageLevel0, const QRectF &level0)
{
    const QRectF part = imageLevel0.intersected(level0);
    if (part.isEmpty() || image.isNull())
        return;
    const double sx = image.width() / imageLevel0.width();
    const double sy = image.height() / imageLevel0.height();
    const QRectF source((part.left() - imageLevel0.left()) * sx,
        (part.top() - imageLevel0.top()) * sy,
        part.width() * sx,
        part.height() * sy);
    p.drawImage(snapped(toScreen().mapRect(part)), image, source);
}

void SlideView::drawTile(
    QPainter &p, const SlideTileKey &key, const QImage &tile, const QRectF &level0)
{
    const QRectF target = toScreen().mapRect(level0);
    if (qFuzzyCompare(target.width(), double(tile.width()))) { // 1:1, a plain copy
        p.drawImage(QPointF(std::round(target.left()), std::round(target.top())), tile);
        return;
    }
    // Scaled once per zoom and kept: panning then only copies pixels. A pixel larger than the
    // tile's place, so rounding never leaves a seam between neighbours.
    auto it = m_scaled.find(key);
    if (it == m_scaled.end()) {
        QImage scaled(int(std::ceil(target.width())) + 1,
            int(std::ceil(target.height())) + 1,
            QImage::Format_ARGB32_Premultiplied);
        scaled.fill(Qt::transparent);
        QPainter sp(&scaled);
        sp.setRenderHint(QPainter::SmoothPixmapTransform);
        sp.drawImage(QRectF(0, 0, target.width() + 1, target.height() + 1), tile);
        sp.end();
        it = m_scaled.insert(key, scaled);
    }
    p.drawImage(QPointF(std::round(target.left()), std::round(target.top())), *it);
}

void SlideView::drawFallback(QPainter &p, const QRectF &level0, int level)
{
    drawPart(p, m_thumbnail, QRectF(QPointF(0, 0), m_slideSize), level0);
    const SlideReader *r = m_loader->reader();
    const int levels = int(r->levels().size());
    for (int coarse = levels - 1; coarse > level; --coarse) { // finer ones drawn over
        const double span = SlideTileLoader::kTileSize * r->levels()[coarse].downsample;
        const int c0 = int(std::floor(level0.left() / span));
        const int c1 = int(std::floor((level0.right() - 0.5) / span));
        const int r0 = int(std::floor(level0.top() / span));
        const int r1 = int(std::floor((level0.bottom() - 0.5) / span));
        for (int row = r0; row <= r1; ++row)
            for (int column = c0; column <= c1; ++column) {
                const SlideTileKey key { coarse, column, row };
                const QImage tile = m_cache.find(key);
                if (!tile.isNull())
                    drawPart(p, tile, tileLevel0Rect(key), level0);
            }
    }
}

void SlideView::requestTiles(const QList<SlideTileKey> &missing, int level)
{
    QList<SlideTileKey> wanted;
    if (!missing.isEmpty()) {
        // A coarse preview first (one tile for 16 of these), then the tiles nearest the centre.
        const SlideReader *r = m_loader->reader();
        const int preview = r->bestLevelForDownsample(4 * r->levels()[level].downsample);
        if (preview > level)
            for (const SlideTileKey &k : visibleTiles(preview))
                if (!m_cache.contains(k) && !m_failed.contains(k))
                    wanted.append(k);
        QList<SlideTileKey> sorted = missing;
        const auto distance = [this](const SlideTileKey &k) {
            const QPointF d = tileLevel0Rect(k).center() - m_center;
            return d.x() * d.x() + d.y() * d.y();
        };
        std::sort(sorted.begin(), sorted.end(), [&](const SlideTileKey &a, const SlideTileKey &b) {
            return distance(a) < distance(b);
        });
        wanted += sorted;
    }
    m_loader->request(wanted);
}

void SlideView::paintEvent(QPaintEvent *)
{
    QElapsedTimer timer;
    timer.start();
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Window).darker(115));
    if (!isOpen()) {
        QString text;
        if (!m_error.isEmpty())
            text = m_error;
        else if (m_imageId)
            text = tr("Opening the slide...");
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(rect().adjusted(20, 20, -20, -20), Qt::AlignCenter | Qt::TextWordWrap, text);
        return;
    }
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    const int level = currentLevel();
    QList<SlideTileKey> missing;
    const QList<SlideTileKey> tiles = visibleTiles(level);
    if (m_scaledFor != m_scale) { // tiles drawn at another zoom: scaled again once
        m_scaled.clear();
        m_scaledFor = m_scale;
    }
    for (const SlideTileKey &key : tiles) {
        const QRectF where = tileLevel0Rect(key);
        const QImage tile = m_cache.find(key);
        if (!tile.isNull()) {
            drawTile(p, key, tile, where);
            continue;
        }
        drawFallback(p, where, level);
        if (!m_failed.contains(key))
            missing.append(key);
    }
    if (m_scaled.size() > 2 * tiles.size() + 8) { // keep what is in view
        const QSet<SlideTileKey> shown(tiles.cbegin(), tiles.cend());
        m_scaled.removeIf([&](const auto &entry) { return !shown.contains(entry.key()); });
    }
    requestTiles(missing, level);
    drawCountingArea(p);
    m_layer.paint(p, toScreen(), visibleRect(), m_selected, m_current);
    drawScaleBar(p);
    m_longestPaintMs = std::max(m_longestPaintMs, timer.nsecsElapsed() / 1e6);
}

void SlideView::setCountingArea(const std::optional<QRect> &area)
{
    if (m_countingArea == area)
        return;
    m_countingArea = area;
    update();
}

void SlideView::drawCountingArea(QPainter &p) const
{
    if (!m_countingArea)
        return;
    const QRectF screen(mapFromSlide(m_countingArea->topLeft()),
                        mapFromSlide(QPointF(m_countingArea->x() + m_countingArea->width(),
                                             m_countingArea->y() + m_countingArea->height())));
    p.save();
    p.setBrush(Qt::NoBrush);
    // Dark and light dashes: visible on the smear's pink and on bare glass alike.
    p.setPen(QPen(QColor(20, 40, 120), 2, Qt::SolidLine));
    p.drawRect(screen);
    p.setPen(QPen(QColor(255, 255, 255), 2, Qt::DashLine));
    p.drawRect(screen);
    p.restore();
}

double SlideView::scaleBarMicrons() const
{
    const SlideReader *r = m_loader->reader();
    const std::optional<double> mpp = r ? r->micronsPerPixelX() : std::nullopt;
    if (!mpp || *mpp <= 0)
        return 0;
    const double perScreenPixel = *mpp / m_scale;
    const double most = 120 * perScreenPixel; // micrometres in 120 screen pixels
    const double power = std::pow(10.0, std::floor(std::log10(most)));
    for (double step : { 5.0, 2.0, 1.0 })
        if (step * power <= most)
            return step * power;
    return power;
}

void SlideView::drawScaleBar(QPainter &p)
{
    const double microns = scaleBarMicrons();
    if (microns <= 0)
        return;
    const double length = microns / *m_loader->reader()->micronsPerPixelX() * m_scale;
    const QString text
        = microns >= 1000 ? tr("%1 mm").arg(microns / 1000) : tr("%1 µm").arg(microns);
    const QFontMetrics metrics(font());
    const QRectF box(10,
        height() - 10 - metrics.height() - 16,
        std::max(length, double(metrics.horizontalAdvance(text))) + 16,
        metrics.height() + 16);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0x26, 0x32, 0x38, 200));
    p.drawRoundedRect(box, 4, 4);
    p.setBrush(Qt::white);
    p.drawRect(QRectF(box.left() + 8, box.bottom() - 10, length, 4));
    p.setPen(Qt::white);
    p.drawText(QRectF(box.left() + 8, box.top() + 4, box.width() - 16, metrics.height()),
        Qt::AlignLeft | Qt::AlignVCenter,
        text);
}

void SlideView::placeOverview()
{
    m_overview->move(width() - m_overview->width() - kOverviewMargin, kOverviewMargin);
}

void SlideView::resizeEvent(QResizeEvent *)
{
    if (m_fit && !m_slideSize.isEmpty()) {
        m_scale = fitScale();
        m_center = QPointF(m_slideSize.width() / 2, m_slideSize.height() / 2);
    }
    placeOverview();
    clampCenter();
    viewChanged();
}

void SlideView::clampCenter()
{
    if (m_slideSize.isEmpty())
        return;
    // Along a side that fits, the slide sits in the middle; else the view stays on the slide.
    const auto clampAxis = [](double c, double slide, double view) {
        if (slide <= view)
            return slide / 2;
        return std::clamp(c, view / 2, slide - view / 2);
    };
    m_center = QPointF(clampAxis(m_center.x(), m_slideSize.width(), width() / m_scale),
        clampAxis(m_center.y(), m_slideSize.height(), height() / m_scale));
}

void SlideView::viewChanged()
{
    m_overview->setVisibleRect(visibleRect());
    update();
}

void SlideView::setScale(double scale, const QPointF &anchor)
{
    if (m_slideSize.isEmpty())
        return;
    const QPointF at = anchor.x() < 0 ? QPointF(width() / 2.0, height() / 2.0) : anchor;
    const QPointF fixed = mapToSlide(at); // the point under the anchor stays there
    const double minScale = std::min(fitScale(), 1.0) / 2;
    const double s = std::clamp(scale, minScale, kMaxScale);
    m_fit = false;
    if (qFuzzyCompare(s, m_scale))
        return;
    m_scale = s;
    m_center = fixed - (at - QPointF(width() / 2.0, height() / 2.0)) / m_scale;
    clampCenter();
    viewChanged();
    Q_EMIT zoomChanged(m_scale);
}

void SlideView::centerOn(const QPointF &level0)
{
    m_center = level0;
    clampCenter();
    viewChanged();
}

void SlideView::panBy(const QPointF &screen)
{
    centerOn(m_center + screen / m_scale);
}

void SlideView::zoomIn()
{
    const QPoint cursor = mapFromGlobal(QCursor::pos());
    setScale(m_scale * kKeyStep, rect().contains(cursor) ? QPointF(cursor) : QPointF(-1, -1));
}

void SlideView::zoomOut()
{
    const QPoint cursor = mapFromGlobal(QCursor::pos());
    setScale(m_scale / kKeyStep, rect().contains(cursor) ? QPointF(cursor) : QPointF(-1, -1));
}

void SlideView::fitToWindow()
{
    if (m_slideSize.isEmpty())
        return;
    m_fit = true;
    m_scale = fitScale();
    m_center = QPointF(m_slideSize.width() / 2, m_slideSize.height() / 2);
    viewChanged();
    Q_EMIT zoomChanged(m_scale);
}

void SlideView::zoomToActualSize()
{
    setScale(1.0);
}

void SlideView::wheelEvent(QWheelEvent *event)
{
    const int delta = event->angleDelta().y();
    if (delta == 0)
        return QWidget::wheelEvent(event);
    setScale(m_scale * std::pow(kWheelStep, delta / 120.0), event->position());
    event->accept();
}

bool SlideView::event(QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        // The view's own keys win over the window's shortcuts while it has the focus.
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Left:
        case Qt::Key_Right:
        case Qt::Key_Up:
        case Qt::Key_Down:
            event->accept();
            return true;
        default:
            break;
        }
    }
    if (event->type() == QEvent::KeyPress) { // Tab would move the focus
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Tab && !(key->modifiers() & Qt::ControlModifier)) {
            selectNextCell();
            return true;
        }
        if (key->key() == Qt::Key_Backtab) {
            selectPreviousCell();
            return true;
        }
    }
    return QWidget::event(event);
}

void SlideView::keyPressEvent(QKeyEvent *event)
{
    const double stepX = width() / 6.0;
    const double stepY = height() / 6.0;
    switch (event->key()) {
    case Qt::Key_Left:
        panBy(QPointF(-stepX, 0));
        break;
    case Qt::Key_Right:
        panBy(QPointF(stepX, 0));
        break;
    case Qt::Key_Up:
        panBy(QPointF(0, -stepY));
        break;
    case Qt::Key_Down:
        panBy(QPointF(0, stepY));
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    default:
        return QWidget::keyPressEvent(event);
    }
    event->accept();
}

void SlideView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    m_pressed = true;
    m_dragging = false;
    m_pressPos = m_lastDragPos = event->position().toPoint();
    event->accept();
}

void SlideView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_pressed)
        return QWidget::mouseMoveEvent(event);
    const QPoint pos = event->position().toPoint();
    if (!m_dragging && (pos - m_pressPos).manhattanLength() >= QApplication::startDragDistance()) {
        m_dragging = true;
        setCursor(Qt::ClosedHandCursor);
    }
    if (m_dragging) {
        panBy(QPointF(m_lastDragPos - pos));
        m_lastDragPos = pos;
    }
    event->accept();
}

void SlideView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_pressed)
        return QWidget::mouseReleaseEvent(event);
    m_pressed = false;
    if (m_dragging) {
        m_dragging = false;
        unsetCursor();
        return;
    }
    const qint64 id = cellAt(event->position().toPoint());
    if (!id)
        return; // a click beside the cells keeps the selection
    QList<qint64> selected = m_selected;
    if (event->modifiers() & Qt::ControlModifier) {
        if (selected.removeAll(id) == 0)
            selected.append(id);
        changeSelection(selected, selected.contains(id) ? id : selected.value(0, 0));
    } else if (event->modifiers() & Qt::ShiftModifier) {
        if (!selected.contains(id))
            selected.append(id);
        changeSelection(selected, id);
    } else {
        changeSelection({ id }, id);
    }
}

qint64 SlideView::cellAt(const QPoint &pos) const
{
    if (!isOpen())
        return 0;
    return m_layer.cellAt(mapToSlide(QPointF(pos)), 6 / m_scale); // 6 screen pixels of slack
}

void SlideView::changeSelection(QList<qint64> selected, qint64 current)
{
    if (selected == m_selected && current == m_current)
        return;
    const bool currentChanged = current != m_current;
    m_selected = std::move(selected);
    m_current = current;
    update();
    if (currentChanged)
        Q_EMIT currentCellChanged(m_current);
    Q_EMIT cellSelectionChanged();
}

void SlideView::ensureVisible(qint64 cellId)
{
    const int index = m_layer.indexOf(cellId);
    if (index < 0 || m_slideSize.isEmpty())
        return;
    const QRectF box(cells()[index].box);
    const double side = std::max(box.width(), box.height());
    if (side * m_scale < 24) { // too small to judge: zoom so the cell is a sixth of the view
        const double s = std::min(1.0, std::min(width(), height()) / (6 * side));
        m_scale = std::clamp(std::max(s, m_scale), fitScale() / 2, kMaxScale);
        m_fit = false;
        Q_EMIT zoomChanged(m_scale);
        centerOn(box.center());
        return;
    }
    const QRectF margin = visibleRect().adjusted(side, side, -side, -side);
    if (!margin.contains(box))
        centerOn(box.center());
}

bool SlideView::selectCell(qint64 cellId)
{
    if (m_layer.indexOf(cellId) < 0)
        return false;
    changeSelection({ cellId }, cellId);
    ensureVisible(cellId);
    return true;
}

bool SlideView::selectNextCell()
{
    const int n = int(cells().size());
    if (!n)
        return false;
    const int i = m_layer.indexOf(m_current);
    return selectCell(cells()[(i + 1) % n].id);
}

bool SlideView::selectPreviousCell()
{
    const int n = int(cells().size());
    if (!n)
        return false;
    const int i = m_layer.indexOf(m_current);
    return selectCell(cells()[(i < 0 ? n - 1 : (i + n - 1) % n)].id);
}

bool SlideView::selectNextUnlabelledCell()
{
    const int n = int(cells().size());
    const int start = m_layer.indexOf(m_current);
    for (int step = 1; step <= n; ++step) {
        const CellRecord &c = cells()[(start + step + n) % n];
        if (c.id != m_current && m_layer.label(c.id).isUnlabelled())
            return selectCell(c.id);
    }
    return false;
}

void SlideView::selectAllCells()
{
    QList<qint64> all;
    all.reserve(cells().size());
    for (const CellRecord &c : cells())
        all.append(c.id);
    changeSelection(all, all.contains(m_current) ? m_current : all.value(0, 0));
}

} // namespace wbc
