#include "project/audithistory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include "project/projectstore.h"
#include "project/sqlsupport.h"

namespace wbc {

namespace {

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject parseObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

// Probabilities as a JSON array of [class, p] pairs, so the class order survives.
QString probabilitiesText(const QList<QPair<QString, double>> &probabilities)
{
    QJsonArray a;
    for (const auto &[name, p] : probabilities)
        a.append(QJsonArray{name, p});
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QList<QPair<QString, double>> parseProbabilities(const QString &text)
{
    QList<QPair<QString, double>> out;
    for (const QJsonValue &v : QJsonDocument::fromJson(text.toUtf8()).array()) {
        const QJsonArray pair = v.toArray();
        if (pair.size() == 2)
            out.append({pair.at(0).toString(), pair.at(1).toDouble()});
    }
    return out;
}

const QString kCellColumns = QStringLiteral(
    "a.audit_id, a.cell_id, c.image_id, a.ranking, a.fold, a.label, a.suggested, a.score, "
    "a.probabilities");

AuditCellRecord cellFrom(const QSqlQuery &q)
{
    AuditCellRecord r;
    r.auditId = q.value(0).toLongLong();
    r.cellId = q.value(1).toLongLong();
    r.imageId = q.value(2).toLongLong();
    r.rank = q.value(3).toInt();
    r.fold = q.value(4).toInt();
    r.label = q.value(5).toString();
    r.suggested = q.value(6).toString();
    r.score = q.value(7).toDouble();
    r.probabilities = parseProbabilities(q.value(8).toString());
    return r;
}

} // namespace

int AuditRunRecord::suspects() const
{
    return summary.value(QStringLiteral("suspects")).toInt();
}

qint64 AuditHistory::begin(const QString &task, int folds, qint64 seed, const QJsonObject &params)
{
    qint64 id = 0;
    const bool ok = m_store.transaction([&] {
        QSqlQuery q(m_store.database());
        q.prepare(QStringLiteral("INSERT INTO audit_runs (created_at, task, folds, seed, params, "
                                 "status) VALUES (?, ?, ?, ?, ?, 'running') RETURNING id"));
        q.addBindValue(sql::nowText());
        q.addBindValue(task);
        q.addBindValue(folds);
        q.addBindValue(seed);
        q.addBindValue(compact(params));
        if (!q.exec()) {
            m_lastError = q.lastError().text();
            return false;
        }
        id = sql::insertedId(q);
        return true;
    });
    if (!ok && m_lastError.isEmpty())
        m_lastError = m_store.lastError();
    return ok ? id : 0;
}

bool AuditHistory::finish(qint64 auditId,
                          const QString &status,
                          const QJsonObject &summary,
                          const QList<AuditCellRecord> &cells)
{
    const bool ok = m_store.transaction([&] {
        QSqlQuery q(m_store.database());
        q.prepare(QStringLiteral("DELETE FROM audit_cells WHERE audit_id = ?"));
        q.addBindValue(auditId);
        if (!q.exec()) {
            m_lastError = q.lastError().text();
            return false;
        }
        q.prepare(QStringLiteral("INSERT INTO audit_cells (audit_id, cell_id, ranking, fold, "
                                 "label, suggested, score, probabilities) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const AuditCellRecord &c : cells) {
            q.addBindValue(auditId);
            q.addBindValue(c.cellId);
            q.addBindValue(c.rank);
            q.addBindValue(c.fold);
            q.addBindValue(c.label);
            q.addBindValue(c.suggested);
            q.addBindValue(c.score);
            q.addBindValue(probabilitiesText(c.probabilities));
            if (!q.exec()) {
                m_lastError = q.lastError().text();
                return false;
            }
        }
        q.prepare(QStringLiteral(
            "UPDATE audit_runs SET status = ?, finished_at = ?, summary = ? WHERE id = ?"));
        q.addBindValue(status);
        q.addBindValue(sql::nowText());
        q.addBindValue(compact(summary));
        q.addBindValue(auditId);
        if (!q.exec() || q.numRowsAffected() != 1) {
            m_lastError = q.lastError().isValid() ? q.lastError().text()
                                                  : QStringLiteral("no audit %1").arg(auditId);
            return false;
        }
        return true;
    });
    if (!ok && m_lastError.isEmpty())
        m_lastError = m_store.lastError();
    return ok;
}

QList<AuditRunRecord> AuditHistory::runs() const
{
    QList<AuditRunRecord> out;
    QSqlQuery q(m_store.database());
    if (!q.exec(QStringLiteral(
            "SELECT r.id, r.created_at, r.finished_at, r.task, r.folds, r.seed, r.params, "
            "r.status, r.summary, (SELECT COUNT(*) FROM audit_cells a WHERE a.audit_id = r.id) "
            "FROM audit_runs r ORDER BY r.id DESC"))) {
        m_lastError = q.lastError().text();
        return out;
    }
    while (q.next()) {
        AuditRunRecord r;
        r.id = q.value(0).toLongLong();
        r.createdAt = sql::parseTime(q.value(1).toString());
        r.finishedAt = sql::parseTime(q.value(2).toString());
        r.task = q.value(3).toString();
        r.folds = q.value(4).toInt();
        r.seed = q.value(5).toLongLong();
        r.params = parseObject(q.value(6).toString());
        r.status = q.value(7).toString();
        r.summary = parseObject(q.value(8).toString());
        r.cells = q.value(9).toInt();
        out.append(r);
    }
    return out;
}

std::optional<AuditRunRecord> AuditHistory::run(qint64 auditId) const
{
    for (const AuditRunRecord &r : runs()) {
        if (r.id == auditId)
            return r;
    }
    return std::nullopt;
}

qint64 AuditHistory::latestFinished(const QString &task) const
{
    for (const AuditRunRecord &r : runs()) {
        if (r.status == u"finished" && (task.isEmpty() || r.task == task))
            return r.id;
    }
    return 0;
}

QList<AuditCellRecord> AuditHistory::cells(qint64 auditId) const
{
    QList<AuditCellRecord> out;
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT %1 FROM audit_cells a JOIN cells c ON c.id = a.cell_id "
                             "WHERE a.audit_id = ? ORDER BY a.ranking, a.cell_id")
                  .arg(kCellColumns));
    q.addBindValue(auditId);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return out;
    }
    while (q.next())
        out.append(cellFrom(q));
    return out;
}

