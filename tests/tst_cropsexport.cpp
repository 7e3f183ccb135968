// `wbc export --format crops` and the standalone engine that reads it: the crops file holds
// exactly the cells training loads, cropped as training crops them, and wbc-engine trains on it.
#include "engine/cropsfile.h"
#include "dataset/syntheticsmear.h"
#include "project/projectstore.h"
#include "testsupport.h"
#include "training/cellsamples.h"
#include "training/imagepipeline.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <set>

using namespace wbc;

class TestCropsExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        SyntheticDatasetSpec spec = test::smallDataset(16);
        spec.width = 320;
        spec.height = 240;
        QVERIFY(writeSyntheticDataset(m_dir.filePath("data"), spec));
        m_project = m_dir.filePath("p.wbc");
        const test::CliRun import = test::runCli(
            {"import", m_dir.filePath("data"), "--project", m_project});
        QVERIFY2(import.status == 0, import.err.constData());
    }

    void exportHoldsWhatTrainingLoads()
    {
        const QString crops = m_dir.filePath("cells.crops");
        const test::CliRun run = test::runCli(
            {"export", "--project", m_project, "--format", "crops", "--out", crops});
        QVERIFY2(run.status == 0, run.err.constData());
        QVERIFY(run.out.contains("cell crops"));

        engine::Crops file;
        engine::ContainerProblem problem;
        QVERIFY2(engine::readCropsFile(crops.toStdString(), &file, &problem),
                 engine::describe(problem).c_str());
        ProjectStore store;
        QString error;
        QVERIFY2(store.open(m_project, ProjectStore::OpenMode::OpenExisting, &error),
                 qPrintable(error));
        const CellSampleSet set = CellSampleLoader(Task::Binary).load(store);
        QVERIFY(!set.samples.empty());
        QCOMPARE(file.count(), set.samples.size());
        QCOMPARE(file.width, kInputWidth);
        QCOMPARE(file.height, kInputHeight);
        const std::vector<qint64> groups = set.splitGroups(5);
        for (size_t i = 0; i < set.samples.size(); ++i) {
            const CellSample &s = set.samples[i];
            QCOMPARE(file.cellIds[i], s.cellId);
            QCOMPARE(QString::fromStdString(file.classNames[file.labels[i]]),
                     cellClassName(s.cellClass));
            QCOMPARE(file.groups[i], groups[i]);
            QVERIFY(std::memcmp(file.rgb.data() + i * file.cropBytes(), s.crop.rgb.data,
                                file.cropBytes())
                    == 0);
        }
        const std::set<std::string> names(file.classNames.begin(), file.classNames.end());
        QCOMPARE(names.size(), file.classNames.size()); // each class once
        m_crops = crops;
    }

    // The standalone driver trains on the exported file: one JSON line per epoch, then the
    // summary with exactly its five keys.
    void engineTrainsOnTheExport()
    {
        QVERIFY(!m_crops.isEmpty());
        QProcess engine;
        engine.start(QStringLiteral(WBC_ENGINE_PATH),
                     {"--crops", m_crops, "--task", "binary", "--epochs", "2", "--device", "cpu",
                      "--threads", "2"});
        QVERIFY(engine.waitForFinished(240000));
        QCOMPARE(engine.exitCode(), 0);
        const QList<QByteArray> lines = engine.readAllStandardOutput().trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        const QJsonObject summary = QJsonDocument::fromJson(lines.last()).object();
        QCOMPARE(summary.keys(), (QStringList{"accuracy", "device", "images_per_s", "loss_first",
                                              "loss_last"}));
        QCOMPARE(summary.value("device").toString(), QStringLiteral("cpu"));
        QVERIFY(summary.value("images_per_s").toDouble() > 0);
        QCOMPARE(QJsonDocument::fromJson(lines.first()).object().value("epoch").toInt(), 1);
    }

    void badInput()
    {
        const test::CliRun format = test::runCli(
            {"export", "--project", m_project, "--format", "tiff", "--out", "x"});
        QCOMPARE(format.status, 2);
        QVERIFY(format.err.contains("crops"));
        // A project whose cells no task trains on (basophils only): one line naming it, no file.
        const QString empty = m_dir.filePath("empty");
        SyntheticDatasetSpec spec = test::smallDataset(2);
        spec.classes = {CellClass::Basophil};
        QVERIFY(writeSyntheticDataset(empty, spec));
        const QString project = m_dir.filePath("empty.wbc");
        QCOMPARE(test::runCli({"import", empty, "--project", project}).status, 0);
        const QString out = m_dir.filePath("none.crops");
        const test::CliRun none = test::runCli(
            {"export", "--project", project, "--format", "crops", "--out", out});
        QCOMPARE(none.status, 1);
        QVERIFY2(none.err.contains("empty.wbc"), none.err.constData());
        QVERIFY(!QFile::exists(out));
        // wbc-engine on a file that is not a crops file names it.
        QProcess engine;
        engine.start(QStringLiteral(WBC_ENGINE_PATH), {"--crops", project, "--task", "four"});
        QVERIFY(engine.waitForFinished(60000));
        QCOMPARE(engine.exitCode(), 1);
        QVERIFY(engine.readAllStandardError().contains("empty.wbc"));
    }

private:
    QTemporaryDir m_dir;
    QString m_project;
    QString m_crops;
};

QTEST_GUILESS_MAIN(TestCropsExport)
#include "tst_cropsexport.moc"
