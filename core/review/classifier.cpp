#include "review/classifier.h"

#include "detection/wbcdetector.h"
#include "engine/model.h"
#include "training/imagepipeline.h"
#include "training/models.h"

#include <QCoreApplication>

#include <opencv2/imgproc.hpp>

#include <cmath>
#include <cstring>

namespace wbc {

struct Classifier::Private
{
    ModelFile model; // header; weights are dropped once loaded into the network
    std::unique_ptr<engine::Model> net;
    bool testFlips = true;
};

Classifier::Classifier()
    : d(std::make_unique<Private>())
{}

Classifier::~Classifier() = default;
Classifier::Classifier(Classifier &&) noexcept = default;
Classifier &Classifier::operator=(Classifier &&) noexcept = default;

bool Classifier::load(const QString &path,
                      QString *error,
                      std::optional<Task> expectedTask,
                      const QString &device)
{
    const std::optional<ModelFile> model = readModelFile(path, error, expectedTask);
    if (!model)
        return false;
    QString message;
    if (!setModel(*model, &message, device)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, message);
        return false;
    }
    return true;
}

bool Classifier::setModel(const ModelFile &model, QString *error, const QString &device)
{
    const std::optional<ModelArch> arch = parseModelArch(model.header.arch);
    const std::optional<QString> deviceName = resolveComputeDevice(device, error);
    if (!arch || !deviceName)
        return false;
    configureComputeThreads();
    try {
        auto net = std::make_unique<engine::Model>(engineArch(*arch),
                                                   int(model.header.classNames.size()),
                                                   engineDevice(*deviceName));
        std::string why;
        if (!net->setWeights(model.weights, &why)) {
            if (error)
                *error = QString::fromStdString(why);
            return false;
        }
        d->net = std::move(net);
        d->model.header = model.header;
    } catch (const std::exception &e) {
        if (error)
            *error = QString::fromUtf8(e.what()).section(u'\n', 0, 0);
        return false;
    }
    return true;
}

bool Classifier::isLoaded() const
{
    return d->net != nullptr;
}

const ModelHeader &Classifier::header() const
{
    return d->model.header;
}

void Classifier::setTestFlips(bool on)
{
    d->testFlips = on;
}

bool Classifier::testFlips() const
{
    return d->testFlips;
}

std::vector<std::vector<float>> Classifier::predict(const std::vector<cv::Mat> &rgbCrops) const
{
    std::vector<std::vector<float>> out;
    if (!d->net)
        return out;
    constexpr size_t kBatch = 64;
    std::vector<std::uint8_t> images(kBatch * engine::kInputBytes);
    for (size_t begin = 0; begin < rgbCrops.size(); begin += kBatch) {
        const size_t n = std::min(kBatch, rgbCrops.size() - begin);
        for (size_t i = 0; i < n; ++i) {
            cv::Mat dst(kInputHeight, kInputWidth, CV_8UC3, images.data() + i * engine::kInputBytes);
            const cv::Mat &src = rgbCrops[begin + i];
            if (src.size() == dst.size() && src.type() == CV_8UC3)
                src.copyTo(dst);
            else
                cv::resize(src, dst, dst.size(), 0, 0, cv::INTER_AREA);
        }
        const std::vector<float> probs = d->net->probabilities(images.data(), int(n),
                                                               d->testFlips);
        const size_t classes = size_t(d->net->classCount());
        for (size_t i = 0; i < n; ++i)
            out.emplace_back(probs.begin() + ptrdiff_t(i * classes),
                             probs.begin() + ptrdiff_t((i + 1) * classes));
    }
    return out;
}

CellCrop Classifier::crop(const cv::Mat &bgr,
                          const WbcDetector &detector,
                          const QList<QRect> &annotatedBoxes) const
{
    return cropCell(bgr, detector, annotatedBoxes, d->model.header.crop);
}

cv::Mat Classifier::saliency(const cv::Mat &rgbCrop, int classIndex) const
{
    cv::Mat out = cv::Mat::zeros(kInputHeight, kInputWidth, CV_32F);
    if (!d->net || rgbCrop.empty() || rgbCrop.type() != CV_8UC3)
        return out;
    std::vector<std::uint8_t> image(engine::kInputBytes);
    cv::Mat dst(kInputHeight, kInputWidth, CV_8UC3, image.data());
    if (rgbCrop.size() == dst.size())
        rgbCrop.copyTo(dst);
    else
        cv::resize(rgbCrop, dst, dst.size(), 0, 0, cv::INTER_AREA);
    engine::GradCam cam = d->net->gradCam(image.data(), classIndex);
    if (cam.values.empty())
        return out;
    const cv::Mat small(cam.rows, cam.cols, CV_32F, cam.values.data());
    // Each feature cell back onto the input pixel its receptive field is centred on.
    const engine::FeatureGeometry geo = cam.geometry;
    const cv::Matx23d toFeature(1.0 / geo.stride, 0, -geo.offset / geo.stride,
                                0, 1.0 / geo.stride, -geo.offset / geo.stride);
    cv::warpAffine(small, out, toFeature, out.size(), cv::INTER_LINEAR | cv::WARP_INVERSE_MAP,
                   cv::BORDER_REPLICATE);
    cv::patchNaNs(out, 0.0);
    double maxValue = 0.0;
    cv::minMaxLoc(out, nullptr, &maxValue);
    if (!(maxValue > 0.0) || !std::isfinite(maxValue))
        return cv::Mat::zeros(kInputHeight, kInputWidth, CV_32F);
    out *= 1.0 / maxValue;
    cv::threshold(out, out, 1.0, 1.0, cv::THRESH_TRUNC);
    return out;
}

} // namespace wbc
