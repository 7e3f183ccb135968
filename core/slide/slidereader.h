#pragma once

// A whole-slide image (scanned smear) read through OpenSlide: Aperio .svs, Hamamatsu .ndpi,
// MIRAX .mrxs, Leica .scn, Philips TIFF, Ventana and generic tiled pyramidal TIFF. Regions are
// read on demand from the pyramid level that fits; a slide never has to fit in memory.
//
// Thread-safety: one SlideReader may be used from several threads at once (OpenSlide handles
// are thread-safe for reading); open() and close are not concurrent with reads.

#include <memory>
#include <optional>
#include <vector>

#include <QImage>
#include <QSize>
#include <QString>

namespace wbc {

struct SlideLevel
{
    qint64 width = 0; // pixels of this level
    qint64 height = 0;
    double downsample = 1.0; // level-0 pixels per pixel of this level
};

class SlideReader
{
public:
    ~SlideReader();
    SlideReader(const SlideReader &) = delete;
    SlideReader &operator=(const SlideReader &) = delete;

    // Opens a slide file; nullptr and *error ("FILE: REASON", in the user's words) when the
    // file is not a slide OpenSlide can read, is damaged or truncated.
    static std::unique_ptr<SlideReader> open(const QString &path, QString *error);
    // Whether OpenSlide recognises the file as a slide (a plain, untiled TIFF/JPEG is not).
    static bool isSlideFile(const QString &path);
    // Slide file suffixes import looks at (lower case, without the dot).
    static QStringList slideSuffixes();
    // Whether a project's image is a slide file: a slide suffix and, for TIFF (a field may be a
    // plain TIFF), what OpenSlide says of the file. What viewers and thumbnails go by.
    static bool isSlidePath(const QString &path);

    QString path() const;
    QString vendor() const; // openslide.vendor, e.g. "aperio", "generic-tiff"
    const std::vector<SlideLevel> &levels() const;
    qint64 width() const; // level 0
    qint64 height() const;
    // Physical pixel size of level 0 in micrometres, from openslide.mpp-x / openslide.mpp-y
    // only (never tiff.XResolution); nullopt when the slide does not say.
    std::optional<double> micronsPerPixelX() const;
    std::optional<double> micronsPerPixelY() const;
    // The level whose downsample is the largest that is <= downsample (level 0 at worst).
    int bestLevelForDownsample(double downsample) const;

    // Reads w x h pixels of `level` whose top-left is (x0, y0) in LEVEL-0 coordinates (as
    // OpenSlide does). Returns an ARGB32 premultiplied image (transparent outside the slide);
    // a null image and *error when the read fails (damaged tile).
    QImage readRegion(int level, qint64 x0, qint64 y0, int w, int h, QString *error) const;
    // The slide's thumbnail-sized view (whole slide, longest side at most maxSide).
    QImage thumbnail(int maxSide, QString *error) const;

private:
    SlideReader();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace wbc
