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

QJsonValue number(bool present, double value)
{
    return present ? QJsonValue(value) : QJsonValue();
}

QJsonObject countJson(const DifferentialReport &r, const DifferentialCount &c)
{
    QJsonArray rows;
    for (const DifferentialCount::Row &row : c.rows) {
        const bool predicts = r.predicts(row);
        const bool labelled = c.labelledTotal > 0;
        rows.append(QJsonObject{
            {QStringLiteral("class"), cellClassName(row.cls)},
            {QStringLiteral("subtotal"), row.subtotal},
            {QStringLiteral("labelled"), row.labelled},
            {QStringLiteral("labelled_percent"), number(labelled, row.labelledPercent)},
            {QStringLiteral("ci_low"), number(labelled, row.labelledInterval.low)},
            {QStringLiteral("ci_high"), number(labelled, row.labelledInterval.high)},
            {QStringLiteral("predicted"), predicts ? QJsonValue(row.predicted) : QJsonValue()},
            {QStringLiteral("predicted_percent"),
             number(predicts && c.predictedTotal > 0, row.predictedPercent)}});
    }
    QJsonObject notCounted;
    for (const auto &[label, n] : c.notCounted)
        notCounted.insert(label.name(), n);
    QJsonArray excluded;
    for (const DifferentialCount::Exclusion &e : c.excluded)
        excluded.append(QJsonObject{{QStringLiteral("image_id"), e.imageId},
                                    {QStringLiteral("file"), e.file},
                                    {QStringLiteral("reason"), e.reason}});
    return {{QStringLiteral("slide"), c.slide},
            {QStringLiteral("specimen"), c.specimen},
            {QStringLiteral("images"), c.images},
            {QStringLiteral("fields"), c.fields},
            {QStringLiteral("cells"), c.cells},
            {QStringLiteral("labelled_total"), c.labelledTotal},
            {QStringLiteral("predicted_total"),
             r.hasModel() ? QJsonValue(c.predictedTotal) : QJsonValue()},
            {QStringLiteral("below_minimum"), c.labelledBelowMinimum()},
            {QStringLiteral("rows"), rows},
            {QStringLiteral("not_counted"), notCounted},
            {QStringLiteral("unlabelled"), c.unlabelled},
            {QStringLiteral("excluded"), excluded}};
}

