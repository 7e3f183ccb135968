#include "projectcommands.h"

#include "project/runhistory.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>
#include <QUndoCommand>
#include <QUndoStack>

namespace wbc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ProjectCommands)
};

QString labelText(const CellLabel &label)
{
    return label.isUnlabelled() ? Tr::tr("unlabeled") : label.displayName();
}

// One cell a label command changes.
struct LabelEntry
{
    qint64 cellId = 0;
    qint64 imageId = 0;
    CellLabel before;
    bool created = false; // a whole-field cell made for this command: undo deletes it again
};

// "BloodImage_00012", "BloodImage_00012 cell 2", "2 cells of BloodImage_00012", "5 cells in
// 3 images": what a label command's undo text names.
QString describeTargets(const ProjectStore &store, const QList<LabelEntry> &entries)
{
    QList<qint64> images;
    for (const LabelEntry &e : entries) {
        if (!images.contains(e.imageId))
            images.append(e.imageId);
    }
    const int n = int(entries.size());
    if (images.size() != 1)
        return Tr::tr("%n cell(s) in %1 images", nullptr, n).arg(images.size());
    const auto image = store.image(images.first());
    const QString name = image ? QFileInfo(image->path).completeBaseName()
                               : Tr::tr("image %1").arg(images.first());
    if (n > 1)
        return Tr::tr("%n cell(s) of %1", nullptr, n).arg(name);
    const QList<CellRecord> cells = store.whiteCells(images.first());
    if (cells.size() < 2)
        return name;
    for (int i = 0; i < cells.size(); ++i) {
        if (cells.at(i).id == entries.first().cellId)
            return Tr::tr("%1 cell %2").arg(name).arg(i + 1);
    }
    return name;
}

// "BloodImage_00012": how undo texts name an image.
QString imageName(const ProjectStore &store, qint64 imageId)
{
    const auto image = store.image(imageId);
    return image ? QFileInfo(image->path).completeBaseName() : Tr::tr("image %1").arg(imageId);
}

class SetCellLabelCommand : public QUndoCommand
{
public:
    SetCellLabelCommand(ProjectCommands &owner, QList<LabelEntry> entries, CellLabel after,
                        LabelOrigin origin, const QString &text, qint64 auditId = 0)
        : m_owner(owner)
        , m_entries(std::move(entries))
        , m_after(after)
        , m_origin(origin)
        , m_auditId(auditId)
    {
        setText(text);
    }
    int id() const override { return ProjectCommands::SetLabelId; }
    void redo() override { apply(false); }
    void undo() override { apply(true); }

private:
    void apply(bool back)
    {
        ProjectStore *store = m_owner.store();
        const bool ok = store->transaction([&] {
            for (const LabelEntry &e : std::as_const(m_entries)) {
                if (!back && e.created && m_applied && !store->restoreCell(e.cellId))
                    return false;
                // Undo appends the previous label again, marked as an undo: an undone review
                // leaves the cell unreviewed, and the history shows both steps. An undone
                // adjudication appends the previous adjudication (empty: none), since an
                // adjudication outranks every other entry.
                const LabelOrigin undoOrigin = m_origin == LabelOrigin::Adjudication
                                                   ? LabelOrigin::Adjudication
                                                   : LabelOrigin::Undo;
                if (!store->addCellLabel(e.cellId, back ? e.before : m_after,
                                         back ? undoOrigin : m_origin, m_owner.author(),
                                         back ? 0 : m_auditId))
                    return false;
                if (back && e.created && !store->deleteCell(e.cellId))
                    return false;
            }
            return true;
        });
        const bool replay = m_applied; // undo, or redo after an undo
        m_applied = true;
        m_owner.check(ok, back ? nullptr : this);
        QSet<qint64> notified;
        for (const LabelEntry &e : std::as_const(m_entries)) {
            if (!notified.contains(e.imageId)) {
                notified.insert(e.imageId);
                m_owner.notifyChanged(e.imageId);
            }
        }
        if (replay && !m_entries.isEmpty()) {
            const LabelEntry &first = m_entries.first();
            m_owner.notifyReplayed(first.imageId, back && first.created ? 0 : first.cellId);
        }
    }

    ProjectCommands &m_owner;
    QList<LabelEntry> m_entries;
    CellLabel m_after;
    LabelOrigin m_origin;
    qint64 m_auditId = 0;
    bool m_applied = false;
};

