// ProjectStore: whole-slide images, their scans and their cells' cached crops (schema 5).

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include "project/projectstore.h"
#include "project/sqlsupport.h"

namespace wbc {

namespace {

    SlideFileRecord slideFileFromQuery(const QSqlQuery &q)
    {
        SlideFileRecord r;
        r.imageId = q.value(0).toLongLong();
        r.vendor = q.value(1).toString();
        if (!q.value(2).isNull())
            r.micronsPerPixel = q.value(2).toDouble();
        r.levels = q.value(3).toInt();
        return r;
    }

    // Standard SQL has no upsert both engines spell alike before PostgreSQL 15's MERGE: delete,
    // then insert, in one transaction.
    bool replaceRow(QSqlDatabase db,
        const QString &table,
        const QString &key,
        qint64 id,
        const QString &insert,
        const QVariantList &values,
        QString *error)
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(table, key));
        q.addBindValue(id);
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
        q.prepare(insert);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
        return true;
    }

} // namespace

bool ProjectStore::addSlideFile(const SlideFileRecord &slide)
{
    return transaction([&] {
        QString error;
        const QVariant mpp = slide.micronsPerPixel ? QVariant(*slide.micronsPerPixel)
                                                   : QVariant(QMetaType(QMetaType::Double));
        return replaceRow(m_db,
                   QStringLiteral("slide_files"),
                   QStringLiteral("image_id"),
                   slide.imageId,
                   QStringLiteral("INSERT INTO slide_files (image_id, vendor, "
                                  "microns_per_pixel, levels) VALUES (?, ?, ?, ?)"),
                   { slide.imageId, slide.vendor, mpp, slide.levels },
                   &error)
            || fail(error);
    });
}

std::optional<SlideFileRecord> ProjectStore::slideFile(qint64 imageId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT image_id, vendor, microns_per_pixel, levels FROM slide_files "
                             "WHERE image_id = ?"));
    q.addBindValue(imageId);
    if (!q.exec()) {
        fail(q.lastError().text());
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return slideFileFromQuery(q);
}

QHash<qint64, SlideFileRecord> ProjectStore::slideFiles() const
{
    QHash<qint64, SlideFileRecord> out;
    QSqlQuery q(m_db);
    sql::setForwardOnly(q);
    if (!q.exec(QStringLiteral(
            "SELECT image_id, vendor, microns_per_pixel, levels FROM slide_files"))) {
        fail(q.lastError().text());
        return out;
    }
    while (q.next()) {
        const SlideFileRecord r = slideFileFromQuery(q);
        out.insert(r.imageId, r);
    }
    return out;
}

bool ProjectStore::setSlideScan(qint64 imageId, const QByteArray &state, bool complete)
{
    return transaction([&] {
        QString error;
        return replaceRow(m_db,
                   QStringLiteral("slide_scans"),
                   QStringLiteral("image_id"),
                   imageId,
                   QStringLiteral("INSERT INTO slide_scans (image_id, state, complete, "
                                  "updated_at) VALUES (?, ?, ?, ?)"),
                   { imageId, QString::fromUtf8(state), complete ? 1 : 0, sql::nowText() },
                   &error)
            || fail(error);
    });
}

QByteArray ProjectStore::slideScan(qint64 imageId, bool *complete) const
{
    if (complete)
        *complete = false;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT state, complete FROM slide_scans WHERE image_id = ?"));
    q.addBindValue(imageId);
    if (!q.exec()) {
        fail(q.lastError().text());
        return {};
    }
    if (!q.next())
        return {};
    if (complete)
        *complete = q.value(1).toInt() != 0;
    return q.value(0).toString().toUtf8();
}

bool ProjectStore::setCellCrop(const CellCropRecord &crop)
{
    return transaction([&] {
        QString error;
        return replaceRow(m_db,
                   QStringLiteral("cell_crops"),
                   QStringLiteral("cell_id"),
                   crop.cellId,
                   QStringLiteral("INSERT INTO cell_crops (cell_id, x, y, w, h, png) "
                                  "VALUES (?, ?, ?, ?, ?, ?)"),
                   { crop.cellId,
                       crop.rect.x(),
                       crop.rect.y(),
                       crop.rect.width(),
                       crop.rect.height(),
                       crop.png },
                   &error)
            || fail(error);
    });
}

QHash<qint64, CellCropRecord> ProjectStore::cellCrops(const QList<qint64> &cellIds) const
{
    QHash<qint64, CellCropRecord> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT cell_id, x, y, w, h, png FROM cell_crops WHERE cell_id = ?"));
    for (qint64 id : cellIds) {
        q.addBindValue(id);
        if (!q.exec()) {
            fail(q.lastError().text());
            return out;
        }
        if (q.next()) {
            CellCropRecord r;
            r.cellId = q.value(0).toLongLong();
            r.rect = QRect(
                q.value(1).toInt(), q.value(2).toInt(), q.value(3).toInt(), q.value(4).toInt());
            r.png = q.value(5).toByteArray();
            out.insert(r.cellId, r);
        }
        q.finish();
    }
    return out;
}

} // namespace wbc
