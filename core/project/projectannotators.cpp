// ProjectStore: each annotator's latest label of each white cell (agreement, adjudication and
// the labels training uses; review/agreement.h).

#include <algorithm>

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include "project/projectstore.h"
#include "project/sqlsupport.h"

namespace wbc {

QList<AnnotatorLabel> ProjectStore::annotatorLabels() const
{
    QSet<qint64> white;
    const QHash<qint64, QList<CellRecord>> byImage = whiteCellsByImage();
    for (const QList<CellRecord> &cells : byImage) {
        for (const CellRecord &c : cells)
            white.insert(c.id);
    }
    QList<AnnotatorLabel> out;
    QSqlQuery q(m_db);
    sql::setForwardOnly(q);
    // Portable SQL (SQLite and PostgreSQL): no bare columns next to an aggregate.
    if (!q.exec(QStringLiteral("SELECT id, cell_id, author, label FROM cell_labels WHERE id IN "
                               "(SELECT MAX(id) FROM cell_labels WHERE origin <> 'adjudication' "
                               "GROUP BY cell_id, author)"))) {
        fail(q.lastError().text());
        return out;
    }
    while (q.next()) {
        AnnotatorLabel a;
        a.labelId = q.value(0).toLongLong();
        a.cellId = q.value(1).toLongLong();
        if (!white.contains(a.cellId))
            continue;
        a.annotator = q.value(2).toString();
        a.label = CellLabel::parse(q.value(3).toString()).value_or(CellLabel());
        out.append(a);
    }
    // Sorted here, not in SQL: PostgreSQL orders text by its locale, SQLite by bytes.
    std::sort(out.begin(), out.end(), [](const AnnotatorLabel &a, const AnnotatorLabel &b) {
        return a.cellId != b.cellId ? a.cellId < b.cellId : a.annotator < b.annotator;
    });
    return out;
}

} // namespace wbc
