#include "training/cellsamples.h"

#include "dataset/datasetimporter.h"
#include "dataset/datasplit.h"
#include "base/imagefile.h"
#include "training/imagepipeline.h"
#include "project/projectstore.h"
#include "review/agreement.h"
#include "detection/wbcdetector.h"
#include "slide/slidecellcrops.h" // slide hook (issue 21)

#include <QCoreApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>
#include <QtConcurrent>

#include <opencv2/imgproc.hpp>

#include <algorithm>

namespace wbc {

namespace {

// The context of this file's messages (lupdate reads it from Q_DECLARE_TR_FUNCTIONS).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CellSampleLoader)
};

// One field to decode, with the labelled cells to crop from it.
struct Job
{
    QString path;
    QList<CellSample> samples;
    QList<CellRecord> cells; // same order as samples
    QList<QRect> annotated;  // the field's annotated WBC boxes (legacy detector crops)
    QHash<qint64, CellCropRecord> cachedCrops; // whole-slide image: its cells' cached crops
    QString error;
};

} // namespace

QString boxSourceName(BoxSource source)
{
    switch (source) {
    case BoxSource::Detected:
        return QStringLiteral("detected");
    case BoxSource::Annotated:
        return QStringLiteral("annotation");
    case BoxSource::WholeField:
        break;
    }
    return QStringLiteral("field");
}

CellCrop cropCell(const cv::Mat &bgr,
                  const WbcDetector &detector,
                  const QList<QRect> &annotatedBoxes,
                  const CellCropParams &params)
{
    CellCrop crop;
    if (params.useDetector) {
        const std::vector<DetectedCell> found = detector.detect(bgr);
        // Sorted by score: the first is the most certain white cell.
        if (!found.empty()) {
            crop.box = found.front().box;
            crop.source = BoxSource::Detected;
        }
    }
    if (crop.box.empty() && !annotatedBoxes.isEmpty()) {
        const QRect largest = *std::max_element(annotatedBoxes.begin(),
                                                annotatedBoxes.end(),
                                                [](const QRect &a, const QRect &b) {
                                                    return qint64(a.width()) * a.height()
                                                           < qint64(b.width()) * b.height();
                                                });
        crop.box = cv::Rect(largest.x(), largest.y(), largest.width(), largest.height());
        crop.source = BoxSource::Annotated;
    }
    cv::Mat cropped = crop.box.empty() ? resizeField(bgr)
                                       : cropAroundCell(bgr, crop.box, params.margin);
    cv::cvtColor(cropped, crop.rgb, cv::COLOR_BGR2RGB);
    return crop;
}

CellCrop cropStoredCell(const cv::Mat &bgr, const CellRecord &cell, const CellCropParams &params)
{
    CellCrop crop;
    const QRect b = cell.box.intersected(QRect(0, 0, bgr.cols, bgr.rows));
    if (!cell.isWholeField() && !b.isEmpty()) {
        crop.box = cv::Rect(b.x(), b.y(), b.width(), b.height());
        crop.source = cell.source == u"detected" ? BoxSource::Detected : BoxSource::Annotated;
    }
    const cv::Mat cropped = crop.box.empty() ? resizeField(bgr)
                                             : cropAroundCell(bgr, crop.box, params.margin);
    cv::cvtColor(cropped, crop.rgb, cv::COLOR_BGR2RGB);
    return crop;
}

std::vector<CellCrop> cropCells(const cv::Mat &bgr,
                                const QList<CellRecord> &cells,
                                const CellCropParams &params,
                                const WbcDetector &detector,
                                const QList<QRect> &annotated)
{
    std::vector<CellCrop> crops;
    crops.reserve(size_t(cells.size()));
    for (const CellRecord &cell : cells) {
        crops.push_back(params.useDetector && cells.size() == 1
                            ? cropCell(bgr, detector, annotated, params)
                            : cropStoredCell(bgr, cell, params));
    }
    return crops;
}

cv::Rect cropRectInField(const CellCrop &crop, const cv::Size &field, const CellCropParams &params)
{
    if (crop.box.empty())
        return {0, 0, field.width, field.height};
    const cv::Size out = crop.rgb.empty() ? cv::Size(kInputWidth, kInputHeight) : crop.rgb.size();
    const cv::Rect2d w = cropWindow(crop.box, params.margin, out);
    const int left = cvRound(w.x);
    const int top = cvRound(w.y);
    return {left, top, cvRound(w.x + w.width) - left, cvRound(w.y + w.height) - top};
}

