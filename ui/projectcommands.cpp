#include "projectcommands.h"

#include "project/runhistory.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <QUndoStack>

namespace wbc {

namespace {

QString labelText(const ImageLabel &label)
{
    if (label.isUnlabeled())
        return QCoreApplication::translate("ProjectCommands", "unlabeled");
    QStringList names;
    for (CellClass c : label.cells())
        names.append(cellClassDisplayName(c));
    return names.join(QStringLiteral(", "));
}

class SetLabelCommand : public QUndoCommand
{
public:
    // before: each image's label and its source before the change; source: of the new label.
    SetLabelCommand(ProjectCommands &owner, QHash<qint64, QPair<ImageLabel, QString>> before,
                    ImageLabel after, QString source)
        : m_owner(owner)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_source(std::move(source))
    {
        const bool review = m_source == QLatin1String("review");
        setText(m_before.size() == 1
                    ? (review ? QCoreApplication::translate("ProjectCommands", "Review as %1")
                              : QCoreApplication::translate("ProjectCommands", "Label as %1"))
                          .arg(labelText(m_after))
                    : (review ? QCoreApplication::translate("ProjectCommands",
                                                            "Review %n image(s) as %1", nullptr,
                                                            int(m_before.size()))
                              : QCoreApplication::translate("ProjectCommands",
                                                            "Label %n image(s) as %1", nullptr,
                                                            int(m_before.size())))
                          .arg(labelText(m_after)));
    }
    int id() const override { return ProjectCommands::SetLabelId; }
    void redo() override { apply(false); }
    void undo() override { apply(true); }

private:
    void apply(bool back)
    {
        ProjectStore *store = m_owner.store();
        const bool ok = store->transaction([&] {
            for (auto it = m_before.cbegin(); it != m_before.cend(); ++it) {
                // Undo appends the previous label again with its own source, so an undone
                // review leaves the image unreviewed.
                const ImageLabel &label = back ? it.value().first : m_after;
                const QString &source = back ? it.value().second : m_source;
                if (!store->addLabel(it.key(), label, source, m_owner.author()))
                    return false;
            }
            return true;
        });
        m_owner.check(ok);
        for (auto it = m_before.cbegin(); it != m_before.cend(); ++it)
            m_owner.notifyChanged(it.key());
    }

