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
    int labelsSet = 0;
    int labelsKept = 0; // the project has a newer label by a person; the file's was not applied
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
