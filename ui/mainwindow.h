#pragma once

#include "base/cellclass.h"
#include "base/celllabel.h"
#include "detection/detectionevaluation.h"
#include "review/labelaudit.h"

#include <QMainWindow>
#include <QRect>

#include <memory>
#include <optional>

class QAction;
class QDockWidget;
class QTimer;
class QLabel;
class QMenu;
class QUndoStack;

namespace wbc {

class AdjudicationQueue; // mainwindowagreement.cpp
class AgreementDialog; // mainwindowagreement.cpp
class BusyPrompt;
class CellGalleryView; // mainwindowgallery.cpp
class CellViewer;
class LabelHistoryPanel;
class LabelLegend;
class MessageBanner; // mainwindowshared.cpp
class ProjectCommands;
class ProjectLock;
class ProjectNotifier; // mainwindowshared.cpp
class ProjectStore;
struct ProjectLocation; // mainwindowshared.cpp
class ReviewPanel;
class SaliencyService;
class SlideBrowser;
class SlideListDock; // mainwindowgallery.cpp
class SlideRegionPicker; // mainwindowslidescan.cpp
class SlideView; // mainwindowslide.cpp
struct ImageRecord;
class TaskProgress;
class TrainingDashboard;

// The application window: slide browser (dock), cell viewer (centre), key legend, label
// history and undo history (docks). Owns the open project's store, the undo stack and the
// command facade (GUI thread). Long work (import, detection) runs on worker threads with their
// own store connection and reports to the status bar, where it can be cancelled.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a project file, or a dataset folder through a project beside it (asks where when
    // the folder's parent is read-only).
    bool openPath(const QString &path);
    bool openProject(const QString &projectPath);
    // Opens the project of the last session, if it still exists.
    bool reopenLastProject();
    void closeProject();
    // File > Close Project: asks first while work runs (BusyPrompt), then closes.
    void requestCloseProject();
    // Imports a dataset folder into a project (created when missing) in the background.
    void importFolder(const QString &datasetDir, const QString &projectPath);
    // Runs the multi-cell detection over the open project in the background.
    void detectCells();
    // Labels the viewer's selected cells (an unlabelled CellLabel clears), or every white cell
    // of the browser's selected images when several are selected, and (Preferences) advances to
    // the next unlabeled cell of the field, then to the next field that needs labels. While the
    // review table has the focus, corrects its current cell instead.
    void labelSelection(const CellLabel &label);
    void setCurrentFlag(CellCountFlag flag);
    // Runs the active model over every image of the project in the background and stores the
    // predictions (review, uncertainty queue, badges in the browser).
    void predictImages();
    // Selects the unlabeled image the model is least sure of (the uncertainty queue's head).
    bool selectNextUncertain();
    void showReport();
    void showReview();
    void setSaliencyVisible(bool on);

    ProjectStore *store() const { return m_store.get(); }
    SlideBrowser *browser() const { return m_browser; }
    CellViewer *viewer() const { return m_viewer; }
    QUndoStack *undoStack() const { return m_undoStack; }
    LabelHistoryPanel *historyPanel() const { return m_history; }
    TrainingDashboard *dashboard() const { return m_dashboard; }
    ReviewPanel *review() const { return m_review; }
    SaliencyService *saliency() const { return m_saliency; }
    void showDashboard();
    bool isBusy() const;

