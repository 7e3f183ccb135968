#pragma once

#include "training/modelfile.h"

#include <QString>

#include <opencv2/core.hpp>

#include <memory>
#include <optional>
#include <vector>

namespace wbc {

class WbcDetector;

// A trained model ready to predict: loaded from a model file (weights only, checked against the
// header's architecture) and run on the CPU or GPU. Torch-free facade for Qt code. Not
// thread-safe: use one per thread (loading is cheap).
class Classifier
{
public:
    Classifier();
    ~Classifier();
    Classifier(Classifier &&) noexcept;
    Classifier &operator=(Classifier &&) noexcept;

    // Errors name the file. With expectedTask, a model of another task is refused.
    bool load(const QString &path,
              QString *error,
              std::optional<Task> expectedTask = std::nullopt,
              const QString &device = QStringLiteral("auto"));
    bool setModel(const ModelFile &model, QString *error, const QString &device = QStringLiteral("auto"));
    bool isLoaded() const;
    const ModelHeader &header() const;

    // Test-time augmentation: predict() averages the probabilities of each crop and its three
    // flips (networks.h). On by default: 4x the network's work for a steadier, more accurate
    // answer (docs/BENCHMARKS.md measures both).
    void setTestFlips(bool on);
    bool testFlips() const;

    // RGB crops of kInputHeight x kInputWidth -> class probabilities per crop.
    std::vector<std::vector<float>> predict(const std::vector<cv::Mat> &rgbCrops) const;
    // Crops a decoded BGR field the way the model was trained (CellCropParams of the header).
    // annotatedBoxes: the image's annotated WBC boxes, used as training did when the header says
    // not to use the detector or the detector finds nothing.
    CellCrop crop(const cv::Mat &bgr,
                  const WbcDetector &detector,
                  const QList<QRect> &annotatedBoxes = {}) const;

    // Grad-CAM on the last convolution for class classIndex of the model's output (negative:
    // the predicted class): which parts of an RGB crop (as predict() takes) raised that class's
    // score. CV_32F, kInputHeight x kInputWidth, values in [0, 1] (1 at the maximum; all zero
    // when nothing raised it, or for a class index out of range). Map it onto the field with
    // cropRectInField() (cellsamples.h).
    cv::Mat saliency(const cv::Mat &rgbCrop, int classIndex = -1) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace wbc
