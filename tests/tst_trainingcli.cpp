#include "projectstore.h"
#include "syntheticsmear.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace wbc;

namespace {

using Run = test::CliRun;

Run wbcRun(const QStringList &args)
{
    return test::runCli(args);
}

} // namespace

// `wbc train`, `evaluate`, `predict`, `cv` and `bench` as a user runs them.
class TestTrainingCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("train without task") << QStringList{"train", "--data", "d", "--out", "m"};
        QTest::newRow("train bad task") << QStringList{"train", "--data", "d", "--task", "five", "--out", "m"};
        QTest::newRow("train without out") << QStringList{"train", "--data", "d", "--task", "binary"};
        QTest::newRow("train data and project")
            << QStringList{"train", "--data", "d", "--project", "p", "--task", "binary", "--out", "m"};
        QTest::newRow("train bad model")
            << QStringList{"train", "--data", "d", "--task", "binary", "--out", "m", "--model", "vgg"};
        QTest::newRow("train bad epochs")
            << QStringList{"train", "--data", "d", "--task", "binary", "--out", "m", "--epochs", "0"};
        QTest::newRow("train bad device")
            << QStringList{"train", "--data", "d", "--task", "binary", "--out", "m", "--device", "tpu"};
        QTest::newRow("evaluate without data") << QStringList{"evaluate", "--model", "m"};
        QTest::newRow("predict without images") << QStringList{"predict", "--model", "m"};
        QTest::newRow("predict json and csv")
            << QStringList{"predict", "--model", "m", "--json", "--csv", "x.png"};
        QTest::newRow("cv bad folds") << QStringList{"cv", "--data", "d", "--task", "binary", "--folds", "1"};
        QTest::newRow("bench nothing") << QStringList{"bench"};
        QTest::newRow("bench what") << QStringList{"bench", "fly"};
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        const Run r = wbcRun(args);
        QCOMPARE(r.status, 2);
        QCOMPARE(r.err.trimmed().count('\n'), 0);
        QVERIFY2(r.err.startsWith("wbc "), r.err.constData());
    }

    void trainEvaluatePredict()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath("data");
        SyntheticDatasetSpec spec = test::smallDataset(24);
        spec.width = 320;
        spec.height = 240;
        QVERIFY(writeSyntheticDataset(data, spec));
        const QString model = dir.filePath("binary.wbcmodel");
        const Run train = wbcRun({"train", "--data", data, "--task", "binary", "--out", model,
                                  "--epochs", "2", "--per-class", "32", "--batch", "16",
                                  "--json"});
        QVERIFY2(train.status == 0, train.err.constData());
        const QList<QByteArray> lines = train.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        const QJsonObject epoch = QJsonDocument::fromJson(lines.first()).object();
        QCOMPARE(epoch.value("type").toString(), QString("epoch"));
        QVERIFY(epoch.contains("val_accuracy"));
        QVERIFY(epoch.contains("confusion"));
        const QJsonObject summary = QJsonDocument::fromJson(lines.last()).object();
        QCOMPARE(summary.value("type").toString(), QString("summary"));
        QCOMPARE(summary.value("epochs_run").toInt(), 2);

        const Run eval = wbcRun({"evaluate", "--model", model, "--data", data, "--json"});
        QVERIFY2(eval.status == 0, eval.err.constData());
        const QJsonObject e = QJsonDocument::fromJson(eval.out).object();
        QCOMPARE(e.value("task").toString(), QString("binary"));
        QCOMPARE(e.value("classes").toArray().size(), 2);
        const QJsonArray confusion = e.value("confusion").toArray();
        int n = 0;
        for (const QJsonValue &row : confusion)
            for (const QJsonValue &v : row.toArray())
                n += v.toInt();
        QCOMPARE(e.value("n").toInt(), n);
        QVERIFY(n > 10);
        QVERIFY(e.contains("balanced_accuracy"));
        QVERIFY(e.value("per_class").toObject().contains("POLYNUCLEAR"));

        const Run predict = wbcRun({"predict", "--model", model, "--csv", data + "/images"});
        QVERIFY2(predict.status == 0, predict.err.constData());
        const QList<QByteArray> rows = predict.out.trimmed().split('\n');
        QCOMPARE(rows.first(), QByteArray("image,class,p_POLYNUCLEAR,p_MONONUCLEAR,box_source"));
        QCOMPARE(rows.size(), 25);

        const Run wrong = wbcRun({"evaluate", "--model", data + "/labels.csv", "--data", data});
        QCOMPARE(wrong.status, 1);
        QVERIFY(wrong.err.contains("not a WBC Studio model file"));
    }

    void trainStoresTheRunInTheProject()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath("data");
        SyntheticDatasetSpec spec = test::smallDataset(12);
        spec.width = 320;
        spec.height = 240;
        QVERIFY(writeSyntheticDataset(data, spec));
        const QString project = dir.filePath("p.wbc");
        const Run import = wbcRun({"import", "--project", project, data});
        QVERIFY2(import.status == 0, import.err.constData());
        const QString model = dir.filePath("m.wbcmodel");
        const Run train = wbcRun({"train", "--project", project, "--task", "four", "--out", model,
                                  "--epochs", "2", "--per-class", "8", "--batch", "8", "--json"});
        QVERIFY2(train.status == 0, train.err.constData());
        ProjectStore store;
        QVERIFY(store.open(project, ProjectStore::OpenMode::OpenExisting));
        QSqlQuery q(store.database());
        QVERIFY(q.exec("SELECT id, task, model, status, split FROM runs"));
        QVERIFY(q.next());
        const qint64 run = q.value(0).toLongLong();
        QCOMPARE(q.value(1).toString(), QString("four"));
        QCOMPARE(q.value(2).toString(), QString("wbcnet"));
        QCOMPARE(q.value(3).toString(), QString("finished"));
        const QJsonObject split = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
        QVERIFY(!split.value("train").toArray().isEmpty());
        QVERIFY(q.exec(QString("SELECT COUNT(*) FROM run_epochs WHERE run_id = %1").arg(run)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        QVERIFY(q.exec("SELECT arch, task FROM models"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QString("wbcnet"));
    }
};

QTEST_GUILESS_MAIN(TestTrainingCli)
#include "tst_trainingcli.moc"
