#include "slide/slidereader.h"

#include <algorithm>
#include <cmath>
#include <mutex>
#include <openslide/openslide.h>
#include <tiffio.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

namespace wbc {

namespace {

    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(SlideReader)
    };

    QString fileError(const QString &path, const QString &reason)
    {
        return QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), reason); // notr
    }

    std::optional<double> positiveProperty(openslide_t *osr, const char *name)
    {
        const char *value = openslide_get_property_value(osr, name);
        if (!value)
            return std::nullopt;
        bool ok = false;
        // OpenSlide writes these with g_ascii_dtostr: C locale, never a decimal comma.
        const double v = QByteArray(value).toDouble(&ok);
        if (!ok || !std::isfinite(v) || v <= 0.0)
            return std::nullopt;
        return v;
    }

} // namespace

struct SlideReader::Private
{
    QString path;
    openslide_t *osr = nullptr;
    std::vector<SlideLevel> levels;
    QString vendor;
    std::optional<double> mppX;
    std::optional<double> mppY;
};

SlideReader::SlideReader()
    : d(std::make_unique<Private>())
{ }

SlideReader::~SlideReader()
{
    if (d->osr)
        openslide_close(d->osr);
}

std::unique_ptr<SlideReader> SlideReader::open(const QString &path, QString *error)
{
    // libtiff's warnings (e.g. a pyramid level smaller than its tile) are no user's business;
    // read errors come back through openslide_get_error.
    static std::once_flag quiet;
    std::call_once(quiet, [] { TIFFSetWarningHandler(nullptr); });
    auto fail = [&](const QString &reason) {
        if (error)
            *error = fileError(path, reason);
        return nullptr;
    };
    const QFileInfo info(path);
    if (!info.exists())
        return fail(Tr::tr("no such file"));
    if (!info.isFile() || !info.isReadable())
        return fail(Tr::tr("cannot be read"));
    const QByteArray native = QFile::encodeName(path);
    if (!openslide_detect_vendor(native.constData()))
        return fail(Tr::tr("not a slide format OpenSlide can read (Aperio, Hamamatsu, MIRAX, "
                           "Leica, Philips, Ventana or tiled pyramidal TIFF)"));
    openslide_t *osr = openslide_open(native.constData());
    if (!osr)
        return fail(Tr::tr("not a slide OpenSlide can read"));
    if (const char *e = openslide_get_error(osr)) {
        const QString reason = Tr::tr("damaged slide: %1").arg(QString::fromUtf8(e));
        openslide_close(osr);
        return fail(reason);
    }
    std::unique_ptr<SlideReader> reader(new SlideReader);
    reader->d->path = path;
    reader->d->osr = osr;
    const int32_t count = openslide_get_level_count(osr);
    for (int32_t i = 0; i < count; ++i) {
        SlideLevel level;
        int64_t w = 0;
        int64_t h = 0;
        openslide_get_level_dimensions(osr, i, &w, &h);
        level.width = w;
        level.height = h;
        level.downsample = openslide_get_level_downsample(osr, i);
        reader->d->levels.push_back(level);
    }
    if (const char *e = openslide_get_error(osr))
        return fail(Tr::tr("damaged slide: %1").arg(QString::fromUtf8(e)));
    if (reader->d->levels.empty() || reader->d->levels.front().width <= 0
        || reader->d->levels.front().height <= 0)
        return fail(Tr::tr("the slide has no pixels"));
    if (const char *v = openslide_get_property_value(osr, OPENSLIDE_PROPERTY_NAME_VENDOR))
        reader->d->vendor = QString::fromUtf8(v);
    reader->d->mppX = positiveProperty(osr, OPENSLIDE_PROPERTY_NAME_MPP_X);
    reader->d->mppY = positiveProperty(osr, OPENSLIDE_PROPERTY_NAME_MPP_Y);
    // A damaged file often opens (its directory is intact) and fails on the first tile: read
    // one pixel of the top-left and of the bottom-right of level 0 and the smallest level.
    const SlideLevel &last = reader->d->levels.back();
    const int lastIndex = int(reader->d->levels.size()) - 1;
    QString readError;
    if (reader->readRegion(0, 0, 0, 1, 1, &readError).isNull()
        || reader->readRegion(0, reader->width() - 1, reader->height() - 1, 1, 1, &readError)
               .isNull()
        || reader
               ->readRegion(lastIndex,
                   0,
                   0,
                   int(std::min<qint64>(last.width, 64)),
                   int(std::min<qint64>(last.height, 64)),
                   &readError)
               .isNull()) {
        if (error)
            *error = readError;
        return nullptr;
    }
    return reader;
}

