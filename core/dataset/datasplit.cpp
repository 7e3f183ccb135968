#include "dataset/datasplit.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <map>
#include <random>

namespace wbc {

namespace {

std::map<int, std::vector<int>> byClass(const std::vector<int> &labels)
{
    std::map<int, std::vector<int>> classes;
    for (int i = 0; i < int(labels.size()); ++i) {
        if (labels[size_t(i)] >= 0)
            classes[labels[size_t(i)]].push_back(i);
    }
    return classes;
}

// Groups in order of first appearance, with their members and their most common label.
struct Groups
{
    std::vector<std::vector<int>> members;
    std::vector<int> labels;
};

Groups groupSamples(const std::vector<int> &labels, const std::vector<qint64> &groups)
{
    Groups g;
    std::map<qint64, size_t> index;
    for (int i = 0; i < int(labels.size()); ++i) {
        if (labels[size_t(i)] < 0)
            continue;
        const qint64 key = i < int(groups.size()) ? groups[size_t(i)] : qint64(-1 - i);
        auto [it, added] = index.emplace(key, g.members.size());
        if (added)
            g.members.emplace_back();
        g.members[it->second].push_back(i);
    }
    for (const std::vector<int> &m : g.members) {
        std::map<int, int> counts;
        for (int i : m)
            ++counts[labels[size_t(i)]];
        int best = -1;
        for (const auto &[label, n] : counts) {
            if (best < 0 || n > counts[best])
                best = label;
        }
        g.labels.push_back(best);
    }
    return g;
}

} // namespace

DataSplit stratifiedGroupSplit(const std::vector<int> &labels,
                               const std::vector<qint64> &groups,
                               double valFraction,
                               std::uint64_t seed)
{
    const Groups g = groupSamples(labels, groups);
    const DataSplit byGroup = stratifiedSplit(g.labels, valFraction, seed);
    DataSplit split;
    for (int gi : byGroup.train)
        split.train.insert(split.train.end(), g.members[size_t(gi)].begin(),
                           g.members[size_t(gi)].end());
    for (int gi : byGroup.validation)
        split.validation.insert(split.validation.end(), g.members[size_t(gi)].begin(),
                                g.members[size_t(gi)].end());
    std::sort(split.train.begin(), split.train.end());
    std::sort(split.validation.begin(), split.validation.end());
    return split;
}

std::vector<int> stratifiedGroupFolds(const std::vector<int> &labels,
                                      const std::vector<qint64> &groups,
                                      int k,
                                      std::uint64_t seed)
{
    const Groups g = groupSamples(labels, groups);
    const std::vector<int> groupFolds = stratifiedFolds(g.labels, k, seed);
    std::vector<int> folds(labels.size(), -1);
    for (size_t gi = 0; gi < g.members.size(); ++gi) {
        for (int i : g.members[gi])
            folds[size_t(i)] = groupFolds[gi];
    }
    return folds;
}

QJsonObject DataSplit::toJson(const std::vector<qint64> &sampleIds) const
{
    const auto ids = [&](const std::vector<int> &indices) {
        QJsonArray a;
        for (int i : indices)
            a.append(i >= 0 && i < int(sampleIds.size()) ? sampleIds[size_t(i)] : qint64(-1));
        return a;
    };
    return {{QStringLiteral("train"), ids(train)}, {QStringLiteral("validation"), ids(validation)}};
}

DataSplit stratifiedSplit(const std::vector<int> &labels, double valFraction, std::uint64_t seed)
{
    DataSplit split;
    std::mt19937_64 rng(seed);
    const double f = std::clamp(valFraction, 0.0, 1.0);
    for (auto &[cls, members] : byClass(labels)) {
        std::shuffle(members.begin(), members.end(), rng);
        const int n = int(members.size());
        int nVal = int(std::lround(n * f));
        if (f > 0 && n >= 2)
            nVal = std::max(nVal, 1);
        nVal = std::min(nVal, n - 1);
        nVal = std::max(nVal, 0);
        split.validation.insert(split.validation.end(), members.begin(), members.begin() + nVal);
        split.train.insert(split.train.end(), members.begin() + nVal, members.end());
    }
    std::sort(split.train.begin(), split.train.end());
    std::sort(split.validation.begin(), split.validation.end());
    return split;
}

std::vector<int> stratifiedFolds(const std::vector<int> &labels, int k, std::uint64_t seed)
{
    std::vector<int> folds(labels.size(), -1);
    if (k < 1)
        return folds;
    std::mt19937_64 rng(seed);
    int offset = 0; // continue dealing where the last class stopped, so fold sizes stay even
    for (auto &[cls, members] : byClass(labels)) {
        std::shuffle(members.begin(), members.end(), rng);
        for (int j = 0; j < int(members.size()); ++j)
            folds[size_t(members[size_t(j)])] = (offset + j) % k;
        offset = (offset + int(members.size())) % k;
    }
    return folds;
}

DataSplit foldSplit(const std::vector<int> &folds, int fold)
{
    DataSplit split;
    for (int i = 0; i < int(folds.size()); ++i) {
        if (folds[size_t(i)] < 0)
            continue;
        (folds[size_t(i)] == fold ? split.validation : split.train).push_back(i);
    }
    return split;
}

} // namespace wbc
