#pragma once

// Pieces of a training run that the app's trainer and wbc-engine share: the learning-rate
// schedule, the input normalisation statistics and reproducible random streams.

#include <array>
#include <cstddef>
#include <cstdint>

namespace wbc::engine {

enum class Schedule { Constant, OneCycle, Cosine };

// Learning rate at step (0-based) of totalSteps: one-cycle warms linearly from peak/25 to peak
// over warmupFraction of the steps and anneals (cosine) to peak/1e4; cosine warms from 0 and
// anneals to 0; constant is peak.
double scheduledLr(Schedule schedule, double peak, double warmupFraction, std::int64_t step,
                   std::int64_t totalSteps);

// SplitMix64 of a combination: independent, reproducible streams per (seed, epoch, sample).
std::uint64_t mixSeed(std::uint64_t a, std::uint64_t b);

// Per-channel mean and standard deviation of RGB bytes, as inputs in [0, 1] see them.
class ChannelStats
{
public:
    void add(const std::uint8_t *rgb, std::size_t pixels);
    // Adds a block's own per-channel mean and std (of 0..255 values) over `pixels` pixels.
    void addMoments(const double mean[3], const double stddev[3], double pixels);
    std::array<float, 3> mean() const;
    std::array<float, 3> std() const; // at least 1e-3 / 255
private:
    double m_sum[3] = {0, 0, 0};
    double m_sumSq[3] = {0, 0, 0};
    double m_pixels = 0;
};

} // namespace wbc::engine
