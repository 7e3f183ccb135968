// MainWindow: the project itself — opening a file, folder or shared project, the recent list,
// closing, importing a folder and exporting labels (the rest of the window is in mainwindow.cpp
// and its other parts).
#include "mainwindow.h"

#include "busyprompt.h"
#include "cellviewer.h"
#include "dialogfolder.h"
#include "dataset/datasetexporter.h"
#include "dataset/datasetfiles.h"
#include "dataset/datasetimporter.h"
#include "labelhistorypanel.h"
#include "messagebanner.h"
#include "preferencesdialog.h"
#include "projectcommands.h"
#include "projectjob.h"
#include "project/projectlock.h"
#include "project/projectnotifier.h"
#include "project/projectstore.h"
#include "project/sharedsession.h"
#include "reviewpanel.h"
#include "saliencyoverlay.h"
#include "setting.h"
#include "slidebrowser.h"
#include "taskprogress.h"
#include "trainingdashboard.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>
#include <QUndoStack>

namespace wbc {

namespace {

const Setting<QStringList> kRecent{"mainwindow/recentProjects"};
const Setting<QString> kLastProject{"mainwindow/lastProject"};
constexpr int kMaxRecent = 8;

} // namespace

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = kRecent.value();
    for (const QString &path : recent) {
        // A shared project by its URL (never with a password): "dev1 (ann1@db.lab)".
        const auto shared = ProjectLocation::looksLikeUrl(path) ? ProjectLocation::parse(path)
                                                                : std::nullopt;
        const QString text = shared ? tr("%1 (shared: %2@%3)")
                                          .arg(shared->database, shared->user, shared->host)
                                    : QFileInfo(path).fileName();
        m_recentMenu->addAction(text, this, [this, path] { openPath(path); })->setToolTip(path);
    }
    m_recentMenu->setToolTipsVisible(true);
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::addRecent(const QString &path)
{
    QStringList recent = kRecent.value();
    recent.removeAll(path);
    recent.prepend(path);
    kRecent.setValue(recent.mid(0, kMaxRecent));
    kLastProject.setValue(path);
    updateRecentMenu();
}

QString MainWindow::projectPathForFolder(const QString &datasetDir)
{
    const QFileInfo info(QDir(datasetDir).absolutePath());
    return info.absoluteDir().absoluteFilePath(info.fileName() + ProjectStore::kSuffix);
}

bool MainWindow::openPath(const QString &path)
{
    if (ProjectLocation::looksLikeUrl(path))
        return openProject(path); // a shared project
    const QFileInfo info(path);
    if (!info.exists()) {
        showError(tr("%1: no such file or folder").arg(path));
        return false;
    }
    if (!info.isDir()) {
        // An empty file would become a new project: only one named *.wbc may (notes.txt not).
        if (info.size() == 0 && !path.endsWith(ProjectStore::kSuffix)) {
            showError(tr("%1: not a WBC Studio project").arg(path));
            return false;
        }
        return openProject(path);
    }
    QString projectPath = projectPathForFolder(path);
    const QFileInfo projectInfo(projectPath);
    const bool writable = projectInfo.exists() ? projectInfo.isWritable()
                                               : QFileInfo(projectInfo.absolutePath()).isWritable();
    if (!writable) {
        projectPath = QFileDialog::getSaveFileName(
            this, tr("The folder is read-only: where should the project be saved?"),
            QDir::home().filePath(info.fileName() + ProjectStore::kSuffix),
            tr("WBC Studio projects (*.wbc)"));
        if (projectPath.isEmpty())
            return false;
    }
    importFolder(path, projectPath);
    return true;
}

bool MainWindow::openProject(const QString &projectPath)
{
    // Leaving the open project stops its training run: ask first while work runs.
    if (m_store
        && !m_busyPrompt->mayLeave(BusyPrompt::Leaving::Project,
                                   [this, projectPath] { openProject(projectPath); }))
        return false;
    if (ProjectLocation::looksLikeUrl(projectPath)) {
        QString error;
        const std::optional<ProjectLocation> location = ProjectLocation::parse(projectPath, &error);
        if (!location) {
            showError(error);
            return false;
        }
        return openSharedProject(*location);
    }
    // One writer per project: while another instance holds the lock, open read-only and say who
    // has it. A lock left by a crashed instance is taken over.
    auto lock = std::make_unique<ProjectLock>(projectPath);
    const ProjectLock::Result locked = lock->tryLock();
    const bool heldByOther = locked == ProjectLock::Result::HeldByOther;
    auto store = std::make_unique<ProjectStore>();
    QString error;
    if (!store->open(projectPath,
                     heldByOther ? ProjectStore::OpenMode::ReadOnly
                                 : ProjectStore::OpenMode::OpenOrCreate,
                     &error)) {
        showError(error);
        return false;
    }
    if (locked == ProjectLock::Result::HeldHere && m_lock
        && m_lock->lockFilePath() == lock->lockFilePath())
        lock = std::move(m_lock); // reopening this window's project: keep its lock
    installProject(std::move(store), std::move(lock)); // read-only: the banner says so
    return true;
}

void MainWindow::installProject(std::unique_ptr<ProjectStore> store,
                                std::unique_ptr<ProjectLock> lock,
                                const QString &password)
{
    closeProject();
    m_store = std::move(store);
    m_lock = std::move(lock);
    if (m_store->isShared())
        startSharedProject(password); // the image folder first: the views read image paths
    // On a shared project the server records who labelled: the connected user.
    m_commands->setStore(m_store.get(), m_store->isShared() ? m_store->userName()
                                                            : PreferencesDialog::userNameAskingOnce(this));
    m_browser->setProject(m_store.get());
    m_dashboard->setProject(m_store.get());
    m_review->setProject(m_store.get());
    updateActiveModel();
    if (m_store->isReadOnly()) {
        // One bar while it lasts, never a dialog per label key; the keys point at it.
        const bool held = m_lock && !m_lock->isLocked() && !m_lock->holder().isEmpty();
        const QString text = held ? tr("%1. It is open read-only here: labels cannot be changed.")
                                        .arg(m_lock->heldMessage())
                                  : tr("%1 is read-only: labels cannot be changed.")
                                        .arg(m_store->path());
        m_readOnlyBanner->showMessage(text, MessageBanner::Kind::Warning);
        statusBar()->showMessage(text);
    }
    addRecent(m_store->path());
    updateActions();
    updateStatus();
    if (!m_browser->selectImage(m_browser->currentImageId()))
        m_browser->selectNextUnlabeled();
    updateWindowTitle(); // also when no image is shown yet
    if (m_store->isShared())
        checkImagesFound();
    Q_EMIT projectOpened(m_store->path());
}

bool MainWindow::reopenLastProject()
{
    const QString last = kLastProject.value();
    return !last.isEmpty() && (ProjectLocation::looksLikeUrl(last) || QFileInfo(last).isFile())
           && openProject(last);
}

void MainWindow::closeProject()
{
    setGalleryProject(nullptr);
    setAgreementProject(nullptr);
    m_commands->setStore(nullptr, QString());
    m_browser->setProject(nullptr);
    m_dashboard->setProject(nullptr);
    m_review->setProject(nullptr);
    m_saliency->setModelPath(QString());
    m_viewer->showImage(0, QString(), {});
    showSlideImage(std::nullopt); // the field viewer back in the centre
    m_history->show(nullptr, 0);
    stopSharedProject(); // before the store it watches is closed
    m_store.reset();
    m_lock.reset(); // after the store is closed
    m_readOnlyBanner->hide();
    updateWindowTitle();
    updateActions();
    updateStatus();
}

void MainWindow::requestCloseProject()
{
    if (m_busyPrompt->mayLeave(BusyPrompt::Leaving::Project, [this] { closeProject(); }))
        closeProject();
}

bool MainWindow::isBusy() const
{
    return m_task->isRunning();
}

void MainWindow::importFolder(const QString &datasetDir, const QString &projectPath)
{
    if (isBusy()) {
        statusBar()->showMessage(tr("Wait for the running job to finish, or cancel it"), 5000);
        return;
    }
    // A folder without images: say so, and make no project (nor change the open one). Only
    // directory listings are read here.
    if (QFileInfo(datasetDir).isDir()
        && findDatasetFiles(DatasetLayout::of(datasetDir).root).images.isEmpty()) {
        showError(tr("No images found in %1: nothing was imported")
                      .arg(QDir::toNativeSeparators(datasetDir)));
        Q_EMIT importFinished(false);
        return;
    }
    const QString author = PreferencesDialog::userNameAskingOnce(this);
    runProjectJob<ImportReport>(
        this, m_task, tr("Importing %1").arg(QFileInfo(datasetDir).fileName()), projectPath,
        [datasetDir, author](ProjectStore &store, const std::atomic_bool *cancel, auto progress) {
            DatasetImporter importer(store, author);
            importer.setCancelFlag(cancel);
            importer.setProgress(progress);
            return importer.run(datasetDir);
        },
        [this, projectPath](const ImportReport &report) {
            if (!report.fatalError.isEmpty()) {
                showError(report.fatalError);
                Q_EMIT importFinished(false);
                return;
            }
            const bool same = m_store
                              && (m_store->path() == projectPath
                                  || (!m_store->isShared()
                                      && QFileInfo(m_store->path()) == QFileInfo(projectPath)));
            const bool ok = same ? (m_browser->reload(), true) : openProject(projectPath);
            updateStatus();
            statusBar()->showMessage(
                tr("Imported %1 new images (%2 already there, %3 skipped)%4")
                    .arg(report.imported)
                    .arg(report.unchanged)
                    .arg(report.skipped + report.duplicates)
                    .arg(report.problems.isEmpty()
                             ? QString()
                             : tr("; %n problem(s), the first: %1", nullptr,
                                  int(report.problems.size()))
                                   .arg(report.problems.first().toString())),
                15000);
            Q_EMIT importFinished(ok);
        });
}

void MainWindow::newProject()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New Project"),
                                                      dialogFolder(m_store.get()),
                                                      tr("WBC Studio projects (*.wbc)"));
    if (path.isEmpty())
        return;
    rememberDialogFolder(path);
    const QString withSuffix = path.endsWith(ProjectStore::kSuffix) ? path
                                                                     : path + ProjectStore::kSuffix;
    if (QFileInfo::exists(withSuffix)) {
        showError(tr("%1 already exists; open it with File > Open Project").arg(withSuffix));
        return;
    }
    openProject(withSuffix);
}

