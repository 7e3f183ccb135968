#pragma once

#include "base/cellclass.h"
#include "base/celllabel.h"

#include <QWidget>

#include <optional>

class QAbstractItemModel;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace wbc {

class AuditQueueModel;
class ProjectCommands;
class ProjectStore;
class ReviewFilterProxy;
class ReviewModel;
class ThumbnailLoader;

// Review of the active model's predictions, cell by cell: a sortable, filterable table of the
// predicted white cells (disagreements, confidence below a threshold, one class, unreviewed, the
// uncertainty queue). Keyboard review: Enter accepts the row (confirms the cell's label, or
// takes the prediction for a cell without one), a class key corrects it, both advance to the
// next row; each is an undoable label of origin "review" (who, when). Buttons ask the main
// window to predict, retrain and report. "Suspected label errors" swaps the table for the
// newest label audit's queue (AuditQueueModel, worst first): Enter keeps the label (a review), a
// class key corrects it (origin "audit" with the audit's id), and the decided cell leaves the
// queue. GUI thread.
class ReviewPanel : public QWidget
{
    Q_OBJECT

public:
    ReviewPanel(ProjectCommands *commands, ThumbnailLoader *thumbnails, QWidget *parent = nullptr);

    void setProject(ProjectStore *store);
    // The model whose predictions are reviewed (0: none) and how to name it. A switch from another
    // model to one without predictions (a finished run becomes the active model) empties the
    // table: the header and message() say so, with how to switch back (Edit > Undo).
    void setModel(qint64 modelId, const QString &description);
    void reload();
    void refreshImage(qint64 imageId);

    ReviewModel *model() const { return m_model; }
    ReviewFilterProxy *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    qint64 currentImageId() const;
    qint64 currentCellId() const;
    // Makes the image's first listed cell current (no change when a cell of it already is).
    bool selectImage(qint64 imageId);
    bool selectCell(qint64 cellId);
    // True while the table has the keyboard focus: class keys then review instead of label.
    bool hasReviewFocus() const;

    // Accepts the current row (its label again, or the prediction when the cell has none) or
    // corrects it with another label, as a review, and advances to the next row.
    bool acceptCurrent();
    bool correctCurrent(const CellLabel &label);
    // Turns the uncertainty queue on and selects its first image ("label next uncertain").
    bool startUncertaintyQueue();

    // The label audit's queue of suspects ("Check labels").
    AuditQueueModel *auditQueue() const { return m_audit; }
    bool isSuspectQueue() const;
    // Shows the suspects queue (or the predictions again) and, when on, selects its first row.
    void setSuspectQueue(bool on);
    // Reads the newest finished audit again (after one finished).
    void reloadAudit();

Q_SIGNALS:
    void currentCellChanged(qint64 imageId, qint64 cellId);
    void predictRequested();
    void retrainRequested();
    void reportRequested();
    void message(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createWidgets();
    void applyFilters();
    void review(const CellLabel &label);
    void advanceFrom(int proxyRow);
    void updateSummary();
    void showModel(QAbstractItemModel *model);
    bool decideSuspect(const CellLabel &label, bool keep);

    ProjectCommands *m_commands;
    ProjectStore *m_store = nullptr;
    ReviewModel *m_model;
    ReviewFilterProxy *m_proxy;
    QTableView *m_view = nullptr;
    QLabel *m_modelLabel = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_predict = nullptr;
    QPushButton *m_retrain = nullptr;
    QPushButton *m_report = nullptr;
    QCheckBox *m_disagreements = nullptr;
    QCheckBox *m_unreviewed = nullptr;
    QCheckBox *m_lowConfidence = nullptr;
    QSpinBox *m_threshold = nullptr;
    QComboBox *m_class = nullptr;
    QCheckBox *m_queue = nullptr;
    QComboBox *m_measure = nullptr;
    QCheckBox *m_suspects = nullptr;
    AuditQueueModel *m_audit;
    QString m_modelDescription;
    // The model active before the last switch in this session (for the undo hint); "" when none.
    QString m_previousDescription;
};

} // namespace wbc
