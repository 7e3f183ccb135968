// ProjectStore: boxes, white cells, their labels and predictions, and the counts over them.

#include "project/projectstore.h"

#include "project/sqlsupport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace wbc {

using sql::nowText;
using sql::parseTime;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ProjectStore)
};

const char *kCellColumns = "id, image_id, kind, x, y, w, h, source, score, edited_by, edited_at";

CellRecord cellFromQuery(const QSqlQuery &q)
{
    CellRecord c;
    c.id = q.value(0).toLongLong();
    c.imageId = q.value(1).toLongLong();
    c.kind = parseCellKind(q.value(2).toString());
    c.box = QRect(q.value(3).toInt(), q.value(4).toInt(), q.value(5).toInt(), q.value(6).toInt());
    c.source = q.value(7).toString();
    c.score = q.value(8).toDouble();
    c.editedBy = q.value(9).toString();
    if (!q.value(10).isNull())
        c.editedAt = parseTime(q.value(10).toString());
    return c;
}

const char *kCellLabelColumns
    = "l.id, l.cell_id, c.image_id, l.label, l.origin, l.author, l.created_at, l.audit_id";

CellLabelRecord cellLabelFromQuery(const QSqlQuery &q)
{
    CellLabelRecord r;
    r.id = q.value(0).toLongLong();
    r.cellId = q.value(1).toLongLong();
    r.imageId = q.value(2).toLongLong();
    r.label = CellLabel::parse(q.value(3).toString()).value_or(CellLabel());
    r.origin = parseLabelOrigin(q.value(4).toString()).value_or(LabelOrigin::Key);
    r.author = q.value(5).toString();
    r.createdAt = parseTime(q.value(6).toString());
    r.auditId = q.value(7).toLongLong(); // NULL: 0
    return r;
}

// Label entries matching `where` (one bound id), oldest first.
QList<CellLabelRecord> cellLabelRows(const QSqlDatabase &db, const char *where, qint64 id)
{
    QList<CellLabelRecord> out;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM cell_labels l JOIN cells c ON c.id = l.cell_id "
                             "WHERE %2 ORDER BY l.id")
                  .arg(QLatin1String(kCellLabelColumns), QLatin1String(where)));
    q.addBindValue(id);
    if (q.exec()) {
        while (q.next())
            out.append(cellLabelFromQuery(q));
    }
    return out;
}

constexpr double kSameCellIou = 0.5;

// The white cells among an image's WBC boxes (see ProjectStore::whiteCells).
QList<CellRecord> dedupWhiteCells(const QList<CellRecord> &boxes, const QSet<qint64> &labelled)
{
    QList<CellRecord> kept;
    for (const CellRecord &c : boxes) {
        if (c.source != u"detected")
            kept.append(c);
    }
    for (const CellRecord &c : boxes) {
        if (c.source != u"detected")
            continue;
        const bool repeats = std::any_of(kept.cbegin(), kept.cend(), [&](const CellRecord &k) {
            return k.source != u"detected" && iou(k.box, c.box) >= kSameCellIou;
        });
        if (!repeats || labelled.contains(c.id))
            kept.append(c);
    }
    std::sort(kept.begin(), kept.end(), [](const CellRecord &a, const CellRecord &b) {
        return a.id < b.id;
    });
    return kept;
}

QString probabilitiesJson(const QList<QPair<CellClass, double>> &probabilities)
{
    QJsonArray a;
    for (const auto &[cls, p] : probabilities)
        a.append(QJsonArray{cellClassName(cls), p});
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QList<QPair<CellClass, double>> parseProbabilities(const QString &json)
{
    QList<QPair<CellClass, double>> out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonArray pair = v.toArray();
        if (const auto cls = parseCellClass(pair.at(0).toString()))
            out.append({*cls, pair.at(1).toDouble()});
    }
    return out;
}

} // namespace

// --- Boxes -------------------------------------------------------------------------------------

