#include "slide/syntheticslide.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <tiffio.h>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include "dataset/syntheticsmear.h"
#include "dataset/vocreader.h"

namespace wbc {

namespace {

    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(SyntheticSlide)
    };

    // Glass between the smear fields, BGR: brighter and greyer than a smear's background.
    const cv::Vec3b kGlass(242, 242, 242);

    const CellClass kClasses[] = { CellClass::Neutrophil,
        CellClass::Lymphocyte,
        CellClass::Monocyte,
        CellClass::Eosinophil,
        CellClass::Neutrophil };

    double blurOf(const SyntheticSlideSpec &spec, int i)
    {
        return i < spec.fieldBlur.size() ? std::max(0.0, spec.fieldBlur.at(i)) : 0.0;
    }

    // Where field i is drawn (level 0): a blurred field spills 3 sigma onto the glass around it.
    QRect drawnRect(const SyntheticSlideSpec &spec, int i)
    {
        const int pad = int(std::ceil(3.0 * blurOf(spec, i)));
        return spec.fields.at(i).adjusted(-pad, -pad, pad, pad);
    }

    // Defocus: the field on its glass blurred (as optics blur a region, the field's border too),
    // then the sensor noise that a camera adds after the optics. Returns drawnRect's image.
    cv::Mat defocused(const SyntheticSlideSpec &spec, int i, const cv::Mat &bgr)
    {
        const double sigma = blurOf(spec, i);
        if (sigma <= 0.0)
            return bgr;
        const int pad = int(std::ceil(3.0 * sigma));
        cv::Mat out;
        cv::copyMakeBorder(bgr, out, pad, pad, pad, pad, cv::BORDER_CONSTANT, cv::Scalar(kGlass));
        cv::GaussianBlur(out, out, cv::Size(), sigma);
        cv::Mat noise(out.size(), CV_16SC3);
        cv::RNG rng(spec.seed * 7919 + quint64(i));
        rng.fill(noise, cv::RNG::NORMAL, 0, 2);
        cv::Mat img16;
        out.convertTo(img16, CV_16SC3);
        img16 += noise;
        img16.convertTo(out, CV_8UC3);
        return out;
    }

    // Renders field i at level 0 and its white-cell boxes (field coordinates).
    cv::Mat renderField(const SyntheticSlideSpec &spec, int i, QList<QRect> *boxes)
    {
        const QRect &r = spec.fields.at(i);
        if (spec.bccdImages.isEmpty()) {
            SmearSpec s;
            s.width = r.width();
            s.height = r.height();
            s.rbcCount = spec.rbcCount;
            s.wbcs = { kClasses[size_t(i) % std::size(kClasses)] };
            SyntheticSmear smear = generateSmear(spec.seed + quint64(i), s);
            for (const SyntheticWbc &w : smear.wbcs)
                boxes->append(w.box);
            return defocused(spec, i, smear.bgr);
        }
        const QString image = spec.bccdImages.at(i % spec.bccdImages.size());
        cv::Mat bgr = cv::imread(QFile::encodeName(image).toStdString(), cv::IMREAD_COLOR);
        if (bgr.empty())
            return cv::Mat(r.height(), r.width(), CV_8UC3, cv::Scalar(kGlass));
        const double sx = double(r.width()) / bgr.cols;
        const double sy = double(r.height()) / bgr.rows;
        const QFileInfo info(image);
        const QString xml = info.dir().filePath(QStringLiteral("../annotations/%1.xml") // notr
                                                    .arg(info.completeBaseName()));
        const VocAnnotation voc = VocReader::readFile(xml);
        for (const VocObject &o : voc.objects) {
            if (o.kind != CellKind::Wbc)
                continue;
            boxes->append(QRect(int(o.box.x() * sx),
                int(o.box.y() * sy),
                int(o.box.width() * sx),
                int(o.box.height() * sy)));
        }
        cv::resize(bgr, bgr, cv::Size(r.width(), r.height()), 0, 0, cv::INTER_AREA);
        return defocused(spec, i, bgr);
    }

    class TiffFile
    {
    public:
        explicit TiffFile(const QString &path)
            : m_tif(TIFFOpen(QFile::encodeName(path).constData(), "w8"))
        { }
        ~TiffFile()
        {
            if (m_tif)
                TIFFClose(m_tif);
        }
        TIFF *get() const { return m_tif; }
        bool close()
        {
            TIFF *t = std::exchange(m_tif, nullptr);
            if (!t)
                return false;
            TIFFClose(t);
            return true;
        }

