#include "training/cellsamples.h"
#include "review/classifier.h"
#include "training/imagepipeline.h"
#include "training/models.h"
#include "dataset/syntheticsmear.h"
#include "detection/wbcdetector.h"

#include <QTest>

#include <opencv2/imgproc.hpp>

#include <algorithm>

using namespace wbc;

namespace {

NamedTensor &tensor(ModelFile &model, const std::string &name)
{
    for (NamedTensor &t : model.weights) {
        if (t.name == name)
            return t;
    }
    qFatal("no weight tensor %s", name.c_str());
}

// A LeNet whose only live path is the red channel's centre tap through conv1-3 (channel 0), summed
// by fc1's unit 0: class 0's logit rises with red anywhere, class 1's falls. Grad-CAM of class 0
// must then light up exactly where the image is red.
ModelFile redDetector()
{
    ModelFile model = untrainedModel(ModelArch::LeNet, Task::Binary);
    for (NamedTensor &t : model.weights) {
        if (t.name.find("input_") != 0)
            std::fill(t.values.begin(), t.values.end(), 0.f);
    }
    const auto centreTap = [&](const std::string &conv) {
        NamedTensor &w = tensor(model, conv + ".weight"); // out x in x 3 x 3
        w.values[4] = 1.f; // [0][0][1][1]
    };
    centreTap("conv1");
    centreTap("conv2");
    centreTap("conv3");
    NamedTensor &fc1 = tensor(model, "fc1.weight"); // 64 x (64 * 13 * 18), channel-major
    std::fill(fc1.values.begin(), fc1.values.begin() + 13 * 18, 1.f);
    tensor(model, "fc1.bias").values[0] = 0.1f;
    NamedTensor &fc2 = tensor(model, "fc2.weight"); // 2 x 64
    fc2.values[0] = 1.f;
    fc2.values[64] = -1.f;
    return model;
}

bool isValidMap(const cv::Mat &map)
{
    if (map.type() != CV_32F || map.rows != kInputHeight || map.cols != kInputWidth)
        return false;
    double lo = 0, hi = 0;
    cv::minMaxLoc(map, &lo, &hi);
    return cv::checkRange(map) && lo >= 0.0 && hi <= 1.0;
}

} // namespace

