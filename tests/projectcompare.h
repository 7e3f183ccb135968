#pragma once

#include <algorithm>
#include <optional>

#include <QDir>
#include <QList>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QStringList>
#include <QVariant>

#include "project/projectcopy.h"
#include "project/projectstore.h"

// Two projects compared table by table, row by row (tst_sharedcopy: the SQLite <-> PostgreSQL
// copy round trip).
namespace wbc::test {

// The columns a table's rows are ordered by (its key).
inline QStringList orderColumns(const QString &table)
{
    if (table == u"meta")
        return { QStringLiteral("key") };
    if (table == u"run_epochs")
        return { QStringLiteral("run_id"), QStringLiteral("epoch") };
    if (table == u"audit_cells")
        return { QStringLiteral("audit_id"), QStringLiteral("cell_id") };
    if (table == u"image_notes")
        return { QStringLiteral("image_id") };
    return { QStringLiteral("id") };
}

// Meta keys that belong to one copy, not to the project's content.
inline bool isLocalMeta(const QString &key)
{
    return key == u"pg_security_version" || key == u"dataset_root";
}

using TableRows = QList<QVariantList>;

// The rows of TABLE with COLUMNS, sorted by the table's key in C++ (PostgreSQL orders text by
// its collation, SQLite by bytes). Image and model paths are made absolute against the store's
// folder (baseDir), so they compare as the files they name.
inline std::optional<TableRows> readTable(
    const ProjectStore &store, const QString &table, const QStringList &columns, QString *error)
{
    QSqlQuery q(store.database());
    if (!q.exec(QStringLiteral("SELECT %1 FROM %2").arg(columns.join(u','), table))) {
        *error = store.path() + QStringLiteral(" ") + table + QStringLiteral(": ")
            + q.lastError().text();
        return std::nullopt;
    }
    const bool paths = table == u"images" || table == u"models";
    const qsizetype pathColumn = paths ? columns.indexOf(QStringLiteral("path")) : -1;
    const QDir base = store.baseDir();
    TableRows rows;
    while (q.next()) {
        QVariantList row;
        for (int i = 0; i < columns.size(); ++i) {
            QVariant v = q.value(i);
            if (i == pathColumn)
                v = QDir::cleanPath(base.absoluteFilePath(v.toString()));
            row.append(v);
        }
        if (table == u"meta" && isLocalMeta(row.at(0).toString()))
            continue;
        rows.append(row);
    }
    QList<int> keys;
    for (const QString &c : orderColumns(table))
        keys.append(int(columns.indexOf(c)));
    std::sort(rows.begin(), rows.end(), [&](const QVariantList &a, const QVariantList &b) {
        for (int k : keys) {
            bool na = false;
            bool nb = false;
            const qint64 x = a.at(k).toLongLong(&na);
            const qint64 y = b.at(k).toLongLong(&nb);
            if (na && nb && x != y)
                return x < y;
            if (!(na && nb) && a.at(k).toString() != b.at(k).toString())
                return a.at(k).toString() < b.at(k).toString();
        }
        return false;
    });
    return rows;
}

inline bool sameValue(const QVariant &a, const QVariant &b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    if (a.metaType().id() == QMetaType::Double || b.metaType().id() == QMetaType::Double)
        return a.toDouble() == b.toDouble();
    return a.toString() == b.toString();
}

// Every table copyProject copies, every column of `expected` (a shared project has a few of
// its own, e.g. cells.created_by), row by row; false and the first difference in *diff.
// *rows: how many rows were compared.
inline bool sameProject(
    const ProjectStore &expected, const ProjectStore &actual, QString *diff, qint64 *rows = nullptr)
{
    qint64 compared = 0;
    for (const QString &table : projectTables()) {
        const QSqlRecord record = expected.database().record(table);
        QStringList columns;
        for (int i = 0; i < record.count(); ++i)
            columns.append(record.fieldName(i));
        if (columns.isEmpty()) {
            *diff = expected.path() + QStringLiteral(": no table ") + table;
            return false;
        }
        const std::optional<TableRows> a = readTable(expected, table, columns, diff);
        const std::optional<TableRows> b
            = a ? readTable(actual, table, columns, diff) : std::nullopt;
        if (!a || !b)
            return false;
        if (a->size() != b->size()) {
            *diff = QStringLiteral("%1: %2 rows, the copy %3")
                        .arg(table)
                        .arg(a->size())
                        .arg(b->size());
            return false;
        }
        for (qsizetype r = 0; r < a->size(); ++r) {
            for (int c = 0; c < columns.size(); ++c) {
                if (!sameValue(a->at(r).at(c), b->at(r).at(c))) {
                    *diff = QStringLiteral("%1 row %2 (key %3), column %4: \"%5\" but the copy "
                                           "has \"%6\"")
                                .arg(table)
                                .arg(r)
                                .arg(a->at(r).at(0).toString(),
                                    columns.at(c),
                                    a->at(r).at(c).toString(),
                                    b->at(r).at(c).toString());
                    return false;
                }
            }
            ++compared;
        }
    }
    if (rows)
        *rows = compared;
    return true;
}

} // namespace wbc::test
