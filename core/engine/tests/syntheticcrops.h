#pragma once

// Synthetic labelled crops for the engine's tests: "NEUTROPHIL" crops hold three small dark
// lobes, "LYMPHOCYTE" crops one large round nucleus, on a pink background with noise.

#include "cropsfile.h"
#include "model.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace wbc::engine::test {

inline Crops syntheticCrops(int perClass, std::uint64_t seed)
{
    Crops c;
    c.width = kInputWidth;
    c.height = kInputHeight;
    c.classNames = {"NEUTROPHIL", "LYMPHOCYTE", "BASOPHIL"};
    std::mt19937_64 rng(seed);
    std::uniform_int_distribution<int> noise(-12, 12);
    std::uniform_real_distribution<double> jitter(-12.0, 12.0);
    const std::size_t frame = c.cropBytes();
    const int total = 2 * perClass + 2; // and two basophils, which neither task trains on
    c.rgb.resize(std::size_t(total) * frame);
    for (int i = 0; i < total; ++i) {
        const int cls = i >= 2 * perClass ? 2 : i % 2;
        c.labels.push_back(std::uint16_t(cls));
        c.groups.push_back(i / 2);
        c.cellIds.push_back(i + 1);
        std::uint8_t *img = c.rgb.data() + std::size_t(i) * frame;
        struct Blob { double x, y, r; };
        std::vector<Blob> blobs;
        const double cx = 80 + jitter(rng), cy = 60 + jitter(rng);
        if (cls == 1)
            blobs.push_back({cx, cy, 26});
        else
            for (int k = 0; k < 3; ++k)
                blobs.push_back({cx + 18 * std::cos(k * 2.1), cy + 18 * std::sin(k * 2.1), 9});
        for (int y = 0; y < c.height; ++y) {
            for (int x = 0; x < c.width; ++x) {
                bool inside = false;
                for (const Blob &b : blobs)
                    inside = inside || (x - b.x) * (x - b.x) + (y - b.y) * (y - b.y) < b.r * b.r;
                const int base[3] = {inside ? 90 : 230, inside ? 50 : 190, inside ? 150 : 200};
                for (int ch = 0; ch < 3; ++ch)
                    img[(std::size_t(y) * c.width + x) * 3 + ch]
                        = std::uint8_t(std::clamp(base[ch] + noise(rng), 0, 255));
            }
        }
    }
    return c;
}

} // namespace wbc::engine::test