class SetFlagCommand : public QUndoCommand
{
public:
    // before: the image's effective flag before this override (none: no flag at all).
    SetFlagCommand(ProjectCommands &owner, qint64 imageId, CellCountFlag flag,
                   std::optional<FlagRecord> before)
        : m_owner(owner)
        , m_imageId(imageId)
        , m_flag(flag)
        , m_before(std::move(before))
    {
        setText(Tr::tr("Mark %1 as %2")
                    .arg(imageName(*owner.store(), imageId), flagDisplayName(flag)));
    }
    int id() const override { return ProjectCommands::SetFlagId; }
    void redo() override
    {
        m_flagId = m_owner.store()->addFlag(m_imageId, m_flag, QStringLiteral("user"),
                                            m_owner.author());
        m_owner.check(m_flagId != 0, this);
        m_owner.notifyChanged(m_imageId);
        if (m_replayed)
            m_owner.notifyReplayed(m_imageId, 0);
    }
    void undo() override
    {
        ProjectStore &store = *m_owner.store();
        if (m_before && m_before->isPersons()) {
            // Appended, as labels are: the person's flag before comes back, marked as an undo.
            m_owner.check(store.addFlag(m_imageId, m_before->flag, QStringLiteral("undo"),
                                        m_owner.author())
                          != 0);
        } else {
            // The override is withdrawn: detection's flag (if any) shows again.
            m_owner.check(store.addFlag(m_imageId, m_flag, QStringLiteral("undo-detection"),
                                        m_owner.author())
                          != 0);
        }
        m_replayed = true;
        m_owner.notifyChanged(m_imageId);
        m_owner.notifyReplayed(m_imageId, 0);
    }

private:
    ProjectCommands &m_owner;
    qint64 m_imageId;
    CellCountFlag m_flag;
    std::optional<FlagRecord> m_before;
    qint64 m_flagId = 0;
    bool m_replayed = false;
};

class AddBoxCommand : public QUndoCommand
{
public:
    // created: where the first redo puts the new cell's id (0 when it failed), since a failed
    // command is deleted by the stack.
    AddBoxCommand(ProjectCommands &owner, qint64 imageId, const QRect &box, qint64 *created)
        : m_owner(owner)
        , m_created(created)
    {
        m_cell.imageId = imageId;
        m_cell.box = box;
        m_cell.kind = CellKind::Wbc;
        m_cell.source = QStringLiteral("user");
        m_cell.editedBy = owner.author();
        setText(Tr::tr("Add box to %1").arg(imageName(*owner.store(), imageId)));
    }
    int id() const override { return ProjectCommands::AddBoxId; }
    void redo() override
    {
        // The first time the cell is made; a redo after undo restores the same cell.
        if (m_cell.id == 0) {
            m_cell.id = m_owner.store()->addCell(m_cell);
            if (m_created)
                *m_created = m_cell.id;
            m_created = nullptr;
            m_owner.check(m_cell.id != 0, this);
        } else {
            m_owner.check(m_owner.store()->restoreCell(m_cell.id), this);
            m_owner.notifyChanged(m_cell.imageId);
            m_owner.notifyReplayed(m_cell.imageId, m_cell.id);
            return;
        }
        m_owner.notifyChanged(m_cell.imageId);
    }
    void undo() override
    {
        m_owner.check(m_owner.store()->deleteCell(m_cell.id));
        m_owner.notifyChanged(m_cell.imageId);
        m_owner.notifyReplayed(m_cell.imageId, 0);
    }

private:
    ProjectCommands &m_owner;
    CellRecord m_cell;
    qint64 *m_created;
};

class EditBoxCommand : public QUndoCommand
{
public:
    EditBoxCommand(ProjectCommands &owner, const CellRecord &before, const QRect &box)
        : m_owner(owner)
        , m_before(before)
        , m_after(before)
    {
        m_after.box = box;
        m_after.source = QStringLiteral("user"); // a person's box from now on
        m_after.editedBy = owner.author();
        const QString image = imageName(*owner.store(), before.imageId);
        setText(box.size() == before.box.size() ? Tr::tr("Move box in %1").arg(image)
                                                : Tr::tr("Resize box in %1").arg(image));
    }
    int id() const override { return ProjectCommands::EditBoxId; }
    void redo() override { apply(m_after, this); }
    // The box and source come back; who edited it last stays recorded (the store keeps the
    // newest editor, and the edit did happen).
    void undo() override { apply(m_before, nullptr); }

private:
    void apply(const CellRecord &cell, QUndoCommand *redone)
    {
        m_owner.check(m_owner.store()->updateCell(cell), redone);
        m_owner.notifyChanged(cell.imageId);
        if (m_applied)
            m_owner.notifyReplayed(cell.imageId, cell.id);
        m_applied = true;
    }
    ProjectCommands &m_owner;
    CellRecord m_before;
    CellRecord m_after;
    bool m_applied = false;
};

