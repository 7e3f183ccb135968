#pragma once

#include "training/cellsamples.h"
#include "training/trainer.h"

#include <QCommandLineParser>

#include <memory>

namespace wbc::cli {

// Options and helpers shared by `wbc train` and `wbc cv`.
void addTrainingOptions(QCommandLineParser &parser);
// Reads the training options into params; prints a usage error and returns false when one is
// invalid.
bool readTrainingOptions(QCommandLineParser &parser, const QString &command, TrainParams *params);

// Loads the task's labelled cells from --data DIR or --project FILE (exactly one), reporting
// progress on stderr unless quiet. Returns Ok or the exit status to return.
int loadSamples(QCommandLineParser &parser,
                const QString &command,
                Task task,
                const CellCropParams &crop,
                bool singleCellFields,
                bool quiet,
                std::shared_ptr<CellSampleSet> *samples);

// "POLYNUCLEAR 238, MONONUCLEAR 42 (crops: 270 detected, 10 annotation, 0 field)"
QString describeSamples(const CellSampleSet &samples);

} // namespace wbc::cli
