#pragma once

#include <QJsonObject>
#include <QString>

namespace wbc {

struct PipelineBenchmarkParams
{
    QString dataDir;   // a dataset folder to read images from; empty: synthetic 640x480 JPEGs
    int images = 64;   // images measured (cycled when the folder has fewer)
    int repeats = 3;   // passes over the images; the fastest pass counts
};

// Per-image cost of each stage of the image pipeline, measured one stage at a time on the same
// images: JPEG decode, whole-field resize to the model input, cell crop, augmentation, tensor
// conversion and WBC detection (microseconds per image); then the whole per-image pipeline
// (decode + detect + crop + augment + tensor) as images/s on 1 and on 2 threads. Runs on the
// calling thread plus the global pool. Returns "error" on failure.
QJsonObject benchmarkPipeline(const PipelineBenchmarkParams &params);

} // namespace wbc
