#pragma once

#include "base/cellclass.h"
#include "base/celllabel.h"
#include "base/task.h"
#include "project/projectstore.h"
#include "report/wilsoninterval.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace wbc {

// Which fields a report counts. Each non-empty filter narrows the selection (all must hold);
// all empty: the whole project. The fields are counted per slide either way.
struct ReportSelection
{
    QList<qint64> slideIds; // these slides (a selection of slides)
    QList<qint64> imageIds; // these images (the browser's selection)
    // The images stored under this folder: a stored-path prefix such as "slides/patient-12", or
    // an absolute folder (wbc report --folder, kept from the image-based report).
    QString folder;
    QString title; // empty: "Differential count"
    QString sampleId; // the patient or sample the report is for (typed in the dialog); optional
};

// The usual manual differential counts 100 or 200 cells; below this a report warns.
inline constexpr int kMinimumDifferentialCells = 100;

// A differential white-cell count of one slide, or of all the reported slides together (the
// total, slide name "ALL"). The unit is the white cell (ProjectStore::whiteCells): per class,
// how many cells a person labelled so (the current cell label, any origin) and how many a model
// predicted so, each as a percentage of that column's counted cells, the labels' with a 95 %
// Wilson score interval.
//
// Counted: the white cells of the selected fields, except fields left out with the reason
// (unreadable image, no white cell, or "needs per-cell labels": an unresolved multi-cell note
// while some of its cells are unlabelled). Cells labelled UNIDENTIFIED or not counted (SMUDGE,
// ARTEFACT, DAMAGED) are listed with their counts and are in neither column, whatever a model
// predicted for them; unlabelled cells are listed and count in the predicted column only.
//
// Binary models predict only the groups. Rows: the five cell classes always; the two group
// rows Polynuclear (neutrophils + eosinophils) and Mononuclear (lymphocytes + monocytes) when
// the model is binary or a label or prediction names a group (decided once for the whole
// report, so every section has the same rows). A group row is a subtotal: in both columns it
// counts the group itself plus its member classes, so cells labelled by class and binary
// predictions meet there; the class rows plus the cells labelled with a group alone add up to
// 100 %, the group rows are not added again. Basophils belong to neither group and are never
// predicted (no task has them).
struct DifferentialCount
{
    qint64 slideId = 0; // 0 for the total, and for images that have no slide
    QString slide;      // the slide's name; "ALL" for the total
    QString specimen;   // the slide's patient or specimen id
    bool isTotal = false;

    int images = 0; // selected fields
    int fields = 0; // counted fields (images - excluded)
    int cells = 0;  // white cells of the counted fields

    struct Row
    {
        CellClass cls = CellClass::Neutrophil;
        int labelled = 0;
        double labelledPercent = 0;
        PercentInterval labelledInterval; // Wilson, 95 %; {0, 0} when nothing was labelled
        int predicted = 0;
        double predictedPercent = 0;
        bool subtotal = false; // a group row (see above)
    };
    QList<Row> rows;
    int labelledTotal = 0;  // cells counted by their label (a class or a group)
    int predictedTotal = 0; // cells counted by their prediction

    // Listed, never in the percentages: UNIDENTIFIED, SMUDGE, ARTEFACT, DAMAGED (in
    // specialCellLabels() order, zeros included), and the white cells nobody labelled yet.
    QList<QPair<CellLabel, int>> notCounted;
    int unlabelled = 0;

    // Why a field is left out.
    enum class Why { Unreadable, NoWhiteCell, NeedsCellLabels };
    struct Exclusion
    {
        qint64 imageId = 0;
        QString file; // as stored in the project
        Why why = Why::Unreadable;
        QString reason; // translated, with the detail (the decoder's error, the unresolved note)
    };
    QList<Exclusion> excluded; // fields left out

    // Up to three counted cells per class (by label, else by prediction), for the PDF.
    struct Example
    {
        CellClass cls = CellClass::Neutrophil;
        QString path; // absolute
        CellRecord cell;
        bool byLabel = true;
        // A whole-slide image's cell: its crop is `crop` (the scan's cached crop, else read from
        // the slide's region when the file is there), never the decoded slide.
        bool onSlide = false;
        CellCropRecord crop;
    };
    QList<Example> examples;

    // Who labelled the counted cells (their current labels), most cells first, and the newest
    // of those labels (invalid when none).
    QList<QPair<QString, int>> labelAuthors;
    QDateTime lastLabelledAt;

    static QString whyText(Why why); // translated, without the detail