void MainWindow::chooseAndOpenProject()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Project"),
                                                      dialogFolder(m_store.get()),
                                                      tr("WBC Studio projects (*.wbc)"));
    rememberDialogFolder(path);
    if (!path.isEmpty())
        openProject(path);
}

void MainWindow::chooseAndImportFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Import Folder"),
                                                          dialogFolder(m_store.get()));
    if (dir.isEmpty())
        return;
    rememberDialogFolder(dir);
    if (m_store)
        importFolder(dir, m_store->path()); // into the open project
    else
        openPath(dir);
}

void MainWindow::exportLabels(const QString &format)
{
    if (!m_store)
        return;
    QString error;
    bool ok = false;
    if (format == u"csv") {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export Labels"), dialogPath(m_store.get(), QStringLiteral("labels.csv")),
            tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        rememberDialogFolder(path);
        const ExportReport r = DatasetExporter::exportLabels(*m_store, path);
        ok = r.ok();
        error = r.error;
    } else {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Export VOC Annotations"),
                                                              dialogFolder(m_store.get()));
        if (dir.isEmpty())
            return;
        rememberDialogFolder(dir);
        const ExportReport r = DatasetExporter::exportVoc(*m_store, dir);
        ok = r.ok();
        error = r.error;
    }
    if (!ok)
        showError(error);
    else
        statusBar()->showMessage(tr("Labels exported"), 5000);
}

} // namespace wbc