// Classifier::saliency (Grad-CAM) and how it maps back onto the field.
class TestSaliency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shapeAndRange_data()
    {
        QTest::addColumn<int>("arch");
        QTest::addColumn<int>("task");
        for (ModelArch arch : {ModelArch::LeNet, ModelArch::WbcNet}) {
            for (Task task : {Task::Binary, Task::Four})
                QTest::addRow("%s %s", qPrintable(modelArchName(arch)), qPrintable(taskName(task)))
                    << int(arch) << int(task);
        }
    }
    void shapeAndRange()
    {
        QFETCH(int, arch);
        QFETCH(int, task);
        Classifier classifier;
        QString error;
        QVERIFY2(classifier.setModel(untrainedModel(ModelArch(arch), Task(task), 5), &error,
                                     QStringLiteral("cpu")),
                 qPrintable(error));
        SmearSpec spec;
        spec.wbcs = {CellClass::Monocyte};
        const SyntheticSmear smear = generateSmear(11, spec);
        const CellCrop crop = classifier.crop(smear.bgr, WbcDetector());
        const int classes = taskClassCount(Task(task));
        for (int c = -1; c < classes; ++c) {
            const cv::Mat map = classifier.saliency(crop.rgb, c);
            QVERIFY2(isValidMap(map), qPrintable(QString::number(c)));
            double lo = 0, hi = 0;
            cv::minMaxLoc(map, &lo, &hi);
            // Any class whose score something in the crop raised peaks at exactly 1.
            QVERIFY(hi == 0.0 || std::abs(hi - 1.0) < 1e-6);
        }
        // The predicted class rose the most: its map is never blank on a real field, and it is
        // not flat (the cell and the background differ).
        const cv::Mat predicted = classifier.saliency(crop.rgb);
        cv::Scalar mean, stddev;
        cv::meanStdDev(predicted, mean, stddev);
        QVERIFY2(stddev[0] > 0.01, qPrintable(QString::number(stddev[0])));
        // A crop of another size is resized first, like predict() does.
        cv::Mat big;
        cv::resize(crop.rgb, big, cv::Size(320, 240));
        QVERIFY(isValidMap(classifier.saliency(big)));
    }

    void highlightsWhatRaisedTheClass()
    {
        Classifier classifier;
        QString error;
        QVERIFY2(classifier.setModel(redDetector(), &error, QStringLiteral("cpu")), qPrintable(error));
        cv::Mat rgb(kInputHeight, kInputWidth, CV_8UC3, cv::Scalar(0, 40, 60));
        const cv::Rect square(100, 30, 20, 20);
        rgb(square).setTo(cv::Scalar(255, 40, 60));
        QCOMPARE(classifier.predict({rgb}).front()[0] > 0.5f, true);

        const cv::Mat map = classifier.saliency(rgb, 0);
        QVERIFY(isValidMap(map));
        cv::Point peak;
        double hi = 0;
        cv::minMaxLoc(map, nullptr, &hi, nullptr, &peak);
        QCOMPARE(hi, 1.0);
        // The map is flat over the square; pooling and interpolation soften its edge by a few
        // pixels.
        const cv::Rect near(square.x - 3, square.y - 3, square.width + 6, square.height + 6);
        QVERIFY2(near.contains(peak), qPrintable(QStringLiteral("%1,%2").arg(peak.x).arg(peak.y)));
        QVERIFY(cv::mean(map(square))[0] > 0.6);
        cv::Mat outside = cv::Mat::ones(map.size(), CV_8U);
        outside(cv::Rect(square.x - 8, square.y - 8, square.width + 16, square.height + 16))
            .setTo(0);
        QVERIFY(cv::mean(map, outside)[0] < 0.01);
        // Feature cells are mapped back onto the pixels they see: the map is centred on the
        // square, not shifted by the network's valid convolutions and pooling.
        const cv::Moments m = cv::moments(map);
        const cv::Point2d centroid(m.m10 / m.m00, m.m01 / m.m00);
        QVERIFY2(std::abs(centroid.x - (square.x + square.width / 2.0 - 0.5)) < 1.5
                     && std::abs(centroid.y - (square.y + square.height / 2.0 - 0.5)) < 1.5,
                 qPrintable(QStringLiteral("%1,%2").arg(centroid.x).arg(centroid.y)));

        // Class 1's score only fell where the image is red: nothing raised it.
        QCOMPARE(cv::countNonZero(classifier.saliency(rgb, 1)), 0);
        // The predicted class is class 0.
        QCOMPARE(cv::norm(classifier.saliency(rgb), map, cv::NORM_INF), 0.0);
        // Moving the red square moves the map.
        cv::Mat moved(rgb.size(), rgb.type(), cv::Scalar(0, 40, 60));
        moved(cv::Rect(20, 80, 20, 20)).setTo(cv::Scalar(255, 40, 60));
        const cv::Mat movedMap = classifier.saliency(moved, 0);
        QVERIFY(cv::mean(movedMap(cv::Rect(20, 80, 20, 20)))[0] > 0.6);
        QVERIFY(cv::mean(movedMap(square))[0] < 0.01);
    }

    void outOfRangeAndUnloaded()
    {
        Classifier classifier;
        cv::Mat rgb(kInputHeight, kInputWidth, CV_8UC3, cv::Scalar(200, 100, 150));
        QCOMPARE(cv::countNonZero(classifier.saliency(rgb)), 0); // no model
        QString error;
        QVERIFY(classifier.setModel(untrainedModel(ModelArch::WbcNet, Task::Binary), &error,
                                    QStringLiteral("cpu")));
        const cv::Mat map = classifier.saliency(rgb, 2);
        QVERIFY(isValidMap(map));
        QCOMPARE(cv::countNonZero(map), 0);
        QVERIFY(isValidMap(classifier.saliency(cv::Mat())));
    }

    // The heatmap's field rectangle: cropping the field there and scaling gives the model input.
    void cropRectInFieldIsWhereTheInputCameFrom_data()
    {
        QTest::addColumn<QRect>("box");
        QTest::addColumn<double>("margin");
        QTest::newRow("inside") << QRect(200, 150, 90, 80) << 0.25;
        QTest::newRow("tall cell") << QRect(300, 100, 60, 140) << 0.1;
        QTest::newRow("at the edge") << QRect(0, 380, 80, 100) << 0.25;
    }
    void cropRectInFieldIsWhereTheInputCameFrom()
    {
        QFETCH(QRect, box);
        QFETCH(double, margin);
        const SyntheticSmear smear = generateSmear(3, SmearSpec());
        const cv::Mat &field = smear.bgr;
        CellCrop crop;
        crop.box = cv::Rect(box.x(), box.y(), box.width(), box.height());
        crop.source = BoxSource::Annotated;
        crop.rgb = cropAroundCell(field, crop.box, margin);
        CellCropParams params;
        params.margin = margin;
        const cv::Rect r = cropRectInField(crop, field.size(), params);
        // Widened to the input's 4:3 and centred on the box.
        QVERIFY(std::abs(r.width * 3 - r.height * 4) <= 8);
        QVERIFY(std::abs((r.x + r.width / 2.0) - (box.x() + box.width() / 2.0)) <= 1.0);
        QVERIFY(std::abs((r.y + r.height / 2.0) - (box.y() + box.height() / 2.0)) <= 1.0);
        QVERIFY(r.width >= box.width() * (1 + 2 * margin) - 1);
        QVERIFY(r.height >= box.height() * (1 + 2 * margin) - 1);
        // Where the window lies inside the field, its pixels are the crop's.
        cv::Mat padded;
        const int pad = 200;
        cv::copyMakeBorder(field, padded, pad, pad, pad, pad, cv::BORDER_REFLECT_101);
        const auto difference = [&](cv::Point shift) {
            cv::Mat scaled, diff;
            cv::resize(padded(r + cv::Point(pad, pad) + shift), scaled, crop.rgb.size(), 0, 0,
                       cv::INTER_AREA);
            cv::absdiff(scaled, crop.rgb, diff);
            const cv::Scalar m = cv::mean(diff);
            return (m[0] + m[1] + m[2]) / 3.0;
        };
        const double here = difference({0, 0});
        QVERIFY2(here < 4.0, qPrintable(QString::number(here)));
        for (const cv::Point shift : {cv::Point(4, 0), cv::Point(-4, 0), cv::Point(0, 4),
                                      cv::Point(0, -4)})
            QVERIFY2(difference(shift) > 1.5 * here,
                     qPrintable(QStringLiteral("%1 vs %2").arg(difference(shift)).arg(here)));

        crop.box = cv::Rect();
        crop.source = BoxSource::WholeField;
        QCOMPARE(cropRectInField(crop, field.size(), params), cv::Rect(0, 0, field.cols, field.rows));
    }
};

QTEST_GUILESS_MAIN(TestSaliency)
#include "tst_saliency.moc"