QList<CellRecord> ProjectStore::cells(qint64 imageId, const QString &source) const
{
    QList<CellRecord> out;
    QSqlQuery q(m_db);
    QString sql = QStringLiteral("SELECT %1 FROM cells WHERE image_id = ? AND deleted_at IS NULL")
                      .arg(QLatin1String(kCellColumns));
    if (!source.isEmpty())
        sql += QStringLiteral(" AND source = ?");
    q.prepare(sql + QStringLiteral(" ORDER BY id"));
    q.addBindValue(imageId);
    if (!source.isEmpty())
        q.addBindValue(source);
    if (!q.exec()) {
        fail(q.lastError().text());
        return out;
    }
    while (q.next())
        out.append(cellFromQuery(q));
    return out;
}

bool ProjectStore::replaceCells(qint64 imageId, const QString &source,
                                const QList<CellRecord> &cells)
{
    return transaction([&] {
        // Boxes of this source that carry a label history stay: they are cells someone named.
        QList<CellRecord> keep;
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT %1 FROM cells WHERE image_id = ? AND source = ? AND id IN "
                                 "(SELECT cell_id FROM cell_labels)")
                      .arg(QLatin1String(kCellColumns)));
        q.addBindValue(imageId);
        q.addBindValue(source);
        if (!q.exec())
            return fail(q.lastError().text());
        while (q.next())
            keep.append(cellFromQuery(q));
        QSqlQuery del(m_db);
        del.prepare(QStringLiteral("DELETE FROM cells WHERE image_id = ? AND source = ? AND id NOT "
                                   "IN (SELECT cell_id FROM cell_labels)"));
        del.addBindValue(imageId);
        del.addBindValue(source);
        if (!del.exec())
            return fail(del.lastError().text());
        QSqlQuery ins(m_db);
        ins.prepare(QStringLiteral("INSERT INTO cells (image_id, kind, x, y, w, h, source, score, "
                                   "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        const QString now = nowText();
        for (const CellRecord &c : cells) {
            const bool kept = std::any_of(keep.cbegin(), keep.cend(), [&](const CellRecord &k) {
                return k.kind == c.kind && iou(k.box, c.box) >= kSameCellIou;
            });
            if (kept)
                continue;
            ins.addBindValue(imageId);
            ins.addBindValue(cellKindName(c.kind));
            ins.addBindValue(c.box.x());
            ins.addBindValue(c.box.y());
            ins.addBindValue(c.box.width());
            ins.addBindValue(c.box.height());
            ins.addBindValue(source);
            ins.addBindValue(c.score);
            ins.addBindValue(now);
            if (!ins.exec())
                return fail(ins.lastError().text());
        }
        return true;
    });
}

std::optional<CellRecord> ProjectStore::cell(qint64 cellId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM cells WHERE id = ? AND deleted_at IS NULL")
                  .arg(QLatin1String(kCellColumns)));
    q.addBindValue(cellId);
    if (q.exec() && q.next())
        return cellFromQuery(q);
    return std::nullopt;
}

