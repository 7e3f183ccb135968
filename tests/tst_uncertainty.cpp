#include "review/uncertainty.h"

#include <QTest>

#include <cmath>

using namespace wbc;

namespace {

PredictionRecord prediction(qint64 imageId, const QList<double> &p)
{
    static const QList<CellClass> order = {CellClass::Neutrophil, CellClass::Eosinophil,
                                           CellClass::Lymphocyte, CellClass::Monocyte};
    PredictionRecord r;
    r.imageId = imageId;
    double best = -1;
    for (qsizetype i = 0; i < p.size(); ++i) {
        r.probabilities.append({order.at(i), p.at(i)});
        if (p.at(i) > best) {
            best = p.at(i);
            r.predicted = order.at(i);
        }
    }
    return r;
}

QHash<qint64, PredictionRecord> byId(const QList<PredictionRecord> &records)
{
    QHash<qint64, PredictionRecord> out;
    for (const PredictionRecord &r : records)
        out.insert(r.imageId, r);
    return out;
}

} // namespace

class TestUncertainty : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void values_data()
    {
        QTest::addColumn<QList<double>>("p");
        QTest::addColumn<double>("margin");
        QTest::addColumn<double>("entropy");
        // Entropy by hand: -sum p ln p / ln n.
        QTest::newRow("certain") << QList<double>{1.0, 0.0, 0.0, 0.0} << 0.0 << 0.0;
        QTest::newRow("uniform four") << QList<double>{0.25, 0.25, 0.25, 0.25} << 1.0 << 1.0;
        QTest::newRow("coin") << QList<double>{0.5, 0.5} << 1.0 << 1.0;
        QTest::newRow("0.9 / 0.1") << QList<double>{0.1, 0.9} << 0.2
                                   << -(0.9 * std::log(0.9) + 0.1 * std::log(0.1)) / std::log(2.0);
        QTest::newRow("three classes") << QList<double>{0.2, 0.7, 0.1} << 0.5
                                       << -(0.2 * std::log(0.2) + 0.7 * std::log(0.7)
                                            + 0.1 * std::log(0.1))
                                              / std::log(3.0);
        QTest::newRow("close second") << QList<double>{0.4, 0.35, 0.25} << 0.95
                                      << -(0.4 * std::log(0.4) + 0.35 * std::log(0.35)
                                           + 0.25 * std::log(0.25))
                                             / std::log(3.0);
    }
    void values()
    {
        QFETCH(QList<double>, p);
        QFETCH(double, margin);
        QFETCH(double, entropy);
        const PredictionRecord r = prediction(1, p);
        QVERIFY(std::abs(uncertainty(r, UncertaintyMeasure::Margin) - margin) < 1e-12);
        QVERIFY(std::abs(uncertainty(r, UncertaintyMeasure::Entropy) - entropy) < 1e-12);
    }

    void emptyPredictionIsCertain()
    {
        QCOMPARE(uncertainty(PredictionRecord(), UncertaintyMeasure::Margin), 0.0);
        QCOMPARE(uncertainty(PredictionRecord(), UncertaintyMeasure::Entropy), 0.0);
    }

    void queueOrderDependsOnTheMeasure()
    {
        // 1: margin 1.0, entropy ln2/ln3 = 0.63. 2: margin 0.9, entropy 0.99.
        // 3: margin 0.5, entropy 0.73. 4: margin 0.15, entropy 0.36.
        const auto predictions = byId({prediction(1, {0.5, 0.5, 0.0}),
                                       prediction(2, {0.4, 0.3, 0.3}),
                                       prediction(3, {0.7, 0.2, 0.1}),
                                       prediction(4, {0.05, 0.9, 0.05})});
        QCOMPARE(uncertaintyQueue(predictions, {}, UncertaintyMeasure::Margin),
                 (QList<qint64>{1, 2, 3, 4}));
        QCOMPARE(uncertaintyQueue(predictions, {}, UncertaintyMeasure::Entropy),
                 (QList<qint64>{2, 3, 1, 4}));
    }

    void labelledImagesAreLeftOut()
    {
        const auto predictions = byId({prediction(10, {0.5, 0.5}),
                                       prediction(11, {0.6, 0.4}),
                                       prediction(12, {0.9, 0.1})});
        QCOMPARE(uncertaintyQueue(predictions, {10}, UncertaintyMeasure::Margin),
                 (QList<qint64>{11, 12}));
        QCOMPARE(uncertaintyQueue(predictions, {10, 11, 12, 99}, UncertaintyMeasure::Entropy),
                 QList<qint64>());
        QCOMPARE(uncertaintyQueue({}, {}, UncertaintyMeasure::Margin), QList<qint64>());
    }

    void tiesGoByImageId()
    {
        // The same numbers in another class order tie exactly.
        const auto predictions = byId({prediction(42, {0.3, 0.7}),
                                       prediction(7, {0.7, 0.3}),
                                       prediction(19, {0.3, 0.7}),
                                       prediction(3, {0.99, 0.01})});
        for (UncertaintyMeasure m : {UncertaintyMeasure::Margin, UncertaintyMeasure::Entropy})
            QCOMPARE(uncertaintyQueue(predictions, {}, m), (QList<qint64>{7, 19, 42, 3}));
    }
};

QTEST_GUILESS_MAIN(TestUncertainty)
#include "tst_uncertainty.moc"
