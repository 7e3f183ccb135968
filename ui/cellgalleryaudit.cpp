// CellGalleryModel: the "Suspected label errors" filter of a label check (the rest of the model
// is in cellgallerymodel.cpp).
#include "cellgallerymodel.h"

#include <algorithm>
#include <climits>

#include <QMap>
#include <QUndoStack>

#include "projectcommands.h"

namespace wbc {

const AuditCellRecord *CellGalleryModel::suspect(qint64 cellId) const
{
    const auto it = m_openSuspects.constFind(cellId);
    return it == m_openSuspects.cend() ? nullptr : &*it;
}

QString CellGalleryModel::suspectToolTip(const AuditCellRecord &s) const
{
    return tr("Suspected label error %1 of %2: suggested %3\nOut-of-fold probabilities: %4")
        .arg(s.rank)
        .arg(m_audit.suspects)
        .arg(auditClassDisplayName(s.suggested), probabilitiesText(s));
}

void CellGalleryModel::sortSuspectGroups()
{
    for (Group &g : m_groups) {
        std::stable_sort(g.rows.begin(), g.rows.end(), [this](int a, int b) {
            const AuditCellRecord *sa = suspect(m_cells.at(a).cell.id);
            const AuditCellRecord *sb = suspect(m_cells.at(b).cell.id);
            return (sa ? sa->rank : INT_MAX) < (sb ? sb->rank : INT_MAX);
        });
    }
    m_rowOfCell.clear();
    for (int g = 0; g < m_groups.size(); ++g) {
        const QList<int> &rows = m_groups.at(g).rows;
        for (int r = 0; r < rows.size(); ++r)
            m_rowOfCell.insert(m_cells.at(rows.at(r)).cell.id, { g, r });
    }
}

void CellGalleryModel::updateSuspects(const QList<qint64> &imageIds)
{
    if (!m_store || !m_audit.auditId)
        return;
    for (const AuditCellRecord &c : std::as_const(m_audit.all)) {
        if (!imageIds.contains(c.imageId))
            continue;
        const bool open = m_positionOfCell.contains(c.cellId)
            && !isAuditDecision(m_store->currentCellLabel(c.cellId), m_audit.createdAt);
        if (open)
            m_openSuspects.insert(c.cellId, c);
        else
            m_openSuspects.remove(c.cellId);
        if (m_filter != GalleryFilter::Suspects)
            continue;
        const int position = m_positionOfCell.value(c.cellId, -1);
        if (open && position >= 0 && passesFilter(m_cells.at(position)))
            m_shown.insert(c.cellId);
        else
            m_shown.remove(c.cellId);
    }
}

bool CellGalleryModel::keepSuspectLabels(const QList<qint64> &cellIds)
{
    if (!m_commands || !m_store || m_store->isReadOnly() || !m_audit.auditId)
        return false;
    QMap<QString, QList<qint64>> byLabel; // by CellLabel::name()
    QHash<QString, CellLabel> labels;
    for (qint64 id : cellIds) {
        const auto it = m_positionOfCell.constFind(id);
        if (it == m_positionOfCell.cend() || m_cells.at(*it).label.isUnlabelled())
            continue;
        const CellLabel label = m_cells.at(*it).label;
        byLabel[label.name()].append(id);
        labels.insert(label.name(), label);
    }
    if (byLabel.isEmpty())
        return false;
    QUndoStack *stack = m_commands->undoStack();
    if (byLabel.size() > 1)
        stack->beginMacro(tr("Keep %n label(s)", nullptr, int(cellIds.size())));
    bool ok = true;
    m_applyingOwnLabels = true;
    for (auto it = byLabel.cbegin(); it != byLabel.cend(); ++it)
        ok = m_commands->setCellLabel(it.value(), labels.value(it.key()), LabelOrigin::Review,
                                      m_audit.auditId)
            && ok;
    m_applyingOwnLabels = false;
    if (byLabel.size() > 1)
        stack->endMacro();
    markDirty(cellIds); // flushRefresh re-reads the cells and takes the decided ones out
    flushRefresh();
    return ok;
}

bool CellGalleryModel::correctSuspects(const QList<qint64> &cellIds, const CellLabel &label)
{
    if (!m_commands || !m_store || m_store->isReadOnly() || !m_audit.auditId)
        return false;
    QList<qint64> keep;
    QList<qint64> correct;
    for (qint64 id : cellIds) {
        const auto it = m_positionOfCell.constFind(id);
        if (it == m_positionOfCell.cend())
            continue;
        (m_cells.at(*it).label == label ? keep : correct).append(id);
    }
    if (keep.isEmpty() && correct.isEmpty())
        return false;
    QUndoStack *stack = m_commands->undoStack();
    const bool both = !keep.isEmpty() && !correct.isEmpty();
    if (both)
        stack->beginMacro(tr("Correct %n cell(s)", nullptr, int(cellIds.size())));
    bool ok = true;
    m_applyingOwnLabels = true;
    if (!keep.isEmpty())
        ok = m_commands->setCellLabel(keep, label, LabelOrigin::Review, m_audit.auditId);
    if (!correct.isEmpty())
        ok = m_commands->setCellLabel(correct, label, LabelOrigin::Audit, m_audit.auditId) && ok;
    m_applyingOwnLabels = false;
    if (both)
        stack->endMacro();
    markDirty(cellIds);
    flushRefresh();
    return ok;
}

} // namespace wbc
