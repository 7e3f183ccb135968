#include "review/classifier.h"
#include "training/modelfile.h"
#include "training/models.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <cstring>

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

QTEST_GUILESS_MAIN(TestModelFile)
#include "tst_modelfile.moc"
