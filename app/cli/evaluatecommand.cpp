#include "command.h"

#include "training/cellsamples.h"
#include "review/classifier.h"
#include "training/metrics.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace wbc::cli {

namespace {

// The context of this file's messages (lupdate reads it from Q_DECLARE_TR_FUNCTIONS).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(WbcEvaluate)
};

int runEvaluate(QCommandLineParser &parser)
{
    const QString command = QStringLiteral("evaluate");
    QString modelPath;
    QString dataDir;
    if (!requireOption(parser, command, QStringLiteral("model"), &modelPath)
        || !requireOption(parser, command, QStringLiteral("data"), &dataDir))
        return Usage;
    const bool json = parser.isSet(QStringLiteral("json"));
    Classifier classifier;
    QString error;
    if (!classifier.load(modelPath, &error, std::nullopt, parser.value(QStringLiteral("device")))) {
        err() << "wbc evaluate: " << error << Qt::endl;
        return Failure;
    }
    classifier.setTestFlips(!parser.isSet(QStringLiteral("no-test-flips")));
    const ModelHeader &h = classifier.header();
    CellSampleLoader loader(h.task, h.crop);
    const CellSampleSet set = loader.loadDataset(dataDir);
    if (!set.error.isEmpty()) {
        err() << "wbc evaluate: " << set.error << Qt::endl;
        return Failure;
    }
    for (const Problem &problem : set.problems)
        err() << "wbc evaluate: " << problem.toString() << Qt::endl;
    std::vector<cv::Mat> crops;
    for (const CellSample &s : set.samples)
        crops.push_back(s.crop.rgb);
    const std::vector<std::vector<float>> probs = classifier.predict(crops);
    ConfusionMatrix confusion(int(h.classNames.size()));
    for (size_t i = 0; i < probs.size(); ++i) {
        const int predicted = int(std::max_element(probs[i].begin(), probs[i].end())
                                  - probs[i].begin());
        confusion.add(set.samples[i].label, predicted);
    }
    if (json) {
        QJsonObject o = confusion.toJson(h.classNames);
        o.insert(QStringLiteral("task"), taskName(h.task));
        o.insert(QStringLiteral("model"), modelPath);
        o.insert(QStringLiteral("arch"), h.arch);
        o.insert(QStringLiteral("n"), confusion.total());
        o.insert(QStringLiteral("classes"), QJsonArray::fromStringList(h.classNames));
        out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
        return Ok;
    }
    out() << Tr::tr("%1 images, accuracy %2%, balanced accuracy %3%\n")
                 .arg(confusion.total())
                 .arg(confusion.accuracy() * 100, 0, 'f', 2)
                 .arg(confusion.balancedAccuracy() * 100, 0, 'f', 2);
    out() << Tr::tr("Confusion (rows truth, columns prediction):\n");
    for (int t = 0; t < confusion.classCount(); ++t) {
        QString row = h.classNames.at(t).leftJustified(12);
        for (int p = 0; p < confusion.classCount(); ++p)
            row += QString::number(confusion.count(t, p)).rightJustified(6);
        const ClassMetrics m = confusion.classMetrics(t);
        out() << row
              << Tr::tr("   precision %1  recall %2  F1 %3\n")
                     .arg(m.precision, 0, 'f', 3)
                     .arg(m.recall, 0, 'f', 3)
                     .arg(m.f1, 0, 'f', 3);
    }
    return Ok;
}

} // namespace

Command evaluateCommand()
{
    return {QStringLiteral("evaluate"),
            Tr::tr("Score a model on the single-cell images of a dataset"),
            [](QCommandLineParser &p) {
                p.addOption({QStringLiteral("model"), Tr::tr("Model file"), QStringLiteral("MODEL")});
                p.addOption(
                    {QStringLiteral("data"), Tr::tr("Dataset folder"), QStringLiteral("DIR")});
                p.addOption({QStringLiteral("device"),
                    Tr::tr("auto, cpu or cuda"),
                    QStringLiteral("DEVICE"),
                    QStringLiteral("auto")});
                p.addOption({QStringLiteral("no-test-flips"),
                             Tr::tr("Predict without averaging each image's four flips")});
                p.addOption({QStringLiteral("json"), Tr::tr("Print one JSON object")});
            },
            runEvaluate};
}

} // namespace wbc::cli
