#include "project/sharedsession.h"

#include <QMutex>
#include <QMutexLocker>

namespace wbc {

namespace {

    struct Session
    {
        QMutex mutex;
        ProjectLocation location; // with the password
        QString datasetRoot;
        bool active = false;
    };

    Session &session()
    {
        static Session s;
        return s;
    }

} // namespace

void SharedSession::set(const ProjectLocation &location, const QString &datasetRoot)
{
    Session &s = session();
    const QMutexLocker lock(&s.mutex);
    s.location = location;
    s.datasetRoot = datasetRoot;
    s.active = location.isShared();
}

void SharedSession::setDatasetRoot(const QString &datasetRoot)
{
    Session &s = session();
    const QMutexLocker lock(&s.mutex);
    s.datasetRoot = datasetRoot;
}

void SharedSession::clear()
{
    Session &s = session();
    const QMutexLocker lock(&s.mutex);
    s.location = ProjectLocation();
    s.datasetRoot.clear();
    s.active = false;
}

bool SharedSession::open(
    ProjectStore &store, const QString &pathOrUrl, ProjectStore::OpenMode mode, QString *error)
{
    ProjectLocation location;
    QString datasetRoot;
    bool mine = false;
    {
        Session &s = session();
        const QMutexLocker lock(&s.mutex);
        mine = s.active && s.location.url() == pathOrUrl;
        if (mine) {
            location = s.location;
            datasetRoot = s.datasetRoot;
        }
    }
    if (!mine)
        return store.open(pathOrUrl, mode, error);
    if (!store.open(location, mode, error))
        return false;
    if (!datasetRoot.isEmpty())
        store.setDatasetRoot(datasetRoot);
    return true;
}

} // namespace wbc