    bool labelledBelowMinimum() const { return labelledTotal < kMinimumDifferentialCells; }
    bool predictedBelowMinimum() const { return predictedTotal < kMinimumDifferentialCells; }
    const Row *row(CellClass cls) const;
    int notCountedCount(const CellLabel &label) const;
};

// A report: one section per slide holding selected images (by slide name), and their total.
struct DifferentialReport
{
    using Row = DifferentialCount::Row;

    QString title;
    QString projectPath;
    QString modelName; // model file name; empty: labels only
    qint64 modelId = 0; // 0 when none or not stored in the project
    QString task;       // "binary" / "four"; empty: labels only
    QDateTime generatedAt; // UTC
    QString selectionDescription;
    QString author;
    QString sampleId; // ReportSelection::sampleId: in the PDF's header and the CSV's preamble
    bool titleGiven = false; // a title was typed (not the default)

    QList<DifferentialCount> slides;
    DifferentialCount total; // every section together, slide "ALL"

    bool hasModel() const { return !task.isEmpty(); }
    // A model was chosen but predicted none of a section's counted cells (it was not run on
    // them): its predicted column says so (noPredictionsText) rather than 0 and 0.0 %.
    bool lacksPredictions(const DifferentialCount &c) const
    {
        return hasModel() && c.predictedTotal == 0;
    }
    // "No predictions of MODEL for these cells: press Predict", translated.
    QString noPredictionsText() const;
    // Whether the predicted column applies to a row: not without a model, not for basophils, and
    // for binary models only on the group rows.
    bool predicts(const Row &row) const;
    // The section of a slide by name, nullptr when the report has none.
    const DifferentialCount *slide(const QString &name) const;
};

// "Differential count", translated: the title of a report none was given.
QString defaultReportTitle();

// The images of a selection, in project order.
QList<ImageRecord> reportImages(const ProjectStore &store, const ReportSelection &selection);

// A model's predictions to count: stored ones (by id) or made in memory (wbc report --model).
struct ReportModel
{
    qint64 id = 0;
    QString name;
    Task task = Task::Binary;
    QHash<qint64, PredictionRecord> predictions; // by cell id
};

// A stored model's predictions by cell (schema-2 image-level ones go to the image's single
// white cell); nullopt for 0 or a model the project does not have.
std::optional<ReportModel> storedReportModel(const ProjectStore &store, qint64 modelId);

// modelId 0 (or a model the project does not have): labels only. Reads the stored predictions
// of the model otherwise. Call on the thread that owns the store.
DifferentialReport buildDifferentialReport(const ProjectStore &store,
                                           const ReportSelection &selection,
                                           qint64 modelId);
DifferentialReport buildDifferentialReport(const ProjectStore &store,
                                           const ReportSelection &selection,
                                           const std::optional<ReportModel> &model);

// Both write atomically (QSaveFile); errors name the file.
//
// CSV (differentialreportcsv.cpp): when the report has a typed title or a sample id, first
// one comment line each ("# title: ...", "# sample: ..."; readers skip them with their comment
// option, e.g. pandas comment='#'); then one header row
//   slide,class,labelled_cells,labelled_percent,ci_low,ci_high,predicted_cells,predicted_percent
// then data rows only, per slide and, when the report has several slides, for slide ALL (their
// total). class is the stable id: the class rows (NEUTROPHIL ... BASOPHIL), the group subtotal
// rows (POLYNUCLEAR, MONONUCLEAR) when the report has them, TOTAL (the cells counted in each
// column), then UNIDENTIFIED, SMUDGE, ARTEFACT, DAMAGED and UNLABELLED with their cell count in
// labelled_cells and the other columns empty. Percentages and the 95 % Wilson interval bounds
// (ci_low, ci_high, for labelled_percent) are numbers from 0 to 100 with two decimals, a '.'
// decimal point and no '%' sign; empty where there is nothing to count (no cell in that column,
// or a row the model does not predict).
bool writeReportCsv(const DifferentialReport &report, const QString &path, QString *error);
// A4 PDF (differentialreportpdf.cpp): one page per slide (title, patient or sample id, name,
// specimen id, counts, intervals,
// cells below the minimum, cells not counted, fields left out, example cells, who labelled them
// and when, and the research-use notice), then one page for the total when there are several
// slides. Needs a QGuiApplication (fonts; the offscreen platform will do).
bool writeReportPdf(const DifferentialReport &report, const QString &path, QString *error);

} // namespace wbc
