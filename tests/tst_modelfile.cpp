#include "review/classifier.h"
#include "training/checkpointfile.h"
#include "training/modelfile.h"
#include "training/models.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <cmath>
#include <cstring>
#include <limits>

using namespace wbc;

namespace {

// Rewrites the header JSON of serialized model bytes (and fixes the checksum), so a test can make
// a file that is well-formed but says something else.
QByteArray withHeader(const ModelFile &model, const std::function<void(QJsonObject &)> &edit)
{
    ModelFile copy = model;
    QJsonObject json = copy.header.toJson();
    edit(json);
    QByteArray bytes = serializeModel(copy);
    const quint32 oldSize = qFromLittleEndian<quint32>(bytes.constData() + 12);
    const QByteArray header = QJsonDocument(json).toJson(QJsonDocument::Compact);
    QByteArray out = bytes.left(12);
    const quint32 size = qToLittleEndian(quint32(header.size()));
    out.append(reinterpret_cast<const char *>(&size), 4);
    out.append(header);
    out.append(bytes.mid(16 + oldSize, bytes.size() - 16 - oldSize - 32));
    out.append(QCryptographicHash::hash(out, QCryptographicHash::Sha256));
    return out;
}

// A small, consistent checkpoint of a LeNet after one epoch.
CheckpointFile sampleCheckpoint()
{
    CheckpointFile c;
    c.header.run = QString(64, u'a');
    c.header.arch = "lenet";
    c.header.optimizer = "adamw";
    c.header.epoch = 1;
    c.header.bestEpoch = 1;
    c.header.bestValLoss = 0.6931471805599453;
    c.header.history = QJsonArray{QJsonObject{{"epoch", 1}, {"val_loss", 0.6931471805599453}}};
    c.weights = untrainedModel(ModelArch::LeNet, Task::Binary, 3).weights;
    c.bestWeights = untrainedModel(ModelArch::LeNet, Task::Binary, 4).weights;
    for (const NamedTensor &w : c.weights) {
        c.header.optimizerSteps[w.name] = 12;
        for (const char *field : {"/exp_avg", "/exp_avg_sq"})
            c.optimizerState.push_back({w.name + field, w.shape, w.values});
    }
    return c;
}

// Serialized checkpoint bytes with an edited header JSON (and a valid checksum).
QByteArray checkpointWithHeader(const std::function<void(QJsonObject &)> &edit)
{
    const CheckpointFile c = sampleCheckpoint();
    QJsonObject json = c.header.toJson();
    edit(json);
    std::vector<NamedTensor> tensors;
    for (const NamedTensor &t : c.weights)
        tensors.push_back({"model/" + t.name, t.shape, t.values});
    return serializeTensorFile(kCheckpointFileFormat, json, tensors);
}

} // namespace

class TestModelFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip()
    {
        ModelFile model = untrainedModel(ModelArch::LeNet, Task::Binary, 3);
        model.header.mean = {0.5f, 0.4f, 0.3f};
        model.header.std = {0.2f, 0.25f, 0.3f};
        model.header.crop.margin = 0.3;
        model.header.metrics = QJsonObject{{"accuracy", 0.99}};
        QTemporaryDir dir;
        const QString path = dir.filePath("m.wbcmodel");
        QString error;
        QVERIFY2(writeModelFile(path, model, &error), qPrintable(error));
        const std::optional<ModelFile> back = readModelFile(path, &error, Task::Binary);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->header.toJson(), model.header.toJson());
        QCOMPARE(back->weights.size(), model.weights.size());
        qint64 parameters = 0;
        for (size_t i = 0; i < model.weights.size(); ++i) {
            QCOMPARE(back->weights[i].name, model.weights[i].name);
            QCOMPARE(back->weights[i].shape, model.weights[i].shape);
            QVERIFY(back->weights[i].values == model.weights[i].values);
            if (model.weights[i].name.rfind("input_", 0) != 0)
                parameters += qint64(model.weights[i].values.size());
        }
        QCOMPARE(parameters, qint64(987298));
        const std::optional<ModelHeader> header = parseModelHeader(test::readFile(path), &error);
        QVERIFY(header);
        QCOMPARE(header->arch, QString("lenet"));

        Classifier classifier;
        QVERIFY2(classifier.load(path, &error, Task::Binary, "cpu"), qPrintable(error));
        const cv::Mat crop(120, 160, CV_8UC3, cv::Scalar(120, 80, 160));
        const std::vector<std::vector<float>> p = classifier.predict({crop, crop});
        QCOMPARE(int(p.size()), 2);
        QCOMPARE(int(p[0].size()), 2);
        QVERIFY(qAbs(p[0][0] + p[0][1] - 1.0f) < 1e-5f);
        QCOMPARE(p[0], p[1]);
    }

    void refusesBadFiles_data()
    {
        const ModelFile model = untrainedModel(ModelArch::WbcNet, Task::Four, 1);
        const QByteArray good = serializeModel(model);
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << "not a WBC Studio model file";
        QTest::newRow("other file") << QByteArray("PK\x03\x04 torch zip") << "not a WBC Studio model file";
        QTest::newRow("truncated header") << good.left(40) << "truncated";
        QTest::newRow("truncated weights") << good.left(good.size() / 2) << "truncated";
        QTest::newRow("truncated hash") << good.left(good.size() - 1) << "checksum";
        QByteArray flipped = good;
        flipped[flipped.size() / 2] = char(flipped[flipped.size() / 2] ^ 0x40);
        QTest::newRow("corrupt weights") << flipped << "checksum";
        QByteArray version = good;
        version[8] = 2;
        QTest::newRow("newer format") << version << "format version 2";
        QByteArray huge = good;
        huge[12] = char(0xff);
        huge[13] = char(0xff);
        huge[14] = char(0xff);
        QTest::newRow("header size limit") << huge << "limit";
        QTest::newRow("unknown arch")
            << withHeader(model, [](QJsonObject &o) { o["arch"] = "resnet152"; }) << "unknown architecture";
        QTest::newRow("wrong classes")
            << withHeader(model, [](QJsonObject &o) { o["classes"] = QJsonArray{"A", "B"}; })
            << "class names";
        QTest::newRow("bad json") << withHeader(model, [](QJsonObject &o) { o["task"] = "five"; })
                                  << "unknown task";
    }
    void refusesBadFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!parseModel(bytes, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));

        QTemporaryDir dir;
        const QString path = dir.filePath("bad.wbcmodel");
        test::writeFile(path, bytes);
        Classifier classifier;
        QVERIFY(!classifier.load(path, &error));
        QVERIFY2(error.startsWith(path), qPrintable(error)); // names the file
        QVERIFY(!classifier.isLoaded());
    }

    void refusesOtherTask()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("four.wbcmodel");
        QString error;
        QVERIFY(writeModelFile(path, untrainedModel(ModelArch::LeNet, Task::Four), &error));
        QVERIFY(!readModelFile(path, &error, Task::Binary));
        QVERIFY2(error.contains("four task, not binary"), qPrintable(error));
        Classifier classifier;
        QVERIFY(!classifier.load(path, &error, Task::Binary));
    }

    // Training checkpoints share the container: the same bounds, their own magic and header.
    void checkpointRoundTrip();
    void checkpointRefusesBadFiles_data();
    void checkpointRefusesBadFiles();
    void tensorLayoutIsCheckedExactly();

    void refusesWeightsOfAnotherArchitecture()
    {
        // A well-formed file whose header says lenet but holds wbcnet weights.
        ModelFile model = untrainedModel(ModelArch::WbcNet, Task::Binary);
        model.header.arch = "lenet";
        Classifier classifier;
        QString error;
        QVERIFY(!classifier.setModel(model, &error, "cpu"));
        QVERIFY2(error.contains("weight"), qPrintable(error));
    }
};

void TestModelFile::checkpointRoundTrip()
{
    const CheckpointFile c = sampleCheckpoint();
    QTemporaryDir dir;
    const QString path = dir.filePath("run-1.checkpoint");
    QByteArray sha256;
    QString error;
    QVERIFY2(writeCheckpointFile(path, c, &sha256, &error), qPrintable(error));
    const QByteArray bytes = test::readFile(path);
    QVERIFY(bytes.startsWith("WBCCHKPT"));
    QCOMPARE(sha256, QCryptographicHash::hash(bytes, QCryptographicHash::Sha256));

    // Trusted by its own checks (a file named on the command line), or by a matching record.
    for (const std::optional<QByteArray> &record : {std::optional<QByteArray>(), std::optional(sha256)}) {
        const std::optional<CheckpointFile> back = readCheckpointFile(path, record, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->header.toJson(), c.header.toJson());
        QCOMPARE(back->header.bestValLoss, c.header.bestValLoss); // exactly, through JSON
        QCOMPARE(back->weights.size(), c.weights.size());
        QCOMPARE(back->bestWeights.size(), c.bestWeights.size());
        QCOMPARE(back->optimizerState.size(), c.optimizerState.size());
        for (size_t i = 0; i < c.weights.size(); ++i) {
            QCOMPARE(back->weights[i].name, c.weights[i].name);
            QVERIFY(back->weights[i].values == c.weights[i].values);
            QVERIFY(back->bestWeights[i].values == c.bestWeights[i].values);
        }
        QCOMPARE(back->optimizerState.front().name, c.weights.front().name + "/exp_avg");
    }
    // A project that recorded no checkpoint, or another one, refuses it (before parsing).
    QVERIFY(!readCheckpointFile(path, QByteArray(), &error));
    QCOMPARE(error, path + ": checkpoint refused: not recorded by this project");
    QVERIFY(!readCheckpointFile(path, QByteArray(32, 'x'), &error));
    QCOMPARE(error, path + ": checkpoint refused: its hash differs from the one recorded");
    QVERIFY(readCheckpointHeader(path, sha256, &error));

    // No validated epoch yet: the best loss is infinite, written as null.
    CheckpointFile fresh = c;
    fresh.header.bestEpoch = 0;
    fresh.header.bestValLoss = std::numeric_limits<double>::infinity();
    const std::optional<CheckpointFile> back = parseCheckpoint(serializeCheckpoint(fresh), &error);
    QVERIFY2(back, qPrintable(error));
    QVERIFY(std::isinf(back->header.bestValLoss));
}

