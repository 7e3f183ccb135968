#include "detection/wbcdetector.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <utility>

#include <opencv2/imgproc.hpp>

namespace wbc {

namespace {

// numpy-style percentile (linear interpolation) of a continuous float image.
double percentile(std::vector<float> &values, double pct)
{
    if (values.empty())
        return 0.0;
    const double idx = std::clamp(pct, 0.0, 100.0) / 100.0 * double(values.size() - 1);
    const auto lo = std::size_t(std::floor(idx));
    const auto hi = std::min(lo + 1, values.size() - 1);
    std::nth_element(values.begin(), values.begin() + lo, values.end());
    const double vlo = values[lo];
    if (hi == lo || idx == double(lo))
        return vlo;
    // After nth_element everything above lo is >= vlo; the next order statistic is their min.
    const double vhi = *std::min_element(values.begin() + lo + 1, values.end());
    return vlo + (vhi - vlo) * (idx - double(lo));
}

// One connected blob of nucleus stain.
struct Blob
{
    int area = 0;
    cv::Rect box;
    std::vector<cv::Point> contour; // outer boundary points (all external contours)
    double solidity = 0.0;
    double elongation = 0.0; // minor / major side of the minimum-area rectangle
    bool seed = false;
};

// Shortest distance between two blobs' boundaries, or +inf when their boxes are farther apart
// than limit (cheap rejection).
double blobGap(const Blob &a, const Blob &b, double limit)
{
    const int dx = std::max(
        {0, a.box.x - (b.box.x + b.box.width), b.box.x - (a.box.x + a.box.width)});
    const int dy = std::max(
        {0, a.box.y - (b.box.y + b.box.height), b.box.y - (a.box.y + a.box.height)});
    if (std::hypot(dx, dy) > limit + 2.0)
        return std::numeric_limits<double>::infinity();
    int best = std::numeric_limits<int>::max();
    for (const cv::Point &p : a.contour) {
        for (const cv::Point &q : b.contour) {
            const int ex = p.x - q.x;
            const int ey = p.y - q.y;
            best = std::min(best, ex * ex + ey * ey);
        }
    }
    return std::sqrt(double(best));
}

cv::Mat toBgr8(const cv::Mat &image)
{
    cv::Mat bgr;
    if (image.channels() == 1)
        cv::cvtColor(image, bgr, cv::COLOR_GRAY2BGR);
    else if (image.channels() == 4)
        cv::cvtColor(image, bgr, cv::COLOR_BGRA2BGR);
    else
        bgr = image;
    if (bgr.depth() == CV_16U)
        bgr.convertTo(bgr, CV_8U, 1.0 / 257.0);
    else if (bgr.depth() == CV_32F || bgr.depth() == CV_64F)
        bgr.convertTo(bgr, CV_8U, 255.0); // assumed in [0, 1]
    else if (bgr.depth() != CV_8U)
        bgr.convertTo(bgr, CV_8U);
    return bgr;
}

} // namespace

WbcDetector::WbcDetector(DetectorParams params)
    : m_params(std::move(params))
{}

std::vector<DetectedCell> WbcDetector::detect(const cv::Mat &image) const
{
    std::vector<DetectedCell> cells;
    if (image.empty() || image.dims != 2 || image.channels() == 2 || image.channels() > 4)
        return cells;
    const DetectorParams &p = m_params;
    cv::Mat bgr = toBgr8(image);
    double shrink = 1.0; // working / input size
    if (p.workingWidth > 0 && bgr.cols > p.workingWidth) {
        shrink = double(p.workingWidth) / bgr.cols;
        cv::resize(bgr, bgr, cv::Size(), shrink, shrink, cv::INTER_AREA);
    }
    const double scale = bgr.cols / 640.0;
    const double diam = p.cellDiameter * scale;
    const double diam2 = diam * diam;

    // Nucleus stain channel: blue minus red (nuclei are blue-violet, red cells pink, the
    // background pale). Robust to exposure since only differences to the median matter.
    cv::Mat smooth;
    bgr.convertTo(smooth, CV_32FC3);
    cv::GaussianBlur(smooth, smooth, cv::Size(0, 0), std::max(0.1, p.blurSigma * scale));
    cv::Mat planes[3];
    cv::split(smooth, planes);
    cv::Mat stain = planes[0] - planes[2];

    std::vector<float> values(stain.begin<float>(), stain.end<float>());
    const double high = percentile(values, p.stainPercentile);
    const double median = percentile(values, 50.0);
    const double threshold = median
                             + std::max(p.minContrast, p.thresholdFraction * (high - median));

    cv::Mat mask = stain > threshold;
    const int k = 2 * std::max(1, int(std::lround(scale))) + 1;
    cv::morphologyEx(mask,
                     mask,
                     cv::MORPH_OPEN,
                     cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(k, k)));

