#pragma once

#include "base/cellclass.h"
#include "base/celllabel.h"
#include "detection/detectionevaluation.h"
#include "review/labelaudit.h"

#include <QMainWindow>

#include <memory>
#include <optional>

class QAction;
class QDockWidget;
class QTimer;
class QLabel;
class QMenu;
class QUndoStack;

namespace wbc {

class CellGalleryView; // mainwindowgallery.cpp
class CellViewer;
class LabelHistoryPanel;
class LabelLegend;
class ProjectCommands;
class ProjectLock;
class ProjectStore;
class ReviewPanel;
class SaliencyService;
class SlideBrowser;
class SlideListDock; // mainwindowgallery.cpp
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
};

} // namespace wbc
