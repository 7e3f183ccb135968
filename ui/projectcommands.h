#pragma once

#include "base/cellclass.h"
#include "detection/detectionevaluation.h"
#include "project/projectstore.h"

#include <QHash>
#include <QObject>
#include <QRect>

class QUndoStack;

namespace wbc {

// The one way the GUI changes a project: every edit is a QUndoCommand pushed on the stack, and
// every redo/undo writes to the store at once in its own transaction (no Save: a label is durable
// the moment it is set). Labels stay append-only: undo appends the previous label again, so the
// history shows both. Ownership: the main window owns the store and the stack; setStore() clears
// the stack, so no command ever outlives the store it writes to. GUI thread only.
class ProjectCommands : public QObject
{
    Q_OBJECT

public:
    // Merge ids of commands (none merge today; listed so new ones stay unique).
    enum CommandId { SetLabelId = 1, SetFlagId, AddBoxId, EditBoxId, DeleteBoxId, ActiveModelId };

    ProjectCommands(QUndoStack *stack, QObject *parent = nullptr);

    void setStore(ProjectStore *store, const QString &author);
    ProjectStore *store() const { return m_store; }
    QString author() const { return m_author; }
    void setAuthor(const QString &author) { m_author = author; }
    QUndoStack *undoStack() const { return m_stack; }

    // User: a label set in the workspace. Review: a label confirmed or corrected while
    // reviewing predictions (recorded even when unchanged: who reviewed, and when).
    enum class LabelSource { User, Review };
    bool setLabel(const QList<qint64> &imageIds, const ImageLabel &label,
                  LabelSource source = LabelSource::User);
    bool setFlag(qint64 imageId, CellCountFlag flag);
    qint64 addBox(qint64 imageId, const QRect &box);
    bool editBox(qint64 cellId, const QRect &box);
    bool deleteBox(qint64 cellId);
    // Chooses the model used for review and prediction (0: none).
    bool setActiveModel(qint64 modelId);

    // Box ids change when a deleted box comes back on undo; commands look ids up through this.
    qint64 resolveCell(qint64 cellId) const;
    void remapCell(qint64 from, qint64 to);
    // Reports a write failure (disk full, locked file) and notifies listeners.
    bool check(bool ok);
    void notifyChanged(qint64 imageId) { Q_EMIT imageChanged(imageId); }
    void notifyActiveModel(qint64 modelId) { Q_EMIT activeModelChanged(modelId); }

Q_SIGNALS:
    void imageChanged(qint64 imageId);
    void activeModelChanged(qint64 modelId);
    void writeFailed(const QString &message);

private:
    QUndoStack *m_stack;
    ProjectStore *m_store = nullptr;
    QString m_author;
    QHash<qint64, qint64> m_cellRemap;
};

} // namespace wbc
