#include "training/cellsamples.h"

#include "dataset/datasetimporter.h"
#include "base/imagefile.h"
#include "training/imagepipeline.h"
#include "project/projectstore.h"
#include "detection/wbcdetector.h"

#include <QCoreApplication>
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

struct Job
{
    CellSample sample;
    QList<QRect> annotated;
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

int trainingClassIndex(Task task, const ImageLabel &label, std::optional<CellCountFlag> flag)
{
    const std::optional<CellClass> cls = label.single();
    if (!cls || (flag && *flag != CellCountFlag::Single))
        return -1;
    return taskClassIndex(task, *cls);
}

CellSampleSet CellSampleLoader::load(ProjectStore &store)
{
    CellSampleSet set;
    set.task = m_task;
    if (!store.isOpen()) {
        set.error = Tr::tr("no project is open");
        return set;
    }
    const QHash<qint64, LabelRecord> labels = store.currentLabels();
    const QHash<qint64, FlagRecord> flags = store.effectiveFlags();
    QList<Job> jobs;
    for (const ImageRecord &image : store.images()) {
        const auto it = labels.constFind(image.id);
        if (it == labels.constEnd() || it->label.isUnlabeled())
            continue;
        const auto flag = flags.constFind(image.id);
        const int index = trainingClassIndex(
            m_task, it->label,
            flag == flags.cend() ? std::nullopt : std::optional<CellCountFlag>(flag->flag));
        if (index < 0) {
            ++set.excluded;
            continue;
        }
        const std::optional<CellClass> cls = it->label.single();
        Job job;
        job.sample.imageId = image.id;
        job.sample.path = store.absolutePath(image);
        job.sample.cellClass = *cls;
        job.sample.label = index;
        for (const CellRecord &c : store.cells(image.id, QStringLiteral("annotation"))) {
            if (c.kind == CellKind::Wbc)
                job.annotated.append(c.box);
        }
        jobs.append(job);
    }

    const WbcDetector detector;
    const CellCropParams params = m_params;
    const std::atomic_bool *cancel = m_cancel;
    std::atomic_int done{0};
    QFuture<Job> future = QtConcurrent::mapped(jobs, [&, params, cancel](Job job) {
        if (!(cancel && cancel->load())) {
            const DecodedImage decoded = decodeImageFile(job.sample.path);
            if (decoded.ok())
                job.sample.crop = cropCell(decoded.bgr, detector, job.annotated, params);
            else
                job.error = decoded.error;
        }
        ++done;
        return job;
    });
    const int total = int(jobs.size());
    while (!future.isFinished()) {
        if (m_progress)
            m_progress(done.load(), total);
        QThread::msleep(20);
    }
    future.waitForFinished();
    if (m_cancel && m_cancel->load()) {
        set.cancelled = true;
        return set;
    }
    for (const Job &job : future.results()) {
        if (!job.error.isEmpty()) {
            set.problems.append({job.sample.path, 0, job.error});
            continue;
        }
        set.samples.push_back(job.sample);
    }
    if (m_progress)
        m_progress(total, total);
    if (set.samples.empty())
        set.error = Tr::tr("%1 has no single-cell images of the %2 task's classes")
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
    DatasetImporter importer(store, currentUserName());
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
        set.error = Tr::tr("%1 has no single-cell images of the %2 task's classes")
                        .arg(datasetDir, taskName(m_task));
    store.close();
    return set;
}

} // namespace wbc
