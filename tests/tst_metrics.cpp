#include "training/metrics.h"
#include "base/task.h"

#include <QJsonArray>
#include <QTest>

using namespace wbc;

class TestMetrics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // 3 classes, hand-computed:
    //            pred 0  1  2
    //   truth 0:      5  1  0   (6)
    //   truth 1:      2  3  1   (6)
    //   truth 2:      0  0  4   (4)
    void confusionByHand()
    {
        ConfusionMatrix m(3);
        m.add(0, 0, 5);
        m.add(0, 1, 1);
        m.add(1, 0, 2);
        m.add(1, 1, 3);
        m.add(1, 2, 1);
        m.add(2, 2, 4);
        m.add(3, 0);  // out of range: ignored
        m.add(0, -1); // ignored
        QCOMPARE(m.total(), 16);
        QCOMPARE(m.accuracy(), 12.0 / 16.0);
        QCOMPARE(m.balancedAccuracy(), (5.0 / 6 + 3.0 / 6 + 4.0 / 4) / 3);
        const ClassMetrics c0 = m.classMetrics(0);
        QCOMPARE(c0.precision, 5.0 / 7);
        QCOMPARE(c0.recall, 5.0 / 6);
        QVERIFY(qAbs(c0.f1 - 2 * (5.0 / 7) * (5.0 / 6) / (5.0 / 7 + 5.0 / 6)) < 1e-12);
        QCOMPARE(c0.support, 6);
        const ClassMetrics c2 = m.classMetrics(2);
        QCOMPARE(c2.precision, 4.0 / 5);
        QCOMPARE(c2.recall, 1.0);
        const QJsonObject json = m.toJson({"A", "B", "C"});
        QCOMPARE(json.value("confusion").toArray().at(1).toArray().at(2).toInt(), 1);
        QCOMPARE(json.value("per_class").toObject().value("C").toObject().value("recall").toDouble(), 1.0);
    }

    void emptyAndUndefined()
    {
        ConfusionMatrix m(2);
        QCOMPARE(m.accuracy(), 0.0);
        QCOMPARE(m.balancedAccuracy(), 0.0);
        m.add(0, 0, 3); // class 1 never occurs nor is predicted
        QCOMPARE(m.balancedAccuracy(), 1.0);
        QCOMPARE(m.classMetrics(1).precision, 0.0);
        QCOMPARE(m.classMetrics(1).f1, 0.0);
        ConfusionMatrix sum(2);
        sum += m;
        sum += m;
        QCOMPARE(sum.count(0, 0), 6);
    }

    void meanAndSpread()
    {
        const MeanSpread s = meanSpread({0.9, 1.0, 0.8});
        QVERIFY(qAbs(s.mean - 0.9) < 1e-12);
        QVERIFY(qAbs(s.stddev - 0.1) < 1e-12);
        QCOMPARE(meanSpread({0.5}).stddev, 0.0);
    }

    void taskClasses()
    {
        QCOMPARE(taskClassNames(Task::Binary), QStringList({"POLYNUCLEAR", "MONONUCLEAR"}));
        QCOMPARE(taskClassIndex(Task::Binary, CellClass::Eosinophil), 0);
        QCOMPARE(taskClassIndex(Task::Binary, CellClass::Monocyte), 1);
        QCOMPARE(taskClassIndex(Task::Binary, CellClass::Basophil), -1);
        QCOMPARE(taskClassIndex(Task::Four, CellClass::Lymphocyte), 2);
        QCOMPARE(taskClassIndex(Task::Four, CellClass::Basophil), -1);
        QCOMPARE(parseTask(u" FOUR "), std::optional<Task>(Task::Four));
        QVERIFY(!parseTask(u"three"));
    }
};

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
