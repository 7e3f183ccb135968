#include "command.h"

#include "review/classifier.h"
#include "report/differentialreport.h"
#include "review/projectprediction.h"
#include "project/projectstore.h"
#include "project/runhistory.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace wbc::cli {

namespace {

// The context of this file's messages (lupdate reads it from Q_DECLARE_TR_FUNCTIONS).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(WbcReport)
};

QJsonObject reportJson(const DifferentialReport &r, const QString &outPath)
{
    QJsonArray rows;
    for (const DifferentialReport::Row &row : r.rows) {
        const bool predicts = r.predicts(row);
        rows.append(QJsonObject{
            {QStringLiteral("class"), cellClassName(row.cls)},
            {QStringLiteral("subtotal"), row.subtotal},
            {QStringLiteral("labelled"), row.labelled},
            {QStringLiteral("labelled_percent"), row.labelledPercent},
            {QStringLiteral("predicted"), predicts ? QJsonValue(row.predicted) : QJsonValue()},
            {QStringLiteral("predicted_percent"),
             predicts ? QJsonValue(row.predictedPercent) : QJsonValue()}});
    }
    QJsonArray excluded;
    for (const DifferentialReport::Exclusion &e : r.excluded)
        excluded.append(QJsonObject{{QStringLiteral("image_id"), e.imageId},
                                    {QStringLiteral("file"), e.file},
                                    {QStringLiteral("reason"), e.reason}});
    return {{QStringLiteral("out"), outPath},
            {QStringLiteral("title"), r.title},
            {QStringLiteral("project"), r.projectPath},
            {QStringLiteral("model"), r.hasModel() ? QJsonValue(r.modelName) : QJsonValue()},
            {QStringLiteral("task"), r.hasModel() ? QJsonValue(r.task) : QJsonValue()},
            {QStringLiteral("selection"), r.selectionDescription},
            {QStringLiteral("images"), r.imagesTotal},
            {QStringLiteral("labelled_total"), r.labelledTotal},
            {QStringLiteral("predicted_total"), r.predictedTotal},
            {QStringLiteral("rows"), rows},
            {QStringLiteral("excluded"), excluded}};
}

int runReport(QCommandLineParser &parser)
{
    const QString command = QStringLiteral("report");
    QString projectPath;
    QString outPath;
    if (!requireOption(parser, command, QStringLiteral("project"), &projectPath)
        || !requireOption(parser, command, QStringLiteral("out"), &outPath))
        return Usage;
    const QString suffix = QFileInfo(outPath).suffix().toLower();
    if (suffix != u"pdf" && suffix != u"csv")
        return usageError(command, Tr::tr("--out must name a .pdf or .csv file"));
    if (parser.positionalArguments().size() > 1)
        return usageError(command, Tr::tr("unexpected argument \"%1\"")
                                       .arg(parser.positionalArguments().at(1)));

    ProjectStore store;
    QString error;
    if (!store.open(projectPath, ProjectStore::OpenMode::OpenExisting, &error)) {
        err() << "wbc report: " << error << Qt::endl;
        return Failure;
    }
    ReportSelection selection;
    selection.folder = parser.value(QStringLiteral("folder"));
    selection.title = parser.value(QStringLiteral("title"));
    if (!selection.folder.isEmpty() && reportImages(store, selection).isEmpty()) {
        err() << "wbc report: "
              << Tr::tr("%1: no image of the project is stored under folder \"%2\"")
                     .arg(projectPath, selection.folder)
              << Qt::endl;
        return Failure;
    }

    DifferentialReport report;
    if (parser.isSet(QStringLiteral("model"))) {
        // Predicts in memory; the project is not changed.
        const QString modelPath = parser.value(QStringLiteral("model"));
        Classifier classifier;
        if (!classifier.load(modelPath, &error, std::nullopt,
                             parser.value(QStringLiteral("device")))) {
            err() << "wbc report: " << error << Qt::endl;
            return Failure;
        }
        QList<qint64> ids;
        for (const ImageRecord &image : reportImages(store, selection))
            ids.append(image.id);
        ReportModel model;
        model.name = QFileInfo(modelPath).fileName();
        model.task = classifier.header().task;
        if (!ids.isEmpty()) {
            const PredictionResults results = predictImages(
                classifier, predictionInputs(store, ids), 0, [](int done, int total) {
                    err() << Tr::tr("predicted %1 of %2 images").arg(done).arg(total) << Qt::endl;
                });
            for (const PredictionRecord &r : results.records)
                model.predictions.insert(r.imageId, r);
        }
        report = buildDifferentialReport(store, selection, model);
    } else {
        const qint64 active = RunHistory(store).activeModelId();
        const bool stored = active && !store.predictions(active).isEmpty();
        if (active && !stored)
            err() << "wbc report: "
                  << Tr::tr("the active model has no stored predictions; counting labels only "
                            "(run 'wbc predict --project %1' first)")
                         .arg(projectPath)
                  << Qt::endl;
        report = buildDifferentialReport(store, selection, stored ? active : 0);
    }

    const bool ok = suffix == u"pdf" ? writeReportPdf(report, outPath, &error)
                                     : writeReportCsv(report, outPath, &error);
    if (!ok) {
        err() << "wbc report: " << error << Qt::endl;
        return Failure;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        out() << QJsonDocument(reportJson(report, outPath)).toJson(QJsonDocument::Compact)
              << Qt::endl;
        return Ok;
    }
    out() << Tr::tr("Wrote %1: %2 images, %3 counted as labelled, %4 as predicted, %5 excluded")
                 .arg(outPath)
                 .arg(report.imagesTotal)
                 .arg(report.labelledTotal)
                 .arg(report.hasModel() ? QString::number(report.predictedTotal)
                                        : QStringLiteral("-"))
                 .arg(report.excluded.size())
          << Qt::endl;
    return Ok;
}

} // namespace

Command reportCommand()
{
    return {QStringLiteral("report"),
            Tr::tr("Write a differential count report (PDF or CSV)"),
            [](QCommandLineParser &p) {
                p.addOption({QStringLiteral("project"), Tr::tr("Project file"),
                             QStringLiteral("FILE")});
                p.addOption({QStringLiteral("out"), Tr::tr("Report to write (.pdf or .csv)"),
                             QStringLiteral("FILE")});
                p.addOption({QStringLiteral("model"),
                             Tr::tr("Predict with this model file (nothing is stored); default: "
                                    "the active model's stored predictions"),
                             QStringLiteral("MODEL")});
                p.addOption({QStringLiteral("folder"),
                             Tr::tr("Count only the images stored under this folder"),
                             QStringLiteral("PREFIX")});
                p.addOption({QStringLiteral("title"), Tr::tr("Report title"),
                             QStringLiteral("TEXT")});
                p.addOption({QStringLiteral("device"), Tr::tr("auto, cpu or cuda"),
                             QStringLiteral("DEVICE"), QStringLiteral("auto")});
                p.addOption({QStringLiteral("json"), Tr::tr("Print the counts as one JSON object")});
            },
            runReport};
}

} // namespace wbc::cli
