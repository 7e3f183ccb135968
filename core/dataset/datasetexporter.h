#pragma once

#include "base/problem.h"

#include <QString>
#include <QStringList>

namespace wbc {

class ProjectStore;

// What an export wrote, and what it left out.
struct ExportReport
{
    int files = 0; // files written
    int images = 0; // images written (or named, for CSV and COCO)
    int cells = 0; // white cells written
    int slides = 0;
    Problems problems; // left out, with the reason (an image file that cannot be read)
    QString error; // why the export failed; empty on success
    bool ok() const { return error.isEmpty(); }
};

// Writes a project's slides, cells and labels out. Every file is replaced atomically; runs on the
// thread that owns the store.
class DatasetExporter
{
public:
    // One row per white cell, header cellCsvHeader(): slide, image (relative to the CSV's folder),
    // cell id, box corners in pixels, the current label (name, author, time in ISO 8601 UTC,
    // origin) and the active model's prediction (class, probability), empty where there is none.
    // The store is not written; it is not const because the run history reads through it.
    static ExportReport exportCells(ProjectStore &store, const QString &csvPath);
    static QString cellCsvHeader();

    // Image labels (derived from the cells) as labels.csv with header "image,label": plain file
    // names when they are unique in the project (import finds them in the dataset root or
    // images/), else paths relative to the CSV.
    static ExportReport exportLabels(const ProjectStore &store, const QString &csvPath);

    // A complete Pascal VOC dataset that `wbc import` reads back to the same slides and cell
    // labels: outDir (new or empty) gets one folder per slide (a slide "a/b" is a/b/) holding
    // images/ (copies, names made unique per folder) and annotations/ (one XML per image with
    // boxes). A white cell's object is named by its label (NEUTROPHIL, ..., UNIDENTIFIED, SMUDGE,
    // ...), "WBC" when unlabelled; RBC and platelet boxes keep their kind; detected boxes are
    // written when they are white cells (ProjectStore::whiteCells). An image whose only cell is a
    // whole-field cell labelled with a class gets a row in outDir/labels.csv instead, and so
    // does the unresolved note of a field that needs per-cell labels.
    static ExportReport exportVoc(const ProjectStore &store, const QString &outDir);

    // COCO object detection JSON of the white cells: images (file_name relative to the JSON's
    // folder, width, height, wbc_slide), annotations (bbox [x, y, w, h], area, category_id,
    // iscrowd 0, wbc_cell_id) and the categories cocoCategories() lists.
    static ExportReport exportCoco(const ProjectStore &store, const QString &jsonPath);
    // Category names by id - 1: the cell classes, the group classes, the special labels, then
    // "WBC" for unlabelled white cells.
    static QStringList cocoCategories();
};

} // namespace wbc
