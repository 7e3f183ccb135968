#pragma once

#include <optional>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QSqlQuery>
#include <QString>
#include <QTest>

#include "project/projectstore.h"

// Small projects for the slide browser's tests: images added straight through ProjectStore.
namespace wbc::test {

// A tiny PNG whose colour depends on seed; returns its bytes.
inline QByteArray tinyPng(int seed, int width = 64, int height = 48)
{
    cv::Mat image(
        height, width, CV_8UC3, cv::Scalar(80 + seed * 37 % 170, 160, 40 + seed * 53 % 200));
    cv::circle(image, { width / 2, height / 2 }, height / 3, { 120, 30, 110 }, -1);
    std::vector<uchar> png;
    cv::imencode(".png", image, png);
    return QByteArray(reinterpret_cast<const char *>(png.data()), qsizetype(png.size()));
}

// Adds an image row for a file (written when bytes are given); the key is a hash of the
// path, so many rows may share one picture. Returns the new id.
inline qint64 addImageRow(ProjectStore &store,
    const QString &absolutePath,
    const QByteArray &bytes = {},
    const QString &importedAt = {})
{
    if (!bytes.isEmpty()) {
        QDir().mkpath(QFileInfo(absolutePath).absolutePath());
        QFile f(absolutePath);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return 0;
    }
    ImageRecord r;
    r.path = store.storedPath(absolutePath);
    r.sha256 = QString::fromLatin1(
        QCryptographicHash::hash(absolutePath.toUtf8(), QCryptographicHash::Sha256).toHex());
    r.width = 64;
    r.height = 48;
    r.fileSize = bytes.size();
    const qint64 id = store.addImage(r);
    if (id && !importedAt.isEmpty()) {
        QSqlQuery q(store.database());
        q.prepare(QStringLiteral("UPDATE images SET imported_at = ? WHERE id = ?"));
        q.addBindValue(importedAt);
        q.addBindValue(id);
        if (!q.exec())
            return 0;
    }
    return id;
}

inline ImageLabel label(const char *text)
{
    return ImageLabel::parse(QString::fromLatin1(text)).value_or(ImageLabel());
}

} // namespace wbc::test
