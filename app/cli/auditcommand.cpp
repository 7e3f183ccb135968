#include <cmath>

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "command.h"
#include "project/audithistory.h"
#include "project/projectlock.h"
#include "project/projectstore.h"
#include "review/labelaudit.h"
#include "training/models.h"

namespace wbc::cli {

namespace {

// The context of this file's messages (lupdate reads it from Q_DECLARE_TR_FUNCTIONS).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(WbcAudit)
};

const QString kCommand = QStringLiteral("audit");

double rounded(double v)
{
    return std::round(v * 1e6) / 1e6;
}

// An integer option >= minimum, or a usage error (false).
bool readInt(QCommandLineParser &parser, const QString &option, int minimum, int *value)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    const int v = parser.value(option).toInt(&ok);
    if (!ok || v < minimum) {
        usageError(kCommand, Tr::tr("--%1 must be an integer >= %2").arg(option).arg(minimum));
        return false;
    }
    *value = v;
    return true;
}

// The audit's options into params; false after printing a usage error.
bool readParams(QCommandLineParser &parser, LabelAuditParams *params)
{
    if (parser.isSet(QStringLiteral("data"))) {
        usageError(kCommand,
                   Tr::tr("an audit stores its result in a project: import the dataset "
                          "('wbc import DIR --project FILE') and give --project FILE"));
        return false;
    }
    QString path;
    QString taskText;
    if (!requireOption(parser, kCommand, QStringLiteral("project"), &path)
        || !requireOption(parser, kCommand, QStringLiteral("task"), &taskText))
        return false;
    const std::optional<Task> task = parseTask(taskText);
    if (!task) {
        usageError(kCommand, Tr::tr("unknown task \"%1\" (binary or four)").arg(taskText));
        return false;
    }
    params->task = *task;
    int seed = int(params->seed);
    TrainParams &train = params->train;
    if (!readInt(parser, QStringLiteral("folds"), 2, &params->folds)
        || !readInt(parser, QStringLiteral("seed"), 0, &seed)
        || !readInt(parser, QStringLiteral("epochs"), 1, &train.epochs)
        || !readInt(parser, QStringLiteral("per-class"), 1, &train.perClass)
        || !readInt(parser, QStringLiteral("threads"), 1, &train.threads))
        return false;
    params->seed = quint64(seed);
    if (parser.isSet(QStringLiteral("model"))) {
        const std::optional<ModelArch> arch = parseModelArch(parser.value(QStringLiteral("model")));
        if (!arch) {
            usageError(kCommand,
                       Tr::tr("unknown model \"%1\" (%2)")
                           .arg(parser.value(QStringLiteral("model")),
                                modelArchNames().join(QStringLiteral(", "))));
            return false;
        }
        train.arch = *arch;
    }
    if (parser.isSet(QStringLiteral("margin"))) {
        bool ok = false;
        const double margin = parser.value(QStringLiteral("margin")).toDouble(&ok);
        if (!ok || margin < 0 || margin > 2) {
            usageError(kCommand, Tr::tr("--margin must be a number in [0, 2]"));
            return false;
        }
        train.crop.margin = margin;
    }
    if (parser.isSet(QStringLiteral("ranking"))) {
        const std::optional<LabelRanking> ranking
            = parseLabelRanking(parser.value(QStringLiteral("ranking")));
        if (!ranking) {
            usageError(kCommand,
                       Tr::tr("unknown ranking \"%1\" (self_confidence, "
                              "normalized_margin or confident_learning)")
                           .arg(parser.value(QStringLiteral("ranking"))));
            return false;
        }
        params->ranking = *ranking;
    }
    if (parser.isSet(QStringLiteral("device"))) {
        QString error;
        if (!resolveComputeDevice(parser.value(QStringLiteral("device")), &error)) {
            usageError(kCommand, error);
            return false;
        }
        train.device = parser.value(QStringLiteral("device"));
    }
    train.singleCellFields = parser.isSet(QStringLiteral("single-cell-fields"));
    return true;
}

