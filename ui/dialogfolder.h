#pragma once

#include <QString>

namespace wbc {

class ProjectStore;

// Where the file dialogs open: the open project's folder (a project file's), else the folder last
// chosen in one of them, else the home folder; never the folder the program was started from.
// GUI thread.
QString dialogFolder(const ProjectStore *store);
// fileName in dialogFolder(store): the suggested name of a save dialog.
QString dialogPath(const ProjectStore *store, const QString &fileName);
// Remembers the folder of what the user chose (a file or a folder) for the next dialog.
void rememberDialogFolder(const QString &chosen);

} // namespace wbc