    // Where a dataset folder's project lives: "<parent>/<folder>.wbc".
    static QString projectPathForFolder(const QString &datasetDir);

Q_SIGNALS:
    void importFinished(bool ok);
    void detectionFinished(bool ok);
    void predictionFinished(bool ok);
    void projectOpened(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createDocks();
    void createActions();
    void rebuildLabelActions();
    void updateRecentMenu();
    void addRecent(const QString &path);
    void updateActions();
    void updateStatus();
    void showCurrentImage();
    void onImageChanged(qint64 imageId);
    void showError(const QString &message);
    void newProject();
    void chooseAndOpenProject();
    void chooseAndImportFolder();
    void exportLabels(const QString &format);
    void showPreferences();
    void showAbout();
    void updateActiveModel();
    void showReviewCell(qint64 imageId, qint64 cellId);
    void advanceAfterLabel();
    // The legend, history and review follow the viewer's current cell.
    void showCellInfo();
    void requestSaliency();

    std::unique_ptr<ProjectLock> m_lock; // held while m_store is open, unless another has it
    std::unique_ptr<ProjectStore> m_store; // declared after m_lock: closed before it is released
    QUndoStack *m_undoStack;
    ProjectCommands *m_commands;
    SlideBrowser *m_browser = nullptr;
    CellViewer *m_viewer = nullptr;
    LabelLegend *m_legend = nullptr;
    LabelHistoryPanel *m_history = nullptr;
    TaskProgress *m_task = nullptr;
    BusyPrompt *m_busyPrompt = nullptr; // asks before quitting or leaving the project mid-job
    TrainingDashboard *m_dashboard = nullptr;
    QDockWidget *m_dashboardDock = nullptr;
    ReviewPanel *m_review = nullptr;
    QDockWidget *m_reviewDock = nullptr;
    SaliencyService *m_saliency = nullptr;
    QAction *m_saliencyAction = nullptr;
    QTimer *m_countsTimer = nullptr;
    QLabel *m_statusCounts = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QList<QAction *> m_labelActions;
    QList<QAction *> m_projectActions; // enabled only with an open project
    QAction *m_addBoxAction = nullptr;
    bool m_followingReview = false; // the viewer is moving to the review's current cell

    // Cell gallery and slide list (mainwindowgallery.cpp)
public:
    CellGalleryView *gallery() const { return m_gallery; }
    SlideListDock *slideList() const { return m_slideList; }
    void showGallery();

    // Moves the images selected in the browser (else the shown one) to a slide the user names.
    void moveSelectionToSlide();

private:
    void setupGalleryDocks();
    void setGalleryProject(ProjectStore *store);
    void openGalleryCell(qint64 imageId, qint64 cellId);
    CellGalleryView *m_gallery = nullptr;
    QDockWidget *m_galleryDock = nullptr;
    SlideListDock *m_slideList = nullptr;

    // Check labels (mainwindowaudit.cpp)
public:
    // Asks for the audit's task, folds and seed, then runs it (checkLabels(params)).
    void chooseAndCheckLabels();
    // Runs a label audit of the open project in the background (its own connection; progress
    // and Cancel in the status bar); when it finishes, the review shows its suspects queue.
    void checkLabels(const LabelAuditParams &params);

Q_SIGNALS:
    void auditFinished(bool ok);

    // Shared projects (mainwindowshared.cpp)
public:
    // Opens a shared project on a PostgreSQL server (its password, if any, kept in memory
    // only). When the server wants a password and none was given, asks for it.
    bool openSharedProject(const ProjectLocation &location);
    // File > Open Shared Project...
    void chooseAndOpenSharedProject();
    // The bar over the viewer while the server does not answer, and the one saying the images
    // are not on this computer.
    MessageBanner *connectionBanner() const { return m_connectionBanner; }
    MessageBanner *imagesBanner() const { return m_imagesBanner; }
    // The bar saying the open project is read-only (and who holds it), while it is.
    MessageBanner *readOnlyBanner() const { return m_readOnlyBanner; }
    ProjectNotifier *notifier() const { return m_notifier; }
    QAction *blindModeAction() const { return m_blindAction; }

private:
    void createSharedActions(); // the Project menu
    // Installs an opened store (a file's with its lock, or a shared one's with the password
    // that opened it) as the window's project.
    void installProject(std::unique_ptr<ProjectStore> store, std::unique_ptr<ProjectLock> lock,
                        const QString &password = {});
    void startSharedProject(const QString &password); // before the views read the store
    void stopSharedProject();
    void updateSharedActions(); // roles and the server's state (from updateActions)
    // "dev1 on db.lab" for a shared project, the file name for a file.
    QString projectDisplayName() const;
    // The one owner of the title: "project — image — WBC Studio" (mainwindow.cpp).
    void updateWindowTitle();
    // A label key where labels cannot be saved (offline, read-only): the banner, not a dialog.
    void pointAtEditBanner();
    void onCellsChanged(const QList<qint64> &cellIds);
    void onImagesChanged(const QList<qint64> &imageIds);
    void onConnectionLost(const QString &message);
    void onConnectionRestored();
    void onWriteFailed(const QString &message);
    void onWriteRefused(const QString &message);
    void reloadProjectViews();
    void checkImagesFound();
    void setBlindMode(bool on);
    ProjectNotifier *m_notifier = nullptr;
    MessageBanner *m_connectionBanner = nullptr;
    MessageBanner *m_imagesBanner = nullptr;
    MessageBanner *m_readOnlyBanner = nullptr;
    QLabel *m_statusUser = nullptr;
    QAction *m_blindAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QWidget *m_undoView = nullptr;
    QList<QAction *> m_ownerActions; // import, detect, train, predict, check labels, slides
    QList<QAction *> m_editActions; // label, flag and box edits: refused while offline
    QList<QAction *> m_offlineKeys; // the label keys while offline: they show the banner

    // Agreement and adjudication (mainwindowagreement.cpp)
public:
    AdjudicationQueue *adjudication() const { return m_adjudication; }
    // The open agreement dialog, or nullptr.
    AgreementDialog *agreementDialog() const;
    // Tools > Inter-annotator Agreement: a non-modal dialog over the open project's labels.
    void showAgreement();
    // Review > Adjudicate Disagreements (reviewers and owners): the queue's dock.
    void showAdjudication();
    // A confusion entry of the agreement dialog: those cells in the adjudication queue.
    void showAgreementCells(const QList<qint64> &cellIds, const QString &description);

private:
    // Called once from createActions(): the Tools menu, the Review menu's action, the dock.
    void createAgreementActions(QMenu *review);
    // The open project (nullptr: none) for the queue, the dialog and the action's state.
    void setAgreementProject(ProjectStore *store);
    void raiseAdjudication(); // shows the queue's dock, the viewer on its current cell
    AdjudicationQueue *m_adjudication = nullptr;
    QDockWidget *m_adjudicationDock = nullptr;
    QAction *m_adjudicateAction = nullptr;

    // Whole-slide images (mainwindowslide.cpp)
public:
    // The centre's viewer while the current image is a slide file (else hidden).
    SlideView *slideView() const { return m_slideView; }

private:
    void connectSlideView();
    // Shows a slide image in the slide view; false (and the field viewer back) for a field.
    bool showSlideImage(const std::optional<ImageRecord> &image);
    void refreshSlideView(qint64 imageId); // its cells or labels changed
    void labelSlideSelection(const CellLabel &label);
    void showSlideCellInfo();
    SlideView *m_slideView = nullptr;

    // Finding the white cells of slide files (mainwindowslidescan.cpp)
public:
    // Scans the slide shown in the slide view (continuing a cancelled scan, or again when it was
    // scanned: asks first), or every slide of the project not scanned completely yet, in the
    // background with progress, ETA and Cancel in the status bar. Stops after
    // slideScanMaxCells() white cells a slide (0: all). The shown slide's scan covers its
    // counting area when one is drawn; every slide's, the whole slide.
    void scanSlides(bool shownOnly);
    static int slideScanMaxCells();
    static void setSlideScanMaxCells(int maxCells);
    // Cells > Find White Cells on Slide: "Continue Finding White Cells" after a cancelled scan.
    QAction *scanSlideAction() const { return m_scanSlideAction; }
    QAction *scanAllSlidesAction() const { return m_scanAllSlidesAction; }
    // Cells > Draw Counting Area: drag a rectangle on the shown slide; its scan covers only that
    // (stored in the project per slide, level-0 pixels; unset: the whole slide).
    QAction *countingAreaAction() const { return m_countingAreaAction; }
    std::optional<QRect> slideCountingArea(qint64 imageId) const;
    bool setSlideCountingArea(qint64 imageId, const std::optional<QRect> &area);

Q_SIGNALS:
    void slideScanFinished(bool ok);

private:
    void createSlideScanActions(QMenu *cells); // from createActions()
    void updateSlideScanActions(); // their text for the shown slide's scan state
    QAction *m_scanSlideAction = nullptr;
    QAction *m_scanAllSlidesAction = nullptr;
    QAction *m_countingAreaAction = nullptr;
    QAction *m_clearCountingAreaAction = nullptr;
    SlideRegionPicker *m_regionPicker = nullptr;
    QList<QAction *> m_maxCellsActions;
};

} // namespace wbc