void TestModelFile::checkpointRefusesBadFiles_data()
{
    const QByteArray good = serializeCheckpoint(sampleCheckpoint());
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("torch archive") << QByteArray("PK\x03\x04" "archive/data.pkl") << "not a WBC Studio training checkpoint";
    QTest::newRow("model file") << serializeModel(untrainedModel(ModelArch::LeNet, Task::Binary))
                                << "not a WBC Studio training checkpoint";
    QByteArray trailer = good;
    trailer[trailer.size() - 1] = char(trailer[trailer.size() - 1] ^ 0x01);
    QTest::newRow("hash trailer") << trailer << "checksum";
    QByteArray flipped = good;
    flipped[flipped.size() / 2] = char(flipped[flipped.size() / 2] ^ 0x40);
    QTest::newRow("one byte flipped") << flipped << "checksum";
    QTest::newRow("truncated") << good.left(good.size() / 3) << "truncated";
    QTest::newRow("history") << checkpointWithHeader([](QJsonObject &o) { o["history"] = QJsonArray(); })
                             << "one entry per epoch";
    QTest::newRow("best epoch") << checkpointWithHeader([](QJsonObject &o) { o["best_epoch"] = 5; })
                                << "epoch counts";
    QTest::newRow("steps") << checkpointWithHeader([](QJsonObject &o) {
        o["optimizer_steps"] = QJsonObject{{"fc1.weight", -3}};
    }) << "step counts";
    QTest::newRow("fingerprint") << checkpointWithHeader([](QJsonObject &o) { o["run"] = "x"; })
                                 << "fingerprint";
    QTest::newRow("arch") << checkpointWithHeader([](QJsonObject &o) { o["arch"] = "vgg"; })
                          << "unknown architecture";
    QTest::newRow("unknown tensor")
        << serializeTensorFile(kCheckpointFileFormat, sampleCheckpoint().header.toJson(),
                               {NamedTensor{"code/exec", {1}, {0.f}}})
        << "unknown tensor";
}

void TestModelFile::checkpointRefusesBadFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!parseCheckpoint(bytes, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QTemporaryDir dir;
    const QString path = dir.filePath("bad.checkpoint");
    test::writeFile(path, bytes);
    QVERIFY(!readCheckpointFile(path, std::nullopt, &error));
    QVERIFY2(error.startsWith(path + ": checkpoint refused: "), qPrintable(error));
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void TestModelFile::tensorLayoutIsCheckedExactly()
{
    const std::vector<NamedTensor> reference = untrainedModel(ModelArch::LeNet, Task::Binary).weights;
    QString reason;
    QVERIFY(sameTensorLayout(reference, reference, &reason));
    std::vector<NamedTensor> fewer(reference.begin(), reference.end() - 1);
    QVERIFY(!sameTensorLayout(fewer, reference, &reason));
    QVERIFY2(reason.contains("tensors where the network has"), qPrintable(reason));
    std::vector<NamedTensor> reshaped = reference;
    const qint64 n = qint64(reshaped[0].values.size());
    reshaped[0].shape = {n}; // the same count in another shape
    QVERIFY(!sameTensorLayout(reshaped, reference, &reason));
    QVERIFY2(reason.contains("another shape"), qPrintable(reason));
    std::vector<NamedTensor> shortValues = reference;
    shortValues[1].values.pop_back(); // the shape says one more than there is
    QVERIFY(!sameTensorLayout(shortValues, reference, &reason));
    QVERIFY2(reason.contains("another shape"), qPrintable(reason));
    std::vector<NamedTensor> renamed = reference;
    renamed[2].name = "fc9.weight";
    QVERIFY(!sameTensorLayout(renamed, reference, &reason));
    QVERIFY2(reason.contains("no tensor \"fc9.weight\""), qPrintable(reason));
    std::vector<NamedTensor> twice = reference;
    twice[1] = twice[0];
    QVERIFY(!sameTensorLayout(twice, reference, &reason));
}

QTEST_GUILESS_MAIN(TestModelFile)
#include "tst_modelfile.moc"
