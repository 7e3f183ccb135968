#pragma once

#include <optional>

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace wbc {

class ProjectStore;

// One label audit of a project (table audit_runs): how it ran and what it found.
struct AuditRunRecord
{
    qint64 id = 0;
    QDateTime createdAt;
    QDateTime finishedAt;
    QString task; // "binary" / "four"
    int folds = 0;
    qint64 seed = 0;
    QJsonObject params; // the folds' training recipe and the ranking (LabelAuditParams::toJson)
    QString status; // running, finished, cancelled, failed, interrupted
    QJsonObject summary; // classes, ranking, suspects, estimated_errors, the joint, ...
    int cells = 0; // audited cells stored

    // summary["suspects"]: how many of the worst-ranked cells are its suspects.
    int suspects() const;
};

// One audited cell of an audit (table audit_cells): its out-of-fold probabilities and rank.
struct AuditCellRecord
{
    qint64 auditId = 0;
    qint64 cellId = 0;
    qint64 imageId = 0; // read back from the cell
    int rank = 0; // 1: the most likely mislabelled
    int fold = 0; // 1-based: the fold whose model (which never saw the cell) scored it
    QString label; // the label it had when audited (task class name)
    QString suggested; // the most probable other class
    double score = 0.0; // label quality in [0, 1]; lower is more likely wrong
    QList<QPair<QString, double>> probabilities; // task class order, with test-time flips
};

// Reads and writes the label audits a project keeps (schema 4: audit_runs, audit_cells), like
// RunHistory for training runs; all of its SQL is here. Used on the thread that owns the store.
class AuditHistory
{
public:
    explicit AuditHistory(ProjectStore &store)
        : m_store(store)
    { }

    // Records a new audit as "running"; its id, 0 on error (lastError()).
    qint64 begin(const QString &task, int folds, qint64 seed, const QJsonObject &params);
    // Stores the audited cells and the summary and sets the status, in one transaction.
    bool finish(qint64 auditId,
                const QString &status,
                const QJsonObject &summary,
                const QList<AuditCellRecord> &cells = {});

    QList<AuditRunRecord> runs() const; // newest first
    std::optional<AuditRunRecord> run(qint64 auditId) const;
    // The newest finished audit of a task ("binary" / "four"; empty: any), 0 when none.
    qint64 latestFinished(const QString &task = {}) const;
    // Its cells, worst first (rank order).
    QList<AuditCellRecord> cells(qint64 auditId) const;
    // The review queue of an audit: its suspects (the first suspects() ranks) whose cell still
    // exists and has had no label entry since the audit began, worst first.
    QList<AuditCellRecord> openSuspects(qint64 auditId) const;
    // Audits still "running" when none can be (the program stopped mid-audit) become
    // "interrupted". Returns how many.
    int markInterrupted();
    bool remove(qint64 auditId);

    QString lastError() const { return m_lastError; }

private:
    ProjectStore &m_store;
    mutable QString m_lastError;
};

} // namespace wbc
