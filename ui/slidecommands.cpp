// ProjectCommands: undoable slide edits (rename, move images between slides).

#include "projectcommands.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUndoCommand>
#include <QUndoStack>

namespace wbc {

namespace {

class UpdateSlideCommand : public QUndoCommand
{
public:
    UpdateSlideCommand(ProjectCommands &owner, const SlideRecord &before, const SlideRecord &after)
        : m_owner(owner)
        , m_before(before)
        , m_after(after)
    {
        const bool renameOnly = before.specimen == after.specimen
                                && before.collectedOn == after.collectedOn
                                && before.stain == after.stain && before.notes == after.notes;
        setText(renameOnly ? QCoreApplication::translate("ProjectCommands", "Rename slide %1 to %2")
                                 .arg(before.name, after.name)
                           : QCoreApplication::translate("ProjectCommands",
                                                         "Edit the details of slide %1")
                                 .arg(after.name));
    }
    int id() const override { return ProjectCommands::UpdateSlideId; }
    void redo() override { apply(m_after); }
    void undo() override { apply(m_before); }

private:
    void apply(const SlideRecord &slide)
    {
        m_owner.check(m_owner.store()->updateSlide(slide));
        m_owner.notifySlidesChanged();
    }
    ProjectCommands &m_owner;
    SlideRecord m_before;
    SlideRecord m_after;
};

class MoveToSlideCommand : public QUndoCommand
{
public:
    MoveToSlideCommand(ProjectCommands &owner, QHash<qint64, QString> before, QString target,
                       const QString &description)
        : m_owner(owner)
        , m_before(std::move(before))
        , m_target(std::move(target))
    {
        setText(description);
    }
    int id() const override { return ProjectCommands::MoveToSlideId; }
    void redo() override
    {
        ProjectStore *store = m_owner.store();
        const bool ok = store->transaction([&] {
            const qint64 slide = store->ensureSlide(m_target);
            if (slide == 0)
                return false;
            for (auto it = m_before.cbegin(); it != m_before.cend(); ++it) {
                if (!store->setImageSlide(it.key(), slide))
                    return false;
            }
            return store->removeEmptySlides();
        });
        finish(ok);
    }
    void undo() override
    {
        ProjectStore *store = m_owner.store();
        const bool ok = store->transaction([&] {
            for (auto it = m_before.cbegin(); it != m_before.cend(); ++it) {
                const qint64 slide = store->ensureSlide(it.value());
                if (slide == 0 || !store->setImageSlide(it.key(), slide))
                    return false;
            }
            return store->removeEmptySlides();
        });
        finish(ok);
    }

private:
    void finish(bool ok)
    {
        m_owner.check(ok);
        m_owner.notifySlidesChanged();
        for (auto it = m_before.cbegin(); it != m_before.cend(); ++it)
            m_owner.notifyChanged(it.key());
    }
    ProjectCommands &m_owner;
    QHash<qint64, QString> m_before; // image id -> the name of its slide before the move
    QString m_target;
};

} // namespace

bool ProjectCommands::renameSlide(qint64 slideId, const QString &name)
{
    if (!m_store)
        return false;
    std::optional<SlideRecord> slide = m_store->slide(slideId);
    if (!slide)
        return false;
    slide->name = name;
    return updateSlide(*slide);
}

bool ProjectCommands::updateSlide(const SlideRecord &edited)
{
    if (!mayEdit(ProjectRole::Owner))
        return false;
    const std::optional<SlideRecord> slide = m_store->slide(edited.id);
    if (!slide)
        return false;
    SlideRecord after = edited;
    after.name = edited.name.trimmed();
    const QString trimmed = after.name;
    if (slide->name == after.name && slide->specimen == after.specimen
        && slide->collectedOn == after.collectedOn && slide->stain == after.stain
        && slide->notes == after.notes)
        return true;
    if (trimmed.isEmpty()) {
        Q_EMIT writeFailed(tr("A slide needs a name."));
        return false;
    }
    if (const auto other = m_store->slideByName(trimmed); other && other->id != edited.id) {
        Q_EMIT writeFailed(tr("There is already a slide named \"%1\".").arg(trimmed));
        return false;
    }
    m_stack->push(new UpdateSlideCommand(*this, *slide, after));
    return true;
}

bool ProjectCommands::moveImagesToSlide(const QList<qint64> &imageIds, const QString &slideName)
{
    const QString target = slideName.trimmed();
    if (target.isEmpty() || !mayEdit(ProjectRole::Owner))
        return false;
    QHash<qint64, QString> before;
    QString first;
    for (qint64 id : imageIds) {
        const std::optional<ImageRecord> image = m_store->image(id);
        if (!image)
            continue;
        const std::optional<SlideRecord> slide = m_store->slide(image->slideId);
        const QString from = slide ? slide->name : QString();
        if (from == target)
            continue;
        before.insert(id, from.isEmpty() ? target : from);
        if (first.isEmpty())
            first = QFileInfo(image->path).completeBaseName();
    }
    if (before.isEmpty())
        return true;
    const QString text = before.size() == 1
                             ? QCoreApplication::translate("ProjectCommands",
                                                           "Move %1 to slide %2")
                                   .arg(first, target)
                             : QCoreApplication::translate("ProjectCommands",
                                                           "Move %n image(s) to slide %1", nullptr,
                                                           int(before.size()))
                                   .arg(target);
    m_stack->push(new MoveToSlideCommand(*this, before, target, text));
    return true;
}

} // namespace wbc
