#pragma once

#include <opencv2/core.hpp>

#include <QString>

namespace wbc {

// One thumbnail as ThumbnailCache returns it.
struct Thumbnail
{
    cv::Mat bgr; // 8-bit BGR, longest side at most the cache's maxSide; empty on error
    QString error; // why no thumbnail could be made (without the file name)
    bool fromDisk = false; // read back from the cache folder rather than decoded from the image
    bool ok() const { return error.isEmpty() && !bgr.empty(); }
};

// Makes small previews of image files and keeps them as JPEG files in a cache folder
// ("<project>.wbc.cache/thumbs/<sha256>.jpg"), so a project of thousands of images fills its grid
// without decoding every full image again. A small value type (folder and size only): every
// function is thread-safe and may run on any thread at once (cache files are written atomically
// with QSaveFile; two threads making the same thumbnail just write the same bytes twice).
// A bad, missing or unreadable image gives an error string, never an exception.
class ThumbnailCache
{
public:
    static constexpr int kDefaultMaxSide = 192;

    // An empty cacheDir makes thumbnails without keeping them on disk.
    explicit ThumbnailCache(QString cacheDir = {}, int maxSide = kDefaultMaxSide);

    // "<projectPath>.cache/thumbs" (a shared project's URL: a folder of its own in the user's
    // cache): the folder is made lazily, on the first write.
    static QString cacheDirForProject(const QString &projectPath);

    QString cacheDir() const { return m_cacheDir; }
    int maxSide() const { return m_maxSide; }

    // Where the thumbnail for a key lives: "<dir>/<key>.jpg" for the default size, else
    // "<dir>/<key>@<maxSide>.jpg". A key that is not hex (64 chars for a SHA-256) is hashed
    // first, so a key can never name a path outside the folder. Empty without a cache folder.
    QString cachePath(const QString &key) const;

    // Returns the thumbnail of imagePath from the cache when there, else decodes the image,
    // scales it and stores it. key identifies the image's content (ImageRecord::sha256); when
    // empty the file's bytes are hashed. A cache file that cannot be read is made again; a cache
    // that cannot be written is not an error (the thumbnail is still returned).
    Thumbnail thumbnail(const QString &imagePath, const QString &key = {}) const;

    // Scales an image so that its longest side is at most maxSide (area interpolation, aspect
    // kept, never enlarged). Returns a deep copy when no scaling is needed.
    static cv::Mat scaleToFit(const cv::Mat &bgr, int maxSide);

private:
    QString m_cacheDir;
    int m_maxSide;
};

} // namespace wbc
