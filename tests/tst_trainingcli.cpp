#include "csvtestsupport.h"
#include "dataset/csvreader.h"
#include "training/checkpointfile.h"
#include "training/modelfile.h"
#include "training/models.h"
#include "project/projectstore.h"
#include "project/runhistory.h"
#include "project/runrecorder.h"
#include "dataset/syntheticsmear.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
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

// A small synthetic dataset of 320x240 smears in dir/data; returns its folder ("" on failure).
QString writeSmallDataset(const QTemporaryDir &dir, int images)
{
    const QString data = dir.filePath("data");
    SyntheticDatasetSpec spec = test::smallDataset(images);
    spec.width = 320;
    spec.height = 240;
    return writeSyntheticDataset(data, spec) ? data : QString();
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
        QTest::newRow("report without project") << QStringList{"report", "--out", "r.csv"};
        QTest::newRow("report without out") << QStringList{"report", "--project", "p.wbc"};
        QTest::newRow("report bad format")
            << QStringList{"report", "--project", "p.wbc", "--out", "r.txt"};
        QTest::newRow("report extra argument")
            << QStringList{"report", "--project", "p.wbc", "--out", "r.csv", "x"};
        QTest::newRow("predict project and model")
            << QStringList{"predict", "--project", "p.wbc", "--model", "m"};
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
        const QString data = writeSmallDataset(dir, 24);
        QVERIFY(!data.isEmpty());
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
        // One row per white cell found, with its box as corners.
        QCOMPARE(rows.first(),
                 QByteArray("image,class,p_POLYNUCLEAR,p_MONONUCLEAR,box_source,x0,y0,x1,y1"));
        QVERIFY(rows.size() >= 25); // 24 images, at least one cell in each, some with two
        for (const QByteArray &row : rows.mid(1)) {
            const QList<QByteArray> f = row.split(',');
            QCOMPARE(f.size(), 9);
            QVERIFY(f.at(5).toInt() < f.at(7).toInt() && f.at(6).toInt() < f.at(8).toInt());
        }

        // --json: today's top level; per image, every white cell with its box and class.
        const Run pj = wbcRun({"predict", "--model", model, "--json", data + "/images"});
        QVERIFY2(pj.status == 0, pj.err.constData());
        const QJsonObject top = QJsonDocument::fromJson(pj.out).object();
        QCOMPARE(top.value("model").toString(), model);
        QCOMPARE(top.value("task").toString(), QString("binary"));
        const QJsonArray classes = top.value("classes").toArray();
        QCOMPARE(classes.size(), 2);
        const QJsonArray images = top.value("predictions").toArray();
        QCOMPARE(images.size(), 24);
        int cellCount = 0;
        for (const QJsonValue &v : images) {
            const QJsonObject img = v.toObject();
            QVERIFY(img.value("image").toString().endsWith(".png"));
            for (const QJsonValue &c : img.value("cells").toArray()) {
                const QJsonObject cell = c.toObject();
                const QJsonArray box = cell.value("box").toArray();
                QCOMPARE(box.size(), 4);
                QVERIFY(box.at(0).toInt() < box.at(2).toInt());
                QVERIFY(box.at(1).toInt() < box.at(3).toInt());
                QVERIFY(classes.contains(cell.value("class")));
                const QJsonObject probs = cell.value("probabilities").toObject();
                QCOMPARE(probs.size(), 2);
                double sum = 0;
                for (const QJsonValue &p : probs)
                    sum += p.toDouble();
                QVERIFY(qAbs(sum - 1.0) < 1e-3);
                ++cellCount;
            }
        }
        QCOMPARE(cellCount, int(rows.size()) - 1); // the same cells as the CSV

        const Run wrong = wbcRun({"evaluate", "--model", data + "/labels.csv", "--data", data});
        QCOMPARE(wrong.status, 1);
        QVERIFY(wrong.err.contains("not a WBC Studio model file"));
    }

    // Images named like formulas: `wbc predict --csv` writes each name with a leading apostrophe
    // (no cell a spreadsheet would run) that CsvReader reads back; the numbers stay numbers.
    void predictCsvIsSafeForSpreadsheets()
    {
        QTemporaryDir dir;
        const QString data = writeSmallDataset(dir, 6);
        QVERIFY(!data.isEmpty());
        const QString model = dir.filePath("m.wbcmodel");
        QString error;
        QVERIFY2(writeModelFile(model, untrainedModel(ModelArch::LeNet, Task::Binary), &error),
                 qPrintable(error));
        const QString folder = dir.filePath("named");
        QVERIFY(QDir().mkpath(folder));
        const QStringList sources = QDir(data + "/images").entryList({"*.png"}, QDir::Files);
        QStringList files;
        for (const QString &name : test::hostileNames()) {
            const QString file = QString(name).replace(u'/', u'_') + ".png";
            QVERIFY(QFile::copy(data + "/images/" + sources.at(files.size()),
                                folder + u'/' + file));
            files.append(file);
        }
        // Relative names, so that each path starts with its formula character; after "--", so
        // that "-2+3.png" is not taken for an option.
        QProcess p;
        p.setWorkingDirectory(folder);
        p.start(test::cliPath(), QStringList{"predict", "--model", model, "--csv", "--"} + files);
        QVERIFY(p.waitForFinished(240000));
        const QByteArray out = p.readAllStandardOutput();
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QCOMPARE(test::formulaCells(out), QStringList());
        QVERIFY(out.contains("\n'-2+3.png,"));
        const CsvDocument doc = CsvReader::parse(out, "predict.csv");
        QVERIFY(doc.problems.isEmpty());
        QCOMPARE(doc.records.first().fields,
                 (QStringList{"image", "class", "p_POLYNUCLEAR", "p_MONONUCLEAR", "box_source",
                              "x0", "y0", "x1", "y1"}));
        QSet<QString> seen;
        for (const CsvRecord &r : doc.records.mid(1)) {
            QCOMPARE(r.fields.size(), 9);
            QVERIFY2(files.contains(r.fields.at(0)), qPrintable(r.fields.at(0)));
            seen.insert(r.fields.at(0));
            bool ok = false;
            for (int i : {2, 3}) {
                r.fields.at(i).toDouble(&ok);
                QVERIFY(ok);
            }
            for (int i : {5, 6, 7, 8}) {
                r.fields.at(i).toInt(&ok);
                QVERIFY(ok);
            }
        }
        QCOMPARE(seen.size(), files.size()); // every file, at least one cell each
    }

    // Every image is tested exactly once; the folds' scores (the trainer's validation) agree with
    // the probabilities the Classifier writes, with and without test-time flips.
    void crossValidationWritesEveryTestPrediction()
    {
        QTemporaryDir dir;
        const QString data = writeSmallDataset(dir, 20);
        QVERIFY(!data.isEmpty());
        for (const bool flips : {true, false}) {
            const QString csvPath = dir.filePath(flips ? "flips.csv" : "plain.csv");
            QStringList args{"cv", "--data", data, "--task", "binary", "--folds", "2",
                             "--epochs", "1", "--per-class", "16", "--batch", "16", "--json",
                             "--predictions", csvPath};
            if (!flips)
                args << "--no-test-flips";
            const Run cv = wbcRun(args);
            QVERIFY2(cv.status == 0, cv.err.constData());
            const QList<QByteArray> lines = cv.out.trimmed().split('\n');
            QCOMPARE(lines.size(), 3); // two folds and the summary
            for (int fold = 0; fold < 2; ++fold) {
                const QJsonObject o = QJsonDocument::fromJson(lines[fold]).object();
                QCOMPARE(o.value("fold").toInt(), fold + 1);
                QCOMPARE(o.value("accuracy").toDouble(),
                         o.value(flips ? "accuracy_with_test_flips"
                                       : "accuracy_without_test_flips").toDouble());
            }
            const QJsonObject summary = QJsonDocument::fromJson(lines.last()).object();
            const int n = summary.value("n").toInt(); // single cells of the task's classes
            QVERIFY(n >= 10);
            QCOMPARE(summary.value("params").toObject().value("test_flips").toBool(), flips);

            QFile csv(csvPath);
            QVERIFY(csv.open(QIODevice::ReadOnly));
            const QList<QByteArray> rows = csv.readAll().trimmed().split('\n');
            QCOMPARE(rows.first(), QByteArray("fold,image_id,path,truth,plain_POLYNUCLEAR,"
                                              "plain_MONONUCLEAR,flips_POLYNUCLEAR,"
                                              "flips_MONONUCLEAR"));
            QCOMPARE(rows.size(), n + 1);
            QSet<QByteArray> ids;
            for (qsizetype r = 1; r < rows.size(); ++r) {
                const QList<QByteArray> f = rows[r].split(',');
                QCOMPARE(f.size(), 8);
                QVERIFY(f[0] == "1" || f[0] == "2");
                ids.insert(f[1]);
                QVERIFY(f[2].endsWith(".jpg") || f[2].endsWith(".png"));
                QVERIFY(qAbs(f[4].toDouble() + f[5].toDouble() - 1.0) < 1e-4);
                QVERIFY(qAbs(f[6].toDouble() + f[7].toDouble() - 1.0) < 1e-4);
            }
            QCOMPARE(ids.size(), n);
        }
    }

    // `wbc bench train`: end to end and pure compute alternate; the best round of each counts.
    void benchTrainReportsTheBestRound()
    {
        const Run bench = wbcRun({"bench", "train", "--model", "wbcnet", "--batch", "8",
                                  "--batches", "2", "--images", "8", "--json"});
        QVERIFY2(bench.status == 0, bench.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(bench.out).object();
        QCOMPARE(o.value("mode").toString(), QString("train"));
        QCOMPARE(o.value("images").toInt(), 16);
        const QJsonArray rounds = o.value("rounds").toArray();
        QCOMPARE(rounds.size(), 3);
        double bestEndToEnd = 0.0, bestCompute = 0.0;
        for (const QJsonValue &r : rounds) {
            const double e = r.toObject().value("end_to_end_images_per_second").toDouble();
            const double c = r.toObject().value("compute_images_per_second").toDouble();
            QVERIFY(e > 0.0 && c > 0.0);
            bestEndToEnd = std::max(bestEndToEnd, e);
            bestCompute = std::max(bestCompute, c);
        }
        QCOMPARE(o.value("end_to_end_images_per_second").toDouble(), bestEndToEnd);
        QCOMPARE(o.value("compute_images_per_second").toDouble(), bestCompute);
        QCOMPARE(o.value("end_to_end_vs_compute").toDouble(), bestEndToEnd / bestCompute);
    }

    // `wbc train --checkpoint FILE`: no project vouches for the file, so it resumes a run only
    // when its own header, sizes and hash trailer check out and it belongs to this run; then the
    // run ends with exactly the weights of an uninterrupted one.
    void checkpointResumesOnlyWhenItChecksOut()
    {
        QTemporaryDir dir;
        const QString data = writeSmallDataset(dir, 16);
        QVERIFY(!data.isEmpty());
        const auto args = [&](const QString &checkpoint, const QString &out) {
            return QStringList{"train", "--data", data, "--task", "binary", "--model", "lenet",
                               "--epochs", "3", "--per-class", "16", "--batch", "8", "--json",
                               "--checkpoint", checkpoint, "--out", out};
        };
        const QString whole = dir.filePath("whole.wbcmodel");
        const Run uninterrupted = wbcRun(args(dir.filePath("whole.checkpoint"), whole));
        QVERIFY2(uninterrupted.status == 0, uninterrupted.err.constData());
        QVERIFY(!QFileInfo::exists(dir.filePath("whole.checkpoint"))); // finished: removed

        // A run killed once it reported its first epoch leaves its checkpoint.
        const QString checkpoint = dir.filePath("run.checkpoint");
        const QString model = dir.filePath("resumed.wbcmodel");
        QProcess first;
        first.start(test::cliPath(), args(checkpoint, model));
        QVERIFY(first.waitForStarted());
        while (!first.canReadLine() && first.waitForReadyRead(120000)) {
        }
        test::killChild(first);
        const QByteArray saved = test::readFile(checkpoint);
        QVERIFY(saved.startsWith("WBCCHKPT"));

        const QString bad = dir.filePath("bad.checkpoint");
        const auto refused = [&](const QByteArray &bytes, const QStringList &extra,
                                 const QString &reason) {
            test::writeFile(bad, bytes);
            const Run r = wbcRun(args(bad, model) + extra);
            QCOMPARE(r.status, 1);
            QVERIFY2(r.err.contains((bad + ": checkpoint refused: " + reason).toUtf8()),
                     r.err.constData());
            QCOMPARE(test::readFile(bad), bytes); // left as it was
            QVERIFY(!QFileInfo::exists(model));
        };
        QByteArray trailer = saved;
        trailer[trailer.size() - 1] = char(trailer[trailer.size() - 1] ^ 0x01);
        refused(trailer, {}, "damaged: the file is corrupt or truncated (checksum mismatch)");
        refused(QByteArray("PK\x03\x04") + QByteArray(100, 'x'), {},
                "damaged: not a WBC Studio training checkpoint");
        refused(saved, {"--lr", "0.01"}, "it belongs to a run with other parameters or data");
        if (QTest::currentTestFailed())
            return;

        const Run resumed = wbcRun(args(checkpoint, model));
        QVERIFY2(resumed.status == 0, resumed.err.constData());
        QVERIFY(resumed.out.count("\"type\":\"epoch\"") < 3); // resumed, not started over
        QVERIFY(!QFileInfo::exists(checkpoint));
        QString error;
        const std::optional<ModelFile> a = readModelFile(whole, &error);
        const std::optional<ModelFile> b = readModelFile(model, &error);
        QVERIFY2(a && b, qPrintable(error));
        QCOMPARE(b->weights.size(), a->weights.size());
        for (size_t i = 0; i < a->weights.size(); ++i)
            QVERIFY2(b->weights[i].values == a->weights[i].values, a->weights[i].name.c_str());
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
        QVERIFY(q.exec("SELECT id, arch, task FROM models"));
        QVERIFY(q.next());
        QCOMPARE(q.value(1).toString(), QString("wbcnet"));
        // The new model is the active one, as after training in the dashboard.
        const qint64 modelId = q.value(0).toLongLong();
        QCOMPARE(RunHistory(store).activeModelId(), modelId);
        const QJsonObject summary
            = QJsonDocument::fromJson(train.out.trimmed().split('\n').last()).object();
        QCOMPARE(summary.value("model_id").toInteger(), modelId);
    }

    // `wbc report` from labels, from a model in memory, from stored predictions; `wbc predict
    // --project` stores them.
    void reportAndProjectPredictions()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath("data");
        QVERIFY(writeSyntheticDataset(data, test::smallDataset(12)));
        const QString project = dir.filePath("p.wbc");
        const Run import = wbcRun({"import", "--project", project, data});
        QVERIFY2(import.status == 0, import.err.constData());
        int singleLabels = 0;
        {
            ProjectStore store;
            QVERIFY(store.open(project, ProjectStore::OpenMode::OpenExisting));
            for (const LabelRecord &l : store.currentLabels())
                singleLabels += l.label.isSingle() ? 1 : 0;
        }
        QVERIFY(singleLabels > 0 && singleLabels < 12); // the dataset has multi-cell images

        // Labels only: CSV, and the same counts as JSON.
        const QString csv = dir.filePath("labels.csv");
        Run r = wbcRun({"report", "--project", project, "--out", csv, "--json"});
        QVERIFY2(r.status == 0, r.err.constData());
        QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value("images").toInt(), 12);
        QCOMPARE(o.value("labelled_total").toInt(), singleLabels);
        QVERIFY(o.value("model").isNull());
        QCOMPARE(o.value("excluded").toArray().size(), 12 - singleLabels);
        int sum = 0;
        for (const QJsonValue &row : o.value("rows").toArray()) {
            sum += row.toObject().value("labelled").toInt();
            QVERIFY(row.toObject().value("predicted").isNull());
        }
        QCOMPARE(sum, singleLabels);
        const QString csvText = QString::fromUtf8(test::readFile(csv));
        QVERIFY(csvText.startsWith("slide,class,labelled_cells,labelled_percent,ci_low,ci_high,"
                                   "predicted_cells,predicted_percent\r\n"));
        // The project-wide total: the only slide's, or slide ALL's.
        QVERIFY(csvText.contains(QString(",TOTAL,%1,100.00,,,,\r\n").arg(singleLabels)));

        // A model file: predicted in memory, nothing stored; a PDF.
        const QString modelPath = dir.filePath("binary.wbcmodel");
        const ModelFile model = untrainedModel(ModelArch::WbcNet, Task::Binary, 4);
        QVERIFY(writeModelFile(modelPath, model, nullptr));
        const QString pdf = dir.filePath("report.pdf");
        r = wbcRun({"report", "--project", project, "--out", pdf, "--model", modelPath,
                    "--title", "Synthetic smear", "--json"});
        QVERIFY2(r.status == 0, r.err.constData());
        QVERIFY(test::readFile(pdf).startsWith("%PDF-"));
        o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value("task").toString(), QString("binary"));
        QCOMPARE(o.value("title").toString(), QString("Synthetic smear"));
        const int predicted = o.value("predicted_total").toInt();
        QVERIFY(predicted >= singleLabels);
        int groups = 0;
        for (const QJsonValue &row : o.value("rows").toArray()) {
            if (row.toObject().value("subtotal").toBool())
                groups += row.toObject().value("predicted").toInt();
        }
        QCOMPARE(groups, predicted);
        {
            ProjectStore store;
            QVERIFY(store.open(project, ProjectStore::OpenMode::OpenExisting));
            QSqlQuery q(store.database());
            QVERIFY(q.exec("SELECT COUNT(*) FROM predictions"));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 0);
        }

        // predict --project needs an active model, then stores one prediction per image.
        r = wbcRun({"predict", "--project", project});
        QCOMPARE(r.status, 1);
        QVERIFY(r.err.contains("no active model"));
        qint64 modelId = 0;
        {
            ProjectStore store;
            QVERIFY(store.open(project, ProjectStore::OpenMode::OpenExisting));
            modelId = RunRecorder(store).addModel(0, modelPath, model.header);
            QVERIFY(RunHistory(store).setActiveModel(modelId));
        }
        r = wbcRun({"predict", "--project", project});
        QVERIFY2(r.status == 0, r.err.constData());
        {
            ProjectStore store;
            QVERIFY(store.open(project, ProjectStore::OpenMode::OpenExisting));
            // A prediction for every white cell of the 12 fields (some show two).
            int cells = 0;
            for (const QList<CellRecord> &c : store.whiteCellsByImage())
                cells += int(c.size());
            QVERIFY(cells > 12);
            QCOMPARE(store.cellPredictions(modelId).size(), cells);
            QVERIFY(r.out.contains(QByteArray::number(cells) + " cells in 12 of 12 images"));
        }
        r = wbcRun({"report", "--project", project, "--out", csv, "--json"});
        QVERIFY2(r.status == 0, r.err.constData());
        o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value("model").toString(), QString("binary.wbcmodel"));
        QCOMPARE(o.value("predicted_total").toInt(), predicted); // the same model, stored

        // Failures name the file.
        r = wbcRun({"report", "--project", project, "--out", csv, "--model",
                    dir.filePath("missing.wbcmodel")});
        QCOMPARE(r.status, 1);
        QVERIFY(r.err.contains("missing.wbcmodel"));
        r = wbcRun({"report", "--project", project, "--out", dir.filePath("no/dir/r.csv")});
        QCOMPARE(r.status, 1);
        QVERIFY(r.err.contains("no/dir/r.csv"));
        r = wbcRun({"report", "--project", project, "--out", csv, "--folder", "elsewhere"});
        QCOMPARE(r.status, 1);
        QVERIFY(r.err.contains("elsewhere"));
    }
};

QTEST_GUILESS_MAIN(TestTrainingCli)
#include "tst_trainingcli.moc"
