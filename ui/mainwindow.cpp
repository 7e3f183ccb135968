#include "mainwindow.h"

#include "datasetimporter.h"
#include "projectstore.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTextBrowser>
#include <QtConcurrent/QtConcurrentRun>

namespace wbc {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_cancelFlag(std::make_shared<std::atomic_bool>(false))
{
    setWindowTitle(tr("WBC Studio"));
    setAcceptDrops(true);
    m_summary = new QTextBrowser(this);
    m_summary->setAccessibleName(tr("Project summary"));
    setCentralWidget(m_summary);

    m_statusCounts = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(240);
    m_progress->setVisible(false);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setVisible(false);
    connect(m_cancel, &QPushButton::clicked, this, [this] { m_cancelFlag->store(true); });
    statusBar()->addWidget(m_statusCounts, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);

    createActions();
    refreshSummary();
    resize(1100, 750);
}

MainWindow::~MainWindow()
{
    m_cancelFlag->store(true);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open Project..."), this, &MainWindow::chooseAndOpenProject);
    open->setShortcut(QKeySequence::Open);
    QAction *import = file->addAction(tr("&Import Folder..."), this,
                                      &MainWindow::chooseAndImportFolder);
    import->setShortcut(QKeySequence(tr("Ctrl+I")));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    // Some platforms (Windows, offscreen) have no standard Quit key; the brief promises Ctrl+Q.
    QList<QKeySequence> quitKeys = QKeySequence::keyBindings(QKeySequence::Quit);
    if (!quitKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Q)))
        quitKeys.append(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setShortcuts(quitKeys);
    quit->setShortcutContext(Qt::ApplicationShortcut);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About WBC Studio"), this, [this] {
        QMessageBox::about(this, tr("About WBC Studio"),
                           tr("<h3>WBC Studio %1</h3><p>Label white blood cells, train a "
                              "classifier and count differentials.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

QString MainWindow::projectPathForFolder(const QString &datasetDir)
{
    const QFileInfo info(QDir(datasetDir).absolutePath());
    return info.absoluteDir().absoluteFilePath(info.fileName() + ProjectStore::kSuffix);
}

bool MainWindow::openPath(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isDir())
        return openProject(path);
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
    auto store = std::make_unique<ProjectStore>();
    QString error;
    if (!store->open(projectPath, ProjectStore::OpenMode::OpenOrCreate, &error)) {
        showError(error);
        return false;
    }
    m_store = std::move(store);
    setWindowTitle(tr("%1 - WBC Studio").arg(QFileInfo(projectPath).fileName()));
    refreshSummary();
    return true;
}

void MainWindow::importFolder(const QString &datasetDir, const QString &projectPath)
{
    m_store.reset();
    m_cancelFlag->store(false);
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_cancel->setVisible(true);
    statusBar()->showMessage(tr("Importing %1...").arg(datasetDir));

    // The worker opens its own connection: a connection belongs to one thread.
    auto *watcher = new QFutureWatcher<ImportReport>(this);
    connect(watcher, &QFutureWatcher<ImportReport>::progressValueChanged, this, [this](int v) {
        m_progress->setValue(v);
    });
    connect(watcher, &QFutureWatcher<ImportReport>::progressRangeChanged, m_progress,
            &QProgressBar::setRange);
    connect(watcher, &QFutureWatcher<ImportReport>::finished, this, [=, this] {
        const ImportReport report = watcher->result();
        watcher->deleteLater();
        m_progress->setVisible(false);
        m_cancel->setVisible(false);
        statusBar()->clearMessage();
        const bool ok = report.fatalError.isEmpty() && openProject(projectPath);
        if (!report.fatalError.isEmpty())
            showError(report.fatalError);
        else if (!report.problems.isEmpty())
            statusBar()->showMessage(tr("Imported with %n problem(s)", nullptr,
                                        int(report.problems.size())),
                                     10000);
        Q_EMIT importFinished(ok);
    });
    const auto cancel = m_cancelFlag;
    watcher->setFuture(QtConcurrent::run([=](QPromise<ImportReport> &promise) {
        ProjectStore store;
        ImportReport report;
        if (!store.open(projectPath, ProjectStore::OpenMode::OpenOrCreate, &report.fatalError)) {
            promise.addResult(report);
            return;
        }
        DatasetImporter importer(store, currentUserName());
        importer.setCancelFlag(cancel.get());
        importer.setProgress([&](int done, int total) {
            promise.setProgressRange(0, total);
            promise.setProgressValue(done);
        });
        promise.addResult(importer.run(datasetDir));
    }));
}

void MainWindow::refreshSummary()
{
    if (!m_store) {
        m_summary->setHtml(tr("<h2>WBC Studio</h2><p>Open a project (Ctrl+O) or import a folder of "
                              "smear images (Ctrl+I). You can also drop a folder or project file "
                              "here.</p>"));
        m_statusCounts->setText(tr("No project"));
        return;
    }
    const ProjectStats s = m_store->stats();
    QString rows;
    for (CellClass cls : kAllCellClasses)
        rows += QStringLiteral("<tr><td>%1</td><td align=right>%2</td></tr>")
                    .arg(cellClassDisplayName(cls))
                    .arg(s.singleLabeled.value(cls));
    m_summary->setHtml(tr("<h2>%1</h2><table cellpadding=4>%2"
                          "<tr><td>Multi-cell</td><td align=right>%3</td></tr>"
                          "<tr><td>Unlabeled</td><td align=right>%4</td></tr>"
                          "<tr><td><b>Images</b></td><td align=right><b>%5</b></td></tr></table>")
                           .arg(QFileInfo(m_store->path()).fileName(), rows)
                           .arg(s.multiCellLabeled)
                           .arg(s.unlabeled)
                           .arg(s.images));
    m_statusCounts->setText(tr("%1: %2 labeled, %3 unlabeled, %4 multi-cell, %5 images")
                                .arg(QFileInfo(m_store->path()).fileName())
                                .arg(s.images - s.unlabeled)
                                .arg(s.unlabeled)
                                .arg(s.multiCellLabeled)
                                .arg(s.images));
}

void MainWindow::showError(const QString &message)
{
    if (QApplication::platformName() == u"offscreen") {
        qWarning("%s", qPrintable(message));
        statusBar()->showMessage(message);
        return;
    }
    QMessageBox::warning(this, tr("WBC Studio"), message);
}

void MainWindow::chooseAndOpenProject()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Project"), QString(),
                                                      tr("WBC Studio projects (*.wbc)"));
    if (!path.isEmpty())
        openProject(path);
}

void MainWindow::chooseAndImportFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Import Folder"));
    if (!dir.isEmpty())
        openPath(dir);
}

} // namespace wbc
