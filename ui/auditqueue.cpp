#include "auditqueue.h"

#include <algorithm>

#include <QCoreApplication>
#include <QLocale>

namespace wbc {

namespace {

    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(AuditQueue)
    };

} // namespace

bool isAuditDecision(const std::optional<CellLabelRecord> &newest, const QDateTime &auditCreated)
{
    return newest && newest->createdAt > auditCreated
        && (newest->origin == LabelOrigin::Review || newest->origin == LabelOrigin::Audit);
}

QList<AuditCellRecord> openSuspects(const QList<AuditCellRecord> &suspects,
    const QDateTime &auditCreated,
    const QHash<qint64, CellLabelRecord> &current)
{
    QList<AuditCellRecord> out;
    for (const AuditCellRecord &c : suspects) {
        const auto l = current.constFind(c.cellId);
        const std::optional<CellLabelRecord> newest
            = l == current.cend() ? std::nullopt : std::optional<CellLabelRecord>(*l);
        if (!isAuditDecision(newest, auditCreated))
            out.append(c);
    }
    return out;
}

AuditQueue readAuditQueue(ProjectStore &store)
{
    AuditQueue queue;
    if (!store.isOpen())
        return queue;
    AuditHistory history(store);
    const qint64 id = history.latestFinished();
    const std::optional<AuditRunRecord> run = id ? history.run(id) : std::nullopt;
    if (!run)
        return queue;
    queue.auditId = run->id;
    queue.task = run->task;
    queue.folds = run->folds;
    queue.createdAt = run->createdAt;
    queue.finishedAt = run->finishedAt;
    queue.suspects = run->suspects();
    // A suspect whose box was deleted since the audit is left out (cell() skips deleted boxes).
    queue.all = history.cells(run->id).mid(0, queue.suspects);
    QHash<qint64, CellLabelRecord> current;
    QList<AuditCellRecord> alive;
    for (const AuditCellRecord &c : std::as_const(queue.all)) {
        if (!store.cell(c.cellId))
            continue; // deleted since
        if (const auto l = store.currentCellLabel(c.cellId))
            current.insert(c.cellId, *l);
        alive.append(c);
    }
    queue.open = openSuspects(alive, queue.createdAt, current);
    return queue;
}

QString auditClassDisplayName(const QString &name)
{
    const std::optional<CellClass> cls = parseCellClass(name);
    return cls ? cellClassDisplayName(*cls) : name;
}

QString probabilitiesText(const AuditCellRecord &cell)
{
    QList<QPair<QString, double>> sorted = cell.probabilities;
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) {
        return a.second > b.second;
    });
    QStringList parts;
    for (const auto &[name, p] : std::as_const(sorted))
        //: An out-of-fold probability: "Lymphocyte 91 %"
        parts.append(Tr::tr("%1 %2 %").arg(
            auditClassDisplayName(name), QLocale().toString(100.0 * p, 'f', 0)));
    return parts.join(QStringLiteral(", "));
}

} // namespace wbc
