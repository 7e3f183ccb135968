#include "command.h"

#include "dataset/datasetfiles.h"
#include "dataset/datasetimporter.h"
#include "project/projectlock.h"
#include "project/projectstore.h"
#include "slide/slideimporter.h"
#include "slide/slidereader.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

namespace wbc::cli {

namespace {

// The context of this file's messages (lupdate reads it from Q_DECLARE_TR_FUNCTIONS).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(WbcImport)
};

int importSlides(ProjectStore &store, const QStringList &files, const QString &root)
{
    const SlideImportReport r = SlideImporter(store).run(files, root);
    for (const Problem &p : r.problems)
        err() << p.toString() << Qt::endl;
    if (!r.fatalError.isEmpty()) {
        err() << "wbc import: " << r.fatalError << Qt::endl;
        return Failure;
    }
    out() << Tr::tr("%1 slide files: %2 new, %3 already in the project, %4 unreadable\n")
                 .arg(r.found)
                 .arg(r.imported)
                 .arg(r.unchanged)
                 .arg(r.failed);
    return r.failed == 0 ? Ok : Failure;
}

int runImport(QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments().mid(1);
    if (positional.size() != 1)
        return usageError(QStringLiteral("import"),
                          Tr::tr("expects exactly one DATASET_DIR or SLIDE_FILE"));
    QString projectPath;
    if (!requireOption(parser, QStringLiteral("import"), QStringLiteral("project"), &projectPath))
        return Usage;

    // Nothing to import makes no project: checked before the project is opened (or created).
    const QString datasetDir = positional.first();
    // One whole-slide image file: one slide of the project. A damaged or unsupported one is
    // refused before the project is touched.
    QStringList slideFiles;
    const bool singleSlide = QFileInfo(datasetDir).isFile()
                             && (SlideReader::isSlideFile(datasetDir)
                                 || SlideReader::slideSuffixes().contains(
                                     QFileInfo(datasetDir).suffix().toLower()));
    if (singleSlide) {
        QString error;
        if (!SlideReader::open(datasetDir, &error)) {
            err() << "wbc import: " << error << Qt::endl;
            return Failure;
        }
        slideFiles = {QFileInfo(datasetDir).absoluteFilePath()};
    } else if (!QFileInfo(datasetDir).isDir()) {
        err() << "wbc import: " << Tr::tr("%1: not a folder or slide file").arg(datasetDir)
              << Qt::endl;
        return Failure;
    } else {
        slideFiles = findSlideFiles(datasetDir);
    }
    if (!singleSlide && slideFiles.isEmpty()
        && findDatasetFiles(DatasetLayout::of(datasetDir).root).images.isEmpty()) {
        err() << "wbc import: "
              << Tr::tr("no images found in %1; nothing was imported")
                     .arg(QDir::toNativeSeparators(datasetDir))
              << Qt::endl;
        return Failure;
    }
    QString user;
    if (!resolveUser(parser, QStringLiteral("import"), &user))
        return Failure;
    ProjectLock lock(projectPath);
    ProjectStore store;
    if (!openLockedProject(lock, store, projectPath, QStringLiteral("import"),
                           ProjectStore::OpenMode::OpenOrCreate))
        return Failure;
    if (singleSlide)
        return importSlides(store, slideFiles, {});
    DatasetImporter importer(store, user);
    const bool quiet = parser.isSet(QStringLiteral("quiet"));
    QElapsedTimer lastPrint;
    lastPrint.start();
    importer.setProgress([&](int done, int total) {
        if (!quiet && (lastPrint.elapsed() > 1000 || done == total)) {
            err() << Tr::tr("imported %1 of %2 images").arg(done).arg(total) << Qt::endl;
            lastPrint.restart();
        }
    });
    const ImportReport r = importer.run(datasetDir);
    for (const Problem &p : r.problems)
        err() << p.toString() << Qt::endl;
    if (!r.fatalError.isEmpty()) {
        err() << "wbc import: " << r.fatalError << Qt::endl;
        return Failure;
    }
    out() << Tr::tr("%1 images found: %2 new, %3 already in the project, %4 duplicates, %5 "
                    "skipped\n%6 slides (%7 new)\n%8 cell labels set, %9 kept (set by a person), "
                    "%10 images need per-cell labels\n%11 annotation files, %12 WBC boxes, %13 "
                    "images keep boxes edited by a person\n%14 problems\n")
                 .arg(r.imagesFound)
                 .arg(r.imported)
                 .arg(r.unchanged)
                 .arg(r.duplicates)
                 .arg(r.skipped)
                 .arg(r.slides)
                 .arg(r.slidesCreated)
                 .arg(r.labelsSet)
                 .arg(r.labelsKept)
                 .arg(r.needsCellLabels)
                 .arg(r.annotationsRead)
                 .arg(r.wbcBoxes)
                 .arg(r.boxesKept)
                 .arg(r.problems.size());
    return slideFiles.isEmpty() ? Ok : importSlides(store, slideFiles, datasetDir);
}

} // namespace

Command importCommand()
{
    return {QStringLiteral("import"),
                Tr::tr("Import a dataset folder (images, labels.csv, VOC XML) or a whole-slide "
                       "image into a project"),
                [](QCommandLineParser &p) {
                    p.addPositionalArgument(QStringLiteral("DATASET_DIR"),
                                            Tr::tr("Folder with images (or images/), labels.csv, "
                                               "annotations/; each subfolder with images is a "
                                               "slide named by its path; or one slide file "
                                               "(.svs, .ndpi, .mrxs, tiled TIFF, ...)"));
                    p.addOption({QStringLiteral("project"), Tr::tr("Project file to create or update, or a postgresql:// URL"),
                                 QStringLiteral("FILE")});
                    p.addOption({QStringLiteral("quiet"), Tr::tr("No progress output")});
                    p.addOption(userOption());
                },
                runImport};
}

} // namespace wbc::cli
