#pragma once

#include <functional>

#include <QAbstractItemModel>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QThreadPool>

#include "cellgallerysnapshot.h"

class QTimer;
template <typename T> class QFutureWatcher;

namespace wbc {

class CellCropLoader;
class ProjectCommands;

// Which cells the gallery shows (combined with one slide, or all).
enum class GalleryFilter {
    All,
    LabelClass, // labelled as the chosen class
    PredictedClass, // the active model predicts the chosen class
    Unlabelled,
    Disagreement, // labelled with a class the prediction disagrees with
    LowConfidence, // predicted with a confidence below the threshold
    Unidentified,
    NotCounted, // smudge, artefact, damaged
    Suspects, // the newest label check's undecided suspects, worst first (cellgalleryaudit.cpp)
};

// What the class headers are: the cells' labels (CellaVision's verified classes) or the active
// model's predictions (its pre-classification).
enum class GalleryGrouping { Label, Prediction };

// The cells of the open project for the cell gallery, as a two-level tree: one top-level row per
// class group (a fixed list for the grouping, empty groups included, so a view can offer them as
// drop targets), the cells of the group under it in image order. Data comes from a snapshot read
// on a worker thread with its own connection (a few whole-table queries), so opening a project of
// 20,000 cells never holds up the GUI thread; a label change refreshes just the images it
// touched (a relabel made here applies its label at once, without reading). The filter applies when
// it is chosen or the project reloads, not when a label changes: a relabelled cell moves to its new
// group but stays shown (a layout change, so selections and scroll positions survive). Dropping
// cells on a group, or relabel(), sets their label through ProjectCommands (undoable). Wraps the
// store, never owns it; the store, the commands and the crop loader must outlive their use here.
// GUI thread.
class CellGalleryModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role {
        CellIdRole = Qt::UserRole + 1,
        ImageIdRole,
        SlideIdRole,
        LabelRole, // CellLabel::name(); empty when unlabelled
        PredictionRole, // cellClassName of the prediction; empty when none
        ConfidenceRole, // double, invalid when there is no prediction
        DisagreesRole, // bool: labelled with a class the prediction disagrees with
        CropStateRole, // CropState
        FileNameRole, // the field's file name
        IsGroupRole,
        GroupLabelRole, // a group's target label, CellLabel::name()
        SuspectRankRole, // int: the cell's rank in the newest label check's suspects; 0: none
    };
    enum class CropState { Loading, Ready, Failed };
    static const QString kMimeType;
    static constexpr double kDefaultLowConfidence = 0.6;
    // More changed images than this are read again in the background, not one by one.
    static constexpr int kMaxSyncRefresh = 48;

    explicit CellGalleryModel(CellCropLoader *loader, QObject *parent = nullptr);
    ~CellGalleryModel() override;

    // Relabels go through commands; its imageChanged signal refreshes the changed images.
    void setCommands(ProjectCommands *commands);
    // Reads a project in the background (loaded() follows); nullptr empties the model at once.
    void setProject(ProjectStore *store);
    ProjectStore *project() const { return m_store; }
    // Reads everything again (after prediction, detection, an import) and re-applies the filter.
    void reload();
    // Reads everything again keeping what is shown (a layout change): after slides were renamed
    // or images moved between them.
    void resync();
    bool isLoading() const { return m_loading != nullptr; }

    void setFilter(GalleryFilter filter, CellClass cls = CellClass::Neutrophil);
    GalleryFilter filter() const { return m_filter; }
    CellClass filterClass() const { return m_filterClass; }
    void setLowConfidence(double threshold);
    double lowConfidence() const { return m_lowConfidence; }
    // 0: every slide.
    void setSlide(qint64 slideId);
    qint64 slide() const { return m_slideId; }
    void setGrouping(GalleryGrouping grouping);
    GalleryGrouping grouping() const { return m_grouping; }

    // Groups
    int groupCount() const { return int(m_groups.size()); }
    QModelIndex groupIndex(int group) const;
    int groupOf(const QModelIndex &index) const; // -1 for none
    CellLabel groupLabel(int group) const;
    bool groupAcceptsDrops(int group) const;
    QString groupTitle(int group) const;
    int groupSize(int group) const;

    // Cells
    const GalleryCell *cellAt(const QModelIndex &index) const;
    QModelIndex indexOfCell(qint64 cellId) const;
    int shownCount() const { return int(m_rowOfCell.size()); }
    int totalCount() const { return int(m_cells.size()); }
    QString imagePath(qint64 imageId) const { return m_images.value(imageId).path; }
    const QList<SlideRecord> &slides() const { return m_slides; }
    // After a slide was renamed elsewhere (the cells stay as they are).
    void setSlideName(qint64 slideId, const QString &name);
    qint64 modelId() const { return m_modelId; }

