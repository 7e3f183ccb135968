#include "project/runrecorder.h"

#include "project/projectstore.h"
#include "project/sqlsupport.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace wbc {

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

RunRecorder::RunRecorder(ProjectStore &store)
    : m_store(store)
{}

qint64 RunRecorder::begin(const TrainParams &params, const QJsonObject &split)
{
    qint64 id = 0;
    const bool committed = m_store.transaction([&] {
        QSqlQuery q(m_store.database());
        q.prepare(QStringLiteral("INSERT INTO runs (created_at, task, model, params, split, status) "
                                 "VALUES (?, ?, ?, ?, ?, 'running') RETURNING id"));
        q.addBindValue(now());
        q.addBindValue(taskName(params.task));
        q.addBindValue(modelArchName(params.arch));
        q.addBindValue(compact(params.toJson()));
        q.addBindValue(compact(split));
        if (!q.exec())
            return false;
        id = sql::insertedId(q);
        return true;
    });
    return committed ? id : 0;
}

bool RunRecorder::addEpoch(qint64 runId, const EpochReport &report, const QStringList &classNames)
{
    return m_store.transaction([&] {
        // Standard SQL (no INSERT OR REPLACE): a resumed run may report an epoch again.
        QSqlQuery q(m_store.database());
        q.prepare(QStringLiteral("DELETE FROM run_epochs WHERE run_id = ? AND epoch = ?"));
        q.addBindValue(runId);
        q.addBindValue(report.epoch);
        if (!q.exec())
            return false;
        q.prepare(QStringLiteral("INSERT INTO run_epochs (run_id, epoch, metrics) VALUES (?, ?, ?)"));
        q.addBindValue(runId);
        q.addBindValue(report.epoch);
        q.addBindValue(compact(report.toJson(classNames)));
        return q.exec();
    });
}

bool RunRecorder::finish(qint64 runId, const QString &status, const QJsonObject &summary)
{
    return m_store.transaction([&] {
        QSqlQuery q(m_store.database());
        q.prepare(QStringLiteral(
            "UPDATE runs SET status = ?, finished_at = ?, summary = ? WHERE id = ?"));
        q.addBindValue(status);
        q.addBindValue(now());
        q.addBindValue(compact(summary));
        q.addBindValue(runId);
        return q.exec();
    });
}

bool RunRecorder::resume(qint64 runId)
{
    return m_store.transaction([&] {
        QSqlQuery q(m_store.database());
        q.prepare(
            QStringLiteral("UPDATE runs SET status = 'running', finished_at = NULL WHERE id = ?"));
        q.addBindValue(runId);
        return q.exec();
    });
}

qint64 RunRecorder::addModel(qint64 runId, const QString &path, const ModelHeader &header)
{
    qint64 id = 0;
    const bool committed = m_store.transaction([&] {
        QSqlQuery q(m_store.database());
        q.prepare(QStringLiteral("INSERT INTO models (run_id, path, task, arch, metrics, "
                                 "created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
        q.addBindValue(runId > 0 ? QVariant(runId) : QVariant());
        q.addBindValue(m_store.storedPath(path));
        q.addBindValue(taskName(header.task));
        q.addBindValue(header.arch);
        q.addBindValue(compact(header.metrics));
        q.addBindValue(now());
        if (!q.exec())
            return false;
        id = sql::insertedId(q);
        return true;
    });
    return committed ? id : 0;
}

} // namespace wbc
