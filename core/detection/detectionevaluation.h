#pragma once

#include <QList>
#include <QRect>
#include <QString>

#include <optional>

namespace wbc {

// How many white cells an image shows, as the multi-cell filter sees it.
enum class CellCountFlag { None, Single, Multi };

QString flagName(CellCountFlag flag); // "none", "single", "multi"
// What a person reads: "one white cell", "several white cells", "no white cell" (translated).
QString flagDisplayName(CellCountFlag flag);
// Where a label, flag or box came from, translated: "import", "user", "detected", ...
QString sourceDisplayName(const QString &source);
std::optional<CellCountFlag> parseFlag(QStringView name);
CellCountFlag flagForCount(int wbcCount);

double iou(const QRect &a, const QRect &b);

// Greedy one-to-one matching by IoU (best pairs first) at a threshold.
struct BoxMatch
{
    int matched = 0;
    QList<int> unmatchedTruth;     // indices into truth
    QList<int> unmatchedDetection; // indices into detections
    QList<double> matchedIou;
};
BoxMatch matchBoxes(const QList<QRect> &truth, const QList<QRect> &detections,
                    double threshold = 0.5);

// Scores of a detector against annotated WBC boxes over many images.
struct DetectionScores
{
    struct Disagreement
    {
        QString image;
        int truthCount = 0;
        int detectedCount = 0;
        int unmatchedTruth = 0;
        int unmatchedDetections = 0;
    };

    int images = 0;
    int truthBoxes = 0;
    int detections = 0;
    int matched = 0;
    int flagTruePositive = 0; // multi-cell images flagged multi
    int flagFalsePositive = 0;
    int flagFalseNegative = 0;
    QList<Disagreement> disagreements;

    void add(const QString &image, const QList<QRect> &truth, const QList<QRect> &detections,
             double threshold = 0.5);
    double recall() const { return truthBoxes ? double(matched) / truthBoxes : 1.0; }
    double precision() const { return detections ? double(matched) / detections : 1.0; }
    double flagPrecision() const;
    double flagRecall() const;
    double flagF1() const;
};

} // namespace wbc
