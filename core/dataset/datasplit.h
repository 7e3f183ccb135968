#pragma once

#include <QJsonObject>

#include <cstdint>
#include <vector>

namespace wbc {

// Which samples (indices into a sample list, one per image) train and which validate. Splits are
// made by image, before any augmentation, so no image is on both sides.
struct DataSplit
{
    std::vector<int> train;
    std::vector<int> validation;

    // {"train": [ids...], "validation": [ids...]} with ids[i] = sampleIds[index].
    QJsonObject toJson(const std::vector<qint64> &sampleIds) const;
};

// Stratified: in every class round(n * valFraction) images validate (at least one when the class
// has two or more and valFraction > 0; never all of them). Deterministic for the seed; both lists
// sorted. Samples with a negative label are left out.
DataSplit stratifiedSplit(const std::vector<int> &labels, double valFraction, std::uint64_t seed);

// Stratified k-fold: the fold (0..k-1) of every sample, each class dealt round-robin over the
// folds after a seeded shuffle; -1 for samples with a negative label.
std::vector<int> stratifiedFolds(const std::vector<int> &labels, int k, std::uint64_t seed);
// Fold `fold` validates, the others train.
DataSplit foldSplit(const std::vector<int> &folds, int fold);

// The same, for samples that come in groups (the cells of one image, or the images of one
// slide) which must never sit on both sides: whole groups are dealt, each stratified by its
// most common label (ties: the smaller label). groups[i] is sample i's group id. With one sample
// per group these equal stratifiedSplit / stratifiedFolds exactly.
DataSplit stratifiedGroupSplit(const std::vector<int> &labels,
                               const std::vector<qint64> &groups,
                               double valFraction,
                               std::uint64_t seed);
std::vector<int> stratifiedGroupFolds(const std::vector<int> &labels,
                                      const std::vector<qint64> &groups,
                                      int k,
                                      std::uint64_t seed);

} // namespace wbc
