#include "training/imagepipeline.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace wbc {

cv::Rect2d cropWindow(const cv::Rect &box, double margin, cv::Size outSize)
{
    const double aspect = double(outSize.width) / outSize.height;
    double w = box.width * (1.0 + 2.0 * margin);
    double h = box.height * (1.0 + 2.0 * margin);
    if (w / h < aspect)
        w = h * aspect;
    else
        h = w / aspect;
    const cv::Point2d centre(box.x + box.width / 2.0, box.y + box.height / 2.0);
    return {centre.x - w / 2.0, centre.y - h / 2.0, w, h};
}

cv::Mat cropAroundCell(const cv::Mat &image, const cv::Rect &box, double margin, cv::Size outSize)
{
    const cv::Rect2d window = cropWindow(box, margin, outSize);
    // An affine map from the crop window to the output: crops, scales and reflects in one pass.
    const double s = outSize.width / window.width;
    const cv::Matx23d m(s, 0, -window.x * s, 0, s, -window.y * s);
    cv::Mat out;
    cv::warpAffine(image, out, m, outSize, s < 1.0 ? cv::INTER_AREA : cv::INTER_LINEAR,
                   cv::BORDER_REFLECT_101);
    return out;
}

cv::Mat resizeField(const cv::Mat &image, cv::Size outSize)
{
    cv::Mat out;
    cv::resize(image, out, outSize, 0, 0, cv::INTER_AREA);
    return out;
}

AugmentDraw Augmenter::draw(std::mt19937_64 &rng, cv::Size size) const
{
    std::uniform_real_distribution<double> unit(-1.0, 1.0);
    std::bernoulli_distribution coin(0.5);
    AugmentDraw d;
    const double angle = m_params.maxRotationDeg * unit(rng) * CV_PI / 180.0;
    const double shear = m_params.maxShear * unit(rng);
    const double scale = 1.0 + m_params.maxScale * unit(rng);
    const double fx = (m_params.horizontalFlip && coin(rng)) ? -1.0 : 1.0;
    const double fy = (m_params.verticalFlip && coin(rng)) ? -1.0 : 1.0;
    const double tx = m_params.maxShift * size.width * unit(rng);
    const double ty = m_params.maxShift * size.height * unit(rng);
    d.brightness = m_params.brightness * 255.0 * unit(rng);
    d.contrast = 1.0 + m_params.contrast * unit(rng);
    for (int c = 0; c < 3; ++c)
        d.gain[c] = 1.0 + m_params.channelGain * unit(rng);

    // About the centre: flip, shear, rotate, scale, then shift.
    const cv::Matx22d flip(fx, 0, 0, fy);
    const cv::Matx22d sh(1, shear, 0, 1);
    const cv::Matx22d rot(std::cos(angle), -std::sin(angle), std::sin(angle), std::cos(angle));
    const cv::Matx22d a = scale * rot * sh * flip;
    // Pixel-centre coordinates: a flip maps column i to width - 1 - i exactly.
    const cv::Vec2d c((size.width - 1) / 2.0, (size.height - 1) / 2.0);
    const cv::Vec2d t = c - a * c + cv::Vec2d(tx, ty);
    d.affine = cv::Matx23d(a(0, 0), a(0, 1), t[0], a(1, 0), a(1, 1), t[1]);
    return d;
}

cv::Mat Augmenter::apply(const cv::Mat &image, const AugmentDraw &d) const
{
    cv::Mat warped;
    cv::warpAffine(image, warped, d.affine, image.size(), cv::INTER_LINEAR, cv::BORDER_REFLECT_101);
    // Colour: contrast around mid-grey, per-channel gain, brightness; saturating to 8 bits.
    cv::Mat out;
    const cv::Scalar mean = cv::mean(warped);
    std::vector<cv::Mat> ch;
    cv::split(warped, ch);
    for (int c = 0; c < int(ch.size()) && c < 3; ++c) {
        const double alpha = d.contrast * d.gain[c];
        const double beta = (1.0 - d.contrast) * mean[c] * d.gain[c] + d.brightness;
        ch[size_t(c)].convertTo(ch[size_t(c)], CV_8U, alpha, beta);
    }
    cv::merge(ch, out);
    return out;
}

cv::Point2d Augmenter::mapPoint(const AugmentDraw &d, cv::Point2d p)
{
    const cv::Matx23d &m = d.affine;
    return {m(0, 0) * p.x + m(0, 1) * p.y + m(0, 2), m(1, 0) * p.x + m(1, 1) * p.y + m(1, 2)};
}

std::vector<int> balancedEpoch(const std::vector<int> &labels, int classCount, int perClass,
                               std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    std::vector<std::vector<int>> byClass(size_t(std::max(classCount, 0)));
    for (int i = 0; i < int(labels.size()); ++i) {
        if (labels[size_t(i)] >= 0 && labels[size_t(i)] < classCount)
            byClass[size_t(labels[size_t(i)])].push_back(i);
    }
    std::vector<int> out;
    out.reserve(size_t(classCount) * size_t(std::max(perClass, 0)));
    for (std::vector<int> &members : byClass) {
        if (members.empty())
            continue;
        // Every image appears floor(perClass / n) or one more times: no image is left out.
        for (int k = 0; k < perClass; ++k) {
            if (k % int(members.size()) == 0)
                std::shuffle(members.begin(), members.end(), rng);
            out.push_back(members[size_t(k % int(members.size()))]);
        }
    }
    std::shuffle(out.begin(), out.end(), rng);
    return out;
}

} // namespace wbc
