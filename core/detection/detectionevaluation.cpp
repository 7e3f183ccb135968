#include "detection/detectionevaluation.h"

#include <QCoreApplication>

#include <algorithm>
#include <tuple>

namespace wbc {

QString flagName(CellCountFlag flag)
{
    switch (flag) {
    case CellCountFlag::None:
        return QStringLiteral("none");
    case CellCountFlag::Single:
        return QStringLiteral("single");
    case CellCountFlag::Multi:
        return QStringLiteral("multi");
    }
    return {};
}

QString flagDisplayName(CellCountFlag flag)
{
    switch (flag) {
    case CellCountFlag::None:
        return QCoreApplication::translate("CellCountFlag", "no white cell");
    case CellCountFlag::Single:
        return QCoreApplication::translate("CellCountFlag", "one white cell");
    case CellCountFlag::Multi:
        return QCoreApplication::translate("CellCountFlag", "several white cells");
    }
    return {};
}

QString sourceDisplayName(const QString &source)
{
    if (source == u"import")
        return QCoreApplication::translate("Source", "imported");
    if (source == u"user")
        return QCoreApplication::translate("Source", "set by a person");
    if (source == u"detected" || source == u"detector")
        return QCoreApplication::translate("Source", "detection");
    if (source == u"annotation")
        return QCoreApplication::translate("Source", "annotation");
    if (source == u"review")
        return QCoreApplication::translate("Source", "review");
    if (source == u"undo" || source == u"undo-detection")
        return QCoreApplication::translate("Source", "undo");
    return source;
}

std::optional<CellCountFlag> parseFlag(QStringView name)
{
    for (CellCountFlag f : {CellCountFlag::None, CellCountFlag::Single, CellCountFlag::Multi}) {
        if (name.compare(flagName(f), Qt::CaseInsensitive) == 0)
            return f;
    }
    return std::nullopt;
}

CellCountFlag flagForCount(int wbcCount)
{
    return wbcCount <= 0 ? CellCountFlag::None
                         : (wbcCount == 1 ? CellCountFlag::Single : CellCountFlag::Multi);
}

double iou(const QRect &a, const QRect &b)
{
    const QRect i = a.intersected(b);
    if (i.isEmpty())
        return 0.0;
    const double inter = double(i.width()) * i.height();
    const double uni = double(a.width()) * a.height() + double(b.width()) * b.height() - inter;
    return uni > 0 ? inter / uni : 0.0;
}

BoxMatch matchBoxes(const QList<QRect> &truth, const QList<QRect> &detections, double threshold)
{
    std::vector<std::tuple<double, int, int>> pairs;
    for (int t = 0; t < truth.size(); ++t) {
        for (int d = 0; d < detections.size(); ++d) {
            const double v = iou(truth[t], detections[d]);
            if (v >= threshold)
                pairs.emplace_back(v, t, d);
        }
    }
    std::sort(pairs.begin(), pairs.end(), [](const auto &x, const auto &y) {
        return std::get<0>(x) > std::get<0>(y);
    });
    std::vector<bool> usedT(size_t(truth.size())), usedD(size_t(detections.size()));
    BoxMatch m;
    for (const auto &[v, t, d] : pairs) {
        if (usedT[size_t(t)] || usedD[size_t(d)])
            continue;
        usedT[size_t(t)] = usedD[size_t(d)] = true;
        ++m.matched;
        m.matchedIou.append(v);
    }
    for (int t = 0; t < truth.size(); ++t)
        if (!usedT[size_t(t)])
            m.unmatchedTruth.append(t);
    for (int d = 0; d < detections.size(); ++d)
        if (!usedD[size_t(d)])
            m.unmatchedDetection.append(d);
    return m;
}

void DetectionScores::add(const QString &image, const QList<QRect> &truth,
                          const QList<QRect> &found, double threshold)
{
    const BoxMatch m = matchBoxes(truth, found, threshold);
    ++images;
    truthBoxes += int(truth.size());
    detections += int(found.size());
    matched += m.matched;
    const bool multiTruth = truth.size() >= 2, multiFound = found.size() >= 2;
    flagTruePositive += multiTruth && multiFound;
    flagFalsePositive += !multiTruth && multiFound;
    flagFalseNegative += multiTruth && !multiFound;
    if (truth.size() != found.size() || !m.unmatchedTruth.isEmpty()
        || !m.unmatchedDetection.isEmpty())
        disagreements.append({image, int(truth.size()), int(found.size()),
                              int(m.unmatchedTruth.size()), int(m.unmatchedDetection.size())});
}

double DetectionScores::flagPrecision() const
{
    const int p = flagTruePositive + flagFalsePositive;
    return p ? double(flagTruePositive) / p : 1.0;
}

double DetectionScores::flagRecall() const
{
    const int p = flagTruePositive + flagFalseNegative;
    return p ? double(flagTruePositive) / p : 1.0;
}

double DetectionScores::flagF1() const
{
    const double p = flagPrecision(), r = flagRecall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

} // namespace wbc
