#pragma once

#include <optional>

#include <QList>
#include <QRect>
#include <QString>
#include <QStringList>

namespace wbc {

// The physical pixel size of the fields WbcDetector was tuned on (BCCD, 640 x 480, a white-cell
// box about 190 px wide): a white cell of about 12.4 um over 190 px (docs/DETECTION.md).
constexpr double kBccdMicronsPerPixel = 0.065;

// What to draw: a glass-coloured slide of width x height level-0 pixels with smear fields at
// `fields` (level-0 rectangles). Field i is generateSmear(seed + i) with one white cell of a
// class chosen by i, or, when bccdImages is not empty, BCCD image i modulo their number scaled
// to the field's size with its VOC white-cell boxes.
struct SyntheticSlideSpec
{
    qint64 width = 4096;
    qint64 height = 4096;
    int tileSize = 256;
    QList<QRect> fields;
    int rbcCount = 10; // red cells per synthetic field
    quint64 seed = 1;
    QStringList bccdImages; // image paths; annotations/NAME.xml next to images/
    // Written as an Aperio ImageDescription ("... |MPP = 0.25"): OpenSlide then reports vendor
    // aperio with openslide.mpp-x/y. Without it the file is a generic tiled TIFF without MPP.
    std::optional<double> micronsPerPixel;
    // tiff.XResolution/YResolution to write (pixels per centimetre), 0 for none: OpenSlide
    // reports it as a tiff.* property that the reader must ignore.
    double tiffResolutionPerCm = 0.0;
    // Out-of-focus fields: fieldBlur[i] is the sigma (level-0 pixels) of a Gaussian blur of
    // field i (with the glass around it, so its border is blurred too), after which sensor noise
    // (sigma 2 grey levels) is added as a camera would; a missing entry or 0 leaves the field
    // sharp. The white cells of a blurred field stay in the truth.
    QList<double> fieldBlur;
    // Tile compression: Deflate (lossless) by default; JPEG (YCbCr, this quality) when > 0, as
    // Aperio and most scanners write.
    int jpegQuality = 0;
};

struct SyntheticSlide
{
    QList<QRect> wbcs; // ground-truth white-cell boxes in level-0 pixels
    int levels = 0;
    qint64 bytes = 0; // file size
};

// Fields of fieldW x fieldH laid edge to edge over `area` with `gap` pixels between them.
QList<QRect> syntheticFieldGrid(const QRect &area, int fieldW, int fieldH, int gap);

// Writes a tiled (tileSize^2, Deflate or JPEG), pyramidal (downsample 1, 2, 4, ... while a level stays at
// least one tile high and wide) TIFF, tile by tile: memory is bounded by one row of fields,
// whatever the slide's size. Returns false and *error ("FILE: REASON") on failure; *truth gets the
// white cells.
bool writeSyntheticSlide(
    const QString &path, const SyntheticSlideSpec &spec, SyntheticSlide *truth, QString *error);

} // namespace wbc