    ProjectCommands &m_owner;
    QHash<qint64, QPair<ImageLabel, QString>> m_before;
    ImageLabel m_after;
    QString m_source;
};

class SetFlagCommand : public QUndoCommand
{
public:
    SetFlagCommand(ProjectCommands &owner, qint64 imageId, CellCountFlag flag)
        : m_owner(owner)
        , m_imageId(imageId)
        , m_flag(flag)
    {
        setText(QCoreApplication::translate("ProjectCommands", "Mark as %1").arg(flagDisplayName(flag)));
    }
    int id() const override { return ProjectCommands::SetFlagId; }
    void redo() override
    {
        m_flagId = m_owner.store()->addFlag(m_imageId, m_flag, QStringLiteral("user"),
                                            m_owner.author());
        m_owner.check(m_flagId != 0);
        m_owner.notifyChanged(m_imageId);
    }
    void undo() override
    {
        m_owner.check(m_owner.store()->removeFlag(m_flagId));
        m_owner.notifyChanged(m_imageId);
    }

private:
    ProjectCommands &m_owner;
    qint64 m_imageId;
    CellCountFlag m_flag;
    qint64 m_flagId = 0;
};

class AddBoxCommand : public QUndoCommand
{
public:
    AddBoxCommand(ProjectCommands &owner, qint64 imageId, const QRect &box)
        : m_owner(owner)
    {
        m_cell.imageId = imageId;
        m_cell.box = box;
        m_cell.kind = CellKind::Wbc;
        m_cell.source = QStringLiteral("user");
        setText(QCoreApplication::translate("ProjectCommands", "Add box"));
    }
    int id() const override { return ProjectCommands::AddBoxId; }
    void redo() override
    {
        const qint64 id = m_owner.store()->addCell(m_cell);
        if (m_cell.id != 0 && id != 0)
            m_owner.remapCell(m_cell.id, id);
        if (m_cell.id == 0)
            m_cell.id = id;
        m_owner.check(id != 0);
        m_owner.notifyChanged(m_cell.imageId);
    }
    void undo() override
    {
        m_owner.check(m_owner.store()->deleteCell(m_owner.resolveCell(m_cell.id)));
        m_owner.notifyChanged(m_cell.imageId);
    }
    qint64 cellId() const { return m_owner.resolveCell(m_cell.id); }

private:
    ProjectCommands &m_owner;
    CellRecord m_cell;
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
        setText(QCoreApplication::translate("ProjectCommands", "Move box"));
    }
    int id() const override { return ProjectCommands::EditBoxId; }
    void redo() override { apply(m_after); }
    void undo() override { apply(m_before); }

private:
    void apply(CellRecord cell)
    {
        cell.id = m_owner.resolveCell(cell.id);
        m_owner.check(m_owner.store()->updateCell(cell));
        m_owner.notifyChanged(cell.imageId);
    }
    ProjectCommands &m_owner;
    CellRecord m_before;
    CellRecord m_after;
};

class DeleteBoxCommand : public QUndoCommand
{
public:
    DeleteBoxCommand(ProjectCommands &owner, const CellRecord &cell)
        : m_owner(owner)
        , m_cell(cell)
    {
        setText(QCoreApplication::translate("ProjectCommands", "Delete box"));
    }
    int id() const override { return ProjectCommands::DeleteBoxId; }
    void redo() override
    {
        m_owner.check(m_owner.store()->deleteCell(m_owner.resolveCell(m_cell.id)));
        m_owner.notifyChanged(m_cell.imageId);
    }
    void undo() override
    {
        const qint64 id = m_owner.store()->addCell(m_cell);
        if (m_owner.check(id != 0))
            m_owner.remapCell(m_cell.id, id);
        m_owner.notifyChanged(m_cell.imageId);
    }

private:
    ProjectCommands &m_owner;
    CellRecord m_cell;
};

class SetActiveModelCommand : public QUndoCommand
{
public:
    SetActiveModelCommand(ProjectCommands &owner, qint64 before, qint64 after)
        : m_owner(owner)
        , m_before(before)
        , m_after(after)
    {
        setText(QCoreApplication::translate("ProjectCommands", "Use model %1").arg(after));
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

} // namespace

bool ProjectCommands::setActiveModel(qint64 modelId)
{
    if (!m_store)
        return false;
    const qint64 before = RunHistory(*m_store).activeModelId();
    if (before == modelId)
        return true;
    m_stack->push(new SetActiveModelCommand(*this, before, modelId));
    return true;
}

ProjectCommands::ProjectCommands(QUndoStack *stack, QObject *parent)
    : QObject(parent)
    , m_stack(stack)
{}

void ProjectCommands::setStore(ProjectStore *store, const QString &author)
{
    m_stack->clear();
    m_cellRemap.clear();
    m_store = store;
    m_author = author;
}

bool ProjectCommands::check(bool ok)
{
    if (!ok && m_store)
        Q_EMIT writeFailed(tr("Could not save the change to %1: %2")
                               .arg(m_store->path(), m_store->lastError()));
    return ok;
}

qint64 ProjectCommands::resolveCell(qint64 cellId) const
{
    qint64 id = cellId;
    for (int guard = 0; guard < 1000 && m_cellRemap.contains(id); ++guard)
        id = m_cellRemap.value(id);
    return id;
}

void ProjectCommands::remapCell(qint64 from, qint64 to)
{
    const qint64 current = resolveCell(from);
    if (current != to)
        m_cellRemap.insert(current, to);
}

bool ProjectCommands::setLabel(const QList<qint64> &imageIds, const ImageLabel &label,
                               LabelSource source)
{
    if (!m_store || imageIds.isEmpty())
        return false;
    const bool review = source == LabelSource::Review;
    QHash<qint64, QPair<ImageLabel, QString>> before;
    for (qint64 id : imageIds) {
        const auto current = m_store->currentLabel(id);
        const ImageLabel old = current ? current->label : ImageLabel();
        const QString oldSource = current ? current->source : QStringLiteral("user");
        // A review is recorded even when it confirms the label: who reviewed it, and when.
        if (old != label || (review && oldSource != QLatin1String("review")))
            before.insert(id, {old, oldSource});
    }
    if (before.isEmpty())
        return true; // nothing changes: no history entry, no undo step
    m_stack->push(new SetLabelCommand(*this, before, label,
                                      review ? QStringLiteral("review") : QStringLiteral("user")));
    return true;
}

bool ProjectCommands::setFlag(qint64 imageId, CellCountFlag flag)
{
    if (!m_store)
        return false;
    const auto current = m_store->effectiveFlag(imageId);
    if (current && current->flag == flag)
        return true;
    m_stack->push(new SetFlagCommand(*this, imageId, flag));
    return true;
}

qint64 ProjectCommands::addBox(qint64 imageId, const QRect &box)
{
    if (!m_store || box.isEmpty())
        return 0;
    auto *cmd = new AddBoxCommand(*this, imageId, box);
    m_stack->push(cmd);
    return cmd->cellId();
}

bool ProjectCommands::editBox(qint64 cellId, const QRect &box)
{
    if (!m_store)
        return false;
    const auto cell = m_store->cell(resolveCell(cellId));
    if (!cell || box.isEmpty() || cell->box == box)
        return false;
    m_stack->push(new EditBoxCommand(*this, *cell, box));
    return true;
}

bool ProjectCommands::deleteBox(qint64 cellId)
{
    if (!m_store)
        return false;
    const auto cell = m_store->cell(resolveCell(cellId));
    if (!cell)
        return false;
    m_stack->push(new DeleteBoxCommand(*this, *cell));
    return true;
}

} // namespace wbc
