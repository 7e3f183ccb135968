#include "base/imagefile.h"

#include <QSize>
#include <QTest>

#include <opencv2/imgcodecs.hpp>

using namespace wbc;

namespace {

QByteArray encode(const cv::Mat &img, const char *ext)
{
    std::vector<uchar> buf;
    cv::imencode(ext, img, buf);
    return QByteArray(reinterpret_cast<const char *>(buf.data()), qsizetype(buf.size()));
}

cv::Mat colourImage(int w, int h)
{
    cv::Mat img(h, w, CV_8UC3);
    cv::randu(img, 0, 255);
    return img;
}

// A PNG whose header claims a huge size; the body is a few bytes (a decompression bomb).
QByteArray bombPng(quint32 w, quint32 h)
{
    QByteArray b("\x89PNG\r\n\x1a\n", 8);
    b += QByteArray("\0\0\0\x0dIHDR", 8);
    for (quint32 v : {w, h}) {
        b += char(v >> 24);
        b += char(v >> 16);
        b += char(v >> 8);
        b += char(v);
    }
    b += QByteArray("\x08\x02\0\0\0", 5);
    b += QByteArray(64, '\0');
    return b;
}

} // namespace

class TestImageFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void probe_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        const cv::Mat img = colourImage(37, 21);
        QTest::newRow("jpeg") << encode(img, ".jpg") << int(ImageFormat::Jpeg) << 37 << 21;
        QTest::newRow("png") << encode(img, ".png") << int(ImageFormat::Png) << 37 << 21;
        QTest::newRow("bmp") << encode(img, ".bmp") << int(ImageFormat::Bmp) << 37 << 21;
        QTest::newRow("tiff") << encode(img, ".tiff") << int(ImageFormat::Tiff) << 37 << 21;
        QTest::newRow("bomb header") << bombPng(60000, 60000) << int(ImageFormat::Png) << 60000
                                     << 60000;
    }
    void probe()
    {
        QFETCH(QByteArray, data);
        QFETCH(int, format);
        QFETCH(int, width);
        QFETCH(int, height);
        const ImageHeader h = probeImageHeader(data);
        QVERIFY2(h.ok(), qPrintable(h.error));
        QCOMPARE(int(h.format), format);
        QCOMPARE(h.width, width);
        QCOMPARE(h.height, height);
    }

    void decodes_data()
    {
        QTest::addColumn<QByteArray>("data");
        cv::Mat gray(20, 30, CV_8UC1, cv::Scalar(90));
        cv::Mat gray16(20, 30, CV_16UC1, cv::Scalar(40000));
        cv::Mat rgba(20, 30, CV_8UC4, cv::Scalar(10, 20, 30, 128));
        cv::Mat rgb16(20, 30, CV_16UC3, cv::Scalar(1000, 30000, 65535));
        QTest::newRow("8-bit gray png") << encode(gray, ".png");
        QTest::newRow("16-bit gray png") << encode(gray16, ".png");
        QTest::newRow("16-bit colour png") << encode(rgb16, ".png");
        QTest::newRow("alpha png") << encode(rgba, ".png");
        QTest::newRow("gray jpeg") << encode(gray, ".jpg");
        QTest::newRow("16-bit tiff") << encode(rgb16, ".tiff");
    }
    void decodes()
    {
        QFETCH(QByteArray, data);
        const DecodedImage img = decodeImageData(data);
        QVERIFY2(img.ok(), qPrintable(img.error));
        QCOMPARE(img.bgr.type(), CV_8UC3);
        QCOMPARE(img.bgr.cols, 30);
        QCOMPARE(img.bgr.rows, 20);
    }

    void sixteenBitIsScaledNotClipped()
    {
        const cv::Mat rgb16(4, 4, CV_16UC3, cv::Scalar(0, 32768, 65535));
        const DecodedImage img = decodeImageData(encode(rgb16, ".png"));
        QVERIFY(img.ok());
        const cv::Vec3b px = img.bgr.at<cv::Vec3b>(0, 0);
        QCOMPARE(int(px[0]), 0);
        QVERIFY(qAbs(int(px[1]) - 128) <= 1);
        QCOMPARE(int(px[2]), 255);
    }

    void refuses_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("words");
        const QByteArray png = encode(colourImage(64, 64), ".png");
        QTest::newRow("zero bytes") << QByteArray() << "empty";
        QTest::newRow("text named .jpg") << QByteArray("hello, this is not an image\n")
                                         << "not a JPEG";
        QTest::newRow("decompression bomb") << bombPng(60000, 60000) << "megapixel limit";
        QTest::newRow("truncated png") << png.left(png.size() / 2) << "cannot decode";
        QTest::newRow("truncated header") << png.left(12) << "truncated";
        QTest::newRow("garbage after jpeg magic") << QByteArray("\xFF\xD8\xFF\xE0garbage", 11)
                                                   << "truncated";
        // Height INT_MIN: std::abs of it stayed negative and passed (found by fuzz_imageheader).
        QByteArray bmp("BM", 2);
        bmp += QByteArray(16, '\0');
        bmp += QByteArray("\x10\0\0\0\0\0\0\x80", 8);
        QTest::newRow("bmp height INT_MIN") << bmp + QByteArray(40, '\0') << "invalid size";
    }
    void refuses()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, words);
        const DecodedImage img = decodeImageData(data);
        QVERIFY(!img.ok());
        QVERIFY2(img.error.contains(words), qPrintable(img.error));
        QVERIFY(img.bgr.empty());
    }

    void exifOrientationIsHonoured()
    {
        // A 30x20 JPEG with an APP1 EXIF block saying "rotate 90° clockwise" (orientation 6).
        const QByteArray jpeg = encode(colourImage(30, 20), ".jpg");
        QByteArray tiff("II*\0\x08\0\0\0", 8);             // little-endian, IFD at 8
        tiff += QByteArray("\x01\0", 2);                       // one entry
        tiff += QByteArray("\x12\x01\x03\0\x01\0\0\0\x06\0\0\0", 12); // Orientation = 6
        tiff += QByteArray(4, '\0');                            // no next IFD
        const QByteArray payload = QByteArray("Exif\0\0", 6) + tiff;
        const int length = int(payload.size()) + 2;
        QByteArray app1("\xFF\xE1", 2);
        app1 += char(length >> 8);
        app1 += char(length & 0xFF);
        app1 += payload;
        const QByteArray rotated = jpeg.left(2) + app1 + jpeg.mid(2);
        const DecodedImage img = decodeImageData(rotated);
        QVERIFY2(img.ok(), qPrintable(img.error));
        QCOMPARE(img.bgr.cols, 20); // turned upright: width and height swap
        QCOMPARE(img.bgr.rows, 30);
    }

    // The fuzz_imageheader seeds (tests/fuzz/corpus/image) are headers of the four formats, each
    // 640x480 as the probe reads it; the fuzz findings beside them are refused.
    void fuzzSeedsProbe_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("format");
        QTest::newRow("jpeg") << "jpeg-sof0" << int(ImageFormat::Jpeg);
        QTest::newRow("png") << "png-ihdr" << int(ImageFormat::Png);
        QTest::newRow("bmp") << "bmp-top-down" << int(ImageFormat::Bmp);
        QTest::newRow("tiff little endian") << "tiff-little" << int(ImageFormat::Tiff);
        QTest::newRow("tiff big endian") << "tiff-big" << int(ImageFormat::Tiff);
        QTest::newRow("finding: bmp height INT_MIN") << "bmp-height-int-min" << -1;
    }
    void fuzzSeedsProbe()
    {
        QFETCH(QString, file);
        QFETCH(int, format);
        const ImageHeader h = probeImageFile(QStringLiteral(WBC_TEST_DATA_DIR)
                                             + QStringLiteral("/../fuzz/corpus/image/") + file);
        if (format < 0) {
            QVERIFY(!h.ok());
            QVERIFY(!imageHeaderError(h).isEmpty());
            return;
        }
        QVERIFY2(h.ok(), qPrintable(h.error));
        QCOMPARE(int(h.format), format);
        QCOMPARE(QSize(h.width, h.height), QSize(640, 480));
        QCOMPARE(imageHeaderError(h), QString());
        QVERIFY(!imageHeaderError(h, 640 * 480 - 1).isEmpty());
    }

    void missingFile()
    {
        const DecodedImage img = decodeImageFile(QStringLiteral("/nonexistent/x.png"));
        QVERIFY(!img.ok());
        QVERIFY(img.error.contains(u"cannot open"));
    }
};

QTEST_GUILESS_MAIN(TestImageFile)
#include "tst_imagefile.moc"
