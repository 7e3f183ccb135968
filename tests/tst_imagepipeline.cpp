#include "training/imagepipeline.h"

#include <QTest>

#include <opencv2/imgproc.hpp>

#include <map>

using namespace wbc;

namespace {

cv::Mat pattern()
{
    cv::Mat img(kInputHeight, kInputWidth, CV_8UC3);
    cv::randu(img, 0, 255);
    cv::GaussianBlur(img, img, cv::Size(5, 5), 2);
    return img;
}

} // namespace

class TestImagePipeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void augmentIsDeterministicForSeed()
    {
        const Augmenter aug;
        const cv::Mat img = pattern();
        std::mt19937_64 a(99), b(99), c(100);
        const cv::Mat x = aug.apply(img, a), y = aug.apply(img, b), z = aug.apply(img, c);
        QCOMPARE(cv::norm(x, y, cv::NORM_INF), 0.0);
        QVERIFY(cv::norm(x, z, cv::NORM_L1) > 0);
        QCOMPARE(x.size(), img.size());
        QCOMPARE(x.type(), CV_8UC3);
    }

    void flipOfFlipIsIdentity()
    {
        AugmentParams p;
        p.maxRotationDeg = p.maxShear = p.maxScale = p.maxShift = 0;
        p.brightness = p.contrast = p.channelGain = 0;
        const Augmenter aug(p);
        const cv::Mat img = pattern();
        std::mt19937_64 rng(1);
        for (int i = 0; i < 8; ++i) {
            const AugmentDraw d = aug.draw(rng, img.size());
            // A pure flip: applying it twice restores the image exactly.
            const cv::Mat twice = aug.apply(aug.apply(img, d), d);
            QCOMPARE(cv::norm(twice, img, cv::NORM_INF), 0.0);
        }
    }

    void pointsFollowTheTransform()
    {
        AugmentParams p;
        p.brightness = p.contrast = p.channelGain = 0;
        const Augmenter aug(p);
        cv::Mat img(kInputHeight, kInputWidth, CV_8UC3, cv::Scalar(0, 0, 0));
        const cv::Point2d spot(50, 40);
        cv::circle(img, cv::Point(50, 40), 3, cv::Scalar(255, 255, 255), cv::FILLED);
        std::mt19937_64 rng(7);
        for (int i = 0; i < 10; ++i) {
            const AugmentDraw d = aug.draw(rng, img.size());
            const cv::Point2d to = Augmenter::mapPoint(d, spot);
            if (to.x < 5 || to.y < 5 || to.x > img.cols - 6 || to.y > img.rows - 6)
                continue; // mapped outside; reflection would put copies elsewhere
            const cv::Mat out = aug.apply(img, d);
            cv::Point maxLoc;
            cv::Mat gray;
            cv::cvtColor(out, gray, cv::COLOR_BGR2GRAY);
            cv::GaussianBlur(gray, gray, cv::Size(5, 5), 1.5);
            cv::minMaxLoc(gray, nullptr, nullptr, nullptr, &maxLoc);
            QVERIFY2(cv::norm(cv::Point2d(maxLoc) - to) < 2.5,
                     qPrintable(QStringLiteral("expected %1,%2 got %3,%4").arg(to.x).arg(to.y).arg(maxLoc.x).arg(maxLoc.y)));
        }
    }

    void colourStaysInRange()
    {
        AugmentParams p;
        p.brightness = 0.5;
        p.contrast = 0.5;
        p.channelGain = 0.5;
        const Augmenter aug(p);
        const cv::Mat white(kInputHeight, kInputWidth, CV_8UC3, cv::Scalar(255, 255, 255));
        std::mt19937_64 rng(3);
        for (int i = 0; i < 20; ++i) {
            const cv::Mat out = aug.apply(white, rng);
            double lo = 0, hi = 0;
            cv::minMaxLoc(out.reshape(1), &lo, &hi);
            QVERIFY(lo >= 0 && hi <= 255); // saturating 8-bit arithmetic
            QCOMPARE(out.type(), CV_8UC3);
        }
    }

    void cropIsCentredWithMargin()
    {
        cv::Mat field(480, 640, CV_8UC3, cv::Scalar(0, 0, 0));
        const cv::Rect cell(300, 200, 100, 100);
        cv::rectangle(field, cell, cv::Scalar(255, 255, 255), cv::FILLED);
        const cv::Mat crop = cropAroundCell(field, cell, 0.25);
        QCOMPARE(crop.cols, kInputWidth);
        QCOMPARE(crop.rows, kInputHeight);
        // The box (150 px tall window -> 120 px) sits centred: 80x80 white in the middle.
        const cv::Vec3b centre = crop.at<cv::Vec3b>(60, 80);
        QCOMPARE(int(centre[0]), 255);
        QCOMPARE(int(crop.at<cv::Vec3b>(60, 80 - 45)[0]), 0);
        QCOMPARE(int(crop.at<cv::Vec3b>(60 - 45 + 50, 80)[0]), 255);
        // A cell at the corner still gives a full-size crop (reflected border).
        const cv::Mat corner = cropAroundCell(field, cv::Rect(0, 0, 50, 50), 0.5);
        QCOMPARE(corner.size(), cv::Size(kInputWidth, kInputHeight));
    }

    void balancedEpochCounts()
    {
        const std::vector<int> labels = {0, 0, 0, 0, 0, 0, 0, 1, 1, 2, -1};
        const std::vector<int> epoch = balancedEpoch(labels, 4, 50, 11);
        QCOMPARE(epoch.size(), size_t(150)); // class 3 has no image
        std::map<int, int> perClass, perImage;
        for (int i : epoch) {
            ++perClass[labels[size_t(i)]];
            ++perImage[i];
        }
        QCOMPARE(perClass[0], 50);
        QCOMPARE(perClass[1], 50);
        QCOMPARE(perClass[2], 50);
        QCOMPARE(perImage[7], 25); // both class-1 images used equally
        QCOMPARE(perImage.count(10), size_t(0));
        QVERIFY(epoch == balancedEpoch(labels, 4, 50, 11));
        QVERIFY(epoch != balancedEpoch(labels, 4, 50, 12));
    }
};

QTEST_GUILESS_MAIN(TestImagePipeline)
#include "tst_imagepipeline.moc"
