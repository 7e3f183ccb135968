#pragma once

#include <algorithm>
#include <optional>

#include <QAbstractListModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPixmap>
#include <QString>

#include "base/cellclass.h"
#include "base/celllabel.h"
#include "detection/detectionevaluation.h"

namespace wbc {

class ProjectStore;
class ThumbnailLoader;
struct ImageRecord;
struct LabelRecord;
struct FlagRecord;
struct CellRecord;
struct CellLabelRecord;

// What the browser shows of one image: a snapshot of the project's rows, made by
// ImageListModel::reload() and refreshed one image at a time.
struct ImageItem
{
    qint64 id = 0;
    QString path; // absolute
    QString fileName;
    bool outsideRoot = false; // stored absolute or leaving the project's folder
    QString key; // content hash (names the thumbnail cache file)
    QDateTime importedAt;
    ImageLabel label; // derived from the cells: the classes of its labelled white cells
    QList<CellLabel> cellLabels; // one per white cell, in the store's order
    QString unresolved; // an image-level multi-cell label not yet put on cells (a hint)
    QString labelAuthor;
    QDateTime labelTime;
    std::optional<CellCountFlag> flag; // effective flag; unset when detection never ran
    QString flagSource; // "detected" or "user"
    QString predictedClass; // canonical class name; empty without a prediction
    double confidence = 0.0;

    bool isMultiCell() const
    {
        return cellLabels.size() > 1 || label.isMultiCell() || flag == CellCountFlag::Multi
            || !unresolved.isEmpty();
    }
    bool hasUnlabelledCell() const
    {
        return std::any_of(cellLabels.cbegin(), cellLabels.cend(),
                           [](const CellLabel &l) { return l.isUnlabelled(); });
    }
    // Some white cell has no label yet, or the field has no cell and no label: what "next
    // unlabeled" visits and the "Unlabeled" filter shows.
    bool needsLabels() const { return cellLabels.isEmpty() || hasUnlabelledCell(); }
    // A multi-cell label from import or migration waits to be put on the cells.
    bool needsCellLabels() const { return !unresolved.isEmpty() && needsLabels(); }
    // Detection and the person's label tell different stories: detection found several white
    // cells (or none) but the label names one, or it found one and the label lists several.
    bool disagrees() const
    {
        if (!flag || label.isUnlabeled())
            return false;
        return (*flag != CellCountFlag::Single && label.isSingle())
            || (*flag == CellCountFlag::Single && label.isMultiCell());
    }
};

// A flat list model over a snapshot of a project's images, one row per image, for the slide
// browser, with each image's white cells and their labels (one badge per cell). Reads the store
// only in reload()/refreshImage() (a few bulk queries for the whole project), never in data(),
// so it stays fast with 10,000 images. Thumbnails are asked of the
// ThumbnailLoader only when a view asks for Qt::DecorationRole, i.e. for the rows it paints.
// Does not own the store or the loader. GUI thread.
class ImageListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        ImageIdRole = Qt::UserRole, // qint64
        PathRole, // absolute path
        FileNameRole,
        LabelRole, // derived, canonical: "NEUTROPHIL", "NEUTROPHIL,LYMPHOCYTE", "" unlabeled
        CellLabelsRole, // QStringList: each white cell's label name ("" unlabelled), in order
        CellBadgesRole, // the badges' text, one code per white cell: "N L", "N ?"
        NeedsLabelsRole, // bool: a white cell without a label (or a field without cell or label)
        UnresolvedRole, // an image-level multi-cell label waiting to be put on cells
        LabelAuthorRole, // who set the current label
        LabelTimeRole, // QDateTime; invalid when unlabeled
        FlagRole, // "none", "single", "multi"; empty when detection never ran
        FlagSourceRole, // "detected" or "user"
        PredictionRole, // canonical class name; empty without a prediction
        ConfidenceRole, // double in [0, 1]; invalid without a prediction
        ImportedAtRole, // QDateTime
        ThumbnailStateRole, // ThumbnailState
    };
    Q_ENUM(Role)
    enum class ThumbnailState { Loading, Ready, Failed };
    Q_ENUM(ThumbnailState)

    explicit ImageListModel(ThumbnailLoader *loader = nullptr, QObject *parent = nullptr);

    // Takes a new snapshot of every image (model reset). Keeps predictions of images still there.
    void reload(const ProjectStore &store);
    void clear();
    // Re-reads one image (label, flag, path) and emits dataChanged for its row; removes the row
    // when the image is gone from the store. Returns false when the id is not in the model.
    bool refreshImage(qint64 id, const ProjectStore &store);

    // A classifier's prediction for an image (a later issue fills these); an empty cls clears it.
    void setPrediction(qint64 id, const QString &cls, double confidence);
    void clearPredictions();

    qint64 imageIdAt(const QModelIndex &index) const;
    QModelIndex indexOfImage(qint64 id) const;
    const ImageItem *itemAt(const QModelIndex &index) const;
    const ImageItem *item(qint64 id) const;
    const QList<ImageItem> &items() const { return m_items; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The grey picture shown while a thumbnail loads, and the crossed one when it failed.
    static QPixmap placeholder(ThumbnailState state);

private:
    static ImageItem makeItem(const ImageRecord &image,
        const ProjectStore &store,
        const LabelRecord *label,
        const FlagRecord *flag,
        const QList<CellRecord> &cells,
        const QHash<qint64, CellLabelRecord> &cellLabels,
        const QString &unresolved);
    QString toolTip(const ImageItem &item) const;
    void thumbnailArrived(qint64 id);

    ThumbnailLoader *m_loader = nullptr;
    QList<ImageItem> m_items;
    QHash<qint64, int> m_rowOf;
};

} // namespace wbc