qint64 ProjectStore::addCell(const CellRecord &cell)
{
    qint64 id = 0;
    const bool committed = transaction([&] {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT INTO cells (image_id, kind, x, y, w, h, source, score, "
                                 "created_at, edited_by, edited_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
        const QString now = nowText();
        q.addBindValue(cell.imageId);
        q.addBindValue(cellKindName(cell.kind));
        q.addBindValue(cell.box.x());
        q.addBindValue(cell.box.y());
        q.addBindValue(cell.box.width());
        q.addBindValue(cell.box.height());
        q.addBindValue(cell.source);
        q.addBindValue(cell.score);
        q.addBindValue(now);
        const bool edited = !cell.editedBy.isEmpty();
        q.addBindValue(edited ? QVariant(cell.editedBy) : QVariant(QMetaType::fromType<QString>()));
        q.addBindValue(edited ? QVariant(now) : QVariant(QMetaType::fromType<QString>()));
        if (!q.exec())
            return fail(q.lastError().text());
        id = sql::insertedId(q);
        return true;
    });
    return committed ? id : 0;
}

bool ProjectStore::updateCell(const CellRecord &cell)
{
    return transaction([&] {
        QSqlQuery q(m_db);
        const bool edited = !cell.editedBy.isEmpty();
        q.prepare(QStringLiteral("UPDATE cells SET kind = ?, x = ?, y = ?, w = ?, h = ?, "
                                 "source = ?, score = ?%1 WHERE id = ?")
                      .arg(edited ? QStringLiteral(", edited_by = ?, edited_at = ?") : QString()));
        q.addBindValue(cellKindName(cell.kind));
        q.addBindValue(cell.box.x());
        q.addBindValue(cell.box.y());
        q.addBindValue(cell.box.width());
        q.addBindValue(cell.box.height());
        q.addBindValue(cell.source);
        q.addBindValue(cell.score);
        if (edited) {
            q.addBindValue(cell.editedBy);
            q.addBindValue(nowText());
        }
        q.addBindValue(cell.id);
        if (!q.exec())
            return fail(q.lastError().text());
        return q.numRowsAffected() == 1 || fail(QStringLiteral("no box %1").arg(cell.id));
    });
}

bool ProjectStore::deleteCell(qint64 cellId)
{
    return transaction([&] {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("UPDATE cells SET deleted_at = ? WHERE id = ?"));
        q.addBindValue(nowText());
        q.addBindValue(cellId);
        if (!q.exec())
            return fail(q.lastError().text());
        // No row: no such box, or (a shared project) one row-level security keeps this user
        // from changing. Either way nothing was deleted; never report success.
        return q.numRowsAffected() == 1
               || fail(Tr::tr("box %1: no such box, or not one you may change").arg(cellId));
    });
}

bool ProjectStore::restoreCell(qint64 cellId)
{
    return transaction([&] {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("UPDATE cells SET deleted_at = NULL WHERE id = ?"));
        q.addBindValue(cellId);
        if (!q.exec())
            return fail(q.lastError().text());
        return q.numRowsAffected() == 1 || fail(QStringLiteral("no box %1").arg(cellId));
    });
}

QList<qint64> ProjectStore::imagesOfCells(const QList<qint64> &cellIds) const
{
    constexpr qsizetype kPerQuery = 500; // ids are numbers we format: no injection, short SQL
    QList<qint64> images;
    QSet<qint64> seen;
    for (qsizetype i = 0; i < cellIds.size(); i += kPerQuery) {
        QStringList ids;
        for (qint64 id : cellIds.mid(i, kPerQuery))
            ids << QString::number(id);
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("SELECT DISTINCT image_id FROM cells WHERE id IN (%1)")
                        .arg(ids.join(u',')))) {
            fail(q.lastError().text());
            return images;
        }
        while (q.next()) {
            const qint64 imageId = q.value(0).toLongLong();
            if (!seen.contains(imageId)) {
                seen.insert(imageId);
                images.append(imageId);
            }
        }
    }
    return images;
}

// --- White cells -------------------------------------------------------------------------------

QList<CellRecord> ProjectStore::whiteCells(qint64 imageId) const
{
    QList<CellRecord> boxes;
    for (const CellRecord &c : cells(imageId)) {
        if (c.kind == CellKind::Wbc)
            boxes.append(c);
    }
    QSet<qint64> labelled;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT DISTINCT l.cell_id FROM cell_labels l JOIN cells c ON "
                             "c.id = l.cell_id WHERE c.image_id = ?"));
    q.addBindValue(imageId);
    if (q.exec()) {
        while (q.next())
            labelled.insert(q.value(0).toLongLong());
    }
    return dedupWhiteCells(boxes, labelled);
}

QHash<qint64, QList<CellRecord>> ProjectStore::whiteCellsByImage() const
{
    QHash<qint64, QList<CellRecord>> boxes;
    QSqlQuery q(m_db);
    sql::setForwardOnly(q);
    if (!q.exec(QStringLiteral("SELECT %1 FROM cells WHERE kind = 'WBC' AND deleted_at IS NULL "
                               "ORDER BY id")
                    .arg(QLatin1String(kCellColumns)))) {
        fail(q.lastError().text());
        return {};
    }
    while (q.next()) {
        const CellRecord c = cellFromQuery(q);
        boxes[c.imageId].append(c);
    }
    QSet<qint64> labelled;
    if (q.exec(QStringLiteral("SELECT DISTINCT cell_id FROM cell_labels"))) {
        while (q.next())
            labelled.insert(q.value(0).toLongLong());
    }
    for (auto it = boxes.begin(); it != boxes.end(); ++it)
        *it = dedupWhiteCells(*it, labelled);
    return boxes;
}

