#include "project/projectlock.h"

#include "project/projectlocation.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSysInfo>

namespace wbc {

namespace {

// The context of this file's messages (lupdate reads it from Q_DECLARE_TR_FUNCTIONS).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ProjectLock)
};

} // namespace

ProjectLock::ProjectLock(const QString &projectPath)
    : m_path(ProjectLocation::looksLikeUrl(projectPath) ? QString() : lockFilePathFor(projectPath))
    , m_lock(m_path)
    , m_shared(ProjectLocation::looksLikeUrl(projectPath))
{
    // Held for as long as the project is open: never stale by age, only when its process is gone.
    m_lock.setStaleLockTime(0);
}

ProjectLock::~ProjectLock() = default;

QString ProjectLock::lockFilePathFor(const QString &projectPath)
{
    return QFileInfo(projectPath).absoluteFilePath() + QStringLiteral(".lock");
}

ProjectLock::Result ProjectLock::tryLock()
{
    m_error.clear();
    if (m_shared) // a shared project: the server keeps concurrent writers consistent
        return Result::Locked;
    if (m_lock.isLocked() || m_lock.tryLock(0))
        return Result::Locked;
    switch (m_lock.error()) {
    case QLockFile::LockFailedError: {
        qint64 pid = 0;
        QString host;
        QString app;
        const bool here = m_lock.getLockInfo(&pid, &host, &app)
                          && pid == QCoreApplication::applicationPid()
                          && (host.isEmpty() || host == QSysInfo::machineHostName());
        return here ? Result::HeldHere : Result::HeldByOther;
    }
    case QLockFile::PermissionError:
        m_error = Tr::tr("%1: cannot create the lock file (no write permission)").arg(m_path);
        break;
    case QLockFile::NoError:
    case QLockFile::UnknownError:
        m_error = Tr::tr("%1: cannot create the lock file").arg(m_path);
        break;
    }
    return Result::Unavailable;
}

void ProjectLock::unlock()
{
    m_lock.unlock();
}

QString ProjectLock::holder() const
{
    qint64 pid = 0;
    QString host;
    QString app;
    if (!m_lock.getLockInfo(&pid, &host, &app))
        return {};
    return Tr::tr("process %1 (%2) on host %3")
        .arg(pid)
        .arg(app.isEmpty() ? Tr::tr("unknown program") : app,
             host.isEmpty() ? Tr::tr("unknown") : host);
}

QString ProjectLock::heldMessage() const
{
    const QString projectPath = m_path.chopped(5); // without ".lock"
    const QString who = holder();
    return who.isEmpty() ? Tr::tr("%1 is in use by another WBC Studio").arg(projectPath)
                         : Tr::tr("%1 is in use by %2").arg(projectPath, who);
}

} // namespace wbc