class DeleteBoxCommand : public QUndoCommand
{
public:
    DeleteBoxCommand(ProjectCommands &owner, const CellRecord &cell)
        : m_owner(owner)
        , m_cell(cell)
    {
        setText(Tr::tr("Delete box in %1").arg(imageName(*owner.store(), cell.imageId)));
    }
    int id() const override { return ProjectCommands::DeleteBoxId; }
    // Soft delete: the cell and its label history stay in the store, marked.
    void redo() override
    {
        m_owner.check(m_owner.store()->deleteCell(m_cell.id), this);
        m_owner.notifyChanged(m_cell.imageId);
        if (m_replayed)
            m_owner.notifyReplayed(m_cell.imageId, 0);
    }
    void undo() override
    {
        m_owner.check(m_owner.store()->restoreCell(m_cell.id));
        m_owner.notifyChanged(m_cell.imageId);
        m_owner.notifyReplayed(m_cell.imageId, m_cell.id);
        m_replayed = true;
    }

private:
    ProjectCommands &m_owner;
    CellRecord m_cell;
    bool m_replayed = false;
};

class SetActiveModelCommand : public QUndoCommand
{
public:
    SetActiveModelCommand(ProjectCommands &owner, qint64 before, qint64 after)
        : m_owner(owner)
        , m_before(before)
        , m_after(after)
    {
        setText(Tr::tr("Use model %1").arg(after));
    }
    int id() const override { return ProjectCommands::ActiveModelId; }
    void redo() override { apply(m_after); }
    void undo() override { apply(m_before); }

private:
    void apply(qint64 modelId)
    {
        m_owner.check(RunHistory(*m_owner.store()).setActiveModel(modelId));
        m_owner.notifyActiveModel(modelId);
    }
    ProjectCommands &m_owner;
    qint64 m_before;
    qint64 m_after;
};

// The cells of entries whose label changes (a review is recorded even when it confirms the
// label, unless the cell's newest entry is already that review).
// A review is recorded even when the label stays, unless the cell's current label already is a
// review; a review that decides a label audit's suspect (auditId) is always recorded.
QList<LabelEntry> changing(const ProjectStore &store, const QList<LabelEntry> &entries,
                           const CellLabel &label, LabelOrigin origin, qint64 auditId = 0)
{
    QList<LabelEntry> out;
    for (LabelEntry e : entries) {
        const auto current = e.created ? std::nullopt : store.currentCellLabel(e.cellId);
        if (origin == LabelOrigin::Adjudication) { // before: the adjudication, empty for none
            const bool adjudicated = current && current->origin == LabelOrigin::Adjudication;
            e.before = adjudicated ? current->label : CellLabel();
            if (e.before != label)
                out.append(e);
            continue;
        }
        e.before = current ? current->label : CellLabel();
        const bool reviewed = current && current->origin == LabelOrigin::Review;
        if (e.before != label || (origin == LabelOrigin::Review && (!reviewed || auditId)))
            out.append(e);
    }
    return out;
}

// Reviews and adjudications are a reviewer's (the server's policy says the same).
ProjectRole neededRole(LabelOrigin origin)
{
    return origin == LabelOrigin::Review || origin == LabelOrigin::Adjudication
               ? ProjectRole::Reviewer
               : ProjectRole::Annotator;
}

QString commandText(const ProjectStore &store, const QList<LabelEntry> &entries,
                    const CellLabel &label, LabelOrigin origin)
{
    const QString target = describeTargets(store, entries);
    if (origin == LabelOrigin::Review)
        return Tr::tr("Review %1 as %2").arg(target, labelText(label));
    if (origin == LabelOrigin::Audit)
        return Tr::tr("Correct %1 to %2 (label check)").arg(target, labelText(label));
    if (origin == LabelOrigin::Adjudication)
        return label.isUnlabelled() ? Tr::tr("Withdraw the adjudication of %1").arg(target)
                                    : Tr::tr("Adjudicate %1 as %2").arg(target, labelText(label));
    if (label.isUnlabelled())
        return Tr::tr("Clear the label of %1").arg(target);
    return Tr::tr("Label %1 as %2").arg(target, labelText(label));
}

} // namespace

ProjectCommands::ProjectCommands(QUndoStack *stack, QObject *parent)
    : QObject(parent)
    , m_stack(stack)
{}

void ProjectCommands::setStore(ProjectStore *store, const QString &author)
{
    m_stack->clear();
    m_store = store;
    m_author = author;
}

bool ProjectCommands::check(bool ok, QUndoCommand *redone)
{
    if (!ok)
        m_writeFailed = true;
    if (!ok && redone)
        redone->setObsolete(true); // QUndoStack drops it: nothing claims it was saved
    if (!ok && m_store)
        Q_EMIT writeFailed(tr("Could not save the change to %1: %2")
                               .arg(m_store->path(), m_store->lastError()));
    return ok;
}

