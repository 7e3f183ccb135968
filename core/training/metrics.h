#pragma once

#include <QJsonObject>
#include <QStringList>

#include <vector>

namespace wbc {

// Precision, recall and F1 of one class; 0 where undefined (no prediction / no truth).
struct ClassMetrics
{
    double precision = 0.0;
    double recall = 0.0;
    double f1 = 0.0;
    int support = 0; // images whose truth is this class
};

// Counts of (truth, prediction) pairs: rows are the truth, columns the prediction. Plain value
// type, no torch; used by the trainer, `wbc evaluate` and the GUI.
class ConfusionMatrix
{
public:
    explicit ConfusionMatrix(int classCount = 0);

    void add(int truth, int predicted, int count = 1);
    int classCount() const { return m_n; }
    int count(int truth, int predicted) const { return m_counts[size_t(truth * m_n + predicted)]; }
    int total() const;
    int rowTotal(int truth) const;
    int columnTotal(int predicted) const;

    double accuracy() const;
    // Mean recall over the classes that occur in the truth.
    double balancedAccuracy() const;
    ClassMetrics classMetrics(int cls) const;
    double macroF1() const;

    // {"accuracy", "balanced_accuracy", "confusion": [[...]], "per_class": {NAME: {...}}}
    QJsonObject toJson(const QStringList &classNames) const;
    ConfusionMatrix &operator+=(const ConfusionMatrix &other);

private:
    int m_n = 0;
    std::vector<int> m_counts;
};

// Mean and sample standard deviation (0 for fewer than two values).
struct MeanSpread
{
    double mean = 0.0;
    double stddev = 0.0;
};
MeanSpread meanSpread(const std::vector<double> &values);

} // namespace wbc
