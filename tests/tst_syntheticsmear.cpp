#include "dataset/syntheticsmear.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

#include <opencv2/core.hpp>

using namespace wbc;

class TestSyntheticSmear : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deterministicForSeed()
    {
        SmearSpec spec;
        spec.wbcs = {CellClass::Neutrophil, CellClass::Lymphocyte};
        const SyntheticSmear a = generateSmear(42, spec);
        const SyntheticSmear b = generateSmear(42, spec);
        const SyntheticSmear c = generateSmear(43, spec);
        QCOMPARE(cv::norm(a.bgr, b.bgr, cv::NORM_INF), 0.0);
        QVERIFY(cv::norm(a.bgr, c.bgr, cv::NORM_L1) > 0);
        QCOMPARE(a.wbcs.size(), 2);
        QCOMPARE(a.wbcs[0].box, b.wbcs[0].box);
    }

    void boxesAreInsideAndSeparate_data()
    {
        QTest::addColumn<int>("width");
        QTest::newRow("BCCD scale") << 640;
        QTest::newRow("small") << 160;
    }
    void boxesAreInsideAndSeparate()
    {
        QFETCH(int, width);
        SmearSpec spec;
        spec.width = width;
        spec.height = width * 3 / 4;
        spec.wbcs = {CellClass::Monocyte, CellClass::Eosinophil};
        for (quint64 seed = 0; seed < 20; ++seed) {
            const SyntheticSmear s = generateSmear(seed, spec);
            QCOMPARE(s.bgr.cols, spec.width);
            QCOMPARE(s.bgr.type(), CV_8UC3);
            const QRect image(0, 0, spec.width, spec.height);
            for (const SyntheticWbc &w : s.wbcs) {
                QVERIFY(image.contains(w.box));
                QVERIFY(w.box.width() > spec.width / 8);
            }
            // Two white cells never merge into one blob.
            const QRect overlap = s.wbcs[0].box.intersected(s.wbcs[1].box);
            QVERIFY(overlap.width() * overlap.height() < s.wbcs[0].box.width() * s.wbcs[0].box.height() / 4);
        }
    }

    void nucleusIsDarkerThanBackground()
    {
        SmearSpec spec;
        spec.wbcs = {CellClass::Lymphocyte};
        spec.rbcCount = 0;
        const SyntheticSmear s = generateSmear(5, spec);
        const QRect b = s.wbcs.first().box;
        const cv::Vec3b centre = s.bgr.at<cv::Vec3b>(b.center().y(), b.center().x());
        const cv::Vec3b corner = s.bgr.at<cv::Vec3b>(2, 2);
        QVERIFY(centre[1] + 50 < corner[1]); // purple nucleus: little green
    }

    void writesDataset()
    {
        QTemporaryDir dir;
        const SyntheticDatasetSpec spec = test::smallDataset(6);
        QVERIFY(writeSyntheticDataset(dir.path(), spec));
        QCOMPARE(QDir(dir.filePath(QStringLiteral("images"))).entryList(QDir::Files).size(), 6);
        QCOMPARE(QDir(dir.filePath(QStringLiteral("annotations"))).entryList(QDir::Files).size(), 6);
        const QByteArray csv = test::readFile(dir.filePath(QStringLiteral("labels.csv")));
        QVERIFY(csv.startsWith("image,label\n"));
        QCOMPARE(csv.count('\n'), 7);
        QTemporaryDir again;
        QVERIFY(writeSyntheticDataset(again.path(), spec));
        QCOMPARE(test::readFile(again.filePath(QStringLiteral("labels.csv"))), csv);
        QCOMPARE(test::readFile(again.filePath(QStringLiteral("images/smear_00003.png"))),
                 test::readFile(dir.filePath(QStringLiteral("images/smear_00003.png"))));
    }
};

QTEST_GUILESS_MAIN(TestSyntheticSmear)
#include "tst_syntheticsmear.moc"
