#pragma once

// The training loop's state and its checkpoints, for trainer.cpp: the engine's model (network
// and optimizer) with the app's file format and checks.

#include "training/trainer.h"

#include <QJsonArray>
#include <QString>

#include <limits>
#include <vector>

namespace wbc::engine {
class Model;
} // namespace wbc::engine

namespace wbc {

struct CheckpointFile;

// What the training loop carries from epoch to epoch (and through a checkpoint).
struct LoopState
{
    int epoch = 0; // epochs completed
    int bestEpoch = 0;
    double bestValLoss = std::numeric_limits<double>::infinity();
    int badEpochs = 0;
    std::vector<NamedTensor> bestWeights; // exportWeights(); empty until an epoch is the best
    std::vector<EpochReport> history;
};

// SHA-256 (hex) of what a run's result depends on: its params (less the checkpoint, device and
// thread count) and its split. A checkpoint resumes only the run of the same fingerprint.
QString runFingerprint(const TrainParams &p, const DataSplit &split, const CellSampleSet &set);

// Writes the network's weights, the optimizer's state and the loop state after state.epoch
// epochs (checkpointfile.h); *sha256 is the hash of the file written.
bool saveCheckpoint(const QString &path,
                    engine::Model &model,
                    const TrainParams &p,
                    const LoopState &state,
                    const QString &runFingerprint,
                    QByteArray *sha256,
                    QString *error);

// Continues from a checkpoint of this run (fingerprint, architecture and optimizer); every
// tensor's name, shape and element count is checked against the network and its parameters
// before anything is copied, and the optimizer's state is created on the model's device. False
// and *reason (for checkpointRefusal()) otherwise.
bool resumeFrom(const CheckpointFile &checkpoint,
                engine::Model &model,
                const TrainParams &p,
                const QString &runFingerprint,
                LoopState *state,
                QString *reason);

} // namespace wbc
