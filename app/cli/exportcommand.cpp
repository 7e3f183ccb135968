#include "command.h"

#include "dataset/datasetexporter.h"
#include "project/projectstore.h"
#include "training/cropsexport.h"

#include <QCoreApplication>

namespace wbc::cli {

namespace {

// The context of this file's messages (lupdate reads it from Q_DECLARE_TR_FUNCTIONS).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(WbcExport)
};

// "1 NEUTROPHIL, 2 EOSINOPHIL, ...": the COCO category ids, for the help.
QString categoryList()
{
    QStringList items;
    const QStringList names = DatasetExporter::cocoCategories();
    for (qsizetype i = 0; i < names.size(); ++i)
        items.append(QStringLiteral("%1 %2").arg(i + 1).arg(names.at(i)));
    return items.join(QStringLiteral(", "));
}

int runExport(QCommandLineParser &parser)
{
    const QString name = QStringLiteral("export");
    QString projectPath, format, outPath;
    if (!requireOption(parser, name, QStringLiteral("project"), &projectPath)
        || !requireOption(parser, name, QStringLiteral("format"), &format)
        || !requireOption(parser, name, QStringLiteral("out"), &outPath))
        return Usage;
    if (format != u"csv" && format != u"labels" && format != u"voc" && format != u"coco"
        && format != u"crops")
        return usageError(name,
                          Tr::tr("--format must be csv, labels, voc, coco or crops, not \"%1\"")
                              .arg(format));
    ProjectStore store;
    QString error;
    if (!store.open(projectPath, ProjectStore::OpenMode::OpenExisting, &error)) {
        err() << "wbc export: " << error << Qt::endl;
        return Failure;
    }
    if (format == u"crops") {
        const CropsExportReport crops = exportCrops(store, outPath);
        for (const Problem &p : crops.problems)
            err() << p.toString() << Qt::endl;
        if (!crops.ok) {
            err() << "wbc export: " << crops.error << Qt::endl;
            return Failure;
        }
        out() << Tr::tr("%1 cell crops of %2 classes written to %3 (%4 labelled cells no task "
                        "trains on left out)\n")
                     .arg(crops.crops)
                     .arg(crops.classes)
                     .arg(outPath)
                     .arg(crops.excluded);
        return Ok;
    }
    ExportReport r;
    if (format == u"csv")
        r = DatasetExporter::exportCells(store, outPath);
    else if (format == u"labels")
        r = DatasetExporter::exportLabels(store, outPath);
    else if (format == u"voc")
        r = DatasetExporter::exportVoc(store, outPath);
    else
        r = DatasetExporter::exportCoco(store, outPath);
    for (const Problem &p : r.problems)
        err() << p.toString() << Qt::endl;
    if (!r.ok()) {
        err() << "wbc export: " << r.error << Qt::endl;
        return Failure;
    }
    if (format == u"labels")
        out() << Tr::tr("labels of %1 images written to %2\n").arg(r.images).arg(outPath);
    else
        out() << Tr::tr("%1 cells of %2 images in %3 slides written to %4 (%5 files)\n")
                     .arg(r.cells)
                     .arg(r.images)
                     .arg(r.slides)
                     .arg(outPath)
                     .arg(r.files);
    return Ok; // what was left out is listed above, as import lists what it skipped
}

} // namespace

Command exportCommand()
{
    return {QStringLiteral("export"),
            Tr::tr("Export cells and labels (CSV, Pascal VOC, COCO, crops) from a project"),
            [](QCommandLineParser &p) {
                p.addOption(
                    {QStringLiteral("project"), Tr::tr("Project file or postgresql:// URL"), QStringLiteral("FILE")});
                p.addOption(
                    {QStringLiteral("format"),
                     Tr::tr("csv: one row per white cell (slide,image,cell,x0,y0,x1,y1,label,"
                            "author,labelled_at,origin,predicted,probability; the current label "
                            "and the active model's prediction). labels: labels.csv of image "
                            "labels (image,label). voc: a dataset folder that 'wbc import' reads "
                            "back: one folder per slide with images/ and annotations/, each white "
                            "cell an object named by its label (NEUTROPHIL, ..., UNIDENTIFIED, "
                            "SMUDGE, ARTEFACT, DAMAGED) or WBC when unlabelled. coco: COCO JSON "
                            "of the white cells, category ids %1, WBC for unlabelled cells; "
                            "file_name relative to the JSON file, wbc_cell_id the project's cell. "
                            "crops: the crops file wbc-engine trains from (each labelled white "
                            "cell cropped as training crops it, with its class and split group).")
                         .arg(categoryList()),
                     QStringLiteral("FORMAT")});
                p.addOption({QStringLiteral("out"),
                             Tr::tr("CSV, JSON or crops file, or a new or empty folder for voc"),
                             QStringLiteral("PATH")});
            },
            runExport};
}

} // namespace wbc::cli
