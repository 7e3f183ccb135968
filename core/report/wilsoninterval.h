#pragma once

namespace wbc {

// A confidence interval for a proportion, in percent (0 to 100).
struct PercentInterval
{
    double low = 0;
    double high = 0;
};

// The two-sided 95 % Wilson score interval of `count` successes in `total` trials (Wilson 1927;
// Brown, Cai & DasGupta 2001 recommend it over the normal approximation for the small counts of
// a differential): it stays inside 0-100 % and is not degenerate at 0 or `total`.
// total <= 0 or count outside 0..total: {0, 0}.
PercentInterval wilsonInterval(int count, int total);

} // namespace wbc
