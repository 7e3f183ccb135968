#pragma once

#include <QWidget>

class QCustomPlot;
class QCPGraph;

namespace wbc {

struct BatchReport;
struct EpochReport;

// Live training curves: loss and accuracy, per batch (smoothed) and per epoch, training and
// validation, against epochs; auto-scaling, legend, a hover read-out of the nearest point.
// Other runs can be overlaid for comparison (their validation curves, dashed). GUI thread.
class TrainingPlots : public QWidget
{
    Q_OBJECT

public:
    explicit TrainingPlots(QWidget *parent = nullptr);

    void clear();
    void addBatch(const BatchReport &report);
    void addEpoch(const EpochReport &report);
    // Overlays a finished run's per-epoch validation loss and accuracy.
    void addComparison(const QString &name, const QList<double> &valLoss,
                       const QList<double> &valAccuracy);
    void clearComparisons();

    // For tests and export.
    int pointCount(const QString &graphName) const;
    bool savePng(const QString &path); // grabs the widget
    bool savePdf(const QString &path) const;
    QCustomPlot *lossPlot() const { return m_loss; }
    QCustomPlot *accuracyPlot() const { return m_accuracy; }

private:
    QCPGraph *graph(QCustomPlot *plot, const QString &name) const;
    void replot();
    void showReadout(QCustomPlot *plot, QMouseEvent *event);

    QCustomPlot *m_loss;
    QCustomPlot *m_accuracy;
    double m_smoothedLoss = -1.0;
    QList<QCPGraph *> m_comparisons;
};

} // namespace wbc