void ProjectCommands::setOffline(const QString &message)
{
    m_offline = message;
}

bool ProjectCommands::mayEdit(ProjectRole role)
{
    if (!m_store)
        return false;
    if (!m_offline.isEmpty()) {
        Q_EMIT writeRefused(m_offline);
        return false;
    }
    const ProjectRole mine = m_store->role();
    if (int(mine) >= int(role)) // None < Annotator < Reviewer < Owner
        return true;
    Q_EMIT writeRefused(role == ProjectRole::Owner
                            ? tr("%1: permission denied: only the project's owner does this (you "
                                 "are %2)")
                                  .arg(m_store->path(), projectRoleDisplayName(mine))
                            : tr("%1: permission denied: only a reviewer or the owner reviews and "
                                 "adjudicates (you are %2)")
                                  .arg(m_store->path(), projectRoleDisplayName(mine)));
    return false;
}

bool ProjectCommands::push(QUndoCommand *command)
{
    m_writeFailed = false;
    m_stack->push(command); // deletes a command whose redo failed (check)
    return !m_writeFailed;
}

bool ProjectCommands::setActiveModel(qint64 modelId)
{
    if (!mayEdit(ProjectRole::Owner))
        return false;
    const qint64 before = RunHistory(*m_store).activeModelId();
    if (before == modelId)
        return true;
    return push(new SetActiveModelCommand(*this, before, modelId));
}

bool ProjectCommands::setCellLabel(const QList<qint64> &cellIds, const CellLabel &label,
                                   LabelOrigin origin, qint64 auditId)
{
    if (!mayEdit(neededRole(origin)))
        return false;
    QList<LabelEntry> entries;
    QSet<qint64> seen;
    for (qint64 id : cellIds) {
        const auto cell = seen.contains(id) ? std::nullopt : m_store->cell(id);
        if (!cell || cell->kind != CellKind::Wbc)
            continue;
        seen.insert(id);
        entries.append({id, cell->imageId, CellLabel(), false});
    }
    if (entries.isEmpty())
        return false;
    const QList<LabelEntry> changes = changing(*m_store, entries, label, origin, auditId);
    if (changes.isEmpty())
        return true; // nothing changes: no history entry, no undo step
    return push(new SetCellLabelCommand(*this, changes, label, origin,
                                        commandText(*m_store, changes, label, origin), auditId));
}

bool ProjectCommands::setImageLabel(const QList<qint64> &imageIds, const CellLabel &label,
                                    LabelOrigin origin)
{
    if (imageIds.isEmpty() || !mayEdit(neededRole(origin)))
        return false;
    QList<LabelEntry> entries;
    for (qint64 imageId : imageIds) {
        const QList<CellRecord> cells = m_store->whiteCells(imageId);
        for (const CellRecord &c : cells)
            entries.append({c.id, imageId, CellLabel(), false});
        if (cells.isEmpty() && !label.isUnlabelled()) {
            // A field nobody boxed: the label goes on a whole-field cell, made now.
            const qint64 id = m_store->ensureWholeFieldCell(imageId);
            if (!check(id != 0))
                return false;
            entries.append({id, imageId, CellLabel(), true});
        }
    }
    const QList<LabelEntry> changes = changing(*m_store, entries, label, origin);
    if (changes.isEmpty())
        return true;
    return push(new SetCellLabelCommand(*this, changes, label, origin,
                                        commandText(*m_store, changes, label, origin)));
}

bool ProjectCommands::setFlag(qint64 imageId, CellCountFlag flag)
{
    if (!mayEdit())
        return false;
    const auto current = m_store->effectiveFlag(imageId);
    if (current && current->flag == flag)
        return true;
    return push(new SetFlagCommand(*this, imageId, flag, current));
}

qint64 ProjectCommands::addBox(qint64 imageId, const QRect &box)
{
    if (box.isEmpty() || !mayEdit())
        return 0;
    qint64 id = 0;
    push(new AddBoxCommand(*this, imageId, box, &id));
    return id;
}

bool ProjectCommands::editBox(qint64 cellId, const QRect &box)
{
    if (!mayEdit())
        return false;
    const auto cell = m_store->cell(cellId);
    if (!cell || box.isEmpty() || cell->box == box)
        return false;
    return push(new EditBoxCommand(*this, *cell, box));
}

bool ProjectCommands::deleteBox(qint64 cellId)
{
    if (!mayEdit())
        return false;
    const auto cell = m_store->cell(cellId);
    if (!cell)
        return false;
    return push(new DeleteBoxCommand(*this, *cell));
}

} // namespace wbc