    private:
        TIFF *m_tif = nullptr;
    };

} // namespace

QList<QRect> syntheticFieldGrid(const QRect &area, int fieldW, int fieldH, int gap)
{
    QList<QRect> out;
    for (int y = area.top(); y + fieldH <= area.top() + area.height(); y += fieldH + gap) {
        for (int x = area.left(); x + fieldW <= area.left() + area.width(); x += fieldW + gap)
            out.append(QRect(x, y, fieldW, fieldH));
    }
    return out;
}

bool writeSyntheticSlide(
    const QString &path, const SyntheticSlideSpec &spec, SyntheticSlide *truth, QString *error)
{
    auto fail = [&](const QString &reason) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), reason); // notr
        return false;
    };
    const int T = spec.tileSize;
    if (spec.width <= 0 || spec.height <= 0 || T < 16 || T % 16 != 0)
        return fail(Tr::tr("invalid slide size"));
    TiffFile file(path);
    TIFF *tif = file.get();
    if (!tif)
        return fail(Tr::tr("cannot be written"));

    // Fields sorted by their top edge (level 0) so each row of tiles visits a window of them.
    std::vector<int> order(size_t(spec.fields.size()));
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = int(i);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        return drawnRect(spec, a).top() < drawnRect(spec, b).top();
    });
    // Levels >= 3 are drawn from an eighth-size copy of each field made at level 0.
    constexpr int kSmallLevel = 3;
    std::map<int, cv::Mat> small;
    SyntheticSlide result;

    const cv::Mat glassTile(T, T, CV_8UC3, cv::Scalar(kGlass[2], kGlass[1], kGlass[0])); // RGB
    const QByteArray glassRaw
        = qCompress(QByteArray::fromRawData(reinterpret_cast<const char *>(glassTile.data),
                        qsizetype(glassTile.total() * 3)),
            6)
              .mid(4); // a zlib stream: what Deflate tiles hold
    int level = 0;
    for (qint64 ds = 1;; ds *= 2, ++level) {
        const qint64 lw = (spec.width + ds - 1) / ds;
        const qint64 lh = (spec.height + ds - 1) / ds;
        TIFFSetField(tif, TIFFTAG_IMAGEWIDTH, uint32_t(lw));
        TIFFSetField(tif, TIFFTAG_IMAGELENGTH, uint32_t(lh));
        TIFFSetField(tif, TIFFTAG_TILEWIDTH, uint32_t(T));
        TIFFSetField(tif, TIFFTAG_TILELENGTH, uint32_t(T));
        TIFFSetField(tif, TIFFTAG_BITSPERSAMPLE, uint16_t(8));
        TIFFSetField(tif, TIFFTAG_SAMPLESPERPIXEL, uint16_t(3));
        TIFFSetField(tif, TIFFTAG_PLANARCONFIG, uint16_t(PLANARCONFIG_CONTIG));
        if (spec.jpegQuality > 0) {
            TIFFSetField(tif, TIFFTAG_COMPRESSION, uint16_t(COMPRESSION_JPEG));
            TIFFSetField(tif, TIFFTAG_PHOTOMETRIC, uint16_t(PHOTOMETRIC_YCBCR));
            TIFFSetField(tif, TIFFTAG_JPEGQUALITY, std::clamp(spec.jpegQuality, 1, 100));
            TIFFSetField(tif, TIFFTAG_JPEGCOLORMODE, JPEGCOLORMODE_RGB);
        } else {
            TIFFSetField(tif, TIFFTAG_PHOTOMETRIC, uint16_t(PHOTOMETRIC_RGB));
            TIFFSetField(tif, TIFFTAG_COMPRESSION, uint16_t(COMPRESSION_ADOBE_DEFLATE));
            TIFFSetField(tif, TIFFTAG_ZIPQUALITY, 1);
        }
        if (level > 0)
            TIFFSetField(tif, TIFFTAG_SUBFILETYPE, uint32_t(FILETYPE_REDUCEDIMAGE));
        if (level == 0 && spec.micronsPerPixel) {
            const QByteArray desc
                = QStringLiteral("Aperio Image Library v12.0.15 \r\n%1x%2 [0,0 %1x%2] "
                                 "(%3x%3) RGB|AppMag = 40|MPP = %4") // notr
                      .arg(spec.width)
                      .arg(spec.height)
                      .arg(T)
                      .arg(*spec.micronsPerPixel, 0, 'f', 6)
                      .toLatin1();
            TIFFSetField(tif, TIFFTAG_IMAGEDESCRIPTION, desc.constData());
        }
        if (spec.tiffResolutionPerCm > 0.0) {
            TIFFSetField(tif, TIFFTAG_XRESOLUTION, float(spec.tiffResolutionPerCm / ds));
            TIFFSetField(tif, TIFFTAG_YRESOLUTION, float(spec.tiffResolutionPerCm / ds));
            TIFFSetField(tif, TIFFTAG_RESOLUTIONUNIT, uint16_t(RESUNIT_CENTIMETER));
        }

        size_t next = 0; // first field in `order` not yet active
        std::map<int, cv::Mat> active; // field index -> image at this level
        const qint64 tilesX = (lw + T - 1) / T;
        const qint64 tilesY = (lh + T - 1) / T;
        cv::Mat tile(T, T, CV_8UC3);
        for (qint64 ty = 0; ty < tilesY; ++ty) {
            const qint64 rowTop0 = ty * T * ds;
            const qint64 rowBottom0 = (ty + 1) * T * ds;
            for (auto it = active.begin(); it != active.end();) {
                const QRect f = drawnRect(spec, it->first);
                it = qint64(f.top()) + f.height() <= rowTop0 ? active.erase(it) : std::next(it);
            }
            for (; next < order.size() && drawnRect(spec, order[next]).top() < rowBottom0; ++next) {
                const int i = order[next];
                const QRect f = drawnRect(spec, i);
                if (qint64(f.top()) + f.height() <= rowTop0)
                    continue;
                cv::Mat img;
                if (level < kSmallLevel) {
                    QList<QRect> boxes;
                    img = renderField(spec, i, &boxes);
                    if (level == 0) {
                        for (const QRect &b : boxes)
                            result.wbcs.append(b.translated(spec.fields.at(i).topLeft()));
                        cv::Mat s;
                        cv::resize(img,
                            s,
                            cv::Size(std::max(1, f.width() / 8), std::max(1, f.height() / 8)),
                            0,
                            0,
                            cv::INTER_AREA);
                        small[i] = s;
                    }
                } else {
                    img = small[i].clone();
                }
                const int w = std::max<qint64>(1, f.width() / ds);
                const int h = std::max<qint64>(1, f.height() / ds);
                if (img.cols != w || img.rows != h)
                    cv::resize(img, img, cv::Size(w, h), 0, 0, cv::INTER_AREA);
                cv::cvtColor(img, img, cv::COLOR_BGR2RGB);
                active[i] = img;
            }
            for (qint64 tx = 0; tx < tilesX; ++tx) {
                const uint32_t index
                    = TIFFComputeTile(tif, uint32_t(tx * T), uint32_t(ty * T), 0, 0);
                const cv::Rect tileRect(int(tx * T), int(ty * T), T, T); // level pixels
                bool drawn = false;
                for (const auto &[i, img] : active) {
                    const QRect f = drawnRect(spec, i);
                    const cv::Rect fr(int(std::floor(double(f.left()) / ds)),
                        int(std::floor(double(f.top()) / ds)),
                        img.cols,
                        img.rows);
                    const cv::Rect overlap = fr & tileRect;
                    if (overlap.empty())
                        continue;
                    if (!drawn)
                        glassTile.copyTo(tile);
                    drawn = true;
                    img(overlap - fr.tl()).copyTo(tile(overlap - tileRect.tl()));
                }
                if (!drawn && spec.jpegQuality > 0) {
                    glassTile.copyTo(tile); // the precompressed glass tile is Deflate
                    drawn = true;
                }
                const tmsize_t written = drawn
                    ? TIFFWriteEncodedTile(tif, index, tile.data, tmsize_t(tile.total() * 3))
                    : TIFFWriteRawTile(tif,
                        index,
                        const_cast<char *>(glassRaw.constData()),
                        tmsize_t(glassRaw.size()));
                if (written < 0)
                    return fail(Tr::tr("cannot write tile %1 of level %2").arg(index).arg(level));
            }
        }
        if (!TIFFWriteDirectory(tif))
            return fail(Tr::tr("cannot write level %1").arg(level));
        // The last level is at least one tile in each direction: libtiff's RGBA reader (which
        // OpenSlide uses for Deflate) garbles a tile larger than its image.
        if (std::min(lw, lh) / 2 < T)
            break;
    }
    if (!file.close())
        return fail(Tr::tr("cannot be written"));
    result.levels = level + 1;
    result.bytes = QFileInfo(path).size();
    if (truth)
        *truth = result;
    return true;
}

} // namespace wbc
