#pragma once

#include "base/cellclass.h"
#include "base/problem.h"

#include <QHash>
#include <QString>

#include <atomic>
#include <functional>

namespace wbc {

class ProjectStore;

// Where a dataset folder keeps its parts: images directly or under images/, labels.csv,
// VOC XML directly or under annotations/.
struct DatasetLayout
{
    QString root;
    QString imageDir;
    QString annotationDir;
    QString labelsCsv; // empty when the folder has none

    static DatasetLayout of(const QString &root);
};

struct ImportReport
{
    int imagesFound = 0;
    int imported = 0;
    int unchanged = 0;
    int duplicates = 0; // same content as an image already in the project under another path
    int skipped = 0;    // unreadable images
    int slides = 0;        // slides holding the dataset's images
    int slidesCreated = 0; // of those, new in the project
    int labelsSet = 0;  // cell labels set (or changed) from labels.csv or the annotations
    int labelsKept = 0; // a person's cell label differs from the file's; the file's was not applied
    int needsCellLabels = 0; // images whose labels.csv label could not be put on one cell
    int boxesKept = 0; // images whose boxes a person edited; the file's other boxes not applied
    int annotationsRead = 0;
    int wbcBoxes = 0;
    bool cancelled = false;
    QString fatalError; // set when nothing could be imported (no project, not a folder)
    Problems problems;
};

// The labels.csv of a dataset: file name -> label, with the problems of each bad row.
struct LabelTable
{
    QHash<QString, ImageLabel> labels; // key: path relative to the dataset root, '/' separated
    QHash<QString, int> lines;         // key -> line of the CSV row
    Problems problems;
};

// Reads labels.csv (header "image,label", any column order, extra columns ignored).
LabelTable readLabelTable(const DatasetLayout &layout);

// Imports a dataset folder into a project: idempotent, streaming (one image in memory per
// worker), bad files skipped and reported. Runs on the caller's thread (which must own the
// store); hashing and decoding fan out to the global thread pool. Progress is called on the
// caller's thread.
//
// Each folder with images is a slide (see findDatasetFiles). Per image, the annotation is read
// first: its WBC boxes become white cells, and a box named after a cell class or a special label
// (NEUTROPHIL, UNIDENTIFIED, ...) labels its cell. Then the root's labels.csv: a row with one
// class labels the image's single white cell (a whole-field cell when it has none); a row with
// several classes, or one class for several cells, labels no cell and keeps the text as the
// image's unresolved note ("needs per-cell labels"). Import sets a cell's label only when the
// cell has none or its label came from an import: a person's label stays and is reported, and so
// do the boxes of an image in which a person drew, moved or deleted one.
class DatasetImporter
{
public:
    using Progress = std::function<void(int done, int total)>;

    DatasetImporter(ProjectStore &store, QString author);
    void setProgress(Progress progress) { m_progress = std::move(progress); }
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

    ImportReport run(const QString &datasetDir);

private:
    ProjectStore &m_store;
    QString m_author;
    Progress m_progress;
    const std::atomic_bool *m_cancel = nullptr;
};

} // namespace wbc
