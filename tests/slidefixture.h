#pragma once

// A project with one scanned slide (a synthetic pyramidal TIFF, core/slide/syntheticslide.h) and
// its white cells stored as detected cells with level-0 boxes, for the slide viewer's tests and
// the slide screenshots (tools/screenshots).

#include <QString>

#include "project/projectstore.h"
#include "slide/slideimporter.h"
#include "slide/syntheticslide.h"

namespace wbc::test {

struct SlideProject
{
    QString project; // the .wbc file
    QString slide; // the slide file
    qint64 imageId = 0;
    SyntheticSlide truth;
    QList<QRect> fields; // the smear fields (level 0), in the writer's order
    QString error; // what went wrong; empty on success

    bool ok() const { return error.isEmpty() && imageId != 0; }
};

// An 8192 x 6144 smear of 640 x 480 fields (one white cell each, a 256-pixel tiled pyramid) in
// dir/smear.tiff, and dir/slides.wbc holding it as slide "smear" with its known white cells
// stored as detected cells (no crops: the tests do not need them).
inline SlideProject makeSlideProject(const QString &dir)
{
    SlideProject p;
    p.slide = dir + QStringLiteral("/smear.tiff");
    p.project = dir + QStringLiteral("/slides.wbc");
    SyntheticSlideSpec spec;
    spec.width = 8192;
    spec.height = 6144;
    spec.tileSize = 256;
    spec.fields = syntheticFieldGrid(QRect(200, 200, 7800, 5700), 640, 480, 200);
    spec.micronsPerPixel = 0.25;
    p.fields = spec.fields;
    if (!writeSyntheticSlide(p.slide, spec, &p.truth, &p.error))
        return p;
    ProjectStore store;
    if (!store.open(p.project)) {
        p.error = store.lastError();
        return p;
    }
    // Imported as a slide file, as File > Import does (core/slide/slideimporter.h).
    const SlideImportReport report = SlideImporter(store).run({ p.slide }, dir);
    if (!report.fatalError.isEmpty() || report.imageIds.size() != 1) {
        p.error = report.fatalError.isEmpty() ? p.slide + QStringLiteral(": not imported")
                                              : report.fatalError;
        return p;
    }
    p.imageId = report.imageIds.first();
    QList<CellRecord> cells;
    for (const QRect &box : p.truth.wbcs) {
        CellRecord c;
        c.imageId = p.imageId;
        c.box = box;
        c.source = QStringLiteral("detected");
        c.score = 0.9;
        cells.append(c);
    }
    if (!p.imageId || !store.replaceCells(p.imageId, QStringLiteral("detected"), cells))
        p.error = store.lastError();
    return p;
}

} // namespace wbc::test
