#pragma once

#include "training/models.h"
#include "base/task.h"

#include <QJsonObject>
#include <QString>

namespace wbc {

struct BenchmarkParams
{
    ModelArch arch = ModelArch::LeNet;
    Task task = Task::Binary;
    int batch = 32;
    int batches = 40; // timed batches (after 3 warm-up ones)
    int rounds = 3;   // train: end to end and compute alternate this many times; the best counts
    int images = 64;  // synthetic smears generated and cropped
    QString device = QStringLiteral("auto");
    int threads = 0;
};

// Throughput of training or inference on synthetic smears, end to end and for the pure compute
// on the same batches, so the pipeline's overhead is visible:
//  train: end to end = the Trainer's loop (balanced sampling, augmentation, forward, backward,
//         step); compute = forward/backward/step alone on the same batches built beforehand.
//         The two alternate `rounds` times and the fastest of each is reported (the fastest run
//         is the one least disturbed by the rest of the machine), with every round's figures.
//  infer: end to end = JPEG decode + detection + crop + forward per image; compute = forward of
//         the same crops in batches.
// Runs on the calling thread (minutes at most). Returns a JSON object with images_per_second
// for both and their ratio; "error" is set on failure.
QJsonObject benchmarkTraining(const BenchmarkParams &params);
QJsonObject benchmarkInference(const BenchmarkParams &params);

} // namespace wbc
