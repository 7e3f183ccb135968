#pragma once

#include <QByteArrayView>
#include <QString>

namespace wbc {

// Replaces path with data atomically (QSaveFile): readers see the old file or the complete new
// one, never a part. A short write (full disk, file size limit) is caught before the commit;
// QSaveFile itself would rename a truncated temporary over the old file when a write only
// partly succeeds. On failure returns false, leaves path untouched and no temporary behind, and
// sets *error to the reason (without the file name). Any thread.
bool saveFileAtomically(const QString &path, QByteArrayView data, QString *error = nullptr);

} // namespace wbc
