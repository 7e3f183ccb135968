// MainWindow: shared projects on a PostgreSQL server — opening one, live updates from the other
// clients, a server that stops answering, the user's role and the image folder on this computer
// (the rest of the window is in mainwindow.cpp and its other parts).
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSignalBlocker>
#include <QStatusBar>
#include <QStringList>
#include <QTimer>
#include <QUndoStack>

#include "cellgalleryview.h"
#include "cellviewer.h"
#include "mainwindow.h"

#include "adjudicationqueue.h"
#include "busyprompt.h"
#include "messagebanner.h"
#include "opensharedprojectdialog.h"
#include "preferencesdialog.h"
#include "project/projectlock.h"
#include "project/projectnotifier.h"
#include "project/projectstore.h"
#include "projectcommands.h"
#include "reviewpanel.h"
#include "project/sharedsession.h"
#include "slidebrowser.h"
#include "slidelistdock.h"
#include "trainingdashboard.h"

namespace wbc {

namespace {

    // The server refused the connection for want of a (right) password.
    bool needsPassword(const QString &error)
    {
        return error.contains(u"no password supplied")
            || error.contains(u"password authentication failed");
    }

    QString firstLine(const QString &text)
    {
        const qsizetype nl = text.indexOf(u'\n');
        return (nl < 0 ? text : text.left(nl)).trimmed();
    }

