#pragma once

#include <QString>

namespace wbc {

// Where this desk finds a shared project's images: the project stores image paths relative to
// its dataset root (the folder of its first import, on the lab's file share), and each desk maps
// that root to its own path (`\\server\smears` here, `/mnt/smears` there). Kept in the GUI's
// settings (Preferences, per project URL), so the GUI and `wbc` on one desk agree; the
// environment variable WBC_DATASET_ROOT overrides it (scripts, CI). ProjectStore applies it when
// it opens a shared project. Empty: no mapping (use the stored root).
QString mappedDatasetRoot(const QString &projectUrl);
// The Preferences value alone (no environment override): what the Preferences dialog shows.
QString datasetRootSetting(const QString &projectUrl);
void setMappedDatasetRoot(const QString &projectUrl, const QString &localPath);

} // namespace wbc
