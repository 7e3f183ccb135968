#include "project/slidenaming.h"

namespace wbc {

QStringList slideNamesForFolders(const QList<QStringList> &folders)
{
    QStringList common = folders.isEmpty() ? QStringList() : folders.first();
    for (const QStringList &f : folders) {
        qsizetype n = 0;
        while (n < common.size() && n < f.size() && common.at(n) == f.at(n))
            ++n;
        common = common.mid(0, n);
    }
    QString rootName;
    for (qsizetype i = common.size() - 1; i >= 0 && rootName.isEmpty(); --i) {
        if (common.at(i) != u".." && common.at(i) != u".")
            rootName = common.at(i);
    }
    if (rootName.isEmpty())
        rootName = QStringLiteral("slide");
    QStringList names;
    names.reserve(folders.size());
    for (const QStringList &f : folders) {
        const QStringList rest = f.mid(common.size());
        names.append(rest.isEmpty() ? rootName : rest.join(u'/'));
    }
    return names;
}

} // namespace wbc
