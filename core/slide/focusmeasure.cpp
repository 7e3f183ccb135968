#include "slide/focusmeasure.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include <opencv2/imgproc.hpp>

#include <QtGlobal>

namespace wbc {

namespace {

    // |d/dx| + |d/dy| (Sobel, gain 4 per grey level per pixel and direction), 16-bit.
    cv::Mat gradientMagnitude(const cv::Mat &gray)
    {
        cv::Mat gx;
        cv::Mat gy;
        cv::Sobel(gray, gx, CV_16S, 1, 0, 3);
        cv::Sobel(gray, gy, CV_16S, 0, 1, 3);
        cv::Mat mag;
        cv::add(cv::abs(gx), cv::abs(gy), mag, cv::noArray(), CV_16U);
        return mag;
    }

} // namespace

double estimateEdgeBlur(const cv::Mat &bgr)
{
    if (bgr.empty() || bgr.channels() != 3 || bgr.depth() != CV_8U)
        return -1.0;
    cv::Mat green;
    cv::extractChannel(bgr, green, 1);
    cv::Mat half;
    cv::resize(green, half, cv::Size(), 0.5, 0.5, cv::INTER_AREA);
    if (half.total() < 100)
        return -1.0;
    cv::Mat probe;
    cv::GaussianBlur(half, probe, cv::Size(), kFocusProbeSigma);
    const cv::Mat fine = gradientMagnitude(half);
    const cv::Mat coarse = gradientMagnitude(probe);

    // The strongest edges after the probe blur (noise barely reaches them): the top 2 %, from
    // a histogram (values are at most 8 * 255 * 2).
    std::vector<int> histogram(4096, 0);
    for (int y = 0; y < coarse.rows; ++y) {
        const ushort *pc = coarse.ptr<ushort>(y);
        for (int x = 0; x < coarse.cols; ++x)
            ++histogram[std::min<int>(pc[x], 4095)];
    }
    const qint64 want = qint64(coarse.total()) * 2 / 100;
    int edge = 4095;
    for (qint64 above = 0; edge > 0; --edge) {
        above += histogram[size_t(edge)];
        if (above >= want)
            break;
    }
    // Below ~2 grey levels per pixel after the probe there are no edges, only noise and
    // shading (Sobel's gain is 4 per direction).
    if (edge < 12)
        return -1.0;
    qint64 f = 0;
    qint64 c = 0;
    for (int y = 0; y < coarse.rows; ++y) {
        const ushort *pc = coarse.ptr<ushort>(y);
        const ushort *pf = fine.ptr<ushort>(y);
        for (int x = 0; x < coarse.cols; ++x) {
            if (pc[x] >= edge) {
                f += pf[x];
                c += pc[x];
            }
        }
    }
    const double ratio = double(f) / double(std::max<qint64>(1, c));
    if (ratio <= 1.0 + 1e-6)
        return 100.0; // no sharper than the probe: very blurred
    return 2.0 * kFocusProbeSigma / std::sqrt(ratio * ratio - 1.0); // pixels of bgr
}

} // namespace wbc
