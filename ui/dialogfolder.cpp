#include "dialogfolder.h"

#include <QDir>
#include <QFileInfo>

#include "project/projectstore.h"
#include "setting.h"

namespace wbc {

namespace {

const Setting<QString> kLastFolder { "dialogs/lastFolder" };

} // namespace

QString dialogFolder(const ProjectStore *store)
{
    if (store && store->isOpen() && !store->isShared()) {
        const QFileInfo project(store->path());
        if (project.absoluteDir().exists())
            return project.absolutePath();
    }
    const QString last = kLastFolder.value();
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    return QDir::homePath();
}

QString dialogPath(const ProjectStore *store, const QString &fileName)
{
    return QDir(dialogFolder(store)).filePath(fileName);
}

void rememberDialogFolder(const QString &chosen)
{
    if (chosen.isEmpty())
        return;
    const QFileInfo info(chosen);
    kLastFolder.setValue(info.isDir() ? info.absoluteFilePath() : info.absolutePath());
}

} // namespace wbc
