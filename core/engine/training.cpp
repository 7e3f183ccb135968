#include "training.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace wbc::engine {

double scheduledLr(Schedule schedule, double peak, double warmupFraction, std::int64_t step,
                   std::int64_t totalSteps)
{
    if (schedule == Schedule::Constant || totalSteps <= 1)
        return peak;
    const double t = double(step) / double(totalSteps - 1);
    const double warm = std::clamp(warmupFraction, 0.0, 0.9);
    const double start = schedule == Schedule::OneCycle ? peak / 25.0 : 0.0;
    const double floor = schedule == Schedule::OneCycle ? peak / 1e4 : 0.0;
    if (t < warm)
        return start + (peak - start) * t / warm;
    const double u = warm < 1.0 ? (t - warm) / (1.0 - warm) : 1.0;
    return floor + (peak - floor) * 0.5 * (1.0 + std::cos(std::numbers::pi * u));
}

std::uint64_t mixSeed(std::uint64_t a, std::uint64_t b)
{
    std::uint64_t z = a + 0x9e3779b97f4a7c15ULL * (b + 1);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

void ChannelStats::add(const std::uint8_t *rgb, std::size_t pixels)
{
    double sum[3] = {0, 0, 0};
    double sumSq[3] = {0, 0, 0};
    for (std::size_t i = 0; i < pixels; ++i) {
        for (int c = 0; c < 3; ++c) {
            const double v = rgb[3 * i + std::size_t(c)];
            sum[c] += v;
            sumSq[c] += v * v;
        }
    }
    for (int c = 0; c < 3; ++c) {
        m_sum[c] += sum[c];
        m_sumSq[c] += sumSq[c];
    }
    m_pixels += double(pixels);
}

void ChannelStats::addMoments(const double mean[3], const double stddev[3], double pixels)
{
    for (int c = 0; c < 3; ++c) {
        m_sum[c] += mean[c] * pixels;
        m_sumSq[c] += (stddev[c] * stddev[c] + mean[c] * mean[c]) * pixels;
    }
    m_pixels += pixels;
}

std::array<float, 3> ChannelStats::mean() const
{
    std::array<float, 3> out{};
    for (int c = 0; c < 3; ++c)
        out[std::size_t(c)] = float(m_pixels > 0 ? m_sum[c] / m_pixels / 255.0 : 0.0);
    return out;
}

std::array<float, 3> ChannelStats::std() const
{
    std::array<float, 3> out{};
    for (int c = 0; c < 3; ++c) {
        const double m = m_pixels > 0 ? m_sum[c] / m_pixels : 0.0;
        const double var = m_pixels > 0 ? m_sumSq[c] / m_pixels - m * m : 1.0;
        out[std::size_t(c)] = float(std::sqrt(std::max(var, 1e-6)) / 255.0);
    }
    return out;
}

} // namespace wbc::engine
