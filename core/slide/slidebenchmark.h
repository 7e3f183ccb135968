#pragma once

#include <QJsonObject>
#include <QString>

namespace wbc {

struct SlideBenchmarkParams
{
    QString dir; // where the synthetic slides are written; empty: a temporary folder
    int side = 8192; // throughput slide: side x side level-0 pixels, all smear
    qint64 largeSide = 100000; // the large slide (100,000^2 = 10 gigapixels), mostly glass
    double largeSmear = 0.01; // fraction of the large slide covered by smear fields
    int threads = 2; // threads of the side-by-side comparison
};

// `wbc bench slide`: on synthetic pyramidal TIFFs of smear fields at the detector's scale
// (640 x 480 fields, no MPP: the BCCD scale is assumed),
//  - detection throughput (level-0 megapixels per second, `threads` threads) of the slide scan
//    (reading and decoding included; Deflate tiles, and again with JPEG tiles of quality 90 as
//    scanners write) and of the same detector on the same pixels cut into separate 640 x 480
//    fields: as JPEG (quality 90, what a camera writes) and PNG files read, decoded and
//    detected (like for like), and decoded beforehand (detection only), side by side; the
//    scan's detection-only figure (its pixels over the detector's seconds per thread) too;
//  - the scan on 1 and 2 threads;
//  - on a large slide (largeSide^2, largeSmear of it smear): the scan's time, tiles skipped and
//    the peak resident memory during the scan (VmHWM, reset before it through clear_refs).
// Returns {"error": ...} on failure.
QJsonObject benchmarkSlide(const SlideBenchmarkParams &params);

} // namespace wbc