QList<AuditCellRecord> AuditHistory::openSuspects(qint64 auditId) const
{
    QList<AuditCellRecord> out;
    const std::optional<AuditRunRecord> audit = run(auditId);
    if (!audit)
        return out;
    QSqlQuery q(m_store.database());
    q.prepare(
        QStringLiteral("SELECT %1 FROM audit_cells a JOIN cells c ON c.id = a.cell_id "
                       "JOIN audit_runs r ON r.id = a.audit_id "
                       "WHERE a.audit_id = ? AND a.ranking <= ? AND c.deleted_at IS NULL "
                       "AND NOT EXISTS (SELECT 1 FROM cell_labels l WHERE l.cell_id = a.cell_id "
                       "AND l.created_at > r.created_at) ORDER BY a.ranking, a.cell_id")
            .arg(kCellColumns));
    q.addBindValue(auditId);
    q.addBindValue(audit->suspects());
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return out;
    }
    while (q.next())
        out.append(cellFrom(q));
    return out;
}

int AuditHistory::markInterrupted()
{
    int n = 0;
    const bool committed = m_store.transaction([&] {
        QSqlQuery q(m_store.database());
        if (!q.exec(QStringLiteral(
                "UPDATE audit_runs SET status = 'interrupted' WHERE status = 'running'"))) {
            m_lastError = q.lastError().text();
            return false;
        }
        n = q.numRowsAffected();
        return true;
    });
    return committed ? n : 0;
}

bool AuditHistory::remove(qint64 auditId)
{
    return m_store.transaction([&] {
        QSqlQuery q(m_store.database());
        // Cells first: the foreign key's cascade needs foreign keys on, which a PostgreSQL
        // store has and SQLite has per connection.
        q.prepare(QStringLiteral("DELETE FROM audit_cells WHERE audit_id = ?"));
        q.addBindValue(auditId);
        if (!q.exec()) {
            m_lastError = q.lastError().text();
            return false;
        }
        q.prepare(QStringLiteral("DELETE FROM audit_runs WHERE id = ?"));
        q.addBindValue(auditId);
        if (!q.exec()) {
            m_lastError = q.lastError().text();
            return false;
        }
        return true;
    });
}

} // namespace wbc
