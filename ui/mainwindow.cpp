#include "mainwindow.h"

#include "busyprompt.h"
#include "cellviewer.h"
#include "dataset/datasetexporter.h"
#include "dataset/datasetfiles.h"
#include "dataset/datasetimporter.h"
#include "labelhistorypanel.h"
#include "labelkeys.h"
#include "labellegend.h"
#include "messagebanner.h"
#include "preferencesdialog.h"
#include "projectcommands.h"
#include "detection/projectdetection.h"
#include "projectjob.h"
#include "reviewpanel.h"
#include "saliencyoverlay.h"
#include "shortcutsdialog.h"
#include "project/projectlock.h"
#include "project/projectnotifier.h"
#include "project/projectstore.h"
#include "setting.h"
#include "project/sharedsession.h"
#include "slidebrowser.h"
#include "slideview.h"
#include "taskprogress.h"
#include "trainingdashboard.h"
#include "userguidedialog.h"

#include <tuple>

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
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace wbc {

namespace {

const Setting<QByteArray> kGeometry{"mainwindow/geometry"};
const Setting<QByteArray> kState{"mainwindow/state"};

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_undoStack(new QUndoStack(this))
    , m_commands(new ProjectCommands(m_undoStack, this))
{
    setAcceptDrops(true);
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);
    // The bottom docks (training, review) run under the right-hand docks: tables need width.
    setCorner(Qt::BottomRightCorner, Qt::BottomDockWidgetArea);

    // The centre: the viewer, under the bars that say when labels cannot be saved (a shared
    // project's server gone) or its images are not found here.
    auto *centre = new QWidget(this);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(2);
    m_connectionBanner = new MessageBanner(centre);
    m_connectionBanner->setObjectName(QStringLiteral("connectionBanner"));
    m_imagesBanner = new MessageBanner(centre);
    m_imagesBanner->setObjectName(QStringLiteral("imagesBanner"));
    m_readOnlyBanner = new MessageBanner(centre);
    m_readOnlyBanner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_viewer = new CellViewer(centre);
    centreLayout->addWidget(m_connectionBanner);
    centreLayout->addWidget(m_imagesBanner);
    centreLayout->addWidget(m_readOnlyBanner);
    centreLayout->addWidget(m_viewer, 1);
    m_slideView = new SlideView(centre); // in the viewer's place while a slide is shown
    m_slideView->hide();
    centreLayout->addWidget(m_slideView, 1);
    setCentralWidget(centre);
    createDocks();
    setupGalleryDocks();

    m_statusCounts = new QLabel(this);
    m_statusCounts->setAccessibleName(tr("Project counts"));
    m_task = new TaskProgress(this);
    m_busyPrompt = new BusyPrompt(m_task, m_dashboard->job(), this);
    m_statusUser = new QLabel(this); // "ann1 (annotator)" for a shared project
    m_statusUser->setAccessibleName(tr("Connected user and role"));
    m_statusUser->hide();
    statusBar()->addWidget(m_statusCounts, 1);
    statusBar()->addPermanentWidget(m_statusUser);
    statusBar()->addPermanentWidget(m_task);

    createActions();

    connect(m_browser, &SlideBrowser::currentImageChanged, this, &MainWindow::showCurrentImage);
    connect(m_browser, &SlideBrowser::cellStepRequested, this, [this](int step) {
        if (m_slideView->isVisible())
            step > 0 ? m_slideView->selectNextCell() : m_slideView->selectPreviousCell();
        else if (step > 0)
            m_viewer->selectNextCell();
        else
            m_viewer->selectPreviousCell();
    });
    connect(m_viewer, &CellViewer::currentCellChanged, this, &MainWindow::showCellInfo);
    connect(m_viewer, &CellViewer::cellSelectionChanged, this, &MainWindow::showCellInfo);
    connect(m_commands, &ProjectCommands::imageChanged, this, &MainWindow::onImageChanged);
    connect(m_commands, &ProjectCommands::writeFailed, this, &MainWindow::onWriteFailed);
    connect(m_commands, &ProjectCommands::writeRefused, this, &MainWindow::onWriteRefused);
    // Undo and redo show what they changed: the image, and the cell when there is one.
    connect(m_commands, &ProjectCommands::replayed, this, [this](qint64 imageId, qint64 cellId) {
        if (imageId != m_browser->currentImageId() || cellId)
            openGalleryCell(imageId, cellId);
    });
    connect(m_viewer, &CellViewer::loadFailed, this,
            [this](qint64, const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(m_viewer, &CellViewer::boxAdded, this,
            [this](qint64 imageId, const QRect &box) {
                // The new box is selected: the next key labels it.
                if (const qint64 cell = m_commands->addBox(imageId, box))
                    m_viewer->selectCell(cell);
            });
    connect(m_viewer, &CellViewer::boxEdited, this,
            [this](qint64 cellId, const QRect &box) { m_commands->editBox(cellId, box); });
    connect(m_viewer, &CellViewer::boxDeleteRequested, this,
            [this](qint64 cellId) { m_commands->deleteBox(cellId); });
    connectSlideView();

    resize(1280, 820);
    restoreGeometry(kGeometry.value());
    restoreState(kState.value());
    updateActions();
    updateStatus();
    updateWindowTitle();
}

MainWindow::~MainWindow()
{
    m_task->cancel();
    stopSharedProject(); // the notifier watches the store
    m_dashboard->setProject(nullptr);
    m_review->setProject(nullptr);
    m_commands->setStore(nullptr, QString());
    m_browser->setProject(nullptr);
}

void MainWindow::createDocks()
{
    m_browser = new SlideBrowser(this);
    auto *browserDock = new QDockWidget(tr("Images"), this);
    browserDock->setObjectName(QStringLiteral("slidesDock"));
    browserDock->setWidget(m_browser);
    addDockWidget(Qt::LeftDockWidgetArea, browserDock);

    m_legend = new LabelLegend(this);
    auto *legendDock = new QDockWidget(tr("Label"), this);
    legendDock->setObjectName(QStringLiteral("labelDock"));
    auto *legendScroll = new QScrollArea(this); // lets the bottom docks take the height
    legendScroll->setWidget(m_legend);
    legendScroll->setWidgetResizable(true);
    legendScroll->setFrameShape(QFrame::NoFrame);
    legendScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // scroll down only
    legendScroll->setMinimumWidth(m_legend->sizeHint().width()
                                  + legendScroll->verticalScrollBar()->sizeHint().width());
    legendDock->setWidget(legendScroll);
    addDockWidget(Qt::RightDockWidgetArea, legendDock);

    m_history = new LabelHistoryPanel(this);
    auto *historyDock = new QDockWidget(tr("Label History"), this);
    historyDock->setObjectName(QStringLiteral("historyDock"));
    historyDock->setWidget(m_history);
    addDockWidget(Qt::RightDockWidgetArea, historyDock);

    auto *undoView = new QUndoView(m_undoStack, this);
    m_undoView = undoView;
    undoView->setEmptyLabel(tr("<opened project>"));
    undoView->setAccessibleName(tr("Undo history"));
    auto *undoDock = new QDockWidget(tr("Undo History"), this);
    undoDock->setObjectName(QStringLiteral("undoDock"));
    undoDock->setWidget(undoView);
    addDockWidget(Qt::RightDockWidgetArea, undoDock);
    tabifyDockWidget(historyDock, undoDock);
    historyDock->raise();
    resizeDocks({browserDock}, {420}, Qt::Horizontal);

    m_dashboard = new TrainingDashboard(m_commands, this);
    m_dashboardDock = new QDockWidget(tr("Training"), this);
    m_dashboardDock->setObjectName(QStringLiteral("trainingDock"));
    m_dashboardDock->setWidget(m_dashboard);
    addDockWidget(Qt::BottomDockWidgetArea, m_dashboardDock);
    m_dashboardDock->hide();
    connect(m_dashboard, &TrainingDashboard::showImages, this,
            [this](const QSet<qint64> &ids, const QString &description) {
                // The matrix entry's images, all of them: the browser's filter gives way.
                const QString off = m_browser->showExactly(ids, description);
                if (!off.isEmpty())
                    statusBar()->showMessage(
                        tr("Showing %n image(s) of the matrix entry; %1 turned off to show them",
                           nullptr,
                           int(ids.size()))
                            .arg(off),
                        10000);
            });
    connect(m_dashboard, &TrainingDashboard::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 15000); });
    connect(m_commands, &ProjectCommands::activeModelChanged, m_dashboard,
            &TrainingDashboard::refreshRuns);
    m_review = new ReviewPanel(m_commands, m_browser->thumbnailLoader(), this);
    m_reviewDock = new QDockWidget(tr("Review"), this);
    m_reviewDock->setObjectName(QStringLiteral("reviewDock"));
    m_reviewDock->setWidget(m_review);
    addDockWidget(Qt::BottomDockWidgetArea, m_reviewDock);
    tabifyDockWidget(m_dashboardDock, m_reviewDock);
    m_reviewDock->hide();
    connect(m_review, &ReviewPanel::currentCellChanged, this, &MainWindow::showReviewCell);
    // Predicting and training are the owner's (a reviewer of a shared project has the buttons).
    connect(m_review, &ReviewPanel::predictRequested, this, [this] {
        if (m_commands->mayEdit(ProjectRole::Owner))
            predictImages();
    });
    connect(m_review, &ReviewPanel::reportRequested, this, &MainWindow::showReport);
    connect(m_review, &ReviewPanel::retrainRequested, this, [this] {
        if (!m_commands->mayEdit(ProjectRole::Owner))
            return;
        showDashboard();
        m_dashboard->start();
    });
    connect(m_review, &ReviewPanel::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    connect(m_commands, &ProjectCommands::activeModelChanged, this, &MainWindow::updateActiveModel);

    m_saliency = new SaliencyService(this);
    connect(m_saliency, &SaliencyService::ready, this, [this](const SaliencyResult &r) {
        if (!m_saliencyAction->isChecked() || r.imageId != m_viewer->imageId()
            || (r.cellId && r.cellId != m_viewer->currentCellId()))
            return; // a late answer for a field or cell no longer shown
        m_viewer->setOverlay(r.imageId, r.overlay, r.where);
        statusBar()->showMessage(r.error.isEmpty() ? r.caption : r.error, 10000);
    });
    connect(m_viewer, &CellViewer::imageLoaded, this, [this] {
        if (m_saliencyAction->isChecked())
            requestSaliency();
    });

    // Counts follow the labels at most twice a second: they query all labels and flags, and a
    // bulk label or an undo reports every image it changed.
    m_countsTimer = new QTimer(this);
    m_countsTimer->setSingleShot(true);
    m_countsTimer->setInterval(500);
    connect(m_countsTimer, &QTimer::timeout, m_dashboard, &TrainingDashboard::refreshCounts);
    connect(m_countsTimer, &QTimer::timeout, this, &MainWindow::updateStatus);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Project..."), QKeySequence::New, this, &MainWindow::newProject);
    file->addAction(tr("&Open Project..."), QKeySequence::Open, this,
                    &MainWindow::chooseAndOpenProject);
    file->addAction(tr("Open S&hared Project..."), QKeySequence(tr("Ctrl+Shift+O")), this,
                    &MainWindow::chooseAndOpenSharedProject)
        ->setStatusTip(tr("Open a lab's project on a PostgreSQL server"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_importAction = file->addAction(tr("&Import Folder..."), QKeySequence(tr("Ctrl+I")), this,
                                     &MainWindow::chooseAndImportFolder);
    QMenu *exportMenu = file->addMenu(tr("&Export Labels"));
    m_projectActions << exportMenu->addAction(tr("As &CSV..."), this,
                                              [this] { exportLabels(QStringLiteral("csv")); });
    m_projectActions << exportMenu->addAction(tr("As Pascal &VOC..."), this,
                                              [this] { exportLabels(QStringLiteral("voc")); });
    m_projectActions << file->addAction(tr("&Close Project"), QKeySequence::Close, this,
                                        &MainWindow::requestCloseProject);
    file->addSeparator();
    QList<QKeySequence> quitKeys = QKeySequence::keyBindings(QKeySequence::Quit);
    if (!quitKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Q)))
        quitKeys.append(QKeySequence(Qt::CTRL | Qt::Key_Q));
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcuts(quitKeys);
    quit->setShortcutContext(Qt::ApplicationShortcut);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setShortcuts(QKeySequence::Undo);
    m_undoAction = undo;
    QAction *redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    m_redoAction = redo;
    // The platform's keys once each: Ctrl+Shift+Z, and Ctrl+Y where that is the convention
    // (Windows). Listing a key twice makes Qt find it ambiguous and do nothing.
    redo->setShortcuts(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *prefs = edit->addAction(tr("&Preferences..."), this, &MainWindow::showPreferences);
    // Cmd+, on macOS; elsewhere the platform has no standard key and Ctrl+, is the common one.
    QList<QKeySequence> prefsKeys = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (prefsKeys.isEmpty())
        prefsKeys.append(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    prefs->setShortcuts(prefsKeys);
    prefs->setMenuRole(QAction::PreferencesRole);

    QMenu *label = menuBar()->addMenu(tr("&Label"));
    label->setObjectName(QStringLiteral("labelMenu"));
    rebuildLabelActions(); // fills the Label menu
    label->addSeparator();
    QAction *next = label->addAction(tr("Next &Unlabeled Field"), QKeySequence(Qt::Key_N), this,
                                     [this] {
                                         if (!m_browser->selectNextUnlabeled())
                                             statusBar()->showMessage(tr("No field with an "
                                                                         "unlabeled cell after "
                                                                         "this one"),
                                                                      5000);
                                     });
    m_projectActions << next;
    QAction *nextCell = label->addAction(tr("Next &Cell"), this, [this] {
        m_slideView->isVisible() ? m_slideView->selectNextCell() : m_viewer->selectNextCell();
    });
    nextCell->setToolTip(tr("Tab in the viewer or the image grid"));
    QAction *previousCell = label->addAction(tr("&Previous Cell"), this, [this] {
        m_slideView->isVisible() ? m_slideView->selectPreviousCell()
                                 : m_viewer->selectPreviousCell();
    });
    previousCell->setToolTip(tr("Shift+Tab in the viewer or the image grid"));
    QAction *allCells = label->addAction(tr("Select &All Cells of the Field"),
                                         QKeySequence(tr("Ctrl+Shift+A")), m_viewer,
                                         &CellViewer::selectAllCells);
    m_projectActions << nextCell << previousCell << allCells;

    QMenu *cells = menuBar()->addMenu(tr("&Cells"));
    QAction *detect = cells->addAction(tr("&Detect White Cells in Project"),
                                       QKeySequence(tr("Ctrl+D")), this, &MainWindow::detectCells);
    m_projectActions << detect;
    m_ownerActions << detect;
    createSlideScanActions(cells);
    cells->addSeparator();
    // Alt+ the number of white cells: the plain digits are label keys, Ctrl+0 is Actual Size.
    const std::tuple<CellCountFlag, QString, QKeySequence> flags[] = {
        {CellCountFlag::Single, tr("Mark as &Single Cell"), QKeySequence(Qt::ALT | Qt::Key_1)},
        {CellCountFlag::Multi, tr("Mark as &Several Cells"), QKeySequence(Qt::ALT | Qt::Key_2)},
        {CellCountFlag::None, tr("Mark as &No White Cell"), QKeySequence(Qt::ALT | Qt::Key_0)}};
    for (const auto &[flag, text, key] : flags) {
        const CellCountFlag f = flag;
        QAction *a = cells->addAction(text, key, this, [this, f] { setCurrentFlag(f); });
        m_projectActions << a;
        m_editActions << a;
    }
    cells->addSeparator();
    m_addBoxAction = cells->addAction(tr("&Draw Box"), QKeySequence(Qt::Key_B));
    m_addBoxAction->setCheckable(true);
    connect(m_addBoxAction, &QAction::toggled, m_viewer, &CellViewer::setAddBoxMode);
    connect(m_viewer, &CellViewer::addBoxModeChanged, m_addBoxAction, &QAction::setChecked);
    connect(m_viewer, &CellViewer::addBoxModeChanged, this, [this](bool on) {
        if (on)
            statusBar()->showMessage(tr("Draw a box: drag over the white cell (Esc cancels)"));
        else
            statusBar()->clearMessage();
    });
    QAction *del = cells->addAction(tr("De&lete Box"), QKeySequence::Delete, m_viewer,
                                    &CellViewer::deleteSelectedBox);
    m_projectActions << m_addBoxAction << del;
    m_editActions << m_addBoxAction << del;
    cells->addSeparator();
    QAction *move = cells->addAction(tr("&Move Images to Slide..."), this,
                                     &MainWindow::moveSelectionToSlide);
    m_projectActions << move;
    m_ownerActions << move;

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->addAction(tr("Zoom &In"), QKeySequence(Qt::Key_Plus), this,
                          [this] {
                              m_slideView->isVisible() ? m_slideView->zoomIn()
                                                       : m_viewer->zoomIn();
                          })
        ->setShortcuts({QKeySequence(Qt::Key_Plus), QKeySequence(Qt::Key_Equal),
                        QKeySequence::ZoomIn});
    m_viewMenu->addAction(tr("Zoom &Out"), QKeySequence(Qt::Key_Minus), this,
                          [this] {
                              m_slideView->isVisible() ? m_slideView->zoomOut()
                                                       : m_viewer->zoomOut();
                          })
        ->setShortcuts({QKeySequence(Qt::Key_Minus), QKeySequence::ZoomOut});
    m_viewMenu->addAction(tr("&Fit to Window"), QKeySequence(Qt::Key_F), this,
                          [this] {
                              m_slideView->isVisible() ? m_slideView->fitToWindow()
                                                       : m_viewer->fitToWindow();
                          });
    m_viewMenu->addAction(tr("&Actual Size"), QKeySequence(Qt::CTRL | Qt::Key_0), this,
                          [this] {
                              m_slideView->isVisible() ? m_slideView->zoomToActualSize()
                                                       : m_viewer->zoomToActualSize();
                          });
    m_viewMenu->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        m_viewMenu->addAction(dock->toggleViewAction());

    QMenu *training = menuBar()->addMenu(tr("&Training"));
    training->addAction(tr("Training &Dashboard"), QKeySequence(tr("Ctrl+T")), this,
                        &MainWindow::showDashboard);
    QAction *train = training->addAction(tr("&Start Training"), QKeySequence(tr("Ctrl+R")), this,
                                         [this] {
                                             showDashboard();
                                             m_dashboard->start();
                                         });
    m_projectActions << train;
    m_ownerActions << train;

    QMenu *review = menuBar()->addMenu(tr("&Review"));
    review->addAction(tr("&Review Predictions"), QKeySequence(tr("Ctrl+Shift+R")), this,
                      &MainWindow::showReview);
    QAction *predict = review->addAction(tr("&Predict with Active Model"),
                                         QKeySequence(tr("Ctrl+Shift+P")), this,
                                         &MainWindow::predictImages);
    m_projectActions << predict;
    m_ownerActions << predict;
    m_projectActions << review->addAction(tr("Next &Uncertain Cell"), QKeySequence(Qt::Key_U),
                                          this, [this] {
                                              if (!selectNextUncertain())
                                                  statusBar()->showMessage(
                                                      tr("No unlabeled cell with a prediction: "
                                                         "predict first"),
                                                      5000);
                                          });
    m_saliencyAction = review->addAction(tr("Show &Saliency"));
    m_saliencyAction->setShortcut(QKeySequence(Qt::Key_S));
    m_saliencyAction->setCheckable(true);
    m_saliencyAction->setToolTip(tr("Overlay what the model looked at (Grad-CAM)"));
    connect(m_saliencyAction, &QAction::toggled, this, &MainWindow::setSaliencyVisible);
    m_projectActions << m_saliencyAction;
    review->addSeparator();
    QAction *check = review->addAction(tr("Check &Labels..."), this,
                                       &MainWindow::chooseAndCheckLabels);
    QAction *retrain = review->addAction(tr("Retrain from &Review"), this, [this] {
        showDashboard();
        m_dashboard->start();
    });
    m_projectActions << check << retrain;
    m_ownerActions << check << retrain;
    m_projectActions << review->addAction(tr("&Differential Count..."),
                                          QKeySequence(tr("Ctrl+Shift+C")), this,
                                          &MainWindow::showReport);
    createSharedActions(); // mainwindowshared.cpp: the Project menu
    createAgreementActions(review); // mainwindowagreement.cpp

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    // The guide shipped with the program (a resource), one window that stays open beside.
    help->addAction(tr("&User Guide"), QKeySequence::HelpContents, this, [this] {
        auto *guide = findChild<UserGuideDialog *>();
        if (!guide)
            guide = new UserGuideDialog(this);
        guide->show();
        guide->raise();
        guide->activateWindow();
    });
    help->addAction(tr("&Keyboard Shortcuts"), this, [this] {
        ShortcutsDialog dialog(this, this);
        dialog.exec();
    });
    help->addSeparator();
    help->addAction(tr("&About WBC Studio"), this, &MainWindow::showAbout)
        ->setMenuRole(QAction::AboutRole);

    updateRecentMenu();
}

void MainWindow::rebuildLabelActions()
{
    for (QAction *a : std::as_const(m_labelActions)) {
        m_projectActions.removeAll(a);
        m_editActions.removeAll(a);
        delete a;
    }
    m_labelActions.clear();
    qDeleteAll(m_offlineKeys);
    m_offlineKeys.clear();
    for (const LabelKey &k : labelKeys()) {
        const CellLabel label = k.label;
        auto *a = new QAction(label.isUnlabelled() ? tr("Clear Label")
                                                   : tr("Label as %1").arg(label.displayName()),
                              this);
        a->setShortcut(k.key);
        a->setShortcutContext(Qt::WindowShortcut);
        connect(a, &QAction::triggered, this, [this, label] { labelSelection(label); });
        addAction(a); // works whichever panel has focus
        m_labelActions.append(a);
        m_projectActions.append(a);
        m_editActions.append(a);
        // While labels cannot be saved (a shared project's server does not answer, the project
        // is read-only) the label action is off and this stand-in takes its key: it saves
        // nothing and points at the banner that says why.
        auto *offline = new QAction(a->text(), this);
        offline->setObjectName(QStringLiteral("offlineLabelKey")); // tst_shortcuts knows it
        offline->setShortcut(k.key);
        offline->setShortcutContext(Qt::WindowShortcut);
        offline->setEnabled(false);
        connect(offline, &QAction::triggered, this, &MainWindow::pointAtEditBanner);
        addAction(offline);
        m_offlineKeys.append(offline);
    }
    if (QMenu *menu = menuBar()->findChild<QMenu *>(QStringLiteral("labelMenu"))) {
        QAction *first = menu->actions().isEmpty() ? nullptr : menu->actions().first();
        menu->insertActions(first, m_labelActions);
    }
}

void MainWindow::updateActions()
{
    const bool open = m_store != nullptr;
    for (QAction *a : std::as_const(m_projectActions))
        a->setEnabled(open);
    updateSharedActions();
}

void MainWindow::updateWindowTitle()
{
    QStringList parts;
    if (m_store) {
        const QString project = m_store->isShared()
                                    ? tr("%1 as %2 (%3)")
                                          .arg(projectDisplayName(),
                                               m_store->userName(),
                                               projectRoleDisplayName(m_store->role()))
                                    : projectDisplayName();
        parts << (m_store->isReadOnly() ? tr("%1 (read-only)").arg(project) : project);
        const qint64 id = m_viewer->imageId();
        if (const auto image = id ? m_store->image(id) : std::nullopt)
            parts << QFileInfo(image->path).fileName();
    }
    parts << tr("WBC Studio"); // the application's name stays last
    setWindowTitle(parts.join(QStringLiteral(" \u2014 "))); // notr: an em dash, any language
}

void MainWindow::pointAtEditBanner()
{
    MessageBanner *banner = m_commands->isOffline() ? m_connectionBanner : m_readOnlyBanner;
    banner->flash();
    statusBar()->showMessage(banner->text(), 5000);
}

void MainWindow::detectCells()
{
    if (!m_store || isBusy())
        return;
    runProjectJob<ProjectDetectionReport>(
        this, m_task, tr("Detecting white cells"), m_store->path(),
        [](ProjectStore &store, const std::atomic_bool *cancel, auto progress) {
            ProjectDetection detection(store);
            detection.setCancelFlag(cancel);
            detection.setProgress(progress);
            return detection.run();
        },
        [this](const ProjectDetectionReport &r) {
            if (!r.fatalError.isEmpty())
                showError(r.fatalError);
            else
                statusBar()->showMessage(tr("Detection: %1 single, %2 with several cells, %3 "
                                            "without a white cell%4")
                                             .arg(r.single)
                                             .arg(r.multi)
                                             .arg(r.none)
                                             .arg(r.cancelled ? tr(" (cancelled)") : QString()),
                                         15000);
            if (m_store) {
                m_browser->reload();
                showCurrentImage();
                updateStatus();
            }
            Q_EMIT detectionFinished(r.fatalError.isEmpty());
        });
}

void MainWindow::updateStatus()
{
    if (!m_store) {
        m_statusCounts->setText(tr("No project open: File > Open Project or Import Folder"));
        return;
    }
    // A shared project's server gone: keep the last counts rather than zeros (the banner says).
    if (m_notifier && (m_commands->isOffline() || !m_notifier->checkConnection()))
        return;
    const ProjectStats s = m_store->stats();
    int multiFlagged = 0;
    for (const FlagRecord &f : m_store->effectiveFlags())
        multiFlagged += f.flag == CellCountFlag::Multi;
    m_statusCounts->setText(tr("%1 — %2 of %3 white cells labeled, %4 images (%5 with several "
                               "cells, %6 with no label yet)")
                                .arg(projectDisplayName())
                                .arg(s.cells - s.cellsUnlabelled)
                                .arg(s.cells)
                                .arg(s.images)
                                .arg(std::max(multiFlagged, s.multiCellLabeled))
                                .arg(s.unlabeled));
}

void MainWindow::showError(const QString &message)
{
    statusBar()->showMessage(message, 15000);
    if (QApplication::platformName() == u"offscreen") {
        qWarning("%s", qPrintable(message));
        return;
    }
    QMessageBox::warning(this, tr("WBC Studio"), message);
}

void MainWindow::showDashboard()
{
    m_dashboardDock->show();
    m_dashboardDock->raise();
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    const bool shared = m_store && m_store->isShared();
    const QString url = shared ? m_store->path() : QString();
    const QString imageFolder = shared ? PreferencesDialog::imageFolderFor(url) : QString();
    if (shared)
        dialog.setSharedProject(url, m_store->storedDatasetRoot(), m_store->userName());
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!shared)
        m_commands->setAuthor(PreferencesDialog::userName());
    rebuildLabelActions();
    m_legend->rebuild();
    updateActions();
    if (shared && m_store && PreferencesDialog::imageFolderFor(url) != imageFolder) {
        // The images are read from another folder now: every view reads their paths again.
        const QString folder = PreferencesDialog::imageFolderFor(url);
        m_store->setDatasetRoot(folder);
        SharedSession::setDatasetRoot(folder);
        reloadProjectViews();
        checkImagesFound();
    }
}

void MainWindow::showAbout()
{
    // The version comes from the CMake project version (WBC_VERSION, set in main()).
    QMessageBox::about(
        this,
        tr("About WBC Studio"),
        tr("<h3>WBC Studio %1</h3><p>Label white blood cells, train a classifier "
           "and count differentials.</p>"
           "<p>Built with:</p><ul>"
           "<li>Qt %2 &mdash; GNU LGPL version 3</li>"
           "<li>OpenCV %3 &mdash; Apache License 2.0</li>"
           "<li>LibTorch (PyTorch) &mdash; BSD 3-Clause License</li>"
           "<li>QCustomPlot &mdash; GNU GPL version 3</li></ul>"
           "<p>The BCCD blood cell images used for development and tests are not part of the "
           "program; see the BCCD dataset's own licence before redistributing them.</p>")
            .arg(QApplication::applicationVersion(),
                 QString::fromLatin1(qVersion()),
                 QString::fromLatin1(CV_VERSION)));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // While work runs: let it finish (then quit), stop it, or stay.
    if (!m_busyPrompt->mayLeave(BusyPrompt::Leaving::Quit, [this] { close(); })) {
        event->ignore();
        return;
    }
    kGeometry.setValue(saveGeometry());
    kState.setValue(saveState());
    m_task->cancel();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && event->mimeData()->urls().first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = event->mimeData()->urls().first().toLocalFile();
    event->acceptProposedAction();
    if (QFileInfo(path).isDir() && m_store)
        importFolder(path, m_store->path());
    else
        openPath(path);
}

} // namespace wbc
