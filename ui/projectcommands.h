#pragma once

#include "base/cellclass.h"
#include "base/celllabel.h"
#include "detection/detectionevaluation.h"
#include "project/projectstore.h"

#include <QObject>
#include <QRect>

class QUndoCommand;
class QUndoStack;

namespace wbc {

// The one way the GUI changes a project: every edit is a QUndoCommand pushed on the stack, and
// every redo/undo writes to the store at once in its own transaction (no Save: a label is durable
// the moment it is set; a redo that fails to write is dropped from the stack, so nothing claims
// a change that was not saved). The unit of labelling is the white cell. Labels stay
// append-only: undo appends each cell's previous label again with origin "undo", so the history
// shows every step and an undone review leaves the cell unreviewed. Deleted boxes are soft-deleted, so undo brings
// back the same cell id with its label history. Ownership: the main window owns the store and
// the stack; setStore() clears the stack, so no command ever outlives the store it writes to.
// GUI thread.
class ProjectCommands : public QObject
{
    Q_OBJECT

public:
    // Merge ids of commands (none merge today; listed so new ones stay unique).
    enum CommandId {
        SetLabelId = 1,
        SetFlagId,
        AddBoxId,
        EditBoxId,
        DeleteBoxId,
        ActiveModelId,
        UpdateSlideId,
        MoveToSlideId
    };

    ProjectCommands(QUndoStack *stack, QObject *parent = nullptr);

    void setStore(ProjectStore *store, const QString &author);
    ProjectStore *store() const { return m_store; }
    QString author() const { return m_author; }
    void setAuthor(const QString &author) { m_author = author; }
    QUndoStack *undoStack() const { return m_stack; }

    // Labels white cells in one undo step. origin: Key for one cell set by a key, Bulk for
    // several at once, Review for a label confirmed or corrected while reviewing predictions (a
    // review is recorded even when the label does not change: who reviewed, and when). Cells
    // whose label would not change are left out; when none is left nothing is pushed. Returns
    // false when nothing could be labelled (no store, no known cell, refused by mayEdit, or the
    // write failed: then nothing is on the undo stack either). auditId: the label audit
    // whose suspects these cells are (origin Audit: a suspect corrected; Review: its label kept,
    // recorded even when the cell was reviewed before), stored with the label.
    // Adjudication (a reviewer decides a disagreement): recorded unless the cell's adjudication
    // already is that label; undo appends the previous adjudication, or an empty one that
    // withdraws it, so the cell's current label is what it was.
    bool setCellLabel(const QList<qint64> &cellIds, const CellLabel &label, LabelOrigin origin,
                      qint64 auditId = 0);
    // Labels every white cell of these images in one step (bulk labelling in the browser); an
    // image without a white cell gets a whole-field cell, which undo deletes again.
    bool setImageLabel(const QList<qint64> &imageIds, const CellLabel &label,
                       LabelOrigin origin = LabelOrigin::Bulk);

    bool setFlag(qint64 imageId, CellCountFlag flag);
    // Box edits by a person; a moved or resized box becomes a person's box and records who
    // edited it (CellRecord::editedBy; the store records when). addBox returns the new cell id.
    qint64 addBox(qint64 imageId, const QRect &box);
    bool editBox(qint64 cellId, const QRect &box);
    bool deleteBox(qint64 cellId);
    // Chooses the model used for review and prediction (0: none).
    bool setActiveModel(qint64 modelId);

    // Slides (slidecommands.cpp). A taken or empty name is refused (writeFailed says why).
    bool renameSlide(qint64 slideId, const QString &name);
    // Name, specimen id, date, stain and notes in one undoable step.
    bool updateSlide(const SlideRecord &slide);
    // Moves images to the slide of that name, created when missing; undo moves each back (and
    // removes a slide the move created). Slides left without images are removed.
    bool moveImagesToSlide(const QList<qint64> &imageIds, const QString &slideName);

    // Reports a write failure (disk full, locked file, a shared project's server gone) and
    // notifies listeners. redone: the command whose redo wrote; a failed one is made obsolete, so
    // the undo stack never records a change that was not saved.
    bool check(bool ok, QUndoCommand *redone = nullptr);

    // Shared projects: while the server does not answer, every edit is refused at once with
    // writeRefused(message) and nothing reaches the undo stack. Empty: connected.
    void setOffline(const QString &message);
    bool isOffline() const { return !m_offline.isEmpty(); }
    // Whether an edit that needs `role` in the project may be made now; if not, writeRefused
    // says why (the server is gone, or the user's role is below it; an SQLite project's user is
    // its owner). Review and adjudication labels need a reviewer, slides and the active model
    // the owner, everything else an annotator.
    bool mayEdit(ProjectRole role = ProjectRole::Annotator);
    void notifyChanged(qint64 imageId) { Q_EMIT imageChanged(imageId); }
    void notifyActiveModel(qint64 modelId) { Q_EMIT activeModelChanged(modelId); }
    void notifySlidesChanged() { Q_EMIT slidesChanged(); }
    void notifyReplayed(qint64 imageId, qint64 cellId) { Q_EMIT replayed(imageId, cellId); }

Q_SIGNALS:
    // A label, flag or box of the image changed (also on undo and redo).
    void imageChanged(qint64 imageId);
    void activeModelChanged(qint64 modelId);
    // An undo, or a redo of an undone step, changed this image (cellId: its cell; 0 for the
    // field or a cell the step removed): the window shows it. Not emitted on a first push.
    void replayed(qint64 imageId, qint64 cellId);
    // Slides were renamed, created or removed, or images moved between them.
    void slidesChanged();
    void writeFailed(const QString &message);
    // An edit was not even tried (mayEdit): offline, or not the user's role.
    void writeRefused(const QString &message);

private:
    QUndoStack *m_stack;
    ProjectStore *m_store = nullptr;
    // Pushes a command; false when its redo failed to write (the stack then dropped it).
    bool push(QUndoCommand *command);

    QString m_author;
    QString m_offline;
    bool m_writeFailed = false;
};

} // namespace wbc
