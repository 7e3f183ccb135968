#include "training/cropsexport.h"

#include "engine/cropsfile.h"
#include "project/projectstore.h"
#include "training/cellsamples.h"
#include "training/imagepipeline.h"

#include <QCoreApplication>
#include <QFile>

#include <cstring>
#include <map>

namespace wbc {

namespace {

// The context of this file's messages (lupdate reads it from Q_DECLARE_TR_FUNCTIONS).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(WbcExport)
};

} // namespace

CropsExportReport exportCrops(ProjectStore &store, const QString &outPath)
{
    CropsExportReport report;
    // The binary task's loader keeps every class either task trains on, groups included; the
    // engine maps them to a task (engine/cropsfile.h).
    CellSampleLoader loader(Task::Binary);
    const CellSampleSet set = loader.load(store);
    report.problems = set.problems;
    report.excluded = set.excluded;
    if (!set.error.isEmpty()) {
        report.error = set.error;
        return report;
    }
    if (set.samples.empty()) {
        report.error = Tr::tr("%1: no labelled white cells to export").arg(store.path());
        return report;
    }
    engine::Crops crops;
    crops.width = kInputWidth;
    crops.height = kInputHeight;
    std::map<QString, std::uint16_t> classIndex;
    for (const CellSample &s : set.samples)
        classIndex.emplace(cellClassName(s.cellClass), 0);
    for (auto &[name, index] : classIndex) {
        index = std::uint16_t(crops.classNames.size());
        crops.classNames.push_back(name.toStdString());
    }
    const std::vector<qint64> groups = set.splitGroups(5);
    crops.rgb.resize(set.samples.size() * crops.cropBytes());
    for (size_t i = 0; i < set.samples.size(); ++i) {
        const CellSample &s = set.samples[i];
        const cv::Mat &rgb = s.crop.rgb;
        if (rgb.rows != kInputHeight || rgb.cols != kInputWidth || rgb.type() != CV_8UC3
            || !rgb.isContinuous()) {
            report.error = Tr::tr("%1: the crop of cell %2 is not %3x%4 RGB")
                               .arg(s.path)
                               .arg(s.cellId)
                               .arg(kInputWidth)
                               .arg(kInputHeight);
            return report;
        }
        crops.labels.push_back(classIndex.at(cellClassName(s.cellClass)));
        crops.groups.push_back(groups[i]);
        crops.cellIds.push_back(s.cellId);
        std::memcpy(crops.rgb.data() + i * crops.cropBytes(), rgb.data, crops.cropBytes());
    }
    engine::ContainerProblem problem;
    if (!engine::writeCropsFile(QFile::encodeName(outPath).toStdString(), crops, &problem)) {
        report.error = Tr::tr("%1: cannot write the file: %2")
                           .arg(outPath, QString::fromStdString(problem.detail));
        return report;
    }
    report.crops = int(crops.count());
    report.classes = int(crops.classNames.size());
    report.ok = true;
    return report;
}

} // namespace wbc