    // Sets the label of cells through ProjectCommands (one undo step) and shows the result at
    // once. False when nothing was written (no project, read-only, a write failed).
    bool relabel(const QList<qint64> &cellIds, const CellLabel &label, LabelOrigin origin);
    // Labels each cell as its prediction (a review: the prediction is confirmed); cells without
    // one are left alone.
    bool acceptPredictions(const QList<qint64> &cellIds);

    // Label check (cellgalleryaudit.cpp). The newest finished audit (0: none) and whether a cell
    // is one of its undecided suspects. Under the Suspects filter a decision takes the cell out
    // of the gallery at once, and undoing it brings the cell back.
    qint64 auditId() const { return m_audit.auditId; }
    const AuditCellRecord *suspect(qint64 cellId) const;
    // Keeps the cells' labels: a review naming the audit (one undo step).
    bool keepSuspectLabels(const QList<qint64> &cellIds);
    // Corrects the cells to `label` (origin audit, with the audit's id); a cell that already has
    // it is kept (a review). One undo step.
    bool correctSuspects(const QList<qint64> &cellIds, const CellLabel &label);

    // Reads an image's cells again, soon (changes come in bursts: one undo can touch many).
    void refreshImage(qint64 imageId);
    // Applies queued refreshes now.
    void flushRefresh();

    // QAbstractItemModel
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data,
        Qt::DropAction action,
        int row,
        int column,
        const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data,
        Qt::DropAction action,
        int row,
        int column,
        const QModelIndex &parent) override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;

    // The cell ids a drag carries (empty when it is not this project's cells).
    QList<qint64> cellIdsIn(const QMimeData *data) const;

Q_SIGNALS:
    // A snapshot was applied (after setProject() or reload()).
    void loaded();
    void loadFailed(const QString &message);
    // The number of cells in some group changed (headers show counts).
    void groupsChanged();

private:
    struct Group
    {
        CellLabel label; // the label a drop or a key sets
        bool noPrediction = false; // the "no prediction" group of the prediction grouping
        QList<int> rows; // positions in m_cells
    };

    void startLoad(bool refilter);
    void applySnapshot(const GallerySnapshot &snapshot, bool refilter);
    bool passesFilter(const GalleryCell &cell) const;
    int groupFor(const GalleryCell &cell) const;
    void makeGroups();
    void fillGroups(); // from m_cells and m_shown
    void regroupKeepingIndexes(const std::function<void()> &change);
    // After a relabel made here succeeded: the label is known, nothing needs reading.
    void applyLabels(const QList<qint64> &cellIds, const CellLabel &label);
    void markDirty(const QList<qint64> &cellIds);
    void refilter();
    void indexCells();
    void onCropReady(qint64 cellId);
    // Re-reads whether the suspects of these images are still open; under the Suspects filter,
    // decided ones leave m_shown and open ones join it (call inside regroupKeepingIndexes).
    void updateSuspects(const QList<qint64> &imageIds);
    void sortSuspectGroups(); // by rank, worst first (fillGroups, under the Suspects filter)
    QString suspectToolTip(const AuditCellRecord &suspect) const;

    QPointer<CellCropLoader> m_loader;
    QPointer<ProjectCommands> m_commands;
    ProjectStore *m_store = nullptr;
    QThreadPool m_pool; // one reader at a time
    QFutureWatcher<GallerySnapshot> *m_loading = nullptr;
    bool m_loadRefilters = false;
    QSet<qint64> m_changedWhileLoading;

    QList<GalleryCell> m_cells; // by image, then cell id
    QHash<qint64, int> m_positionOfCell;
    QHash<qint64, QList<int>> m_positionsOfImage;
    QHash<qint64, GalleryImage> m_images;
    QList<SlideRecord> m_slides;
    qint64 m_modelId = 0;
    AuditQueue m_audit; // from the snapshot
    QHash<qint64, AuditCellRecord> m_openSuspects; // by cell id
    QSet<qint64> m_shown; // cell ids that passed the filter when it was applied
    QList<Group> m_groups;
    QHash<qint64, QPair<int, int>> m_rowOfCell; // shown cell id -> (group, row)

    GalleryFilter m_filter = GalleryFilter::All;
    CellClass m_filterClass = CellClass::Neutrophil;
    double m_lowConfidence = kDefaultLowConfidence;
    qint64 m_slideId = 0;
    GalleryGrouping m_grouping = GalleryGrouping::Label;

    QSet<qint64> m_dirtyImages;
    bool m_applyingOwnLabels = false;
    QTimer *m_refreshTimer;
};

} // namespace wbc