qint64 ProjectStore::ensureWholeFieldCell(qint64 imageId)
{
    for (const CellRecord &c : cells(imageId, QStringLiteral("field"))) {
        if (c.kind == CellKind::Wbc)
            return c.id;
    }
    const std::optional<ImageRecord> img = image(imageId);
    if (!img) {
        fail(Tr::tr("no image %1").arg(imageId));
        return 0;
    }
    CellRecord c;
    c.imageId = imageId;
    c.kind = CellKind::Wbc;
    c.box = QRect(0, 0, img->width, img->height);
    c.source = QStringLiteral("field");
    return addCell(c);
}

// --- Cell labels -------------------------------------------------------------------------------

bool ProjectStore::addCellLabel(qint64 cellId, const CellLabel &label, LabelOrigin origin,
                                const QString &author, qint64 auditId)
{
    return transaction([&] {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT INTO cell_labels (cell_id, label, origin, author, "
                                 "created_at, audit_id) VALUES (?, ?, ?, ?, ?, ?)"));
        q.addBindValue(cellId);
        q.addBindValue(label.isUnlabelled() ? QStringLiteral("") : label.name()); // NOT NULL
        q.addBindValue(labelOriginName(origin));
        q.addBindValue(author);
        q.addBindValue(nowText());
        q.addBindValue(auditId ? QVariant(auditId) : QVariant(QMetaType(QMetaType::LongLong)));
        return q.exec() || fail(q.lastError().text());
    });
}

namespace {

// A cell's current label: its newest adjudication, unless that withdrew the adjudication (an
// empty adjudication entry: undo), else its newest other entry. newestAdjudication and
// newestOther may be null.
std::optional<CellLabelRecord> currentOf(const CellLabelRecord *newestAdjudication,
                                         const CellLabelRecord *newestOther)
{
    if (newestAdjudication && (!newestAdjudication->label.isUnlabelled() || !newestOther))
        return *newestAdjudication;
    if (newestOther)
        return *newestOther;
    return std::nullopt;
}

} // namespace

std::optional<CellLabelRecord> ProjectStore::currentCellLabel(qint64 cellId) const
{
    const QList<CellLabelRecord> history = cellLabelRows(m_db, "l.cell_id = ?", cellId);
    const CellLabelRecord *adjudication = nullptr;
    const CellLabelRecord *other = nullptr;
    for (const CellLabelRecord &r : history)
        (r.origin == LabelOrigin::Adjudication ? adjudication : other) = &r;
    return currentOf(adjudication, other);
}

QHash<qint64, CellLabelRecord> ProjectStore::currentCellLabels() const
{
    QHash<qint64, CellLabelRecord> out;
    QSqlQuery q(m_db);
    sql::setForwardOnly(q);
    // Per cell its newest adjudication and its newest other entry; currentOf chooses.
    if (!q.exec(QStringLiteral("SELECT %1 FROM cell_labels l JOIN cells c ON c.id = l.cell_id "
                               "WHERE l.id IN (SELECT MAX(id) FROM cell_labels "
                               "GROUP BY cell_id, CASE WHEN origin = 'adjudication' THEN 1 ELSE 0 "
                               "END) ORDER BY l.id")
                    .arg(QLatin1String(kCellLabelColumns)))) {
        fail(q.lastError().text());
        return out;
    }
    QHash<qint64, CellLabelRecord> adjudications;
    while (q.next()) {
        const CellLabelRecord r = cellLabelFromQuery(q);
        (r.origin == LabelOrigin::Adjudication ? adjudications : out).insert(r.cellId, r);
    }
    for (auto it = adjudications.cbegin(); it != adjudications.cend(); ++it) {
        const auto other = out.constFind(it.key());
        out.insert(it.key(), *currentOf(&*it, other == out.cend() ? nullptr : &*other));
    }
    return out;
}

