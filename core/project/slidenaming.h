#pragma once

#include <QList>
#include <QStringList>

namespace wbc {

// Names the slides of a set of image folders (each a list of path components, '/'-separated
// and without the dataset layout's "images" folder): a folder's slide is its path below the
// folders' common root; the root itself is named after its last component ("bccd"), or
// "slide" when it has none. Used by import and by the schema 2 -> 3 migration, so a project
// and its re-import name slides alike. Returns one name per folder, in order.
QStringList slideNamesForFolders(const QList<QStringList> &folders);

} // namespace wbc
