#pragma once

#include "project/projectstore.h"
#include "review/uncertainty.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSortFilterProxyModel>

#include <optional>

namespace wbc {

class ThumbnailLoader;

// Whether a pathologist's label and a model's prediction name the same cell. A binary model
// predicts a group (polynuclear/mononuclear): it agrees with a four-class label of that group.
enum class Agreement { NotComparable, Agrees, Disagrees };
Agreement compareLabel(const ImageLabel &label, CellClass predicted);

// One row per image of a project: the pathologist's current label, the active model's
// prediction with its confidence and uncertainty, whether they agree, and who reviewed it. The
// rows are a snapshot of the store (reload()), kept current image by image (refreshImage());
// thumbnails come from the slide browser's loader. GUI thread.
class ReviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { File, Label, Prediction, Confidence, Agreement, Uncertainty, Reviewed, ColumnCount };
    enum Role {
        ImageIdRole = Qt::UserRole + 1,
        SortRole,        // the value a column sorts by
        AgreementRole,   // int(wbc::Agreement)
        ReviewedRole,    // bool: the current label comes from a review
        LabelledRole,    // bool: a single-class label (multi-cell labels are not reviewed here)
        PredictedRole,   // bool: the model predicted this image
        ConfidenceRole,  // double in [0, 1]; invalid without a prediction
        UncertaintyRole, // double in [0, 1]; invalid without a prediction
        ClassesRole,     // QList<int>: the label's classes and the predicted class
        ExcludedRole,    // bool: flagged as several cells or no white cell
    };

    explicit ReviewModel(ThumbnailLoader *thumbnails = nullptr, QObject *parent = nullptr);

    void setProject(ProjectStore *store);
    // The model whose predictions are shown (0: none).
    void setModelId(qint64 modelId);
    qint64 modelId() const { return m_modelId; }
    void setMeasure(UncertaintyMeasure measure);
    UncertaintyMeasure measure() const { return m_measure; }
    void reload();
    void refreshImage(qint64 imageId);

    qint64 imageIdAt(int row) const;
    int rowOf(qint64 imageId) const;
    std::optional<PredictionRecord> prediction(qint64 imageId) const;
    int predictionCount() const { return int(m_predictions.size()); }
    // Unlabelled, not excluded images with a prediction, most uncertain first.
    QList<qint64> uncertaintyQueue() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row
    {
        qint64 id = 0;
        QString file;
        QString path;
        QString key;
        std::optional<LabelRecord> label;
        bool excluded = false;
    };
    Row makeRow(const ImageRecord &image, const QHash<qint64, LabelRecord> &labels,
                const QHash<qint64, FlagRecord> &flags) const;
    QVariant displayData(const Row &row, int column) const;
    QVariant sortData(const Row &row, int column) const;

    ThumbnailLoader *m_thumbnails;
    ProjectStore *m_store = nullptr;
    qint64 m_modelId = 0;
    UncertaintyMeasure m_measure = UncertaintyMeasure::Margin;
    QList<Row> m_rows;
    QHash<qint64, int> m_rowOf;
    QHash<qint64, PredictionRecord> m_predictions;
};

// The review table's filters: disagreements only, confidence below a threshold, one class (in
// the label or the prediction), unreviewed only, and the uncertainty queue (unlabelled images,
// most uncertain first).
class ReviewFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ReviewFilterProxy(QObject *parent = nullptr);

    void setDisagreementsOnly(bool on);
    void setConfidenceBelow(std::optional<double> threshold);
    void setClassFilter(std::optional<CellClass> cls);
    void setUnreviewedOnly(bool on);
    // Unlabelled predicted images only, sorted by uncertainty, most uncertain first.
    void setUncertaintyQueue(bool on);
    bool isUncertaintyQueue() const { return m_queue; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void changed();

    bool m_disagreements = false;
    std::optional<double> m_confidenceBelow;
    std::optional<CellClass> m_class;
    bool m_unreviewed = false;
    bool m_queue = false;
};

} // namespace wbc
