#pragma once

#include <optional>

#include <QByteArray>
#include <QList>
#include <QRect>
#include <QString>
#include <QStringList>
#include <QTest>

#include "pgtestsupport.h"
#include "project/projectstore.h"

// What the tests of shared projects (tst_sharedstore, tst_sharedconcurrency, tst_sharedcopy)
// build on: databases of a test's own, a team project (one image of white cells; ann1..ann4
// annotators, rev1 reviewer) and small makers. Main thread only.
namespace wbc::test {

inline const QStringList &teamAnnotators()
{
    static const QStringList names = { "ann1", "ann2", "ann3", "ann4" };
    return names;
}

inline ImageRecord someImage(const QString &hash, const QString &path = {})
{
    ImageRecord r;
    r.path = path.isEmpty() ? "images/" + hash + ".png" : path;
    r.sha256 = hash;
    r.width = 640;
    r.height = 480;
    r.fileSize = 1234;
    return r;
}

// N annotated white-cell boxes on a grid, none overlapping.
inline QList<CellRecord> gridCells(int n)
{
    QList<CellRecord> cells;
    for (int i = 0; i < n; ++i) {
        CellRecord c;
        c.kind = CellKind::Wbc;
        c.box = QRect(5 + (i % 10) * 60, 5 + (i / 10) * 60, 40, 40);
        cells.append(c);
    }
    return cells;
}

inline QString joinIds(const QList<qint64> &ids)
{
    QStringList s;
    for (qint64 id : ids)
        s.append(QString::number(id));
    return s.join(',');
}

// A message of exactly one line (what "a one-line message" promises).
inline bool isOneLine(const QByteArray &text)
{
    const QByteArray t = text.trimmed();
    return !t.isEmpty() && !t.contains('\n');
}

inline bool openAs(
    ProjectStore &store, const QString &database, const QString &role, QString *error)
{
    return store.open(pgUrl(database, role), ProjectStore::OpenMode::OpenExisting, error);
}

// A shared project in DATABASE with one image of CELLS white cells (ids *cellIds), made by its
// owner (wbc_owner), who grants ann1..ann4 annotator and rev1 reviewer.
inline bool makeTeamProject(
    const QString &database, int cells, QList<qint64> *cellIds, QString *error)
{
    ProjectStore owner;
    if (!owner.open(pgUrl(database), ProjectStore::OpenMode::OpenOrCreate, error))
        return false;
    const qint64 image = owner.addImage(someImage("team"));
    if (image <= 0 || !owner.replaceCells(image, "annotation", gridCells(cells))) {
        *error = owner.lastError();
        return false;
    }
    cellIds->clear();
    for (const CellRecord &c : owner.whiteCells(image))
        cellIds->append(c.id);
    for (const QString &a : teamAnnotators()) {
        if (!owner.grantRole(a, ProjectRole::Annotator)) {
            *error = owner.lastError();
            return false;
        }
    }
    if (!owner.grantRole("rev1", ProjectRole::Reviewer)) {
        *error = owner.lastError();
        return false;
    }
    if (cellIds->size() != cells) {
        *error = QString("%1 cells made, %2 asked for").arg(cellIds->size()).arg(cells);
        return false;
    }
    return true;
}

// The databases a test made on the shared cluster; dropAll() (from cleanup()) removes them.
class TestDatabases
{
public:
    // A new, empty database owned by wbc_owner; empty (and a warning) when that fails.
    QString create(const QString &prefix)
    {
        QString error;
        const std::optional<QString> db = createPgDatabase(prefix, &error);
        if (!db) {
            qWarning("%s", qPrintable(error));
            return {};
        }
        m_names.append(*db);
        return *db;
    }

    void dropAll()
    {
        for (const QString &db : std::as_const(m_names)) {
            QString error;
            QVERIFY2(dropPgDatabase(db, &error), qPrintable(error));
        }
        m_names.clear();
    }

private:
    QStringList m_names;
};

} // namespace wbc::test
