#include "training/benchmark.h"

#include "training/cellsamples.h"
#include "review/classifier.h"
#include "base/imagefile.h"
#include "training/imagepipeline.h"
#include "engine/model.h"
#include "training/models.h"
#include "dataset/syntheticsmear.h"
#include "training/trainer.h"
#include "detection/wbcdetector.h"

#include <QElapsedTimer>
#include <QJsonArray>

#include <opencv2/imgcodecs.hpp>

namespace wbc {

namespace {

struct Synthetic
{
    std::shared_ptr<CellSampleSet> samples;
    std::vector<std::vector<uchar>> jpegs;
};

// Smears of the task's classes in turn, BCCD-sized, cropped around their drawn cell.
Synthetic makeSynthetic(Task task, int images)
{
    Synthetic s;
    s.samples = std::make_shared<CellSampleSet>();
    s.samples->task = task;
    const QList<CellClass> classes{CellClass::Neutrophil,
                                   CellClass::Lymphocyte,
                                   CellClass::Eosinophil,
                                   CellClass::Monocyte};
    for (int i = 0; i < images; ++i) {
        SmearSpec spec;
        spec.wbcs = {classes.at(i % classes.size())};
        const SyntheticSmear smear = generateSmear(quint64(1000 + i), spec);
        CellSample sample;
        sample.imageId = i + 1;
        sample.cellClass = spec.wbcs.front();
        sample.label = taskClassIndex(task, sample.cellClass);
        const QRect b = smear.wbcs.front().box;
        const WbcDetector detector;
        sample.crop = cropCell(smear.bgr, detector, {b}, CellCropParams{0.25, false});
        s.samples->samples.push_back(sample);
        std::vector<uchar> jpeg;
        cv::imencode(".jpg", smear.bgr, jpeg);
        s.jpegs.push_back(std::move(jpeg));
    }
    return s;
}

QJsonObject error(const QString &message)
{
    return {{QStringLiteral("error"), message}};
}

} // namespace

QJsonObject benchmarkTraining(const BenchmarkParams &bp)
{
    configureComputeThreads(bp.threads);
    QString message;
    const std::optional<QString> deviceName = resolveComputeDevice(bp.device, &message);
    if (!deviceName)
        return error(message);
    const Synthetic data = makeSynthetic(bp.task, bp.images);
    const int classes = taskClassCount(bp.task);
    TrainParams p;
    p.task = bp.task;
    p.arch = bp.arch;
    p.batch = bp.batch;
    p.epochs = 1;
    p.perClass = (bp.batches * bp.batch + classes - 1) / classes;
    p.valFraction = 0;
    p.device = *deviceName;
    p.threads = bp.threads;
    p.schedule = LrSchedule::Constant;
    p.lr = 1e-4;
    DataSplit split;
    for (int i = 0; i < int(data.samples->samples.size()); ++i)
        split.train.push_back(i);

    // Warm-up (allocator, oneDNN primitives).
    TrainParams warm = p;
    warm.perClass = (3 * p.batch + classes - 1) / classes;
    Trainer warmup;
    warmup.setParams(warm);
    warmup.setData(data.samples, split);
    warmup.train();

    // End to end: one epoch of the Trainer's loop, timed without its setup (network creation,
    // normalisation statistics).
    qint64 total = 0;
    QString failure;
    const auto endToEnd = [&]() -> std::optional<double> {
        Trainer trainer;
        trainer.setParams(p);
        trainer.setData(data.samples, split);
        const TrainResult r = trainer.train();
        if (!r.ok) {
            failure = r.error;
            return std::nullopt;
        }
        total = r.trainImages;
        return r.trainImages / r.history.front().seconds;
    };
    std::optional<double> first = endToEnd();
    if (!first)
        return error(failure);

    // Pure compute: the same number of batches, augmented beforehand.
    engine::Model model(engineArch(bp.arch), classes, engineDevice(*deviceName), p.seed);
    model.startTraining({engine::OptimizerKind::AdamW, p.lr, 1e-2, 0.9}); // LibTorch AdamW defaults
    const Augmenter augmenter;
    std::mt19937_64 rng(7);
    struct HostBatch
    {
        std::vector<std::uint8_t> images;
        std::vector<std::int64_t> labels;
    };
    std::vector<HostBatch> batches;
    for (qint64 begin = 0; begin < total; begin += bp.batch) {
        const int n = int(std::min<qint64>(bp.batch, total - begin));
        HostBatch b{std::vector<std::uint8_t>(size_t(n) * engine::kInputBytes),
                    std::vector<std::int64_t>(size_t(n))};
        for (int i = 0; i < n; ++i) {
            const CellSample &s = data.samples->samples[size_t((begin + i) % qint64(data.samples->samples.size()))];
            cv::Mat dst(kInputHeight, kInputWidth, CV_8UC3,
                        b.images.data() + size_t(i) * engine::kInputBytes);
            augmenter.apply(s.crop.rgb, rng).copyTo(dst);
            b.labels[size_t(i)] = s.label;
        }
        batches.push_back(std::move(b));
    }
    // A step and a read of its loss, as the trainer does after every batch on the CPU.
    const auto step = [&](const HostBatch &b) {
        model.trainStep(b.images.data(), b.labels.data(), int(b.labels.size()), p.lr, 0.0);
        model.stepStats();
    };
    for (int i = 0; i < 3 && i < int(batches.size()); ++i)
        step(batches[size_t(i)]);
    const auto compute = [&] {
        QElapsedTimer timer;
        timer.start();
        for (const auto &b : batches)
            step(b);
        return double(total) / (timer.nsecsElapsed() / 1e9);
    };

    QJsonArray rounds;
    double bestEndToEnd = 0.0;
    double bestCompute = 0.0;
    for (int round = 0; round < std::max(bp.rounds, 1); ++round) {
        const std::optional<double> e = round == 0 ? first : endToEnd();
        if (!e)
            return error(failure);
        const double c = compute();
        bestEndToEnd = std::max(bestEndToEnd, *e);
        bestCompute = std::max(bestCompute, c);
        rounds.append(QJsonObject{{QStringLiteral("end_to_end_images_per_second"), *e},
                                  {QStringLiteral("compute_images_per_second"), c}});
    }
    return {{QStringLiteral("mode"), QStringLiteral("train")},
            {QStringLiteral("model"), modelArchName(bp.arch)},
            {QStringLiteral("task"), taskName(bp.task)},
            {QStringLiteral("device"), *deviceName},
            {QStringLiteral("threads"), computeThreads()},
            {QStringLiteral("batch"), bp.batch},
            {QStringLiteral("images"), total},
            {QStringLiteral("rounds"), rounds},
            {QStringLiteral("end_to_end_images_per_second"), bestEndToEnd},
            {QStringLiteral("compute_images_per_second"), bestCompute},
            {QStringLiteral("end_to_end_vs_compute"), bestEndToEnd / bestCompute}};
}

QJsonObject benchmarkInference(const BenchmarkParams &bp)
{
    configureComputeThreads(bp.threads);
    QString message;
    const std::optional<QString> deviceName = resolveComputeDevice(bp.device, &message);
    if (!deviceName)
        return error(message);
    const Synthetic data = makeSynthetic(bp.task, bp.images);
    const ModelFile model = untrainedModel(bp.arch, bp.task);
    Classifier classifier;
    if (!classifier.setModel(model, &message, *deviceName))
        return error(message);
    const WbcDetector detector;
    classifier.predict({data.samples->samples.front().crop.rgb}); // warm-up

    QElapsedTimer timer;
    timer.start();
    std::vector<cv::Mat> crops;
    for (const std::vector<uchar> &jpeg : data.jpegs) {
        const DecodedImage decoded = decodeImageData(
            QByteArray(reinterpret_cast<const char *>(jpeg.data()), qsizetype(jpeg.size())));
        crops.push_back(classifier.crop(decoded.bgr, detector).rgb);
        if (int(crops.size()) == bp.batch) {
            classifier.predict(crops);
            crops.clear();
        }
    }
    if (!crops.empty())
        classifier.predict(crops);
    const double endToEnd = double(data.jpegs.size()) / (timer.nsecsElapsed() / 1e9);

    std::vector<cv::Mat> all;
    for (const CellSample &s : data.samples->samples)
        all.push_back(s.crop.rgb);
    timer.restart();
    for (size_t begin = 0; begin < all.size(); begin += size_t(bp.batch))
        classifier.predict(std::vector<cv::Mat>(all.begin() + qsizetype(begin),
                                                all.begin() + qsizetype(std::min(all.size(), begin + size_t(bp.batch)))));
    const double compute = double(all.size()) / (timer.nsecsElapsed() / 1e9);
    return {{QStringLiteral("mode"), QStringLiteral("infer")},
            {QStringLiteral("model"), modelArchName(bp.arch)},
            {QStringLiteral("task"), taskName(bp.task)},
            {QStringLiteral("device"), *deviceName},
            {QStringLiteral("threads"), computeThreads()},
            {QStringLiteral("batch"), bp.batch},
            {QStringLiteral("images"), int(data.jpegs.size())},
            {QStringLiteral("end_to_end_images_per_second"), endToEnd},
            {QStringLiteral("compute_images_per_second"), compute},
            {QStringLiteral("end_to_end_vs_compute"), endToEnd / compute}};
}

} // namespace wbc
