// The data step of schema 2 -> 3: image labels become cell labels, folders become slides.

#include "project/schema.h"

#include "base/celllabel.h"
#include "project/slidenaming.h"
#include "project/sqlsupport.h"

#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace wbc {

namespace {

bool failWith(const QSqlQuery &q, QString *error)
{
    *error = q.lastError().text();
    return false;
}

// The folder an image belongs to, '/'-separated, without a trailing "images" component (the
// dataset layout's image folder keeps its meaning).
QStringList slideFolder(const QString &storedPath)
{
    QStringList parts = QString(storedPath).replace(u'\\', u'/').split(u'/', Qt::SkipEmptyParts);
    if (!parts.isEmpty())
        parts.removeLast(); // the file name
    if (!parts.isEmpty() && parts.last().compare(u"images", Qt::CaseInsensitive) == 0)
        parts.removeLast();
    return parts;
}

struct LegacyImage
{
    qint64 id = 0;
    int width = 0;
    int height = 0;
    QStringList folder;
};

} // namespace

bool migrateImageLabelsToCells(QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    sql::setForwardOnly(q);
    QList<LegacyImage> images;
    if (!q.exec(QStringLiteral("SELECT id, path, width, height FROM images ORDER BY id")))
        return failWith(q, error);
    while (q.next())
        images.append({q.value(0).toLongLong(), q.value(2).toInt(), q.value(3).toInt(),
                       slideFolder(q.value(1).toString())});

    // Slides: one per folder, named by its path below the folders' common root.
    QList<QStringList> folders;
    for (const LegacyImage &img : images)
        folders.append(img.folder);
    const QStringList names = slideNamesForFolders(folders);
    QHash<QString, qint64> slideIds;
    QSqlQuery insSlide(db);
    insSlide.prepare(QStringLiteral("INSERT INTO slides (name, created_at) VALUES (?, ?) RETURNING id"));
    QSqlQuery setSlide(db);
    setSlide.prepare(QStringLiteral("UPDATE images SET slide_id = ? WHERE id = ?"));
    const QString now = sql::nowText();
    for (qsizetype i = 0; i < images.size(); ++i) {
        const QString &name = names.at(i);
        auto it = slideIds.find(name);
        if (it == slideIds.end()) {
            insSlide.addBindValue(name);
            insSlide.addBindValue(now);
            if (!insSlide.exec())
                return failWith(insSlide, error);
            it = slideIds.insert(name, sql::insertedId(insSlide));
        }
        setSlide.addBindValue(*it);
        setSlide.addBindValue(images.at(i).id);
        if (!setSlide.exec())
            return failWith(setSlide, error);
    }

    // White-cell boxes per image and source.
    QHash<qint64, QMap<QString, QList<qint64>>> boxes;
    if (!q.exec(QStringLiteral("SELECT id, image_id, source FROM cells WHERE kind = 'WBC' "
                               "ORDER BY id")))
        return failWith(q, error);
    while (q.next())
        boxes[q.value(1).toLongLong()][q.value(2).toString()].append(q.value(0).toLongLong());

    // Label histories per image, oldest first.
    struct Entry
    {
        QString label, source, author, createdAt;
    };
    QHash<qint64, QList<Entry>> histories;
    if (!q.exec(QStringLiteral("SELECT image_id, label, source, author, created_at FROM labels "
                               "ORDER BY id")))
        return failWith(q, error);
    while (q.next())
        histories[q.value(0).toLongLong()].append({q.value(1).toString(), q.value(2).toString(),
                                                   q.value(3).toString(), q.value(4).toString()});

    QSqlQuery insCell(db);
    insCell.prepare(QStringLiteral("INSERT INTO cells (image_id, kind, x, y, w, h, source, score, "
                                   "created_at) VALUES (?, 'WBC', 0, 0, ?, ?, 'field', 1.0, ?) RETURNING id"));
    QSqlQuery insLabel(db);
    insLabel.prepare(QStringLiteral("INSERT INTO cell_labels (cell_id, label, origin, author, "
                                    "created_at) VALUES (?, ?, ?, ?, ?)"));
    QSqlQuery insNote(db);
    insNote.prepare(QStringLiteral("INSERT INTO image_notes (image_id, unresolved_label, "
                                   "created_at) VALUES (?, ?, ?)"));
    QSqlQuery setPrediction(db);
    setPrediction.prepare(QStringLiteral("UPDATE predictions SET cell_id = ? WHERE image_id = ? "
                                         "AND cell_id IS NULL"));

    for (const LegacyImage &img : images) {
        // The image's cell: a person's box, else the annotation's, else the detector's.
        const QMap<QString, QList<qint64>> bySource = boxes.value(img.id);
        QList<qint64> candidates;
        for (const char *source : {"user", "annotation", "detected"}) {
            candidates = bySource.value(QLatin1String(source));
            if (!candidates.isEmpty())
                break;
        }
        const QList<Entry> history = histories.value(img.id);
        const QString latest = history.isEmpty() ? QString() : history.last().label;
        const bool latestIsOneClass = !latest.contains(u',');
        const bool needsNote = !latest.isEmpty()
                               && (!latestIsOneClass || candidates.size() > 1);
        if (needsNote) {
            insNote.addBindValue(img.id);
            insNote.addBindValue(latest);
            insNote.addBindValue(now);
            if (!insNote.exec())
                return failWith(insNote, error);
        }
        qint64 target = candidates.size() == 1 ? candidates.first() : 0;
        const bool labelled = !history.isEmpty() && latestIsOneClass && !needsNote;
        if (target == 0 && candidates.isEmpty() && labelled && !latest.isEmpty()) {
            // No box at all: the label becomes a whole-field cell, flagged by its source.
            insCell.addBindValue(img.id);
            insCell.addBindValue(img.width);
            insCell.addBindValue(img.height);
            insCell.addBindValue(now);
            if (!insCell.exec())
                return failWith(insCell, error);
            target = sql::insertedId(insCell);
        }
        if (target == 0)
            continue;
        if (labelled) {
            for (const Entry &e : history) {
                if (e.label.contains(u','))
                    continue; // a multi-cell entry stays in the image-level archive only
                const std::optional<CellLabel> label = CellLabel::parse(e.label);
                const std::optional<LabelOrigin> origin = parseLabelOrigin(e.source);
                insLabel.addBindValue(target);
                insLabel.addBindValue(label && !label->isUnlabelled() ? label->name() : QStringLiteral(""));
                insLabel.addBindValue(labelOriginName(origin.value_or(LabelOrigin::Key)));
                insLabel.addBindValue(e.author);
                insLabel.addBindValue(e.createdAt);
                if (!insLabel.exec())
                    return failWith(insLabel, error);
            }
        }
        setPrediction.addBindValue(target);
        setPrediction.addBindValue(img.id);
        if (!setPrediction.exec())
            return failWith(setPrediction, error);
    }
    return true;
}

} // namespace wbc
