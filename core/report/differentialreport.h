#pragma once

#include "base/cellclass.h"
#include "project/projectstore.h"
#include "base/task.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPair>
#include <QRect>
#include <QString>

#include <optional>

namespace wbc {

// Which images a report counts. imageIds non-empty: exactly these. Else folder non-empty: the
// images stored under that folder (a stored-path prefix such as "slides/patient-12", or an
// absolute folder). Both empty: the whole project.
struct ReportSelection
{
    QString folder;
    QList<qint64> imageIds;
    QString title; // empty: "Differential count"
};

// A differential white-cell count: per class, how many of the selected images a pathologist
// labelled so (the current label, any source) and how many a model predicted so, each as a
// percentage of that column's counted images.
//
// Not counted, and listed with the reason: unreadable files, images the multi-cell filter says
// show several or no white cells (the effective flag: a person's override, else detection),
// labels naming several cells, and images neither labelled nor predicted.
//
// Binary models predict only the groups. Rows: the five cell classes always; the two group
// rows Polynuclear (neutrophils + eosinophils) and Mononuclear (lymphocytes + monocytes) when
// the model is binary or a label or prediction names a group. A group row is a subtotal: in
// both columns it counts the group itself plus its member classes, so labels by class and
// binary predictions meet there; the class rows plus the images labelled with a group alone add
// up to 100 %, the group rows are not added again. Basophils belong to neither group and are
// never predicted (no task has them).
struct DifferentialReport
{
    QString title;
    QString projectPath;
    QString modelName; // model file name; empty: labels only
    qint64 modelId = 0; // 0 when none or not stored in the project
    QString task;       // "binary" / "four"; empty: labels only
    QDateTime generatedAt; // UTC
    QString selectionDescription;
    QString author;

    int imagesTotal = 0; // selected images

    struct Row
    {
        CellClass cls = CellClass::Neutrophil;
        int labelled = 0;
        double labelledPercent = 0;
        int predicted = 0;
        double predictedPercent = 0;
        bool subtotal = false; // a group row (see above)
    };
    QList<Row> rows;
    int labelledTotal = 0;
    int predictedTotal = 0;

    struct Exclusion
    {
        qint64 imageId = 0;
        QString file; // as stored in the project
        QString reason;
    };
    QList<Exclusion> excluded;

    // Up to three counted images per class (by label, else by prediction), for thumbnails: the
    // absolute path, and in exampleBoxes (same order) the white cell's box in field pixels (empty:
    // the whole field).
    QList<QPair<CellClass, QString>> examples;
    QList<QRect> exampleBoxes;

    bool hasModel() const { return !task.isEmpty(); }
    // Whether the predicted column applies to a row: not without a model, not for basophils, and
    // for binary models only on the group rows.
    bool predicts(const Row &row) const;
};

// The images of a selection, in project order.
QList<ImageRecord> reportImages(const ProjectStore &store, const ReportSelection &selection);

// A model's predictions to count: stored ones (by id) or made in memory (wbc report --model).
struct ReportModel
{
    qint64 id = 0;
    QString name;
    Task task = Task::Binary;
    QHash<qint64, PredictionRecord> predictions; // by image id
};

// modelId 0 (or a model the project does not have): labels only. Reads the stored predictions
// of the model otherwise. Call on the thread that owns the store.
DifferentialReport buildDifferentialReport(const ProjectStore &store,
                                           const ReportSelection &selection,
                                           qint64 modelId);
DifferentialReport buildDifferentialReport(const ProjectStore &store,
                                           const ReportSelection &selection,
                                           const std::optional<ReportModel> &model);

// Both write atomically (QSaveFile); errors name the file. The CSV has a key,value block (title,
// project, model, ...), the count table (class,labelled,labelled_percent,predicted,
// predicted_percent) and the excluded images (image_id,file,reason), separated by empty lines.
bool writeReportCsv(const DifferentialReport &report, const QString &path, QString *error);
// A4 PDF: title, project/model/date/selection, the table, a bar chart (labelled vs predicted per
// class), example thumbnails and the excluded images, paginated. Needs a QGuiApplication (fonts;
// the offscreen platform will do).
bool writeReportPdf(const DifferentialReport &report, const QString &path, QString *error);

} // namespace wbc
