#include "detection/detectionevaluation.h"

#include <QTest>

using namespace wbc;

class TestDetectionEvaluation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void iouValues()
    {
        QCOMPARE(iou(QRect(0, 0, 10, 10), QRect(0, 0, 10, 10)), 1.0);
        QCOMPARE(iou(QRect(0, 0, 10, 10), QRect(20, 20, 5, 5)), 0.0);
        QCOMPARE(iou(QRect(0, 0, 10, 10), QRect(5, 0, 10, 10)), 50.0 / 150.0);
    }

    void greedyOneToOne()
    {
        // Two truths, three detections: one near-duplicate must not match twice.
        const QList<QRect> truth = {QRect(0, 0, 100, 100), QRect(200, 0, 100, 100)};
        const QList<QRect> found = {QRect(5, 5, 100, 100), QRect(0, 0, 100, 100),
                                    QRect(500, 500, 10, 10)};
        const BoxMatch m = matchBoxes(truth, found, 0.5);
        QCOMPARE(m.matched, 1);
        QCOMPARE(m.unmatchedTruth, QList<int>{1});
        QCOMPARE(m.unmatchedDetection, (QList<int>{0, 2}));
        QCOMPARE(m.matchedIou.first(), 1.0);
    }

    void scoresByHand()
    {
        DetectionScores s;
        const QRect a(0, 0, 100, 100), b(300, 300, 100, 100);
        s.add("one-right", {a}, {a});                 // TN for the flag
        s.add("two-right", {a, b}, {a, b});           // TP
        s.add("two-as-one", {a, b}, {a});             // FN, one miss
        s.add("one-as-two", {a}, {a, QRect(600, 0, 50, 50)}); // FP, one extra
        s.add("none", {}, {});
        QCOMPARE(s.images, 5);
        QCOMPARE(s.truthBoxes, 6);
        QCOMPARE(s.detections, 6);
        QCOMPARE(s.matched, 5);
        QCOMPARE(s.recall(), 5.0 / 6.0);
        QCOMPARE(s.precision(), 5.0 / 6.0);
        QCOMPARE(s.flagPrecision(), 0.5);
        QCOMPARE(s.flagRecall(), 0.5);
        QCOMPARE(s.flagF1(), 0.5);
        QCOMPARE(s.disagreements.size(), 2);
        QCOMPARE(s.disagreements[0].image, QStringLiteral("two-as-one"));
    }

    void flags()
    {
        QCOMPARE(flagForCount(0), CellCountFlag::None);
        QCOMPARE(flagForCount(1), CellCountFlag::Single);
        QCOMPARE(flagForCount(3), CellCountFlag::Multi);
        QCOMPARE(parseFlag(u"MULTI"), CellCountFlag::Multi);
        QVERIFY(!parseFlag(u"many"));
    }
};

QTEST_GUILESS_MAIN(TestDetectionEvaluation)
#include "tst_detectionevaluation.moc"
