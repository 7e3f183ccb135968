#include "training/pipelinebenchmark.h"

#include "dataset/datasetimporter.h"
#include "base/imagefile.h"
#include "training/imagepipeline.h"
#include "engine/model.h"
#include "dataset/syntheticsmear.h"
#include "detection/wbcdetector.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <functional>
#include <random>

namespace wbc {

namespace {

QList<QByteArray> loadEncoded(const PipelineBenchmarkParams &p, QString *error)
{
    QList<QByteArray> files;
    if (!p.dataDir.isEmpty()) {
        QDirIterator it(DatasetLayout::of(p.dataDir).imageDir, QDir::Files);
        while (it.hasNext() && files.size() < p.images) {
            const QString path = it.next();
            QFile f(path);
            if (isImageFileName(path) && f.open(QIODevice::ReadOnly))
                files.append(f.readAll());
        }
        if (files.isEmpty())
            *error = QStringLiteral("%1: no images").arg(p.dataDir);
        return files;
    }
    SmearSpec spec; // 640x480, one white cell, like BCCD
    for (int i = 0; i < std::min(p.images, 16); ++i) {
        spec.wbcs = {kAllCellClasses[size_t(i) % 4]};
        std::vector<uchar> jpg;
        cv::imencode(".jpg", generateSmear(quint64(i), spec).bgr, jpg, {cv::IMWRITE_JPEG_QUALITY, 92});
        files.append(QByteArray(reinterpret_cast<const char *>(jpg.data()), qsizetype(jpg.size())));
    }
    return files;
}

// Fastest of `repeats` passes, in microseconds per item.
double timePerItem(int items, int repeats, const std::function<void(int)> &stage)
{
    double best = 1e300;
    for (int r = 0; r < repeats; ++r) {
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < items; ++i)
            stage(i);
        best = std::min(best, t.nsecsElapsed() / 1000.0 / items);
    }
    return best;
}

} // namespace

QJsonObject benchmarkPipeline(const PipelineBenchmarkParams &p)
{
    QString error;
    const QList<QByteArray> encoded = loadEncoded(p, &error);
    if (!error.isEmpty())
        return {{QStringLiteral("error"), error}};
    const int n = std::max(p.images, 1);
    auto file = [&](int i) -> const QByteArray & { return encoded.at(i % encoded.size()); };

    std::vector<cv::Mat> fields(size_t(encoded.size()));
    for (int i = 0; i < int(encoded.size()); ++i)
        fields[size_t(i)] = decodeImageData(encoded.at(i)).bgr;
    const WbcDetector detector;
    std::vector<cv::Rect> boxes(fields.size());
    for (size_t i = 0; i < fields.size(); ++i) {
        const auto found = detector.detect(fields[i]);
        boxes[i] = found.empty() ? cv::Rect(0, 0, fields[i].cols, fields[i].rows) : found.front().box;
    }
    auto field = [&](int i) -> const cv::Mat & { return fields[size_t(i) % fields.size()]; };
    auto box = [&](int i) { return boxes[size_t(i) % boxes.size()]; };
    const cv::Mat crop = cropAroundCell(field(0), box(0), 0.25);
    const Augmenter augmenter;
    std::mt19937_64 rng(1);
    volatile int sink = 0;

    QJsonObject stages;
    stages.insert(QStringLiteral("decode_us"), timePerItem(n, p.repeats, [&](int i) {
                      sink = sink + decodeImageData(file(i)).bgr.cols;
                  }));
    stages.insert(QStringLiteral("resize_us"), timePerItem(n, p.repeats, [&](int i) {
                      sink = sink + resizeField(field(i)).cols;
                  }));
    stages.insert(QStringLiteral("crop_us"), timePerItem(n, p.repeats, [&](int i) {
                      sink = sink + cropAroundCell(field(i), box(i), 0.25).cols;
                  }));
    stages.insert(QStringLiteral("augment_us"), timePerItem(n, p.repeats, [&](int) {
                      sink = sink + augmenter.apply(crop, rng).cols;
                  }));
    stages.insert(QStringLiteral("tensor_us"), timePerItem(n, p.repeats, [&](int) {
                      sink = sink + engine::convertInputs(crop.data, 1);
                  }));
    stages.insert(QStringLiteral("detect_us"), timePerItem(n, p.repeats, [&](int i) {
                      sink = sink + int(detector.detect(field(i)).size());
                  }));

    // The whole per-image path, as a training epoch's first pass or a prediction runs it.
    const auto whole = [&](int i) {
        const cv::Mat bgr = decodeImageData(file(i)).bgr;
        const auto found = detector.detect(bgr);
        const cv::Rect b = found.empty() ? cv::Rect(0, 0, bgr.cols, bgr.rows) : found.front().box;
        cv::Mat rgb;
        cv::cvtColor(cropAroundCell(bgr, b, 0.25), rgb, cv::COLOR_BGR2RGB);
        std::mt19937_64 local{quint64(i)};
        const cv::Mat aug = augmenter.apply(rgb, local);
        return engine::convertInputs(aug.data, 1);
    };
    QList<int> indices;
    for (int i = 0; i < n; ++i)
        indices.append(i);
    QJsonObject throughput;
    const int torchThreads = engine::threads();
    engine::setThreads(1); // the tensor step must not fan out inside the pool's workers
    for (int threads : {1, 2}) {
        QThreadPool pool;
        pool.setMaxThreadCount(threads);
        double best = 0;
        for (int r = 0; r < p.repeats; ++r) {
            QElapsedTimer t;
            t.start();
            QtConcurrent::blockingMap(&pool, indices, [&](int &i) { sink = sink + whole(i); });
            best = std::max(best, n / (t.nsecsElapsed() / 1e9));
        }
        throughput.insert(QStringLiteral("images_per_second_%1_thread%2")
                              .arg(threads)
                              .arg(threads > 1 ? QStringLiteral("s") : QString()),
                          best);
    }
    engine::setThreads(torchThreads);
    Q_UNUSED(sink);
    return {{QStringLiteral("source"), p.dataDir.isEmpty() ? QStringLiteral("synthetic 640x480 JPEG")
                                                           : p.dataDir},
            {QStringLiteral("images"), n},
            {QStringLiteral("stages"), stages},
            {QStringLiteral("pipeline"), throughput}};
}

} // namespace wbc