    cv::Mat labels, stats, centroids;
    const int nLabels = cv::connectedComponentsWithStats(mask, labels, stats, centroids, 8, CV_32S);

    // Blobs large enough to be (part of) a nucleus.
    std::vector<Blob> blobs;
    std::vector<int> blobOfLabel(std::size_t(nLabels), -1);
    for (int i = 1; i < nLabels; ++i) {
        const int area = stats.at<int>(i, cv::CC_STAT_AREA);
        if (area < p.lobeArea * diam2)
            continue;
        Blob b;
        b.area = area;
        b.box = cv::Rect(stats.at<int>(i, cv::CC_STAT_LEFT),
                         stats.at<int>(i, cv::CC_STAT_TOP),
                         stats.at<int>(i, cv::CC_STAT_WIDTH),
                         stats.at<int>(i, cv::CC_STAT_HEIGHT));
        b.seed = area >= p.seedArea * diam2;
        cv::Mat blobMask = cv::Mat::zeros(b.box.height + 2, b.box.width + 2, CV_8U);
        cv::Mat inner = blobMask(cv::Rect(1, 1, b.box.width, b.box.height));
        inner.setTo(255, labels(b.box) == i);
        std::vector<std::vector<cv::Point>> contours;
        cv::findContours(blobMask,
                         contours,
                         cv::RETR_EXTERNAL,
                         cv::CHAIN_APPROX_NONE,
                         cv::Point(b.box.x - 1, b.box.y - 1));
        if (contours.empty())
            continue;
        std::size_t largest = 0;
        for (std::size_t c = 0; c < contours.size(); ++c) {
            if (cv::contourArea(contours[c]) > cv::contourArea(contours[largest]))
                largest = c;
            b.contour.insert(b.contour.end(), contours[c].begin(), contours[c].end());
        }
        std::vector<cv::Point> hull;
        cv::convexHull(contours[largest], hull);
        b.solidity = area / std::max(1.0, cv::contourArea(hull));
        const cv::RotatedRect rr = cv::minAreaRect(contours[largest]);
        const double major = std::max({rr.size.width, rr.size.height, 1.0f});
        b.elongation = std::min(rr.size.width, rr.size.height) / major;
        blobOfLabel[std::size_t(i)] = int(blobs.size());
        blobs.push_back(std::move(b));
    }

    // Group lobes: join the closest pairs first (single linkage), refusing joins that would
    // make an implausibly large nucleus or glue two complete nuclei of touching cells.
    struct Pair
    {
        double gap;
        int a;
        int b;
    };
    std::vector<Pair> pairs;
    for (int i = 0; i < int(blobs.size()); ++i) {
        for (int j = i + 1; j < int(blobs.size()); ++j) {
            const bool seeds = blobs[std::size_t(i)].seed && blobs[std::size_t(j)].seed;
            const double limit = (seeds ? p.mergeGap : p.smallGap) * diam;
            const double gap = blobGap(blobs[std::size_t(i)], blobs[std::size_t(j)], limit);
            if (gap <= limit)
                pairs.push_back({gap, i, j});
        }
    }
    std::stable_sort(pairs.begin(), pairs.end(), [](const Pair &x, const Pair &y) {
        return x.gap < y.gap;
    });