std::vector<int> CellSampleSet::labels() const
{
    std::vector<int> out;
    out.reserve(samples.size());
    for (const CellSample &s : samples)
        out.push_back(s.label);
    return out;
}

std::vector<qint64> CellSampleSet::imageIds() const
{
    std::vector<qint64> out;
    out.reserve(samples.size());
    for (const CellSample &s : samples)
        out.push_back(s.imageId);
    return out;
}

QMap<BoxSource, int> CellSampleSet::sourceCounts() const
{
    QMap<BoxSource, int> counts;
    for (const CellSample &s : samples)
        ++counts[s.crop.source];
    return counts;
}

std::vector<int> CellSampleSet::classCounts() const
{
    std::vector<int> counts(size_t(taskClassCount(task)), 0);
    for (const CellSample &s : samples)
        ++counts[size_t(s.label)];
    return counts;
}

CellSampleLoader::CellSampleLoader(Task task, CellCropParams params)
    : m_task(task)
    , m_params(params)
{}

int trainingClassIndex(Task task, const CellLabel &label)
{
    const std::optional<CellClass> cls = label.cellClass();
    return cls ? taskClassIndex(task, *cls) : -1;
}

std::vector<int> trainableCellCounts(const ProjectStore &store, Task task, bool singleCellFields)
{
    std::vector<int> counts(size_t(taskClassCount(task)), 0);
    // Adjudicated > majority > latest (review/agreement.h); the current label with one author.
    const QHash<qint64, CellLabelRecord> labels = trainingCellLabels(store);
    const QHash<qint64, QList<CellRecord>> byImage = store.whiteCellsByImage();
    for (const QList<CellRecord> &cells : byImage) {
        if (singleCellFields && cells.size() != 1)
            continue;
        for (const CellRecord &c : cells) {
            const auto l = labels.constFind(c.id);
            const int index = l == labels.cend() ? -1 : trainingClassIndex(task, l->label);
            if (index >= 0)
                ++counts[size_t(index)];
        }
    }
    return counts;
}

std::vector<qint64> CellSampleSet::cellIds() const
{
    std::vector<qint64> out;
    out.reserve(samples.size());
    for (const CellSample &s : samples)
        out.push_back(s.cellId);
    return out;
}

std::vector<qint64> CellSampleSet::splitGroups(int folds, bool *bySlide) const
{
    QSet<qint64> slides;
    for (const CellSample &s : samples)
        slides.insert(s.slideId);
    const bool slideGroups = folds > 1 && slides.size() >= folds;
    if (bySlide)
        *bySlide = slideGroups;
    std::vector<qint64> out;
    out.reserve(samples.size());
    for (const CellSample &s : samples)
        out.push_back(slideGroups ? s.slideId : s.imageId);
    return out;
}

DataSplit validationSplit(const CellSampleSet &set, double valFraction, quint64 seed,
                          QString *warning)
{
    constexpr int kValidationFolds = 5; // a 0.2 split is one fold of five
    bool bySlide = false;
    const std::vector<qint64> groups = set.splitGroups(kValidationFolds, &bySlide);
    if (warning) {
        warning->clear();
        QSet<qint64> slides;
        for (const CellSample &s : set.samples)
            slides.insert(s.slideId);
        if (!bySlide)
            *warning = Tr::tr("the cells come from %n slide(s), fewer than %1: the validation "
                              "split keeps each field's cells together but not each slide's",
                              nullptr, int(slides.size()))
                           .arg(kValidationFolds);
    }
    return stratifiedGroupSplit(set.labels(), groups, valFraction, seed);
}

