#include "training/models.h"

#include <QTest>
#include <QThread>

using namespace wbc;

class TestModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void leNetHasTheRecipesParameterCount()
    {
        // 896 + 9,248 + 18,496 + 958,528 + 130: the recipe's Keras summary.
        QCOMPARE(modelParameterCount(ModelArch::LeNet, 2), qint64(987298));
        QCOMPARE(modelParameterCount(ModelArch::LeNet, 4), qint64(987298 + 2 * 65));
    }

    void forwardShapes_data()
    {
        QTest::addColumn<int>("arch");
        QTest::addColumn<int>("classes");
        for (ModelArch arch : {ModelArch::LeNet, ModelArch::WbcNet}) {
            for (int classes : {2, 4})
                QTest::addRow("%s/%d", qPrintable(modelArchName(arch)), classes)
                    << int(arch) << classes;
        }
    }
    void forwardShapes()
    {
        QFETCH(int, arch);
        QFETCH(int, classes);
        QCOMPARE(modelOutputShape(ModelArch(arch), classes, 3), (QList<qint64>{3, classes}));
    }

    void wbcNetIsSmall()
    {
        const qint64 n = modelParameterCount(ModelArch::WbcNet, 4);
        QVERIFY2(n > 100000 && n < 1000000, qPrintable(QString::number(n)));
    }

    void names()
    {
        for (const QString &name : modelArchNames())
            QCOMPARE(modelArchName(*parseModelArch(name)), name);
        QVERIFY(!parseModelArch(u"vgg"));
    }

    void devices()
    {
        QString error;
        const std::optional<QString> automatic = resolveComputeDevice(u"auto", &error);
        QVERIFY(automatic == QString("cpu") || automatic == QString("cuda"));
        QCOMPARE(resolveComputeDevice(u"cpu"), std::optional<QString>("cpu"));
        QVERIFY(!resolveComputeDevice(u"tpu", &error));
        QVERIFY(error.contains("tpu"));
        if (automatic == QString("cpu")) {
            QVERIFY(!resolveComputeDevice(u"cuda", &error));
            QVERIFY(error.contains("CUDA"));
        }
        configureComputeThreads();
        QCOMPARE(computeThreads(), QThread::idealThreadCount());
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