QList<CellLabelRecord> ProjectStore::cellLabelHistory(qint64 cellId) const
{
    return cellLabelRows(m_db, "l.cell_id = ?", cellId);
}

QList<CellLabelRecord> ProjectStore::imageCellLabelHistory(qint64 imageId) const
{
    return cellLabelRows(m_db, "c.image_id = ?", imageId);
}

QHash<qint64, QString> ProjectStore::unresolvedLabels() const
{
    QHash<qint64, QString> out;
    QSqlQuery q(m_db);
    sql::setForwardOnly(q);
    if (q.exec(QStringLiteral("SELECT image_id, unresolved_label FROM image_notes"))) {
        while (q.next())
            out.insert(q.value(0).toLongLong(), q.value(1).toString());
    }
    return out;
}

bool ProjectStore::setUnresolvedLabel(qint64 imageId, const QString &text)
{
    return transaction([&] {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("DELETE FROM image_notes WHERE image_id = ?"));
        q.addBindValue(imageId);
        if (!q.exec())
            return fail(q.lastError().text());
        if (text.isEmpty())
            return true;
        q.prepare(QStringLiteral("INSERT INTO image_notes (image_id, unresolved_label, created_at) "
                                 "VALUES (?, ?, ?)"));
        q.addBindValue(imageId);
        q.addBindValue(text);
        q.addBindValue(nowText());
        return q.exec() || fail(q.lastError().text());
    });
}

// --- Image labels, derived from the cells --------------------------------------------------------

namespace {

// One image's derived label from its white cells' current labels.
std::optional<LabelRecord> deriveImageLabel(qint64 imageId, const QList<CellRecord> &cells,
                                            const QHash<qint64, CellLabelRecord> &current)
{
    std::optional<LabelRecord> out;
    QList<CellClass> classes;
    const CellLabelRecord *newest = nullptr;
    for (const CellRecord &c : cells) {
        const auto it = current.constFind(c.id);
        if (it == current.cend())
            continue;
        if (const std::optional<CellClass> cls = it->label.cellClass())
            classes.append(*cls);
        if (!newest || it->id > newest->id)
            newest = &*it;
    }
    if (!newest)
        return out;
    LabelRecord r;
    r.id = newest->id;
    r.imageId = imageId;
    r.label = ImageLabel(classes);
    r.source = labelOriginName(newest->origin);
    r.author = newest->author;
    r.createdAt = newest->createdAt;
    out = r;
    return out;
}

} // namespace

std::optional<LabelRecord> ProjectStore::currentLabel(qint64 imageId) const
{
    QHash<qint64, CellLabelRecord> current;
    const QList<CellRecord> cellList = whiteCells(imageId);
    for (const CellRecord &c : cellList) {
        if (const auto l = currentCellLabel(c.id))
            current.insert(c.id, *l);
    }
    return deriveImageLabel(imageId, cellList, current);
}

QHash<qint64, LabelRecord> ProjectStore::currentLabels() const
{
    QHash<qint64, LabelRecord> out;
    const QHash<qint64, CellLabelRecord> current = currentCellLabels();
    const QHash<qint64, QList<CellRecord>> byImage = whiteCellsByImage();
    for (auto it = byImage.cbegin(); it != byImage.cend(); ++it) {
        if (const auto r = deriveImageLabel(it.key(), it.value(), current))
            out.insert(it.key(), *r);
    }
    return out;
}

QList<LabelRecord> ProjectStore::labelHistory(qint64 imageId) const
{
    QList<LabelRecord> out;
    for (const CellLabelRecord &l : imageCellLabelHistory(imageId)) {
        LabelRecord r;
        r.id = l.id;
        r.imageId = imageId;
        if (const std::optional<CellClass> cls = l.label.cellClass())
            r.label = ImageLabel({*cls});
        r.source = labelOriginName(l.origin);
        r.author = l.author;
        r.createdAt = l.createdAt;
        out.append(r);
    }
    return out;
}