    // An action's own tool and status tips, kept the first time they are replaced by why it is off.
    void setRefusal(QAction *action, const QString &why)
    {
        static const char kToolTip[] = "wbcToolTip";
        static const char kStatusTip[] = "wbcStatusTip";
        if (!action->property(kToolTip).isValid()) {
            action->setProperty(kToolTip, action->toolTip());
            action->setProperty(kStatusTip, action->statusTip());
        }
        action->setToolTip(why.isEmpty() ? action->property(kToolTip).toString() : why);
        action->setStatusTip(why.isEmpty() ? action->property(kStatusTip).toString() : why);
    }

} // namespace

void MainWindow::createSharedActions()
{
    QMenu *project = menuBar()->addMenu(tr("&Project"));
    project->setObjectName(QStringLiteral("projectMenu"));
    project->setToolTipsVisible(true);
    m_blindAction = project->addAction(tr("&Blind Mode"));
    m_blindAction->setObjectName(QStringLiteral("blindModeAction"));
    m_blindAction->setCheckable(true);
    m_blindAction->setStatusTip(
        tr("Annotators see only their own labels, so each labels "
           "independently of the others; reviewers and the owner see "
           "everyone's. The project's owner switches it (shared projects)."));
    m_blindAction->setToolTip(m_blindAction->statusTip());
    connect(m_blindAction, &QAction::triggered, this, &MainWindow::setBlindMode);
    QAction *members = project->addAction(tr("&Members..."), this, [this] {
        if (!m_store || !m_store->isShared())
            return;
        QStringList lines;
        for (const auto &[member, role] : m_store->members())
            lines << tr("%1: %2").arg(member.toHtmlEscaped(), projectRoleDisplayName(role));
        QMessageBox::information(this,
            tr("Project Members"),
            tr("<p>Who works on %1:</p><p>%2</p><p>The owner gives roles with <tt>wbc grant "
               "--project URL --user NAME --role annotator|reviewer|owner</tt>.</p>")
                .arg(projectDisplayName().toHtmlEscaped(), lines.join(QStringLiteral("<br>"))));
    });
    members->setObjectName(QStringLiteral("membersAction"));
    m_projectActions << members;

    connect(m_imagesBanner, &MessageBanner::actionTriggered, this, &MainWindow::showPreferences);
}

void MainWindow::chooseAndOpenSharedProject()
{
    OpenSharedProjectDialog dialog(this);
    if (m_store && m_store->isShared())
        dialog.setLocation(m_store->location());
    if (dialog.exec() == QDialog::Accepted)
        openSharedProject(dialog.location());
}

bool MainWindow::openSharedProject(const ProjectLocation &location)
{
    if (m_store
        && !m_busyPrompt->mayLeave(BusyPrompt::Leaving::Project,
                                   [this, location] { openSharedProject(location); }))
        return false; // asked first while work runs (busyprompt.h)
    ProjectLocation l = location;
    for (;;) {
        auto store = std::make_unique<ProjectStore>();
        QString error;
        QApplication::setOverrideCursor(Qt::WaitCursor); // connecting gives up after 5 s
        const bool opened = store->open(l, ProjectStore::OpenMode::OpenOrCreate, &error);
        QApplication::restoreOverrideCursor();
        if (opened) {
            installProject(std::move(store), nullptr, l.password);
            return true;
        }
        // PGPASSWORD and ~/.pgpass did not do: ask (never in a test run, which has no one to ask).
        if (!needsPassword(error) || QApplication::platformName() == u"offscreen") {
            showError(error);
            return false;
        }
        OpenSharedProjectDialog dialog(this);
        dialog.setLocation(l);
        dialog.setMessage(l.password.isEmpty()
                ? tr("The server asks %1 for a password.").arg(l.user.toHtmlEscaped())
                : tr("The server did not accept the password of %1.").arg(l.user.toHtmlEscaped()));
        dialog.focusPassword();
        if (dialog.exec() != QDialog::Accepted)
            return false;
        l = dialog.location();
    }
}

void MainWindow::startSharedProject(const QString &password)
{
    const QString url = m_store->path();
    const QString folder = PreferencesDialog::imageFolderFor(url);
    if (!folder.isEmpty())
        m_store->setDatasetRoot(folder);
    ProjectLocation withPassword = m_store->location();
    withPassword.password = password;
    SharedSession::set(withPassword, folder); // the background readers and jobs connect as we do

    m_notifier = new ProjectNotifier(m_store.get(), this);
    connect(m_notifier, &ProjectNotifier::cellsChanged, this, &MainWindow::onCellsChanged);
    connect(m_notifier, &ProjectNotifier::imagesChanged, this, &MainWindow::onImagesChanged);
    connect(m_notifier, &ProjectNotifier::connectionLost, this, &MainWindow::onConnectionLost);
    connect(
        m_notifier, &ProjectNotifier::connectionRestored, this, &MainWindow::onConnectionRestored);

    m_statusUser->setText(
        tr("%1 (%2)").arg(m_store->userName(), projectRoleDisplayName(m_store->role())));
    m_statusUser->setToolTip(tr("Connected to %1 as %2; the server records your labels under "
                                "this name")
                                 .arg(url, m_store->userName()));
    m_statusUser->show();
    const QSignalBlocker blocker(m_blindAction);
    m_blindAction->setChecked(m_store->blindMode());
    // Actions the role does not allow say why in their tool tips.
    for (QMenu *menu : menuBar()->findChildren<QMenu *>())
        menu->setToolTipsVisible(true);
}

void MainWindow::stopSharedProject()
{
    delete m_notifier;
    m_notifier = nullptr;
    SharedSession::clear();
    m_connectionBanner->hide();
    m_imagesBanner->hide();
    m_commands->setOffline(QString());
    m_statusUser->hide();
    const QSignalBlocker blocker(m_blindAction);
    m_blindAction->setChecked(false);
}

QString MainWindow::projectDisplayName() const
{
    if (!m_store)
        return QString();
    if (!m_store->isShared())
        return QFileInfo(m_store->path()).fileName();
    const ProjectLocation l = m_store->location();
    return l.host.isEmpty() ? l.database : tr("%1 on %2").arg(l.database, l.host);
}

void MainWindow::updateSharedActions()
{
    const bool open = m_store != nullptr;
    const ProjectRole role = open ? m_store->role() : ProjectRole::Owner; // a file's user owns it
    const bool owner = canManage(role);
    const bool reviewer = canReview(role);
    const bool offline = m_commands->isOffline();
    const QString roleName = projectRoleDisplayName(role);
    const QString ownerOnly
        = owner ? QString() : tr("The project's owner does this (you are %1 here)").arg(roleName);
    for (QAction *a : std::as_const(m_ownerActions)) {
        if (!owner)
            a->setEnabled(false);
        setRefusal(a, ownerOnly);
    }
    m_importAction->setEnabled(owner);
    setRefusal(m_importAction, ownerOnly);
    m_dashboard->setEnabled(owner);
    m_dashboard->setToolTip(owner ? QString()
                                  : tr("Training is the project owner's (you are %1 "
                                       "here)")
                                        .arg(roleName));
    m_review->setEnabled(reviewer);
    m_review->setToolTip(reviewer ? QString()
                                  : tr("Reviewing predictions is for reviewers and the owner "
                                       "(you are %1 here)")
                                        .arg(roleName));

    // Without the server nothing can be saved: edits are off, their keys show the banner, and
    // undo and redo wait (they write too). The same for a project open read-only.
    const bool readOnly = open && m_store->isReadOnly();
    for (QAction *a : std::as_const(m_editActions)) {
        if (offline || readOnly)
            a->setEnabled(false);
    }
    for (QAction *a : std::as_const(m_offlineKeys))
        a->setEnabled(open && (offline || readOnly));
    m_undoAction->setEnabled(!offline && m_undoStack->canUndo());
    m_redoAction->setEnabled(!offline && m_undoStack->canRedo());
    m_undoView->setEnabled(!offline);

    const bool shared = open && m_store->isShared();
    m_blindAction->setEnabled(shared && owner && !offline);
    if (shared && !owner)
        setRefusal(m_blindAction,
            tr("The project's owner switches blind mode (you are %1 here)").arg(roleName));
    else
        setRefusal(m_blindAction, QString());
    if (QAction *members = menuBar()->findChild<QAction *>(QStringLiteral("membersAction")))
        members->setEnabled(shared && !offline);
}

void MainWindow::onCellsChanged(const QList<qint64> &cellIds)
{
    if (!m_store || cellIds.isEmpty())
        return;
    // The images of those cells (deleted boxes too: they must leave the views); then the same
    // path as a label made here.
    const QList<qint64> images = m_store->imagesOfCells(cellIds);
    for (qint64 imageId : std::as_const(images))
        m_commands->notifyChanged(imageId);
}

void MainWindow::onImagesChanged(const QList<qint64> &imageIds)
{
    if (!m_store)
        return;
    for (qint64 imageId : imageIds)
        m_commands->notifyChanged(imageId);
}

void MainWindow::onConnectionLost(const QString &message)
{
    if (!m_store)
        return;
    const QString text = tr("The server %1 does not answer: labels are not being saved. "
                            "Reconnecting…")
                             .arg(m_store->path());
    m_connectionBanner->showMessage(text, MessageBanner::Kind::Error);
    m_connectionBanner->setToolTip(message);
    m_commands->setOffline(text);
    updateActions();
}

void MainWindow::onConnectionRestored()
{
    if (!m_store)
        return;
    m_connectionBanner->hide();
    m_commands->setOffline(QString());
    updateActions();
    // What others changed while we were away was not notified: read everything again.
    reloadProjectViews();
    statusBar()->showMessage(tr("Connected to %1 again").arg(m_store->path()), 8000);
}

void MainWindow::reloadProjectViews()
{
    if (!m_store)
        return;
    m_browser->reload();
    m_gallery->reload();
    m_slideList->refresh();
    m_review->reload();
    m_dashboard->refreshRuns();
    m_dashboard->refreshCounts();
    if (m_adjudicationDock && m_adjudicationDock->isVisible())
        m_adjudication->showAllDisagreements();
    updateActiveModel();
    showCurrentImage();
    updateStatus();
}

void MainWindow::onWriteFailed(const QString &message)
{
    if (!m_store || !m_store->isShared()) {
        showError(message);
        return;
    }
    // Shared: one line, never a dialog per key; the change was not recorded (ProjectCommands).
    statusBar()->showMessage(firstLine(message), 15000);
    if (message.contains(u"permission denied"))
        return;
    // The server may be gone: find out now rather than at the next keepalive (the banner).
    QTimer::singleShot(0, this, [this] {
        if (m_notifier)
            m_notifier->checkConnection();
    });
}

void MainWindow::onWriteRefused(const QString &message)
{
    if (m_commands->isOffline()) {
        pointAtEditBanner();
        return;
    }
    statusBar()->showMessage(firstLine(message), 10000);
}

void MainWindow::checkImagesFound()
{
    if (!m_store || !m_store->isShared()) {
        m_imagesBanner->hide();
        return;
    }
    const QList<ImageRecord> images = m_store->images();
    bool found = images.isEmpty();
    // A few images across the project: one found says the folder is right.
    for (qsizetype i : { qsizetype(0), images.size() / 2, images.size() - 1 }) {
        if (!found && i >= 0 && QFileInfo::exists(m_store->absolutePath(images.at(i))))
            found = true;
    }
    if (found) {
        m_imagesBanner->hide();
        return;
    }
    const QString folder = PreferencesDialog::imageFolderFor(m_store->path());
    m_imagesBanner->showMessage(folder.isEmpty()
            ? tr("The images of this project are not in %1 on this computer. If they are "
                 "somewhere else here (a file share mounted under another path), set that folder "
                 "in Edit > Preferences, \"Image folder on this computer\".")
                  .arg(QDir::toNativeSeparators(m_store->storedDatasetRoot()))
            : tr("The images of this project are not in %1, the image folder set for it in Edit "
                 "> Preferences.")
                  .arg(QDir::toNativeSeparators(folder)),
        MessageBanner::Kind::Warning);
    m_imagesBanner->setActionText(tr("Preferences..."));
}

void MainWindow::setBlindMode(bool on)
{
    if (!m_store)
        return;
    if (!m_store->setBlindMode(on)) {
        statusBar()->showMessage(firstLine(m_store->lastError()), 15000);
        const QSignalBlocker blocker(m_blindAction);
        m_blindAction->setChecked(m_store->blindMode());
        return;
    }
    statusBar()->showMessage(on ? tr("Blind mode is on: annotators now see only their own labels")
                                : tr("Blind mode is off: annotators see everyone's labels"),
        8000);
}

} // namespace wbc
