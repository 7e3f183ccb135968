// The report's example crops (reportCellThumbnail): at the field's border the part outside the
// field is a neutral grey, not the mirrored field, and the field's own pixels are unchanged.
#include <opencv2/imgproc.hpp>

#include <QGuiApplication>
#include <QTest>

#include "report/reportthumbnail.h"
#include "training/cellsamples.h"
#include "training/imagepipeline.h"

using namespace wbc;

namespace {

// A field of one colour with a dark disc (a "cell") touching its left edge, as in BloodImage_00009.
cv::Mat fieldWithCellAtTheEdge(const cv::Scalar &background)
{
    cv::Mat bgr(240, 320, CV_8UC3, background);
    cv::circle(bgr, cv::Point(18, 120), 22, cv::Scalar(120, 40, 90), cv::FILLED);
    return bgr;
}

CellRecord cellAt(const QRect &box)
{
    CellRecord c;
    c.id = 1;
    c.imageId = 1;
    c.box = box;
    c.source = QStringLiteral("user");
    return c;
}

} // namespace

class TestReportThumbnail : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void padsOutsideTheFieldWithNeutralGrey()
    {
        const cv::Scalar background(60, 200, 150); // BGR: far from the grey
        const cv::Mat bgr = fieldWithCellAtTheEdge(background);
        const CellRecord cell = cellAt(QRect(0, 96, 42, 48));
        const QImage thumb = reportCellThumbnail(bgr, cell);
        QVERIFY(!thumb.isNull());
        QCOMPARE(thumb.size(), QSize(kInputWidth, kInputHeight));

        // The field's window in the crop: what lies left of x = 0 in the field is padding.
        CellCropParams params;
        params.margin = kReportCropMargin;
        const CellCrop crop = cropStoredCell(bgr, cell, params);
        const cv::Rect window = cropRectInField(crop, bgr.size(), params);
        QVERIFY2(window.x < 0, "the crop reaches past the field's left edge");
        const double sx = double(thumb.width()) / window.width;
        const int padEnd = int(std::floor(-window.x * sx)); // first column of the field, about
        QVERIFY(padEnd > 8);
        const int line = std::max(1, int(std::round(thumb.width() / 80.0))) + 1;
        for (int y = 0; y < thumb.height(); y += 3) {
            for (int x = 0; x < padEnd - line; ++x)
                QCOMPARE(QColor(thumb.pixel(x, y)), kReportPadColor);
        }
        // The field's edge is marked: darker pixels just outside it.
        bool marked = false;
        for (int y = 0; y < thumb.height(); ++y)
            marked = marked || qGray(thumb.pixel(padEnd - 1, y)) < 100;
        QVERIFY(marked);
        // Inside the field, the classifier's crop as it is (no grey, no line).
        const cv::Mat &rgb = crop.rgb;
        const QImage plain
            = QImage(rgb.data, rgb.cols, rgb.rows, int(rgb.step), QImage::Format_RGB888)
                  .convertToFormat(QImage::Format_RGB32);
        for (int y = 0; y < thumb.height(); y += 3) {
            for (int x = padEnd + 2; x < thumb.width(); x += 3)
                QCOMPARE(thumb.pixel(x, y), plain.pixel(x, y));
        }
        // Where the classifier's crop mirrors the field, the report's does not: the mirrored
        // background colour (R 150, G 200, B 60) is nowhere in the padding.
        QVERIFY(QColor(plain.pixel(1, thumb.height() / 2)) != kReportPadColor);
    }

    void aCellInsideTheFieldIsNotPadded()
    {
        const cv::Mat bgr = fieldWithCellAtTheEdge(cv::Scalar(60, 200, 150));
        const CellRecord cell = cellAt(QRect(140, 100, 40, 40));
        CellCropParams params;
        params.margin = kReportCropMargin;
        const CellCrop crop = cropStoredCell(bgr, cell, params);
        const QImage thumb = reportCellThumbnail(bgr, cell);
        const cv::Mat &rgb = crop.rgb;
        const QImage plain
            = QImage(rgb.data, rgb.cols, rgb.rows, int(rgb.step), QImage::Format_RGB888)
                  .convertToFormat(QImage::Format_RGB32);
        QCOMPARE(thumb, plain);
        QVERIFY(reportCellThumbnail(cv::Mat(), cell).isNull());
    }
};

QTEST_MAIN(TestReportThumbnail)
#include "tst_reportthumbnail.moc"
