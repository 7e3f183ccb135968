// MainWindow: finding the white cells of whole-slide images (Cells > Find White Cells on Slide),
// ProjectSlideScan on a worker with its own connection to the project (projectjob.h); progress,
// ETA and Cancel in the status bar (TaskProgress), so the quit-while-busy prompt knows it too.
#include <cmath>

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QMutex>
#include <QPointer>
#include <QStatusBar>
#include <QTimer>

#include "mainwindow.h"
#include "project/projectstore.h"
#include "projectjob.h"
#include "setting.h"
#include "slide/projectslidescan.h"
#include "slidebrowser.h"
#include "slideregionpicker.h"
#include "slideview.h"
#include "taskprogress.h"

namespace wbc {

namespace {

    // 0: every white cell of the slide.
    const Setting<int> kMaxCells { "slidescan/maxCells", 0 };

    // What the worker last reported, read by a timer on the GUI thread.
    struct ScanProgressText
    {
        QMutex mutex;
        QString slide;
        double eta = -1.0;
    };

    QString countingAreaKey(qint64 imageId)
    {
        return QStringLiteral("slide_counting_area/%1").arg(imageId); // notr: a meta key
    }

    QString etaText(double seconds)
    {
        if (!(seconds >= 0.0))
            return {};
        if (seconds < 90.0)
            return MainWindow::tr(
                "about %n s left", nullptr, std::max(1, int(std::lround(seconds))));
        return MainWindow::tr("about %n min left", nullptr, int(std::lround(seconds / 60.0)));
    }

} // namespace

int MainWindow::slideScanMaxCells()
{
    return std::max(0, kMaxCells.value());
}

void MainWindow::setSlideScanMaxCells(int maxCells)
{
    kMaxCells.setValue(std::max(0, maxCells));
}

std::optional<QRect> MainWindow::slideCountingArea(qint64 imageId) const
{
    if (!m_store || !imageId)
        return std::nullopt;
    const QStringList parts = m_store->meta(countingAreaKey(imageId)).split(u',');
    if (parts.size() != 4)
        return std::nullopt;
    int v[4] = {};
    for (int i = 0; i < 4; ++i) {
        bool ok = false;
        v[i] = parts.at(i).toInt(&ok);
        if (!ok)
            return std::nullopt;
    }
    const QRect area(v[0], v[1], v[2], v[3]);
    return area.isValid() ? std::optional(area) : std::nullopt;
}

bool MainWindow::setSlideCountingArea(qint64 imageId, const std::optional<QRect> &area)
{
    if (!m_store || !imageId)
        return false;
    const QString value = area ? QStringLiteral("%1,%2,%3,%4")
                                     .arg(area->x())
                                     .arg(area->y())
                                     .arg(area->width())
                                     .arg(area->height())
                               : QString();
    if (!m_store->setMeta(countingAreaKey(imageId), value)) {
        showError(m_store->lastError());
        return false;
    }
    if (m_slideView->imageId() == imageId)
        m_slideView->setCountingArea(area);
    updateSlideScanActions();
    return true;
}

void MainWindow::createSlideScanActions(QMenu *cells)
{
    m_scanSlideAction
        = cells->addAction(tr("&Find White Cells on Slide"), this, [this] { scanSlides(true); });
    m_scanSlideAction->setStatusTip(tr("Find the white cells of the slide shown in the viewer"));
    m_scanAllSlidesAction = cells->addAction(
        tr("Find White Cells on &All Slides"), this, [this] { scanSlides(false); });
    m_scanAllSlidesAction->setStatusTip(
        tr("Find the white cells of every slide file not scanned completely yet"));
    m_regionPicker = new SlideRegionPicker(m_slideView);
    m_countingAreaAction = cells->addAction(tr("Draw &Counting Area"));
    m_countingAreaAction->setCheckable(true);
    m_countingAreaAction->setStatusTip(
        tr("Drag a rectangle over the slide's monolayer: its scan covers only that"));
    connect(m_countingAreaAction, &QAction::toggled, this, [this](bool on) {
        if (on && !m_slideView->isVisible()) {
            m_countingAreaAction->setChecked(false);
            statusBar()->showMessage(tr("Show a slide file first: select it in the images"), 5000);
            return;
        }
        m_regionPicker->setActive(on);
        if (on)
            statusBar()->showMessage(tr("Drag over the counting area of the slide (Esc cancels)"));
    });
    connect(m_regionPicker, &SlideRegionPicker::activeChanged, this, [this](bool on) {
        m_countingAreaAction->setChecked(on);
        if (!on)
            statusBar()->clearMessage();
    });
    connect(m_regionPicker, &SlideRegionPicker::regionPicked, this, [this](const QRect &area) {
        if (setSlideCountingArea(m_slideView->imageId(), area))
            statusBar()->showMessage(
                tr("Counting area set: Find White Cells on Slide scans only there"), 10000);
    });
    m_clearCountingAreaAction = cells->addAction(tr("Clear Counting A&rea"), this, [this] {
        setSlideCountingArea(m_slideView->imageId(), std::nullopt);
    });
    m_projectActions << m_countingAreaAction << m_clearCountingAreaAction;
    m_ownerActions << m_countingAreaAction << m_clearCountingAreaAction;
    QMenu *stop = cells->addMenu(tr("S&top Finding After"));
    auto *group = new QActionGroup(stop);
    const std::pair<int, QString> choices[] = { { 100, tr("&100 White Cells") },
        { 200, tr("&200 White Cells") },
        { 0, tr("&All White Cells") } };
    for (const auto &[n, text] : choices) {
        QAction *a = stop->addAction(text);
        a->setCheckable(true);
        a->setData(n);
        a->setChecked(n == slideScanMaxCells());
        group->addAction(a);
        const int maxCells = n;
        connect(a, &QAction::triggered, this, [maxCells] { setSlideScanMaxCells(maxCells); });
        m_maxCellsActions << a;
    }
    connect(stop, &QMenu::aboutToShow, this, [this] {
        for (QAction *a : std::as_const(m_maxCellsActions))
            a->setChecked(a->data().toInt() == slideScanMaxCells());
    });
    connect(cells, &QMenu::aboutToShow, this, &MainWindow::updateSlideScanActions);
    // After the browser's change has reached the viewers.
    connect(m_browser,
        &SlideBrowser::currentImageChanged,
        this,
        &MainWindow::updateSlideScanActions,
        Qt::QueuedConnection);
    m_projectActions << m_scanSlideAction << m_scanAllSlidesAction;
    m_ownerActions << m_scanSlideAction << m_scanAllSlidesAction;
}

void MainWindow::updateSlideScanActions()
{
    const qint64 id = m_slideView->isVisible() ? m_slideView->imageId() : 0;
    bool complete = false;
    const QByteArray state = (m_store && id) ? m_store->slideScan(id, &complete) : QByteArray();
    if (!state.isEmpty() && !complete)
        m_scanSlideAction->setText(tr("Continue &Finding White Cells on Slide"));
    else if (complete)
        m_scanSlideAction->setText(tr("&Find White Cells on Slide Again"));
    else
        m_scanSlideAction->setText(tr("&Find White Cells on Slide"));
}

void MainWindow::scanSlides(bool shownOnly)
{
    if (!m_store || isBusy())
        return;
    QList<qint64> ids;
    bool rescan = false;
    if (shownOnly) {
        const qint64 id = m_slideView->isVisible() ? m_slideView->imageId() : 0;
        if (!id || !m_store->slideFile(id)) {
            statusBar()->showMessage(tr("Show a slide file first: select it in the images"), 5000);
            return;
        }
        ids << id;
        // Scanned before (with another stop): found again; labelled cells are kept.
        m_store->slideScan(id, &rescan);
    } else if (m_store->slideFiles().isEmpty()) {
        statusBar()->showMessage(tr("The project has no slide file: File > Import Folder"), 5000);
        return;
    }
    SlideScanParams params;
    params.maxCells = slideScanMaxCells();
    if (shownOnly)
        params.region = slideCountingArea(ids.first());
    const auto text = std::make_shared<ScanProgressText>();
    auto *timer = new QTimer(m_task);
    timer->setInterval(250);
    connect(timer, &QTimer::timeout, m_task, [task = m_task, text] {
        QMutexLocker locker(&text->mutex);
        const QString eta = etaText(text->eta);
        task->setDetail(eta.isEmpty() ? text->slide : tr("%1, %2").arg(text->slide, eta));
    });
    runProjectJob<ProjectSlideScanReport>(
        this,
        m_task,
        tr("Finding white cells"),
        m_store->path(),
        [params, ids, rescan, text](
            ProjectStore &store, const std::atomic_bool *cancel, auto progress) {
            ProjectSlideScan scan(store, params);
            scan.setCancelFlag(cancel);
            scan.setImageIds(ids);
            scan.setRescan(rescan);
            scan.setProgress([&](const QString &slide, int done, int total, double eta) {
                progress(done, total);
                QMutexLocker locker(&text->mutex);
                text->slide = slide;
                text->eta = eta;
            });
            return scan.run();
        },
        [this, timer = QPointer<QTimer>(timer)](const ProjectSlideScanReport &r) {
            delete timer.data();
            const bool ok = r.fatalError.isEmpty();
            if (!ok) {
                showError(r.fatalError);
            } else if (!r.problems.isEmpty()) {
                showError(r.problems.first().toString());
            } else {
                QString message = tr("Found %n white cell(s)", nullptr, r.cells);
                if (r.cancelled)
                    message = tr("%1; cancelled: Continue Finding White Cells goes on from here")
                                  .arg(message);
                else if (r.stopped > 0)
                    message = tr(
                        "%1; stopped after %n white cell(s) a slide", nullptr, slideScanMaxCells())
                                  .arg(message);
                statusBar()->showMessage(message, 15000);
            }
            if (m_store) {
                m_browser->reload();
                refreshSlideView(m_slideView->imageId());
                if (m_slideView->isVisible())
                    showSlideCellInfo();
                updateStatus();
            }
            updateSlideScanActions();
            Q_EMIT slideScanFinished(ok);
        });
    timer->start();
}

} // namespace wbc
