#pragma once

#include "training/modelfile.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <limits>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace wbc {

// What a training checkpoint says about its run besides the tensors: which run it belongs to
// (the fingerprint of its params and split), the network and optimizer, and the training loop's
// state after `epoch` epochs.
struct CheckpointHeader
{
    QString run; // SHA-256 (hex) of the run's fingerprint
    QString arch;      // modelArchName()
    QString optimizer; // optimizerName()
    int epoch = 0;     // epochs completed
    int bestEpoch = 0; // 0: none validated yet
    double bestValLoss = std::numeric_limits<double>::infinity();
    int badEpochs = 0;
    QJsonArray history; // EpochReport::toJson of each epoch completed, in order
    // Adam and AdamW: the step count of each parameter that has optimizer state.
    std::map<std::string, qint64> optimizerSteps;
    QString appVersion;
    QString createdAt; // ISO 8601 UTC

    QJsonObject toJson() const;
    // Checks every field (known architecture and optimizer, counts in range and consistent, one
    // history entry per epoch); nullopt and *error otherwise.
    static std::optional<CheckpointHeader> fromJson(const QJsonObject &json, QString *error);
};

// A checkpoint: the network's weights, the best epoch's weights (empty when none) and the
// optimizer's state as plain tensors named "PARAMETER/FIELD" (exp_avg, exp_avg_sq,
// max_exp_avg_sq for Adam and AdamW, momentum_buffer for SGD).
struct CheckpointFile
{
    CheckpointHeader header;
    std::vector<NamedTensor> weights;
    std::vector<NamedTensor> bestWeights;
    std::vector<NamedTensor> optimizerState;
};

// File layout: the tensor container (tensorfile.h) with magic "WBCCHKPT", the header JSON and the
// tensors named "model/NAME", "best/NAME" and "optimizer/PARAMETER/FIELD". Only numbers are read.
inline constexpr char kCheckpointMagic[] = "WBCCHKPT";
inline constexpr quint32 kCheckpointFormatVersion = 1;
inline constexpr TensorFileFormat kCheckpointFileFormat{TensorFileFormat::Kind::Checkpoint,
                                                        kCheckpointMagic,
                                                        kCheckpointFormatVersion,
                                                        4 * kMaxModelFileBytes,
                                                        16 * kMaxModelHeaderBytes,
                                                        8 * kMaxModelTensors};

QByteArray serializeCheckpoint(const CheckpointFile &checkpoint);
std::optional<CheckpointHeader> parseCheckpointHeader(const QByteArray &bytes, QString *error);
std::optional<CheckpointFile> parseCheckpoint(const QByteArray &bytes, QString *error);

// Atomic write (QSaveFile); *sha256 is the SHA-256 of the file written, what a project records.
// Errors name the file.
bool writeCheckpointFile(const QString &path,
                         const CheckpointFile &checkpoint,
                         QByteArray *sha256,
                         QString *error);

// "FILE: checkpoint refused: REASON"
QString checkpointRefusal(const QString &path, const QString &reason);

// Reads and checks a checkpoint. With a recorded hash (a project's record of the file it wrote;
// empty when it has none) the file's SHA-256 must be that one before anything in it is parsed;
// without (a file the user named) its own header, sizes and hash trailer must check out. Errors
// are checkpointRefusal() messages.
std::optional<CheckpointFile> readCheckpointFile(const QString &path,
                                                 const std::optional<QByteArray> &recordedSha256,
                                                 QString *error);
// The same checks, then the header only (cheap to parse: what the runs list shows).
std::optional<CheckpointHeader> readCheckpointHeader(const QString &path,
                                                     const QByteArray &recordedSha256,
                                                     QString *error);

// True when tensors have exactly the names, shapes and element counts of reference (a network's
// exportWeights()); *reason says the first difference otherwise.
bool sameTensorLayout(const std::vector<NamedTensor> &tensors,
                      const std::vector<NamedTensor> &reference,
                      QString *reason);

} // namespace wbc
