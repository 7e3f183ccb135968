#include "dataset/datasplit.h"

#include <QTest>

#include <algorithm>
#include <set>

using namespace wbc;

class TestDataSplit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splitIsStratifiedWithoutLeakage()
    {
        // 167/71/26/16 like BCCD plus excluded samples (-1).
        std::vector<int> labels;
        for (int c = 0; c < 4; ++c)
            labels.insert(labels.end(), std::vector<int>{167, 71, 26, 16}[size_t(c)], c);
        labels.push_back(-1);
        const DataSplit s = stratifiedSplit(labels, 0.2, 42);
        std::set<int> train(s.train.begin(), s.train.end());
        for (int v : s.validation)
            QVERIFY(!train.count(v));
        QCOMPARE(int(s.train.size() + s.validation.size()), int(labels.size()) - 1);
        std::vector<int> perClass(4, 0);
        for (int v : s.validation)
            ++perClass[size_t(labels[size_t(v)])];
        QCOMPARE(perClass, (std::vector<int>{33, 14, 5, 3}));
        const DataSplit again = stratifiedSplit(labels, 0.2, 42);
        QCOMPARE(again.validation, s.validation);
        QVERIFY(stratifiedSplit(labels, 0.2, 43).validation != s.validation);
        // A class of two keeps one on each side.
        const DataSplit tiny = stratifiedSplit({0, 0, 1, 1, 1, 1, 1}, 0.1, 1);
        QCOMPARE(int(tiny.validation.size()), 2);
    }

    void foldsPartitionEveryImageOnce()
    {
        std::vector<int> labels;
        for (int i = 0; i < 103; ++i)
            labels.push_back(i % 7 == 0 ? 1 : 0);
        const std::vector<int> folds = stratifiedFolds(labels, 5, 3);
        std::vector<int> tested(labels.size(), 0);
        for (int f = 0; f < 5; ++f) {
            const DataSplit s = foldSplit(folds, f);
            std::set<int> train(s.train.begin(), s.train.end());
            for (int v : s.validation) {
                QVERIFY(!train.count(v));
                ++tested[size_t(v)];
            }
            QCOMPARE(int(s.train.size() + s.validation.size()), 103);
            QVERIFY(s.validation.size() >= 20 && s.validation.size() <= 21);
            int minority = 0;
            for (int v : s.validation)
                minority += labels[size_t(v)];
            QVERIFY(minority >= 2 && minority <= 4); // 15 minority images over 5 folds
        }
        QCOMPARE(std::count(tested.begin(), tested.end(), 1), qsizetype(103));
    }
};

QTEST_GUILESS_MAIN(TestDataSplit)
#include "tst_datasplit.moc"
