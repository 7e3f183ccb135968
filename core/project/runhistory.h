#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace wbc {

class ProjectStore;

struct RunInfo
{
    qint64 id = 0;
    QDateTime createdAt;
    QDateTime finishedAt;
    QString task;
    QString model;
    QString status; // running, finished, cancelled, failed
    QJsonObject params;
    QJsonObject summary;
    QList<QJsonObject> epochs; // metrics per epoch, in order
    qint64 modelId = 0;        // the model file this run wrote, 0 when none
    QString modelPath;         // absolute
    bool active = false;       // the model used for review and prediction
};

// A model file the project knows (table models).
struct ModelInfo
{
    qint64 id = 0;
    QString path; // absolute
    QString task; // "binary" / "four"
    bool active = false;
};

// Reads the training runs a project keeps (tables runs, run_epochs, models) and chooses the
// active model. Used on the thread that owns the store.
class RunHistory
{
public:
    explicit RunHistory(ProjectStore &store)
        : m_store(store)
    {}

    QList<RunInfo> runs() const; // newest first, with their epochs
    std::optional<RunInfo> run(qint64 runId) const;
    qint64 activeModelId() const;
    QString modelPath(qint64 modelId) const;
    // The model of that id; nullopt when the project has none.
    std::optional<ModelInfo> model(qint64 modelId) const;
    // Runs still "running" when no run can be (the app was closed or crashed mid-run) become
    // "interrupted"; their checkpoints can still resume them. Returns how many.
    int markInterrupted();
    // Makes one model active (0: none). One transaction.
    bool setActiveModel(qint64 modelId);

    // CSV of every epoch of the given runs: run,epoch,train_loss,train_accuracy,val_loss,...
    QByteArray metricsCsv(const QList<qint64> &runIds) const;

private:
    ProjectStore &m_store;
};

// RunHistory::model for a read-only store (the differential report).
std::optional<ModelInfo> modelInfo(const ProjectStore &store, qint64 modelId);

} // namespace wbc
