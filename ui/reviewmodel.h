#pragma once

#include "project/projectstore.h"
#include "review/uncertainty.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSortFilterProxyModel>

#include <optional>

namespace wbc {

class ThumbnailLoader;

// Whether a pathologist's label of a cell and a model's prediction name the same class. A binary
// model predicts a group (polynuclear/mononuclear): it agrees with a four-class label of that
// group. Unlabelled, unidentified and not-counted cells are not comparable.
enum class Agreement { NotComparable, Agrees, Disagrees };
Agreement compareLabel(const CellLabel &label, CellClass predicted);

// One row per white cell with a prediction of the active model: its image and place in the
// field, the pathologist's current label, the prediction with its confidence and uncertainty,
// whether they agree, and who reviewed it. The rows are a snapshot of the store (reload()), kept
// current image by image (refreshImage()); the picture is the cell cut from the image's
// thumbnail (the slide browser's loader). GUI thread.
class ReviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        File,
        Cell,
        Label,
        Prediction,
        Confidence,
        Agreement,
        Uncertainty,
        Reviewed,
        ColumnCount
    };
    enum Role {
        ImageIdRole = Qt::UserRole + 1,
        SortRole,        // the value a column sorts by
        AgreementRole,   // int(wbc::Agreement)
        ReviewedRole,    // bool: the current label comes from a review
        LabelledRole,    // bool: the cell has a label (a class or a special choice)
        PredictedRole,   // bool: the model predicted this cell (every row, today)
        ConfidenceRole,  // double in [0, 1]
        UncertaintyRole, // double in [0, 1]
        ClassesRole,     // QList<int>: the label's class and the predicted class
        ExcludedRole,    // bool: labelled unidentified or not counted
        CellIdRole,      // qint64
    };

    explicit ReviewModel(ThumbnailLoader *thumbnails = nullptr, QObject *parent = nullptr);

    void setProject(ProjectStore *store);
    // The model whose predictions are shown (0: none).
    void setModelId(qint64 modelId);
    qint64 modelId() const { return m_modelId; }
    void setMeasure(UncertaintyMeasure measure);
    UncertaintyMeasure measure() const { return m_measure; }
    void reload();
    // Re-reads the labels of one image's cells (and its rows, when its cells changed).
    void refreshImage(qint64 imageId);

    qint64 cellIdAt(int row) const;
    qint64 imageIdAt(int row) const;
    int rowOfCell(qint64 cellId) const;
    // The image's first row; -1 when none of its cells is listed.
    int rowOfImage(qint64 imageId) const;
    std::optional<PredictionRecord> prediction(qint64 cellId) const;
    std::optional<CellLabelRecord> label(qint64 cellId) const;
    // Predicted white cells (the rows).
    int predictionCount() const { return int(m_rows.size()); }
    // Cell ids of the unlabelled predicted cells, most uncertain first.
    QList<qint64> uncertaintyQueue() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row
    {
        qint64 cellId = 0;
        qint64 imageId = 0;
        int number = 0;    // place in the field, 1-based
        int fieldCells = 0; // white cells of the field
        QString file;
        QString path;
        QString key;
        QRect box;
        QSize imageSize;
        std::optional<CellLabelRecord> label;
        PredictionRecord prediction;
    };
    QList<Row> rowsOfImage(const ImageRecord &image, const QList<CellRecord> &cells,
                           const QHash<qint64, CellLabelRecord> &labels,
                           const QHash<qint64, PredictionRecord> &predictions) const;
    void reindex();
    QVariant displayData(const Row &row, int column) const;
    QVariant sortData(const Row &row, int column) const;
    QVariant picture(const Row &row) const;

    ThumbnailLoader *m_thumbnails;
    ProjectStore *m_store = nullptr;
    qint64 m_modelId = 0;
    UncertaintyMeasure m_measure = UncertaintyMeasure::Margin;
    QList<Row> m_rows; // by image, then field order
    QHash<qint64, int> m_rowOfCell;
    QHash<qint64, int> m_firstRowOfImage;
    QHash<qint64, PredictionRecord> m_predictions; // by cell id, of the listed cells
    QHash<qint64, PredictionRecord> m_modelPredictions; // every cell's, as reload() read them
};

// The review table's filters: disagreements only, confidence below a threshold, one class (in
// the label or the prediction), unreviewed only, and the uncertainty queue (unlabelled cells,
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
    // Unlabelled predicted cells only, sorted by uncertainty, most uncertain first.
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
