#pragma once

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTextBrowser;

namespace wbc {

class ProjectStore;

// The application window. Owns the open project's store (GUI thread). Imports run on a worker
// thread with their own connection; the window stays responsive and shows progress.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a project file, or imports a dataset folder into a project beside it.
    bool openPath(const QString &path);
    bool openProject(const QString &projectPath);
    void importFolder(const QString &datasetDir, const QString &projectPath);
    ProjectStore *store() const { return m_store.get(); }

    // Where a dataset folder's project lives: "<parent>/<folder>.wbc".
    static QString projectPathForFolder(const QString &datasetDir);

Q_SIGNALS:
    void importFinished(bool ok);

private:
    void createActions();
    void refreshSummary();
    void showError(const QString &message);
    void chooseAndOpenProject();
    void chooseAndImportFolder();

    std::unique_ptr<ProjectStore> m_store;
    QTextBrowser *m_summary = nullptr;
    QLabel *m_statusCounts = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancelFlag;
};

} // namespace wbc
