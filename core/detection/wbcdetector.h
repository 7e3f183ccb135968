#pragma once

#include <vector>

#include <opencv2/core.hpp>

namespace wbc {

// One white cell found in an image.
struct DetectedCell
{
    cv::Rect box;       // nucleus + cytoplasm, in the input image's pixel coordinates
    double score = 0.0; // confidence in [0, 1]
};

// Tunables of WbcDetector. Lengths are in pixels of a 640 px wide image and scale with the
// input width; areas are fractions of cellDiameter^2 (after that scaling).
struct DetectorParams
{
    // Typical white-cell diameter (box side) in a 640 px wide image.
    double cellDiameter = 190.0;
    // Larger images are first shrunk to about this width (speed; 0 = never); boxes are mapped
    // back to the input's coordinates.
    int workingWidth = 800;

    // Nucleus stain channel is blue minus red after a Gaussian blur of this sigma (px at 640).
    double blurSigma = 1.5;
    // Threshold = median + max(minContrast, thresholdFraction * (P - median)) where P is the
    // stainPercentile-th percentile of the channel, i.e. halfway up to the darkest nucleus.
    double stainPercentile = 99.7;
    double thresholdFraction = 0.5;
    double minContrast = 25.0; // absolute floor (channel units, 0..255) over the median

    // Connected stain blobs smaller than lobeArea are ignored (platelets, noise); blobs of at
    // least seedArea are nucleus lobes that may be joined across the wider mergeGap, smaller
    // ones only across smallGap (a gap is the shortest edge-to-edge distance, x cellDiameter).
    double lobeArea = 0.008;
    double seedArea = 0.025;
    double mergeGap = 0.27;
    double smallGap = 0.06;
    // A merged nucleus never spans more than maxNucleusExtent x cellDiameter.
    double maxNucleusExtent = 1.35;
    // Two touching cells: a merge is refused when the nuclei together exceed separateArea and
    // one side is a single complete nucleus (area >= fullArea, solidity >= fullSolidity and
    // minor/major axis ratio >= fullElongation), as lymphocyte or monocyte nuclei are.
    double separateArea = 0.58;
    double fullArea = 0.25;
    double fullSolidity = 0.88;
    double fullElongation = 0.7;

    // A cell needs at least this much nucleus; smaller groups are platelet clumps.
    double minCellArea = 0.075;
    // The box is the nucleus box grown by a cytoplasm margin on each side (x cellDiameter):
    // solidMargin for compact nuclei (solidity >= solidNucleus, mononuclear cells with a thin
    // cytoplasm rim), lobedMargin otherwise; never smaller than minBoxSize x cellDiameter.
    double lobedMargin = 0.14;
    double solidMargin = 0.09;
    double solidNucleus = 0.9;
    double minBoxSize = 0.5;

    // Score = (1 - exp(-(area - minCellArea) / scoreArea)) * (1 - exp(-(c - minContrast) /
    // scoreContrast)) with c the mean stain contrast over the median: near 0 at the detection
    // limits, about 0.75 for a typical nucleus (area 0.3, contrast 70), towards 1 above.
    double scoreArea = 0.1;
    double scoreContrast = 25.0;
};

// Finds white blood cells in a stained blood smear: segments the nucleus stain, groups the lobes
// of one polynuclear cell while keeping neighbouring cells apart, and grows each nucleus to a
// cell box (like BCCD VOC 'WBC' boxes). Stateless and thread-safe.
class WbcDetector
{
public:
    explicit WbcDetector(DetectorParams params = {});

    // bgr: 8-bit BGR (gray and BGRA are converted). Returns boxes sorted by score, best first.
    std::vector<DetectedCell> detect(const cv::Mat &bgr) const;

    const DetectorParams &params() const { return m_params; }

private:
    DetectorParams m_params;
};

} // namespace wbc