    struct Group
    {
        std::vector<int> members;
        int area = 0;
        cv::Rect box;
    };
    std::vector<Group> groups(blobs.size());
    std::vector<int> owner(blobs.size());
    for (std::size_t i = 0; i < blobs.size(); ++i) {
        groups[i] = {{int(i)}, blobs[i].area, blobs[i].box};
        owner[i] = int(i);
    }
    const auto complete = [&](const Group &g) {
        if (g.members.size() != 1)
            return false;
        const Blob &b = blobs[std::size_t(g.members.front())];
        return b.area >= p.fullArea * diam2 && b.solidity >= p.fullSolidity
               && b.elongation >= p.fullElongation;
    };
    for (const Pair &pr : pairs) {
        const int ga = owner[std::size_t(pr.a)];
        const int gb = owner[std::size_t(pr.b)];
        if (ga == gb)
            continue;
        Group &x = groups[std::size_t(ga)];
        Group &y = groups[std::size_t(gb)];
        const cv::Rect box = x.box | y.box;
        if (std::max(box.width, box.height) - 1 > p.maxNucleusExtent * diam)
            continue;
        if (x.area + y.area > p.separateArea * diam2 && (complete(x) || complete(y)))
            continue;
        for (int m : y.members)
            owner[std::size_t(m)] = ga;
        x.members.insert(x.members.end(), y.members.begin(), y.members.end());
        x.area += y.area;
        x.box = box;
        y.members.clear();
    }

    const cv::Rect imageRect(0, 0, bgr.cols, bgr.rows);
    for (std::size_t gi = 0; gi < groups.size(); ++gi) {
        const Group &g = groups[gi];
        if (g.members.empty() || g.area < p.minCellArea * diam2)
            continue;

        std::vector<cv::Point> points;
        for (int m : g.members) {
            const auto &c = blobs[std::size_t(m)].contour;
            points.insert(points.end(), c.begin(), c.end());
        }
        std::vector<cv::Point> hull;
        cv::convexHull(points, hull);
        const double solidity = g.area / std::max(1.0, cv::contourArea(hull));

        // Mean stain contrast over the group's pixels.
        double sum = 0.0;
        int count = 0;
        for (int y = g.box.y; y < g.box.y + g.box.height; ++y) {
            const int *lab = labels.ptr<int>(y);
            const float *st = stain.ptr<float>(y);
            for (int x = g.box.x; x < g.box.x + g.box.width; ++x) {
                const int bi = blobOfLabel[std::size_t(lab[x])];
                if (bi >= 0 && owner[std::size_t(bi)] == int(gi)) {
                    sum += st[x];
                    ++count;
                }
            }
        }
        const double contrast = count > 0 ? sum / count - median : 0.0;

        const double margin = (solidity >= p.solidNucleus ? p.solidMargin : p.lobedMargin) * diam;
        const double cx = g.box.x + g.box.width / 2.0;
        const double cy = g.box.y + g.box.height / 2.0;
        const double w = std::max(g.box.width + 2.0 * margin, p.minBoxSize * diam);
        const double h = std::max(g.box.height + 2.0 * margin, p.minBoxSize * diam);
        const cv::Point tl(int(std::lround(cx - w / 2.0)), int(std::lround(cy - h / 2.0)));
        const cv::Point br(int(std::lround(cx + w / 2.0)), int(std::lround(cy + h / 2.0)));
        cv::Rect box = cv::Rect(tl, br) & imageRect;
        if (box.empty())
            continue;
        if (shrink != 1.0) {
            const cv::Point inTl(int(std::lround(box.x / shrink)),
                                 int(std::lround(box.y / shrink)));
            const cv::Point inBr(int(std::lround(box.br().x / shrink)),
                                 int(std::lround(box.br().y / shrink)));
            box = cv::Rect(inTl, inBr) & cv::Rect(0, 0, image.cols, image.rows);
        }

        const double areaExcess = (g.area - p.minCellArea * diam2) / (p.scoreArea * diam2);
        const double contrastExcess = (contrast - p.minContrast) / p.scoreContrast;
        const double score = (1.0 - std::exp(-std::max(0.0, areaExcess)))
                             * (1.0 - std::exp(-std::max(0.0, contrastExcess)));
        cells.push_back({box, std::clamp(score, 0.0, 1.0)});
    }

    std::stable_sort(cells.begin(), cells.end(), [](const DetectedCell &a, const DetectedCell &b) {
        return a.score > b.score;
    });
    return cells;
}

} // namespace wbc
