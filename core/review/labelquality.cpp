#include "review/labelquality.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace wbc {

namespace {

double normalizedMargin(const std::vector<float> &p, int label)
{
    double other = 0.0;
    for (int k = 0; k < int(p.size()); ++k) {
        if (k != label)
            other = std::max(other, double(p[size_t(k)]));
    }
    const double given = label >= 0 && label < int(p.size()) ? double(p[size_t(label)]) : 0.0;
    return std::clamp((given - other + 1.0) / 2.0, 0.0, 1.0);
}

} // namespace

QString labelRankingName(LabelRanking ranking)
{
    switch (ranking) {
    case LabelRanking::SelfConfidence:
        return QStringLiteral("self_confidence");
    case LabelRanking::NormalizedMargin:
        return QStringLiteral("normalized_margin");
    case LabelRanking::ConfidentLearning:
        return QStringLiteral("confident_learning");
    }
    return {};
}

std::optional<LabelRanking> parseLabelRanking(QStringView text)
{
    for (LabelRanking r : {LabelRanking::SelfConfidence,
                           LabelRanking::NormalizedMargin,
                           LabelRanking::ConfidentLearning}) {
        if (text == labelRankingName(r))
            return r;
    }
    return std::nullopt;
}

int ConfidentJoint::totalEstimatedErrors() const
{
    return std::accumulate(estimatedErrors.begin(), estimatedErrors.end(), 0);
}

ConfidentJoint confidentJoint(const std::vector<std::vector<float>> &probabilities,
                              const std::vector<int> &labels,
                              int classes)
{
    ConfidentJoint cj;
    cj.classes = classes;
    const size_t n = std::min(probabilities.size(), labels.size());
    const size_t k = size_t(std::max(classes, 0));
    std::vector<double> sum(k, 0.0);
    std::vector<int> given(k, 0);
    for (size_t i = 0; i < n; ++i) {
        const int y = labels[i];
        if (y < 0 || y >= classes || probabilities[i].size() != k)
            continue;
        sum[size_t(y)] += probabilities[i][size_t(y)];
        ++given[size_t(y)];
    }
    cj.thresholds.assign(k, std::numeric_limits<double>::infinity());
    for (size_t c = 0; c < k; ++c) {
        if (given[c] > 0)
            cj.thresholds[c] = sum[c] / given[c];
    }
    cj.counts.assign(k, std::vector<int>(k, 0));
    cj.offDiagonal.assign(probabilities.size(), false);
    // A small tolerance, as cleanlab: a class's cells that all sit exactly at the mean count.
    constexpr double kTolerance = 1e-6;
    for (size_t i = 0; i < n; ++i) {
        const int y = labels[i];
        if (y < 0 || y >= classes || probabilities[i].size() != k)
            continue;
        int best = -1;
        for (size_t c = 0; c < k; ++c) {
            const double p = probabilities[i][c];
            if (p >= cj.thresholds[c] - kTolerance
                && (best < 0 || p > probabilities[i][size_t(best)]))
                best = int(c);
        }
        if (best < 0)
            continue;
        ++cj.counts[size_t(y)][size_t(best)];
        cj.offDiagonal[i] = best != y;
    }
    cj.calibrated.assign(k, std::vector<double>(k, 0.0));
    cj.joint.assign(k, std::vector<double>(k, 0.0));
    cj.estimatedErrors.assign(k, 0);
    double total = 0.0;
    for (size_t r = 0; r < k; ++r) {
        const int rowCount = std::accumulate(cj.counts[r].begin(), cj.counts[r].end(), 0);
        if (rowCount == 0)
            continue;
        double off = 0.0;
        for (size_t c = 0; c < k; ++c) {
            cj.calibrated[r][c] = double(cj.counts[r][c]) / rowCount * given[r];
            total += cj.calibrated[r][c];
            if (c != r)
                off += cj.calibrated[r][c];
        }
        cj.estimatedErrors[r] = int(std::lround(off));
    }
    for (size_t r = 0; r < k; ++r) {
        for (size_t c = 0; c < k; ++c)
            cj.joint[r][c] = total > 0 ? cj.calibrated[r][c] / total : 0.0;
    }
    return cj;
}

std::vector<double> labelQualityScores(const std::vector<std::vector<float>> &probabilities,
                                       const std::vector<int> &labels,
                                       LabelRanking ranking,
                                       const ConfidentJoint &joint)
{
    std::vector<double> scores(probabilities.size(), 1.0);
    for (size_t i = 0; i < probabilities.size() && i < labels.size(); ++i) {
        const std::vector<float> &p = probabilities[i];
        const int y = labels[i];
        switch (ranking) {
        case LabelRanking::SelfConfidence:
            scores[i] = y >= 0 && y < int(p.size()) ? double(p[size_t(y)]) : 0.0;
            break;
        case LabelRanking::NormalizedMargin:
            scores[i] = normalizedMargin(p, y);
            break;
        case LabelRanking::ConfidentLearning: {
            const bool flagged = i < joint.offDiagonal.size() && joint.offDiagonal[i];
            scores[i] = (flagged ? 0.0 : 0.5) + normalizedMargin(p, y) / 2.0;
            if (flagged)
                scores[i] = std::min(scores[i], std::nextafter(0.5, 0.0));
            break;
        }
        }
    }
    return scores;
}

int suggestedClass(const std::vector<float> &probabilities, int label)
{
    int best = -1;
    for (int k = 0; k < int(probabilities.size()); ++k) {
        if (k != label && (best < 0 || probabilities[size_t(k)] > probabilities[size_t(best)]))
            best = k;
    }
    return best;
}

std::vector<int> rankWorstFirst(const std::vector<double> &scores)
{
    std::vector<int> order(scores.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return scores[size_t(a)] < scores[size_t(b)];
    });
    return order;
}

} // namespace wbc