bool ProjectStore::addLabel(qint64 imageId, const ImageLabel &label, const QString &source,
                            const QString &author)
{
    const LabelOrigin origin = parseLabelOrigin(source).value_or(LabelOrigin::Key);
    return transaction([&] {
        if (label.isMultiCell())
            return setUnresolvedLabel(imageId, label.toString());
        QList<CellRecord> targets = whiteCells(imageId);
        if (targets.isEmpty()) {
            if (label.isUnlabeled())
                return true;
            const qint64 id = ensureWholeFieldCell(imageId);
            if (id == 0)
                return false;
            targets = cells(imageId, QStringLiteral("field"));
        }
        const CellLabel cellLabel = label.single() ? CellLabel::ofClass(*label.single())
                                                   : CellLabel();
        for (const CellRecord &c : targets) {
            if (!addCellLabel(c.id, cellLabel, origin, author))
                return false;
        }
        return true;
    });
}

// --- Predictions -------------------------------------------------------------------------------

double PredictionRecord::confidence() const
{
    for (const auto &[cls, p] : probabilities) {
        if (cls == predicted)
            return p;
    }
    return 0.0;
}

bool ProjectStore::replacePredictions(qint64 modelId, const QList<PredictionRecord> &records)
{
    return transaction([&] {
        QSqlQuery delCell(m_db);
        delCell.prepare(QStringLiteral("DELETE FROM predictions WHERE model_id = ? AND cell_id = ?"));
        QSqlQuery delImage(m_db);
        delImage.prepare(QStringLiteral(
            "DELETE FROM predictions WHERE model_id = ? AND image_id = ? AND cell_id IS NULL"));
        QSqlQuery ins(m_db);
        ins.prepare(QStringLiteral("INSERT INTO predictions (image_id, cell_id, model_id, "
                                   "predicted, probabilities, created_at) "
                                   "VALUES (?, ?, ?, ?, ?, ?)"));
        const QString now = nowText();
        for (const PredictionRecord &r : records) {
            QSqlQuery &del = r.cellId > 0 ? delCell : delImage;
            del.addBindValue(modelId);
            del.addBindValue(r.cellId > 0 ? r.cellId : r.imageId);
            if (!del.exec())
                return fail(del.lastError().text());
            ins.addBindValue(r.imageId);
            ins.addBindValue(r.cellId > 0 ? QVariant(r.cellId)
                                          : QVariant(QMetaType::fromType<qint64>()));
            ins.addBindValue(modelId);
            ins.addBindValue(cellClassName(r.predicted));
            ins.addBindValue(probabilitiesJson(r.probabilities));
            ins.addBindValue(r.createdAt.isEmpty() ? now : r.createdAt);
            if (!ins.exec())
                return fail(ins.lastError().text());
        }
        return true;
    });
}

namespace {

QList<PredictionRecord> newestPredictions(const QSqlDatabase &db, qint64 modelId, bool perCell,
                                          QString *error)
{
    QList<PredictionRecord> out;
    QSqlQuery q(db);
    sql::setForwardOnly(q);
    q.prepare(QStringLiteral("SELECT id, image_id, cell_id, model_id, predicted, probabilities, "
                             "created_at FROM predictions WHERE id IN (SELECT MAX(id) FROM "
                             "predictions WHERE model_id = ? AND cell_id IS %1 GROUP BY %2)")
                  .arg(perCell ? QStringLiteral("NOT NULL") : QStringLiteral("NULL"),
                       perCell ? QStringLiteral("cell_id") : QStringLiteral("image_id")));
    q.addBindValue(modelId);
    if (!q.exec()) {
        *error = q.lastError().text();
        return out;
    }
    while (q.next()) {
        const std::optional<CellClass> cls = parseCellClass(q.value(4).toString());
        if (!cls)
            continue;
        PredictionRecord r;
        r.id = q.value(0).toLongLong();
        r.imageId = q.value(1).toLongLong();
        r.cellId = q.value(2).toLongLong();
        r.modelId = q.value(3).toLongLong();
        r.predicted = *cls;
        r.probabilities = parseProbabilities(q.value(5).toString());
        r.createdAt = q.value(6).toString();
        out.append(r);
    }
    return out;
}

} // namespace