CellSampleSet CellSampleLoader::load(ProjectStore &store)
{
    CellSampleSet set;
    set.task = m_task;
    if (!store.isOpen()) {
        set.error = Tr::tr("no project is open");
        return set;
    }
    // Adjudicated > majority > latest (review/agreement.h); the current label with one author.
    const QHash<qint64, CellLabelRecord> labels = trainingCellLabels(store);
    const QHash<qint64, QList<CellRecord>> byImage = store.whiteCellsByImage();
    QList<Job> jobs;
    for (const ImageRecord &image : store.images()) {
        const QList<CellRecord> cells = byImage.value(image.id);
        Job job;
        for (const CellRecord &c : cells) {
            const auto l = labels.constFind(c.id);
            if (l == labels.cend() || l->label.isUnlabelled())
                continue;
            const int index = trainingClassIndex(m_task, l->label);
            if (index < 0 || (m_singleCellFields && cells.size() != 1)) {
                ++set.excluded;
                continue;
            }
            CellSample sample;
            sample.cellId = c.id;
            sample.imageId = image.id;
            sample.slideId = image.slideId;
            sample.path = store.absolutePath(image);
            sample.cellClass = *l->label.cellClass();
            sample.label = index;
            job.samples.append(sample);
            job.cells.append(c);
        }
        if (job.samples.isEmpty())
            continue;
        job.path = store.absolutePath(image);
        job.cachedCrops = cachedSlideCrops(store, image.id, job.cells); // slide hook (issue 21)
        if (m_params.useDetector) {
            for (const CellRecord &c : store.cells(image.id, QStringLiteral("annotation"))) {
                if (c.kind == CellKind::Wbc)
                    job.annotated.append(c.box);
            }
        }
        jobs.append(job);
    }

    const WbcDetector detector;
    const CellCropParams params = m_params;
    const std::atomic_bool *cancel = m_cancel;
    QFutureWatcher<Job> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<Job>::finished, &loop, &QEventLoop::quit);
    QObject::connect(&watcher, &QFutureWatcher<Job>::progressValueChanged, &loop, [&](int value) {
        if (m_progress)
            m_progress(value, int(jobs.size()));
    });
    watcher.setFuture(QtConcurrent::mapped(jobs, [&, params, cancel](Job job) {
        if (!(cancel && cancel->load()) && !job.cachedCrops.isEmpty()) {
            // Slide hook (issue 21): a slide's cells from their cached crops, never the slide.
            for (qsizetype i = 0; i < job.samples.size(); ++i) {
                cv::Mat bgr;
                CellRecord cell;
                if (!cachedCropField(job.cachedCrops, job.cells.at(i), &bgr, &cell)) {
                    job.error = Tr::tr("white cell %1 has no cached crop; scan the slide again "
                                       "(wbc detect --project --rescan)")
                                    .arg(job.cells.at(i).id);
                    break;
                }
                job.samples[i].crop = cropStoredCell(bgr, cell, params);
            }
        } else if (!(cancel && cancel->load())) {
            const DecodedImage decoded = decodeImageFile(job.path);
            if (!decoded.ok()) {
                job.error = decoded.error;
            } else {
                const std::vector<CellCrop> crops
                    = cropCells(decoded.bgr, job.cells, params, detector, job.annotated);
                for (qsizetype i = 0; i < job.samples.size(); ++i)
                    job.samples[i].crop = crops[size_t(i)];
            }
        }
        return job;
    }));
    if (!watcher.isFinished())
        loop.exec();
    watcher.waitForFinished();
    if (m_cancel && m_cancel->load()) {
        set.cancelled = true;
        return set;
    }
    const int total = int(jobs.size());
    for (const Job &job : watcher.future().results()) {
        if (!job.error.isEmpty()) {
            set.problems.append({job.path, 0, job.error});
            continue;
        }
        for (const CellSample &s : job.samples)
            set.samples.push_back(s);
    }
    if (m_progress)
        m_progress(total, total);
    if (set.samples.empty())
        set.error = Tr::tr("%1 has no labelled white cells of the %2 task's classes")
                        .arg(store.path(), taskName(m_task));
    return set;
}

CellSampleSet CellSampleLoader::loadDataset(const QString &datasetDir)
{
    CellSampleSet set;
    set.task = m_task;
    QTemporaryDir temp;
    if (!temp.isValid()) {
        set.error = Tr::tr("cannot create a temporary folder: %1").arg(temp.errorString());
        return set;
    }
    ProjectStore store;
    QString error;
    if (!store.open(temp.filePath(QStringLiteral("dataset") + ProjectStore::kSuffix),
                    ProjectStore::OpenMode::OpenOrCreate,
                    &error)) {
        set.error = error;
        return set;
    }
    // A throwaway project of this run only: its labels are the dataset's, no person's.
    DatasetImporter importer(store, QStringLiteral("dataset"));
    importer.setCancelFlag(m_cancel);
    const ImportReport report = importer.run(datasetDir);
    if (!report.fatalError.isEmpty()) {
        set.error = report.fatalError;
        return set;
    }
    if (report.cancelled) {
        set.cancelled = true;
        return set;
    }
    set = load(store);
    if (!set.error.isEmpty() && set.samples.empty())
        set.error = Tr::tr("%1 has no labelled white cells of the %2 task's classes")
                        .arg(datasetDir, taskName(m_task));
    store.close();
    return set;
}

} // namespace wbc