bool SlideReader::isSlideFile(const QString &path)
{
    if (!QFileInfo(path).isFile())
        return false;
    return openslide_detect_vendor(QFile::encodeName(path).constData()) != nullptr;
}

bool SlideReader::isSlidePath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (!slideSuffixes().contains(suffix))
        return false;
    return (suffix != u"tif" && suffix != u"tiff") || isSlideFile(path);
}

QStringList SlideReader::slideSuffixes()
{
    return { QStringLiteral("svs"), // notr
        QStringLiteral("tif"), // notr
        QStringLiteral("tiff"), // notr
        QStringLiteral("ndpi"), // notr
        QStringLiteral("vms"), // notr
        QStringLiteral("vmu"), // notr
        QStringLiteral("mrxs"), // notr
        QStringLiteral("scn"), // notr
        QStringLiteral("svslide"), // notr
        QStringLiteral("bif") }; // notr
}

QString SlideReader::path() const
{
    return d->path;
}

QString SlideReader::vendor() const
{
    return d->vendor;
}

const std::vector<SlideLevel> &SlideReader::levels() const
{
    return d->levels;
}

qint64 SlideReader::width() const
{
    return d->levels.front().width;
}

qint64 SlideReader::height() const
{
    return d->levels.front().height;
}

std::optional<double> SlideReader::micronsPerPixelX() const
{
    return d->mppX;
}

std::optional<double> SlideReader::micronsPerPixelY() const
{
    return d->mppY;
}

int SlideReader::bestLevelForDownsample(double downsample) const
{
    int best = 0;
    for (int i = 0; i < int(d->levels.size()); ++i) {
        // A little tolerance: a level of downsample 3.9999 serves a request for 4.
        if (d->levels[size_t(i)].downsample <= downsample * (1.0 + 1e-6))
            best = i;
    }
    return best;
}

QImage SlideReader::readRegion(int level, qint64 x0, qint64 y0, int w, int h, QString *error) const
{
    if (level < 0 || level >= int(d->levels.size()) || w <= 0 || h <= 0) {
        if (error)
            *error = fileError(d->path, Tr::tr("invalid region requested"));
        return {};
    }
    QImage image(w, h, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) {
        if (error)
            *error = fileError(
                d->path, Tr::tr("out of memory reading a %1 x %2 region").arg(w).arg(h));
        return {};
    }
    // OpenSlide writes premultiplied ARGB in native-endian 32-bit words: QImage's layout.
    static_assert(sizeof(uint32_t) == 4);
    if (image.bytesPerLine() == qsizetype(w) * 4) {
        openslide_read_region(
            d->osr, reinterpret_cast<uint32_t *>(image.bits()), x0, y0, level, w, h);
    } else {
        std::vector<uint32_t> buffer(size_t(w) * size_t(h));
        openslide_read_region(d->osr, buffer.data(), x0, y0, level, w, h);
        for (int y = 0; y < h; ++y)
            std::copy_n(buffer.data() + size_t(y) * size_t(w),
                w,
                reinterpret_cast<uint32_t *>(image.scanLine(y)));
    }
    if (const char *e = openslide_get_error(d->osr)) {
        if (error)
            *error = fileError(d->path, Tr::tr("damaged slide: %1").arg(QString::fromUtf8(e)));
        return {};
    }
    return image;
}

QImage SlideReader::thumbnail(int maxSide, QString *error) const
{
    maxSide = std::max(1, maxSide);
    const double want = double(std::max(width(), height())) / maxSide;
    const int level = bestLevelForDownsample(std::max(1.0, want));
    const SlideLevel &l = d->levels[size_t(level)];
    // The level that fits may still be large; never read more than 4096 px on a side.
    if (std::max(l.width, l.height) > 8192) {
        if (error)
            *error = fileError(d->path,
                Tr::tr("the slide has no small pyramid level to make "
                       "an overview from"));
        return {};
    }
    const QImage full = readRegion(level, 0, 0, int(l.width), int(l.height), error);
    if (full.isNull())
        return {};
    return full.scaled(QSize(maxSide, maxSide), Qt::KeepAspectRatio, Qt::SmoothTransformation);
}

} // namespace wbc
