#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "base/problem.h"

namespace wbc {

class ProjectStore;

struct SlideImportReport
{
    int found = 0;
    int imported = 0;
    int unchanged = 0; // same file content already in the project
    int failed = 0; // damaged or unsupported: reported, nothing of it stored
    QList<qint64> imageIds; // imported or already there
    Problems problems;
    QString fatalError; // the project could not be written
};

// The slide files below a folder (and in its subfolders, hidden ones left out): files with a
// slide suffix (SlideReader::slideSuffixes) that OpenSlide recognises, by path. A plain,
// untiled TIFF is an image, not a slide. Any thread.
QStringList findSlideFiles(const QString &dir);

// Imports whole-slide image files into a project: each file becomes one slide of the project
// (named by its path below `root` without the suffix, or its base name) holding one image whose
// size is the slide's level 0, with its vendor and pixel size (ProjectStore::addSlideFile).
// Idempotent (a file already imported, by content hash, is left alone). A damaged or
// unsupported file is reported naming it and nothing of it is stored. Runs on the store's thread.
class SlideImporter
{
public:
    explicit SlideImporter(ProjectStore &store);

    SlideImportReport run(const QStringList &files, const QString &root = {});

private:
    ProjectStore &m_store;
};

} // namespace wbc
