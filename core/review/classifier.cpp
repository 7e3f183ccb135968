#include "review/classifier.h"

#include "training/imagepipeline.h"
#include "training/networks.h"
#include "detection/wbcdetector.h"

#include <QCoreApplication>

#include <opencv2/imgproc.hpp>

#include <cmath>
#include <cstring>

namespace wbc {

struct Classifier::Private
{
    ModelFile model; // header; weights are dropped once loaded into the network
    std::shared_ptr<ClassifierNet> net;
    torch::Device device{torch::kCPU};
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
        std::shared_ptr<ClassifierNet> net = createNetwork(*arch,
                                                           int(model.header.classNames.size()));
        if (!importWeights(*net, model.weights, error))
            return false;
        d->device = torchDevice(*deviceName);
        prepareNetwork(*net, d->device);
        net->eval();
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
    torch::NoGradGuard noGrad;
    constexpr size_t kBatch = 64;
    const size_t frame = size_t(kInputHeight) * kInputWidth * 3;
    for (size_t begin = 0; begin < rgbCrops.size(); begin += kBatch) {
        const size_t n = std::min(kBatch, rgbCrops.size() - begin);
        torch::Tensor images = torch::empty({int64_t(n), kInputHeight, kInputWidth, 3},
                                            torch::kUInt8);
        for (size_t i = 0; i < n; ++i) {
            cv::Mat dst(kInputHeight, kInputWidth, CV_8UC3, images.data_ptr<uint8_t>() + i * frame);
            const cv::Mat &src = rgbCrops[begin + i];
            if (src.size() == dst.size() && src.type() == CV_8UC3)
                src.copyTo(dst);
            else
                cv::resize(src, dst, dst.size(), 0, 0, cv::INTER_AREA);
        }
        const torch::Tensor probs
            = classProbabilities(*d->net, imagesToInput(images, d->device), d->testFlips)
                  .to(torch::kCPU)
                  .contiguous();
        const int classes = int(probs.size(1));
        for (size_t i = 0; i < n; ++i) {
            const float *row = probs.data_ptr<float>() + i * size_t(classes);
            out.emplace_back(row, row + classes);
        }
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
    torch::Tensor image = torch::empty({1, kInputHeight, kInputWidth, 3}, torch::kUInt8);
    cv::Mat dst(kInputHeight, kInputWidth, CV_8UC3, image.data_ptr<uint8_t>());
    if (rgbCrop.size() == dst.size())
        rgbCrop.copyTo(dst);
    else
        cv::resize(rgbCrop, dst, dst.size(), 0, 0, cv::INTER_AREA);

    torch::Tensor features;
    {
        torch::NoGradGuard noGrad;
        features = d->net->features(imagesToInput(image, d->device));
    }
    // Gradients only with respect to the activation: the weights are left alone.
    torch::AutoGradMode grad(true);
    features = features.detach().requires_grad_(true);
    const torch::Tensor logits = d->net->classify(features);
    const int classes = int(logits.size(1));
    const int c = classIndex < 0 ? int(logits.argmax(1).item<int64_t>()) : classIndex;
    if (c >= classes)
        return out;
    const torch::Tensor g = torch::autograd::grad({logits[0][c]}, {features})[0];
    // Grad-CAM: channel weights are the spatially averaged gradients; the map is the ReLU of the
    // weighted sum of the channels.
    const torch::Tensor cam = torch::relu((g.mean({2, 3}, true) * features).sum(1))
                                  .squeeze(0)
                                  .detach()
                                  .to(torch::kCPU, torch::kFloat)
                                  .contiguous();
    const cv::Mat small(int(cam.size(0)), int(cam.size(1)), CV_32F, cam.data_ptr<float>());
    // Each feature cell back onto the input pixel its receptive field is centred on.
    const ClassifierNet::FeatureGeometry geo = d->net->featureGeometry();
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