QHash<qint64, PredictionRecord> ProjectStore::cellPredictions(qint64 modelId) const
{
    QHash<qint64, PredictionRecord> out;
    QString error;
    for (const PredictionRecord &r : newestPredictions(m_db, modelId, true, &error))
        out.insert(r.cellId, r);
    if (!error.isEmpty())
        fail(error);
    return out;
}

QHash<qint64, PredictionRecord> ProjectStore::predictions(qint64 modelId) const
{
    QHash<qint64, PredictionRecord> out;
    QString error;
    for (const PredictionRecord &r : newestPredictions(m_db, modelId, false, &error))
        out.insert(r.imageId, r);
    const QHash<qint64, PredictionRecord> byCell = cellPredictions(modelId);
    const QHash<qint64, QList<CellRecord>> cellsByImage = whiteCellsByImage();
    for (auto it = cellsByImage.cbegin(); it != cellsByImage.cend(); ++it) {
        const PredictionRecord *only = nullptr;
        int predicted = 0;
        for (const CellRecord &c : it.value()) {
            if (const auto p = byCell.constFind(c.id); p != byCell.cend()) {
                only = &*p;
                ++predicted;
            }
        }
        if (predicted == 1)
            out.insert(it.key(), *only);
        else if (predicted > 1)
            out.remove(it.key());
    }
    if (!error.isEmpty())
        fail(error);
    return out;
}

// --- Counts ------------------------------------------------------------------------------------

ProjectStats ProjectStore::stats() const
{
    ProjectStats s;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM images")) && q.next())
        s.images = q.value(0).toInt();
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM cells WHERE kind = 'WBC' AND source = "
                              "'annotation' AND deleted_at IS NULL"))
        && q.next())
        s.wbcBoxes = q.value(0).toInt();
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM slides")) && q.next())
        s.slides = q.value(0).toInt();
    const QHash<qint64, CellLabelRecord> current = currentCellLabels();
    const QHash<qint64, QList<CellRecord>> byImage = whiteCellsByImage();
    const QHash<qint64, QString> unresolved = unresolvedLabels();
    QSet<qint64> labelledImages;
    QHash<qint64, LabelRecord> derived;
    for (auto it = byImage.cbegin(); it != byImage.cend(); ++it) {
        for (const CellRecord &c : it.value()) {
            ++s.cells;
            const auto l = current.constFind(c.id);
            if (l == current.cend() || l->label.isUnlabelled())
                ++s.cellsUnlabelled;
            else
                ++s.cellsLabelled[l->label.name()];
        }
        if (const auto r = deriveImageLabel(it.key(), it.value(), current))
            derived.insert(it.key(), *r);
    }
    // An image is "multi-cell labelled" when its cells name several classes or its image-level
    // label could not be put on cells; "single" when its cells name exactly one.
    for (auto it = derived.cbegin(); it != derived.cend(); ++it) {
        if (unresolved.contains(it.key()))
            continue;
        if (it->label.isMultiCell())
            ++s.multiCellLabeled;
        else if (const auto cls = it->label.single())
            ++s.singleLabeled[*cls];
        if (!it->label.isUnlabeled())
            labelledImages.insert(it.key());
    }
    for (auto it = unresolved.cbegin(); it != unresolved.cend(); ++it) {
        ++s.multiCellLabeled;
        labelledImages.insert(it.key());
    }
    s.unlabeled = s.images - int(labelledImages.size());
    return s;
}

// --- For DatasetImporter ------------------------------------------------------------------------

QList<CellRecord> ProjectStore::deletedCells(qint64 imageId) const
{
    QList<CellRecord> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM cells WHERE image_id = ? AND deleted_at IS NOT NULL "
                             "ORDER BY id")
                  .arg(QLatin1String(kCellColumns)));
    q.addBindValue(imageId);
    if (!q.exec()) {
        fail(q.lastError().text());
        return out;
    }
    while (q.next())
        out.append(cellFromQuery(q));
    return out;
}

} // namespace wbc
