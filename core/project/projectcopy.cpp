#include "project/projectcopy.h"

#include "project/projectstore.h"
#include "project/sqlsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

namespace wbc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ProjectCopy)
};

// Rows a fresh project already has (its own meta keys) are not copied.
const QStringList kLocalMeta = {QStringLiteral("schema_version"),
                                QStringLiteral("pg_security_version"),
                                QStringLiteral("dataset_root")};

bool failWith(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

qint64 rowCount(const ProjectStore &store, const QString &table)
{
    QSqlQuery q(store.database());
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) && q.next())
        return q.value(0).toLongLong();
    return -1;
}

// A stored path (relative to `from`'s base) as `to` stores the same file.
QString rebased(const QDir &fromBase, const QDir &toBase, const QString &stored)
{
    if (stored.isEmpty())
        return stored;
    return toBase.relativeFilePath(QDir::cleanPath(fromBase.absoluteFilePath(stored)));
}

} // namespace

const QStringList &projectTables()
{
    static const QStringList tables = {
        QStringLiteral("meta"),       QStringLiteral("slides"),      QStringLiteral("images"),
        QStringLiteral("cells"),      QStringLiteral("labels"),      QStringLiteral("audit_runs"),
        QStringLiteral("cell_labels"), QStringLiteral("image_flags"), QStringLiteral("image_notes"),
        QStringLiteral("runs"),       QStringLiteral("run_epochs"),  QStringLiteral("models"),
        QStringLiteral("predictions"), QStringLiteral("audit_cells"), QStringLiteral("slide_files"),
        QStringLiteral("slide_scans"), QStringLiteral("cell_crops")};
    return tables;
}

bool copyProject(ProjectStore &from, ProjectStore &to, QString *error,
                 const std::function<void(const QString &, qint64)> &progress)
{
    if (from.schemaVersion() != to.schemaVersion())
        return failWith(error, Tr::tr("%1 is at schema %2, %3 at schema %4")
                                   .arg(from.path())
                                   .arg(from.schemaVersion())
                                   .arg(to.path())
                                   .arg(to.schemaVersion()));
    for (const QString &table : projectTables()) {
        if (table != u"meta" && rowCount(to, table) != 0)
            return failWith(error, Tr::tr("%1: not empty (table %2 has rows); copy into a new "
                                          "project")
                                       .arg(to.path(), table));
    }
    if (to.isShared() && !canManage(to.role()))
        return failWith(error, Tr::tr("%1: permission denied: only the project's owner can copy "
                                      "into it")
                                   .arg(to.path()));
    if (to.isShared()) {
        // The images stay where they are: the copy's dataset root is the source's folder.
        const QString root = from.baseDir().absolutePath();
        if (!to.setMeta(QStringLiteral("dataset_root"), root))
            return failWith(error, to.path() + QStringLiteral(": ") + to.lastError());
        to.setDatasetRoot(root);
    }
    // Read before copying: no other query may run on a connection while rows stream from it.
    const QDir fromBase = from.baseDir();
    const QDir toBase = to.baseDir();
    QString message;
    const bool ok = to.transaction([&] {
        QSqlQuery target(to.database());
        if (to.isShared()
            && !target.exec(QStringLiteral("SET LOCAL wbc.preserve_authors = 'on'"))) {
            message = target.lastError().text();
            return false;
        }
        for (const QString &table : projectTables()) {
            // The columns both have (a shared project has a few of its own, e.g. created_by).
            const QSqlRecord source = from.database().record(table);
            const QSqlRecord dest = to.database().record(table);
            QStringList columns;
            for (int i = 0; i < source.count(); ++i) {
                if (dest.indexOf(source.fieldName(i)) >= 0)
                    columns.append(source.fieldName(i));
            }
            QStringList marks(columns.size(), QStringLiteral("?"));
            target.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                               .arg(table, columns.join(QStringLiteral(", ")),
                                    marks.join(QStringLiteral(", "))));
            QSqlQuery rows(from.database());
            sql::setForwardOnly(rows);
            if (!rows.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY 1")
                               .arg(columns.join(QStringLiteral(", ")), table))) {
                message = table + QStringLiteral(": ") + rows.lastError().text();
                return false;
            }
            const int pathColumn = (table == u"images" || table == u"models")
                                       ? int(columns.indexOf(QStringLiteral("path")))
                                       : -1;
            qint64 n = 0;
            while (rows.next()) {
                if (table == u"meta" && kLocalMeta.contains(rows.value(0).toString()))
                    continue;
                for (int i = 0; i < columns.size(); ++i) {
                    QVariant v = rows.value(i);
                    if (i == pathColumn)
                        v = rebased(fromBase, toBase, v.toString());
                    target.addBindValue(v);
                }
                if (!target.exec()) {
                    message = Tr::tr("table %1, row %2: %3")
                                  .arg(table, rows.value(0).toString(), target.lastError().text());
                    return false;
                }
                ++n;
            }
            if (to.isShared() && table == u"cells") {
                // Who drew a box (annotators may edit only their own): a file records it as the
                // box's editor; other boxes belong to the owner copying them in.
                QSqlQuery drawn(to.database());
                if (!drawn.exec(QStringLiteral("UPDATE cells SET created_by = edited_by "
                                               "WHERE edited_by IS NOT NULL AND source = 'user'"))) {
                    message = table + QStringLiteral(": ") + drawn.lastError().text();
                    return false;
                }
            }
            if (to.isShared() && columns.contains(QStringLiteral("id")) && table != u"meta") {
                // Ids were given: move each identity past the copied rows.
                QSqlQuery seq(to.database());
                if (!seq.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                             "COALESCE(MAX(id), 0) + 1, false) FROM %1")
                                  .arg(table))) {
                    message = table + QStringLiteral(": ") + seq.lastError().text();
                    return false;
                }
            }
            if (progress)
                progress(table, n);
        }
        return true;
    });
    if (!ok)
        return failWith(error, Tr::tr("%1: copy failed, nothing copied: %2")
                                   .arg(to.path(), message.isEmpty() ? to.lastError() : message));
    return true;
}

} // namespace wbc
