#pragma once

#include <QString>

#include "project/projectlocation.h"
#include "project/projectstore.h"

namespace wbc {

// What the window's background connections need to reach the open shared project as the person
// who opened it: the password typed in the Open Shared Project dialog (memory only: never in the
// settings, the URL or a file) and the folder on this computer that holds its images
// (Preferences). The main window sets it when a shared project opens and clears it when the
// project closes; jobs and readers on worker threads open their own store through open().
// Thread-safe (a mutex); one shared project per process at a time.
class SharedSession
{
public:
    // location: with its password, if any. datasetRoot: empty for the folder recorded at import.
    static void set(const ProjectLocation &location, const QString &datasetRoot);
    static void setDatasetRoot(const QString &datasetRoot);
    static void clear();

    // Opens a project file or URL like ProjectStore::open; for the session's URL with its
    // password, and with its image folder applied.
    static bool open(ProjectStore &store,
        const QString &pathOrUrl,
        ProjectStore::OpenMode mode,
        QString *error = nullptr);
};

} // namespace wbc
