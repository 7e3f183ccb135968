#include "report/wilsoninterval.h"

#include <algorithm>
#include <cmath>

namespace wbc {

namespace {

constexpr double kZ95 = 1.959963984540054; // the normal distribution's 97.5th percentile

} // namespace

PercentInterval wilsonInterval(int count, int total)
{
    if (total <= 0 || count < 0 || count > total)
        return {};
    const double n = total;
    const double p = count / n;
    const double z2 = kZ95 * kZ95;
    const double denominator = 1.0 + z2 / n;
    const double centre = (p + z2 / (2.0 * n)) / denominator;
    const double half = kZ95 / denominator * std::sqrt(p * (1.0 - p) / n + z2 / (4.0 * n * n));
    return {100.0 * std::max(0.0, centre - half), 100.0 * std::min(1.0, centre + half)};
}

} // namespace wbc