// The total's keys at the top level (as before slides), and each slide's section.
QJsonObject reportJson(const DifferentialReport &r, const QString &outPath)
{
    QJsonObject o = countJson(r, r.total);
    o.remove(QStringLiteral("slide"));
    o.remove(QStringLiteral("specimen"));
    QJsonArray slides;
    for (const DifferentialCount &c : r.slides)
        slides.append(countJson(r, c));
    o.insert(QStringLiteral("out"), outPath);
    o.insert(QStringLiteral("title"), r.title);
    o.insert(QStringLiteral("project"), r.projectPath);
    o.insert(QStringLiteral("model"), r.hasModel() ? QJsonValue(r.modelName) : QJsonValue());
    o.insert(QStringLiteral("task"), r.hasModel() ? QJsonValue(r.task) : QJsonValue());
    o.insert(QStringLiteral("selection"), r.selectionDescription);
    o.insert(QStringLiteral("slides"), slides);
    return o;
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
    if (parser.isSet(QStringLiteral("slide")) && parser.value(QStringLiteral("slide")).isEmpty())
        return usageError(command, Tr::tr("--slide needs a slide name"));

    ProjectStore store;
    QString error;
    if (!store.open(projectPath, ProjectStore::OpenMode::OpenExisting, &error)) {
        err() << "wbc report: " << error << Qt::endl;
        return Failure;
    }
    ReportSelection selection;
    selection.folder = parser.value(QStringLiteral("folder"));
    selection.title = parser.value(QStringLiteral("title"));
    if (parser.isSet(QStringLiteral("slide"))) {
        const QString name = parser.value(QStringLiteral("slide"));
        const std::optional<SlideRecord> slide = store.slideByName(name);
        if (!slide) {
            QStringList names;
            for (const SlideRecord &s : store.slides())
                names.append(s.name);
            err() << "wbc report: "
                  << Tr::tr("%1: no slide named \"%2\" (slides: %3)")
                         .arg(projectPath, name,
                              names.isEmpty() ? Tr::tr("none") : names.join(QStringLiteral(", ")))
                  << Qt::endl;
            return Failure;
        }
        selection.slideIds = {slide->id};
    }
    if (!selection.folder.isEmpty() && reportImages(store, selection).isEmpty()) {
        err() << "wbc report: "
              << Tr::tr("%1: no image of the project is stored under folder \"%2\"")
                     .arg(projectPath, selection.folder)
              << Qt::endl;
        return Failure;
    }

    DifferentialReport report;
    if (parser.isSet(QStringLiteral("model"))) {
        // Predicts every white cell in memory; the project is not changed (fields without a
        // white cell are not searched: the report leaves them out).
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
            QList<PredictionInput> inputs = predictionInputs(store, ids);
            for (PredictionInput &in : inputs)
                in.detectMissing = false;
            const PredictionResults results = predictImages(
                classifier, inputs, 0, [](int done, int total) {
                    err() << Tr::tr("predicted %1 of %2 images").arg(done).arg(total) << Qt::endl;
                });
            for (const PredictionRecord &r : results.storedRecords())
                model.predictions.insert(r.cellId, r);
        }
        report = buildDifferentialReport(store, selection, model);
    } else {
        const qint64 active = RunHistory(store).activeModelId();
        const std::optional<ReportModel> model = storedReportModel(store, active);
        const bool stored = model && !model->predictions.isEmpty();
        if (active && !stored)
            err() << "wbc report: "
                  << Tr::tr("the active model has no stored predictions; counting labels only "
                            "(run 'wbc predict --project %1' first)")
                         .arg(projectPath)
                  << Qt::endl;
        report = buildDifferentialReport(store, selection,
                                         stored ? model : std::optional<ReportModel>());
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
    const DifferentialCount &t = report.total;
    out() << Tr::tr("Wrote %1: %n slide(s), %2 white cells; %3 counted as labelled, %4 as "
                    "predicted; %5 field(s) left out",
                    nullptr, int(report.slides.size()))
                 .arg(outPath)
                 .arg(t.cells)
                 .arg(t.labelledTotal)
                 .arg(report.hasModel() ? QString::number(t.predictedTotal) : QStringLiteral("-"))
                 .arg(t.excluded.size())
          << Qt::endl;
    for (const DifferentialCount &c : report.slides) {
        if (c.labelledBelowMinimum())
            err() << "wbc report: "
                  << Tr::tr("warning: slide %1: only %2 cells counted by label (fewer than %3)")
                         .arg(c.slide)
                         .arg(c.labelledTotal)
                         .arg(kMinimumDifferentialCells)
                  << Qt::endl;
    }
    return Ok;
}

} // namespace

Command reportCommand()
{
    return {QStringLiteral("report"),
            Tr::tr("Write a per-slide differential count report (PDF or CSV)"),
            [](QCommandLineParser &p) {
                p.addOption({QStringLiteral("project"), Tr::tr("Project file or postgresql:// URL"),
                             QStringLiteral("FILE")});
                p.addOption({QStringLiteral("out"), Tr::tr("Report to write (.pdf or .csv)"),
                             QStringLiteral("FILE")});
                p.addOption({QStringLiteral("model"),
                             Tr::tr("Predict with this model file (nothing is stored); default: "
                                    "the active model's stored predictions"),
                             QStringLiteral("MODEL")});
                p.addOption({QStringLiteral("slide"),
                             Tr::tr("Report this slide only (default: one section per slide)"),
                             QStringLiteral("NAME")});
                p.addOption({QStringLiteral("folder"),
                             Tr::tr("Count only the images stored under this folder (still "
                                    "one section per slide)"),
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