QJsonObject suspectJson(const AuditedCell &cell, const QStringList &classes)
{
    QJsonObject probabilities;
    for (int k = 0; k < int(cell.probabilities.size()); ++k)
        probabilities.insert(classes.value(k), rounded(cell.probabilities[size_t(k)]));
    return {{QStringLiteral("image"), QFileInfo(cell.path).fileName()},
            {QStringLiteral("cell"), cell.cellId},
            {QStringLiteral("label"), classes.value(cell.label)},
            {QStringLiteral("suggested"), classes.value(cell.suggested)},
            {QStringLiteral("score"), rounded(cell.score)},
            {QStringLiteral("probabilities"), probabilities}};
}

QString stageText(const LabelAuditProgress &p)
{
    switch (p.stage) {
    case LabelAuditProgress::Stage::Loading:
        return Tr::tr("Loading cells");
    case LabelAuditProgress::Stage::Training:
        return Tr::tr("Training fold %1/%2").arg(p.fold).arg(p.folds);
    case LabelAuditProgress::Stage::Scoring:
        return Tr::tr("Scoring fold %1/%2").arg(p.fold).arg(p.folds);
    case LabelAuditProgress::Stage::Saving:
        return Tr::tr("Storing the audit");
    }
    return {};
}

int runAudit(QCommandLineParser &parser)
{
    LabelAuditParams params;
    if (!readParams(parser, &params))
        return Usage;
    int top = -1;
    if (!readInt(parser, QStringLiteral("top"), 0, &top))
        return Usage;
    const bool json = parser.isSet(QStringLiteral("json"));
    const QString path = parser.value(QStringLiteral("project"));

    ProjectLock lock(path);
    ProjectStore store;
    if (!openLockedProject(lock, store, path, kCommand))
        return Failure;
    QString error;
    if (parser.isSet(QStringLiteral("leave-out-suspects"))) {
        const QString text = parser.value(QStringLiteral("leave-out-suspects"));
        bool ok = false;
        const qint64 id = text.toLongLong(&ok);
        AuditHistory history(store);
        const std::optional<AuditRunRecord> earlier = ok ? history.run(id) : std::nullopt;
        if (!earlier || earlier->status != u"finished" || earlier->task != taskName(params.task)) {
            err() << "wbc audit: "
                  << Tr::tr("%1: no finished %2 audit %3").arg(path, taskName(params.task), text)
                  << Qt::endl;
            return Failure;
        }
        const QList<AuditCellRecord> cells = history.cells(earlier->id);
        for (int i = 0; i < std::min(int(cells.size()), earlier->suspects()); ++i)
            params.leaveOut.push_back(cells.at(i).cellId);
    }
    LabelAudit audit(params);
    if (!json) {
        QString last;
        int lastTenth = -1;
        audit.setProgress([&](const LabelAuditProgress &p) {
            const QString stage = stageText(p);
            const int tenth = int(p.fraction * 10);
            if (stage != last || tenth != lastTenth) {
                err() << Tr::tr("%1 (%2% of the audit)").arg(stage).arg(int(p.fraction * 100))
                      << Qt::endl;
                last = stage;
                lastTenth = tenth;
            }
        });
    }
    const LabelAuditResult result = audit.run(store);
    for (const Problem &problem : result.problems)
        err() << "wbc audit: " << problem.toString() << Qt::endl;
    if (!result.ok) {
        err() << "wbc audit: " << result.error << Qt::endl;
        return Failure;
    }
    const int listed = top >= 0 ? std::min(top, int(result.cells.size())) : result.suspects;
    if (json) {
        QJsonArray suspects;
        for (int i = 0; i < listed; ++i)
            suspects.append(suspectJson(result.cells[size_t(i)], result.classes));
        QJsonObject errors;
        for (int c = 0; c < int(result.classes.size()); ++c)
            errors.insert(result.classes.at(c), result.joint.estimatedErrors[size_t(c)]);
        const QJsonObject o{{QStringLiteral("task"), taskName(result.task)},
                            {QStringLiteral("folds"), result.folds},
                            {QStringLiteral("cells"), int(result.cells.size())},
                            {QStringLiteral("suspects"), suspects},
                            {QStringLiteral("estimated_errors"), errors}};
        out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
        return Ok;
    }
    QStringList perClass;
    for (int c = 0; c < int(result.classes.size()); ++c)
        perClass.append(QStringLiteral("%1 %2")
                            .arg(result.classes.at(c))
                            .arg(result.joint.estimatedErrors[size_t(c)]));
    out() << Tr::tr("Audit %1: %2 cells, %3 folds by %4, %5 s")
                 .arg(result.auditId)
                 .arg(result.cells.size())
                 .arg(result.folds)
                 .arg(result.bySlide ? Tr::tr("slide") : Tr::tr("image"))
                 .arg(result.seconds, 0, 'f', 0)
          << Qt::endl;
    out() << Tr::tr("Estimated label errors: %1 (%2 in all)")
                 .arg(perClass.join(QStringLiteral(", ")))
                 .arg(result.joint.totalEstimatedErrors())
          << Qt::endl;
    if (listed == 0)
        return Ok;
    out() << Tr::tr("rank\timage\tcell\tlabel\tsuggested\tscore") << Qt::endl;
    for (int i = 0; i < listed; ++i) {
        const AuditedCell &c = result.cells[size_t(i)];
        out() << QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6")
                     .arg(c.rank)
                     .arg(QFileInfo(c.path).fileName())
                     .arg(c.cellId)
                     .arg(result.classes.value(c.label), result.classes.value(c.suggested))
                     .arg(c.score, 0, 'f', 4)
              << Qt::endl;
    }
    return Ok;
}

} // namespace

