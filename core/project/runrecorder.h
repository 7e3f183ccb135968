#pragma once

#include "training/trainer.h"

namespace wbc {

class ProjectStore;

// Stores training runs in a project: the run and its params and split (table runs), each
// epoch's metrics (run_epochs) and the model file written (models). Used on the thread that owns
// the store; connect the trainer's queued signals to it.
class RunRecorder
{
public:
    explicit RunRecorder(ProjectStore &store);

    // Returns the new run id, 0 on error (store.lastError()).
    qint64 begin(const TrainParams &params, const QJsonObject &split);
    bool addEpoch(qint64 runId, const EpochReport &report, const QStringList &classNames);
    // status: "finished", "cancelled" or "failed".
    bool finish(qint64 runId, const QString &status, const QJsonObject &summary);
    // An interrupted or cancelled run continues from its checkpoint: "running" again.
    bool resume(qint64 runId);
    qint64 addModel(qint64 runId, const QString &path, const ModelHeader &header);

private:
    ProjectStore &m_store;
};

} // namespace wbc
