#pragma once

#include <optional>
#include <vector>

#include <QString>

namespace wbc {

// How likely a given label is wrong, from a cell's out-of-fold class probabilities (a model
// that never saw the cell). Every score is a label quality in [0, 1]: lower is more likely
// wrong. Pure functions of the probabilities; no Qt beyond names, any thread.
//  SelfConfidence:    p[given], the probability of the given label.
//  NormalizedMargin:  (p[given] - max over other classes p[k] + 1) / 2.
//  ConfidentLearning: Northcutt, Jiang, Chuang (2021): the cells that another class claims
//                     (p[k] reaches class k's threshold, the mean self-confidence of the cells
//                     labelled k) come first, each part ordered by the normalized margin.
// docs/BENCHMARKS.md ("Check labels") measures the three on injected flips; the audit ranks by
// kDefaultLabelRanking.
enum class LabelRanking { SelfConfidence, NormalizedMargin, ConfidentLearning };
inline constexpr LabelRanking kDefaultLabelRanking = LabelRanking::SelfConfidence;

// "self_confidence", "normalized_margin", "confident_learning".
QString labelRankingName(LabelRanking ranking);
std::optional<LabelRanking> parseLabelRanking(QStringView text);

// Class-count x class-count counts and the estimate drawn from them (confident learning).
struct ConfidentJoint
{
    int classes = 0;
    // Per class, the mean probability of that class over the cells labelled with it; +infinity
    // for a class no cell is labelled with (nothing is confidently that class).
    std::vector<double> thresholds;
    // counts[given][true]: the cells labelled `given` whose most probable class among those
    // reaching their threshold is `true`; cells that reach no threshold are not counted.
    std::vector<std::vector<int>> counts;
    // Each row of counts scaled to the number of cells with that given label; their sum is the
    // cells counted. joint = calibrated / cells: the estimated joint distribution of given and
    // true labels.
    std::vector<std::vector<double>> calibrated;
    std::vector<std::vector<double>> joint;
    // Per given class, the off-diagonal sum of its calibrated row, rounded: how many of the
    // cells labelled with it are estimated to be wrong.
    std::vector<int> estimatedErrors;
    // Per cell: another class than the given one reaches its threshold and is the most probable
    // of those that do (the cell sits off the diagonal).
    std::vector<bool> offDiagonal;

    int totalEstimatedErrors() const;
};

// probabilities[i]: cell i's probabilities over `classes` classes; labels[i] its given class
// (0..classes-1).
ConfidentJoint confidentJoint(const std::vector<std::vector<float>> &probabilities,
                              const std::vector<int> &labels,
                              int classes);

// The label quality of each cell under a ranking (ConfidentLearning needs the joint's
// offDiagonal flags: flagged cells score in [0, 0.5), the others in [0.5, 1]).
std::vector<double> labelQualityScores(const std::vector<std::vector<float>> &probabilities,
                                       const std::vector<int> &labels,
                                       LabelRanking ranking,
                                       const ConfidentJoint &joint);

// The most probable class other than the given label: what a suspect's label would become.
int suggestedClass(const std::vector<float> &probabilities, int label);

// Indices of the scores, worst (lowest) first; ties keep index order.
std::vector<int> rankWorstFirst(const std::vector<double> &scores);

} // namespace wbc
