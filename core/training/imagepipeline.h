#pragma once

#include "engine/model.h"

#include <opencv2/core.hpp>

#include <cstdint>
#include <random>
#include <vector>

namespace wbc {

// The classifier's input: RGB, 160x120 (width x height) as the reference recipe (the engine's).
inline constexpr int kInputWidth = engine::kInputWidth;
inline constexpr int kInputHeight = engine::kInputHeight;

// Cuts the region around a cell out of a field: centred on the box, grown by `margin` (a
// fraction of the box size) on each side and widened to the output's aspect ratio; parts outside
// the image are filled by reflection. Returns an image of exactly outSize.
cv::Mat cropAroundCell(const cv::Mat &image, const cv::Rect &box, double margin,
                       cv::Size outSize = {kInputWidth, kInputHeight});
// The window of the field that cropAroundCell scales to outSize (it may reach past the image's
// edges, where the crop reflects the image).
cv::Rect2d cropWindow(const cv::Rect &box, double margin,
                      cv::Size outSize = {kInputWidth, kInputHeight});
// Scales a whole field to outSize (area interpolation).
cv::Mat resizeField(const cv::Mat &image, cv::Size outSize = {kInputWidth, kInputHeight});

// Every augmentation knob in one place. Defaults follow the recipe (flips, rotations, shears)
// plus mild scale and colour jitter.
struct AugmentParams
{
    bool horizontalFlip = true;
    bool verticalFlip = true;
    double maxRotationDeg = 180.0; // uniform in [-max, max]
    double maxShear = 0.15;        // x-shear factor, uniform in [-max, max]
    double maxScale = 0.10;        // zoom factor in [1 - max, 1 + max]
    double maxShift = 0.05;        // translation as a fraction of the size
    double brightness = 0.10;      // additive, fraction of 255
    double contrast = 0.10;        // multiplicative around the mean
    double channelGain = 0.05;     // per-channel multiplicative (stain variation)
};

// One drawn augmentation: a geometric transform plus colour changes.
struct AugmentDraw
{
    cv::Matx23d affine = cv::Matx23d(1, 0, 0, 0, 1, 0); // maps source to destination pixels
    double brightness = 0.0;
    double contrast = 1.0;
    cv::Vec3d gain = {1.0, 1.0, 1.0};
};

// Applies random augmentations. Deterministic for a given generator state; thread-safe (the
// generator is the caller's).
class Augmenter
{
public:
    explicit Augmenter(AugmentParams params = {})
        : m_params(params)
    {}

    AugmentDraw draw(std::mt19937_64 &rng, cv::Size size) const;
    // 8-bit 3-channel in, same size and type out; borders are reflected.
    cv::Mat apply(const cv::Mat &image, const AugmentDraw &draw) const;
    cv::Mat apply(const cv::Mat &image, std::mt19937_64 &rng) const
    {
        return apply(image, draw(rng, image.size()));
    }
    static cv::Point2d mapPoint(const AugmentDraw &draw, cv::Point2d p);

    const AugmentParams &params() const { return m_params; }

private:
    AugmentParams m_params;
};

// Indices for one epoch with exactly perClass samples of each class, drawn with replacement
// when a class has fewer images (the recipe's balancing to 2,500 per class). Classes without
// any image are skipped. Shuffled; deterministic for the seed.
std::vector<int> balancedEpoch(const std::vector<int> &labels, int classCount, int perClass,
                               std::uint64_t seed);

} // namespace wbc
