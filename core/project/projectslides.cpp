// ProjectStore: slides (specimens) and the images they hold.

#include "project/projectstore.h"

#include "project/sqlsupport.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace wbc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ProjectStore)
};

const char *kSlideColumns = "id, name, specimen, collected_on, stain, notes";

SlideRecord slideFromQuery(const QSqlQuery &q)
{
    SlideRecord s;
    s.id = q.value(0).toLongLong();
    s.name = q.value(1).toString();
    s.specimen = q.value(2).toString();
    s.collectedOn = q.value(3).toString();
    s.stain = q.value(4).toString();
    s.notes = q.value(5).toString();
    return s;
}

} // namespace

QList<SlideRecord> ProjectStore::slides() const
{
    QList<SlideRecord> out;
    QSqlQuery q(m_db);
    sql::setForwardOnly(q);
    if (!q.exec(QStringLiteral("SELECT %1 FROM slides ORDER BY name")
                    .arg(QLatin1String(kSlideColumns)))) {
        fail(q.lastError().text());
        return out;
    }
    while (q.next())
        out.append(slideFromQuery(q));
    return out;
}

std::optional<SlideRecord> ProjectStore::slide(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM slides WHERE id = ?").arg(QLatin1String(kSlideColumns)));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return slideFromQuery(q);
    return std::nullopt;
}

std::optional<SlideRecord> ProjectStore::slideByName(const QString &name) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM slides WHERE name = ?")
                  .arg(QLatin1String(kSlideColumns)));
    q.addBindValue(name);
    if (q.exec() && q.next())
        return slideFromQuery(q);
    return std::nullopt;
}

qint64 ProjectStore::ensureSlide(const QString &name)
{
    if (const auto existing = slideByName(name))
        return existing->id;
    qint64 id = 0;
    const bool committed = transaction([&] {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT INTO slides (name, created_at) VALUES (?, ?) RETURNING id"));
        q.addBindValue(name);
        q.addBindValue(sql::nowText());
        if (!q.exec())
            return fail(q.lastError().text());
        id = sql::insertedId(q);
        return true;
    });
    return committed ? id : 0;
}

bool ProjectStore::updateSlide(const SlideRecord &slide)
{
    const QString name = slide.name.trimmed();
    if (name.isEmpty())
        return fail(Tr::tr("a slide needs a name"));
    if (const auto other = slideByName(name); other && other->id != slide.id)
        return fail(Tr::tr("there is already a slide named \"%1\"").arg(name));
    return transaction([&] {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("UPDATE slides SET name = ?, specimen = ?, collected_on = ?, "
                                 "stain = ?, notes = ? WHERE id = ?"));
        q.addBindValue(name);
        q.addBindValue(slide.specimen);
        q.addBindValue(slide.collectedOn);
        q.addBindValue(slide.stain);
        q.addBindValue(slide.notes);
        q.addBindValue(slide.id);
        if (!q.exec())
            return fail(q.lastError().text());
        return q.numRowsAffected() == 1 || fail(Tr::tr("no slide %1").arg(slide.id));
    });
}

bool ProjectStore::removeEmptySlides()
{
    return transaction([&] {
        QSqlQuery q(m_db);
        return q.exec(QStringLiteral("DELETE FROM slides WHERE id NOT IN (SELECT slide_id FROM "
                                     "images WHERE slide_id IS NOT NULL)"))
               || fail(q.lastError().text());
    });
}

QList<SlideSummary> ProjectStore::slideSummaries() const
{
    QList<SlideSummary> out;
    QHash<qint64, qsizetype> index;
    for (const SlideRecord &s : slides()) {
        index.insert(s.id, out.size());
        out.append({s, 0, 0, 0});
    }
    QHash<qint64, qint64> slideOfImage;
    QSqlQuery q(m_db);
    sql::setForwardOnly(q);
    if (q.exec(QStringLiteral("SELECT id, slide_id FROM images"))) {
        while (q.next()) {
            const qint64 slideId = q.value(1).toLongLong();
            slideOfImage.insert(q.value(0).toLongLong(), slideId);
            if (const auto it = index.constFind(slideId); it != index.cend())
                ++out[*it].images;
        }
    }
    const QHash<qint64, CellLabelRecord> labels = currentCellLabels();
    const QHash<qint64, QList<CellRecord>> cellsByImage = whiteCellsByImage();
    for (auto it = cellsByImage.cbegin(); it != cellsByImage.cend(); ++it) {
        const auto slideIt = index.constFind(slideOfImage.value(it.key()));
        if (slideIt == index.cend())
            continue;
        SlideSummary &summary = out[*slideIt];
        for (const CellRecord &c : it.value()) {
            ++summary.cells;
            const auto l = labels.constFind(c.id);
            if (l != labels.cend() && !l->label.isUnlabelled())
                ++summary.labelled;
        }
    }
    return out;
}

} // namespace wbc
