#include "project/datasetroots.h"

#include <QSettings>
#include <QUrl>

namespace wbc {

namespace {

// The GUI's settings file, whichever program asks (the CLI's own is "wbc").
QSettings studioSettings()
{
    return QSettings(QSettings::UserScope, QStringLiteral("WBC Studio"), QStringLiteral("WBC Studio"));
}

QString keyFor(const QString &projectUrl)
{
    // A URL's slashes would make settings subgroups: one percent-encoded key per project.
    return QStringLiteral("sharedProjects/")
           + QString::fromLatin1(QUrl::toPercentEncoding(projectUrl))
           + QStringLiteral("/datasetRoot");
}

} // namespace

QString mappedDatasetRoot(const QString &projectUrl)
{
    const QString fromEnv = qEnvironmentVariable("WBC_DATASET_ROOT");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return datasetRootSetting(projectUrl);
}

QString datasetRootSetting(const QString &projectUrl)
{
    return studioSettings().value(keyFor(projectUrl)).toString();
}

void setMappedDatasetRoot(const QString &projectUrl, const QString &localPath)
{
    QSettings s = studioSettings();
    if (localPath.isEmpty())
        s.remove(keyFor(projectUrl));
    else
        s.setValue(keyFor(projectUrl), localPath);
}

} // namespace wbc
