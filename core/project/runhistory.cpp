#include "project/runhistory.h"

#include "base/csvwriter.h"

#include "project/projectstore.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace wbc {

namespace {

QJsonObject parseJson(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QDateTime parseTime(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t;
}

} // namespace

QList<RunInfo> RunHistory::runs() const
{
    QList<RunInfo> out;
    QSqlQuery q(m_store.database());
    if (!q.exec(QStringLiteral("SELECT r.id, r.created_at, r.finished_at, r.task, r.model, r.status, "
                               "r.params, r.summary, m.id, m.path, m.active FROM runs r LEFT JOIN "
                               "models m ON m.run_id = r.id ORDER BY r.id DESC")))
        return out;
    while (q.next()) {
        RunInfo r;
        r.id = q.value(0).toLongLong();
        r.createdAt = parseTime(q.value(1).toString());
        r.finishedAt = parseTime(q.value(2).toString());
        r.task = q.value(3).toString();
        r.model = q.value(4).toString();
        r.status = q.value(5).toString();
        r.params = parseJson(q.value(6).toString());
        r.summary = parseJson(q.value(7).toString());
        r.modelId = q.value(8).toLongLong();
        if (r.modelId) {
            ImageRecord asPath; // stored relative to the project like images
            asPath.path = q.value(9).toString();
            r.modelPath = m_store.absolutePath(asPath);
        }
        r.active = q.value(10).toInt() != 0;
        if (!out.isEmpty() && out.last().id == r.id)
            continue; // one model per run
        out.append(r);
    }
    QSqlQuery e(m_store.database());
    e.prepare(QStringLiteral("SELECT metrics FROM run_epochs WHERE run_id = ? ORDER BY epoch"));
    for (RunInfo &r : out) {
        e.addBindValue(r.id);
        if (e.exec()) {
            while (e.next())
                r.epochs.append(parseJson(e.value(0).toString()));
        }
    }
    return out;
}

std::optional<RunInfo> RunHistory::run(qint64 runId) const
{
    for (const RunInfo &r : runs()) {
        if (r.id == runId)
            return r;
    }
    return std::nullopt;
}

qint64 RunHistory::activeModelId() const
{
    QSqlQuery q(m_store.database());
    if (q.exec(QStringLiteral("SELECT id FROM models WHERE active = 1")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

QString RunHistory::modelPath(qint64 modelId) const
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT path FROM models WHERE id = ?"));
    q.addBindValue(modelId);
    if (!q.exec() || !q.next())
        return {};
    ImageRecord asPath;
    asPath.path = q.value(0).toString();
    return m_store.absolutePath(asPath);
}

std::optional<ModelInfo> RunHistory::model(qint64 modelId) const
{
    return modelInfo(m_store, modelId);
}

std::optional<ModelInfo> modelInfo(const ProjectStore &store, qint64 modelId)
{
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT path, task, active FROM models WHERE id = ?"));
    q.addBindValue(modelId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    ModelInfo m;
    m.id = modelId;
    ImageRecord asPath; // stored relative to the project like images
    asPath.path = q.value(0).toString();
    m.path = store.absolutePath(asPath);
    m.task = q.value(1).toString();
    m.active = q.value(2).toInt() != 0;
    return m;
}

int RunHistory::markInterrupted()
{
    int n = 0;
    const bool committed = m_store.transaction([&] {
        QSqlQuery q(m_store.database());
        if (!q.exec(QStringLiteral("UPDATE runs SET status = 'interrupted' WHERE status = 'running'")))
            return false;
        n = q.numRowsAffected();
        return true;
    });
    return committed ? n : 0;
}

bool RunHistory::setActiveModel(qint64 modelId)
{
    return m_store.transaction([&] {
        QSqlQuery q(m_store.database());
        q.prepare(QStringLiteral("UPDATE models SET active = CASE WHEN id = ? THEN 1 ELSE 0 END"));
        q.addBindValue(modelId);
        return q.exec();
    });
}

QByteArray RunHistory::metricsCsv(const QList<qint64> &runIds) const
{
    CsvWriter out;
    out.row({QStringLiteral("run"), QStringLiteral("epoch"), QStringLiteral("train_loss"),
             QStringLiteral("train_accuracy"), QStringLiteral("val_loss"),
             QStringLiteral("val_accuracy"), QStringLiteral("balanced_accuracy"),
             QStringLiteral("lr"), QStringLiteral("seconds")});
    for (const RunInfo &r : runs()) {
        if (!runIds.isEmpty() && !runIds.contains(r.id))
            continue;
        for (const QJsonObject &e : r.epochs) {
            out.number(r.id);
            for (const char *key : {"epoch", "train_loss", "train_accuracy", "val_loss",
                                    "val_accuracy", "balanced_accuracy", "lr", "seconds"}) {
                const QJsonValue v = e.value(QLatin1String(key));
                if (v.isDouble())
                    out.number(v.toDouble(), 'g', 6);
                else
                    out.empty();
            }
            out.endRow();
        }
    }
    return out.data();
}

} // namespace wbc
