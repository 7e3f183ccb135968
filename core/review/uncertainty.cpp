#include "review/uncertainty.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace wbc {

double uncertainty(const PredictionRecord &prediction, UncertaintyMeasure measure)
{
    const qsizetype n = prediction.probabilities.size();
    if (n < 2)
        return 0.0;
    if (measure == UncertaintyMeasure::Margin) {
        double p1 = 0.0;
        double p2 = 0.0;
        for (const auto &entry : prediction.probabilities) {
            const double p = entry.second;
            if (p > p1) {
                p2 = p1;
                p1 = p;
            } else if (p > p2) {
                p2 = p;
            }
        }
        return std::clamp(1.0 - (p1 - p2), 0.0, 1.0);
    }
    double h = 0.0;
    for (const auto &entry : prediction.probabilities) {
        const double p = entry.second;
        if (p > 0.0)
            h -= p * std::log(p);
    }
    return std::clamp(h / std::log(double(n)), 0.0, 1.0);
}

QList<qint64> uncertaintyQueue(const QHash<qint64, PredictionRecord> &predictions,
                               const QSet<qint64> &exclude,
                               UncertaintyMeasure measure)
{
    QList<std::pair<double, qint64>> scored;
    scored.reserve(predictions.size());
    for (auto it = predictions.cbegin(); it != predictions.cend(); ++it) {
        if (!exclude.contains(it.key()))
            scored.append({uncertainty(*it, measure), it.key()});
    }
    std::sort(scored.begin(), scored.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    QList<qint64> out;
    out.reserve(scored.size());
    for (const auto &s : scored)
        out.append(s.second);
    return out;
}

} // namespace wbc
