#include "base/thumbnailcache.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include "base/imagefile.h"
#include "base/savefile.h"
#include "slide/slidereader.h"

#include <QPainter>

namespace wbc {

namespace {

    // The context of this file's messages (lupdate reads it from Q_DECLARE_TR_FUNCTIONS).
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ThumbnailCache)
    };

    bool isHexKey(const QString &key)
    {
        if (key.size() < 8 || key.size() > 128)
            return false;
        return std::all_of(key.cbegin(), key.cend(), [](QChar c) {
            return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
        });
    }

    QString sha256Hex(const QByteArray &data)
    {
        return QString::fromLatin1(
            QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    }

    // Reads a cache file back; empty when missing, unreadable or not a thumbnail of this size.
    cv::Mat readCached(const QString &path, int maxSide)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly) || !imageFileSizeError(file.size()).isEmpty())
            return {};
        const DecodedImage decoded = decodeImageData(file.readAll(), qint64(maxSide) * maxSide);
        if (!decoded.ok() || std::max(decoded.bgr.cols, decoded.bgr.rows) > maxSide)
            return {};
        return decoded.bgr;
    }

    void writeCached(const QString &path, const cv::Mat &bgr)
    {
        std::vector<uchar> jpeg;
        try {
            if (!cv::imencode(".jpg", bgr, jpeg, { cv::IMWRITE_JPEG_QUALITY, 88 }))
                return;
        } catch (const cv::Exception &) {
            return;
        }
        if (!QDir().mkpath(QFileInfo(path).absolutePath()))
            return;
        // A failed write (full disk) leaves no partial thumbnail behind: the next view retries.
        saveFileAtomically(path,
                           QByteArrayView(reinterpret_cast<const char *>(jpeg.data()),
                                          qsizetype(jpeg.size())));
    }

} // namespace

ThumbnailCache::ThumbnailCache(QString cacheDir, int maxSide)
    : m_cacheDir(std::move(cacheDir))
    , m_maxSide(std::max(16, maxSide))
{ }

QString ThumbnailCache::cacheDirForProject(const QString &projectPath)
{
    // A shared project's URL is no folder: its thumbnails go to this user's cache, one folder
    // per URL.
    if (projectPath.startsWith(u"postgresql://") || projectPath.startsWith(u"postgres://"))
        return QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
               + QStringLiteral("/shared/") + sha256Hex(projectPath.toUtf8()).left(32)
               + QStringLiteral("/thumbs");
    return projectPath + QStringLiteral(".cache/thumbs");
}

QString ThumbnailCache::cachePath(const QString &key) const
{
    if (m_cacheDir.isEmpty() || key.isEmpty())
        return {};
    const QString name = isHexKey(key) ? key.toLower() : sha256Hex(key.toUtf8());
    const QString suffix = m_maxSide == kDefaultMaxSide ? QStringLiteral(".jpg")
                                                        : QStringLiteral("@%1.jpg").arg(m_maxSide);
    return m_cacheDir + u'/' + name + suffix;
}

Thumbnail ThumbnailCache::thumbnail(const QString &imagePath, const QString &key) const
{
    Thumbnail out;
    if (SlideReader::isSlidePath(imagePath)) {
        // A scanned slide: its overview from a small pyramid level, never the file decoded.
        QString error;
        const std::unique_ptr<SlideReader> reader = SlideReader::open(imagePath, &error);
        QImage overview = reader ? reader->thumbnail(m_maxSide, &error) : QImage();
        if (overview.isNull()) {
            out.error = error;
            return out;
        }
        QImage rgb(overview.size(), QImage::Format_RGB888);
        rgb.fill(Qt::white); // transparent (outside the scanned area) shows as the glass
        {
            QPainter painter(&rgb);
            painter.drawImage(0, 0, overview);
        }
        const cv::Mat view(rgb.height(), rgb.width(), CV_8UC3, rgb.bits(), size_t(rgb.bytesPerLine()));
        cv::cvtColor(view, out.bgr, cv::COLOR_RGB2BGR);
        out.bgr = scaleToFit(out.bgr, m_maxSide);
        return out;
    }
    QByteArray data; // the image's bytes, once read
    QString cacheKey = key;
    if (cacheKey.isEmpty() && !m_cacheDir.isEmpty()) {
        QFile file(imagePath);
        if (!file.open(QIODevice::ReadOnly)) {
            out.error = Tr::tr("cannot open: %1").arg(file.errorString());
            return out;
        }
        out.error = imageFileSizeError(file.size()); // the decoder's limit, before reading
        if (!out.error.isEmpty())
            return out;
        data = file.readAll();
        cacheKey = sha256Hex(data);
    }
    const QString cached = cachePath(cacheKey);
    if (!cached.isEmpty()) {
        out.bgr = readCached(cached, m_maxSide);
        if (!out.bgr.empty()) {
            out.fromDisk = true;
            return out;
        }
    }
    try {
        const DecodedImage decoded
            = data.isNull() ? decodeImageFile(imagePath) : decodeImageData(data);
        if (!decoded.ok()) {
            out.error = decoded.error;
            return out;
        }
        out.bgr = scaleToFit(decoded.bgr, m_maxSide);
    } catch (const cv::Exception &e) {
        out.bgr.release();
        out.error = Tr::tr("cannot decode: %1").arg(QString::fromUtf8(e.what()));
        return out;
    } catch (const std::bad_alloc &) {
        out.bgr.release();
        out.error = Tr::tr("out of memory while decoding");
        return out;
    }
    if (!cached.isEmpty())
        writeCached(cached, out.bgr);
    return out;
}

cv::Mat ThumbnailCache::scaleToFit(const cv::Mat &bgr, int maxSide)
{
    const int longest = std::max(bgr.cols, bgr.rows);
    if (bgr.empty() || longest <= maxSide)
        return bgr.clone();
    const double scale = double(maxSide) / longest;
    const cv::Size size(std::max(1, int(std::lround(bgr.cols * scale))),
        std::max(1, int(std::lround(bgr.rows * scale))));
    cv::Mat out;
    cv::resize(bgr, out, size, 0, 0, cv::INTER_AREA);
    return out;
}

} // namespace wbc
