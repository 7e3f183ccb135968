#pragma once

#include <optional>

#include <QDateTime>
#include <QHash>
#include <QList>

#include "project/audithistory.h"
#include "project/projectstore.h"

namespace wbc {

// The review queue of a label audit ("Check labels"): the suspects of the project's newest
// finished audit, worst first, less the ones already decided. A suspect is decided when its
// newest label entry is newer than the audit and is a review (its label kept) or an audit
// correction; an undo appends an "undo" entry, so an undone decision puts the cell back in the
// queue. Read with a few queries (the audit, its suspects, their cells' newest labels); any
// thread that owns the store.
struct AuditQueue
{
    qint64 auditId = 0; // 0: the project has no finished audit
    QString task; // "binary" / "four"
    int folds = 0;
    QDateTime createdAt;
    QDateTime finishedAt;
    int suspects = 0; // the audit's suspects, decided or not
    QList<AuditCellRecord> all; // every suspect of the audit, worst first
    QList<AuditCellRecord> open; // undecided suspects whose cell still exists, worst first

    bool isEmpty() const { return open.isEmpty(); }
};

bool isAuditDecision(const std::optional<CellLabelRecord> &newest, const QDateTime &auditCreated);

AuditQueue readAuditQueue(ProjectStore &store);
// The open suspects of one audit, given its cells' newest labels (currentCellLabels()).
QList<AuditCellRecord> openSuspects(const QList<AuditCellRecord> &suspects,
    const QDateTime &auditCreated,
    const QHash<qint64, CellLabelRecord> &current);

// "Lymphocyte 91 %, Neutrophil 6 %, ...": an audited cell's out-of-fold probabilities, most
// probable first, with display names.
QString probabilitiesText(const AuditCellRecord &cell);
// The display name of an audit class name ("NEUTROPHIL", "POLYNUCLEAR").
QString auditClassDisplayName(const QString &name);

} // namespace wbc