Command auditCommand()
{
    const LabelAuditParams d;
    return {
        kCommand,
        Tr::tr("Find the likely mislabelled cells from cross-validated predictions"),
        [d](QCommandLineParser &p) {
            p.addOption(
                {QStringLiteral("project"), Tr::tr("Project file or postgresql:// URL"), QStringLiteral("FILE")});
            p.addOption({QStringLiteral("data"),
                         Tr::tr("Not supported: import the dataset "
                                "into a project first"),
                         QStringLiteral("DIR")});
            p.addOption({QStringLiteral("task"), Tr::tr("binary or four"), QStringLiteral("TASK")});
            p.addOption({QStringLiteral("folds"),
                         Tr::tr("Number of folds (default %1)").arg(d.folds),
                         QStringLiteral("K")});
            p.addOption({QStringLiteral("seed"),
                         Tr::tr("Seed of the folds and of their training (default %1)").arg(d.seed),
                         QStringLiteral("N")});
            p.addOption({QStringLiteral("top"),
                         Tr::tr("List the N worst-ranked cells (default: as many as the "
                                "estimated label errors)"),
                         QStringLiteral("N")});
            p.addOption({QStringLiteral("ranking"),
                         Tr::tr("self_confidence, normalized_margin or confident_learning "
                                "(default %1)")
                             .arg(labelRankingName(d.ranking)),
                         QStringLiteral("NAME")});
            p.addOption({QStringLiteral("epochs"),
                         Tr::tr("Training epochs of each fold (default %1)").arg(d.train.epochs),
                         QStringLiteral("N")});
            p.addOption(
                {QStringLiteral("per-class"),
                 Tr::tr("Augmented samples per class and epoch (default %1)").arg(d.train.perClass),
                 QStringLiteral("N")});
            p.addOption(
                {QStringLiteral("model"),
                 Tr::tr("Architecture: %1 (default %2)")
                     .arg(modelArchNames().join(QStringLiteral(", ")), modelArchName(d.train.arch)),
                 QStringLiteral("NAME")});
            p.addOption(
                {QStringLiteral("margin"),
                 Tr::tr("Crop margin around the cell (default %1)").arg(d.train.crop.margin),
                 QStringLiteral("X")});
            p.addOption({QStringLiteral("device"),
                         Tr::tr("auto, cpu or cuda (default auto)"),
                         QStringLiteral("DEVICE")});
            p.addOption({QStringLiteral("threads"),
                         Tr::tr("Compute threads (default: all cores)"),
                         QStringLiteral("N")});
            p.addOption({QStringLiteral("leave-out-suspects"),
                         Tr::tr("Train the folds without the suspects of an earlier audit (they "
                                "are still scored): does cleaning help?"),
                         QStringLiteral("AUDIT")});
            p.addOption({QStringLiteral("single-cell-fields"),
                         Tr::tr("Audit only the cells of fields with exactly one white cell")});
            p.addOption({QStringLiteral("json"),
                         Tr::tr("Print one JSON object: the suspects, worst first, and the "
                                "estimated label errors per class")});
        },
        runAudit};
}

} // namespace wbc::cli
