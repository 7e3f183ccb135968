#include "command.h"
#include "trainingcli.h"

#include "review/classifier.h"
#include "training/metrics.h"
#include "base/csvwriter.h"
#include "base/savefile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace wbc::cli {

namespace {

// The context of this file's messages (lupdate reads it from Q_DECLARE_TR_FUNCTIONS).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(WbcCv)
};

// Scores a fold's final model on its test images through the Classifier (as `wbc evaluate`
// does), with and without test-time flips; appends one CSV row per image to *csv.
struct FoldScore
{
    double plain = 0.0;
    double flips = 0.0;
};

FoldScore scoreFold(const ModelFile &model,
                    const CellSampleSet &samples,
                    const std::vector<int> &test,
                    int fold,
                    CsvWriter *csv,
                    QString *error)
{
    Classifier classifier;
    FoldScore score;
    if (!classifier.setModel(model, error, model.header.trainingParams.value(
                                               QStringLiteral("device")).toString()))
        return score;
    std::vector<cv::Mat> crops;
    for (int i : test)
        crops.push_back(samples.samples[size_t(i)].crop.rgb);
    classifier.setTestFlips(false);
    const std::vector<std::vector<float>> plain = classifier.predict(crops);
    classifier.setTestFlips(true);
    const std::vector<std::vector<float>> flips = classifier.predict(crops);
    const auto argmax = [](const std::vector<float> &p) {
        return int(std::max_element(p.begin(), p.end()) - p.begin());
    };
    for (size_t k = 0; k < test.size(); ++k) {
        const CellSample &s = samples.samples[size_t(test[k])];
        score.plain += argmax(plain[k]) == s.label;
        score.flips += argmax(flips[k]) == s.label;
        csv->number(fold).number(s.imageId).text(s.path).number(s.label);
        for (const std::vector<float> *p : {&plain[k], &flips[k]}) {
            for (float v : *p)
                csv->number(double(v), 'g', 6);
        }
        csv->endRow();
    }
    score.plain /= double(std::max<size_t>(test.size(), 1));
    score.flips /= double(std::max<size_t>(test.size(), 1));
    return score;
}

QJsonObject spread(const std::vector<double> &values)
{
    const MeanSpread s = meanSpread(values);
    return {{QStringLiteral("mean"), s.mean}, {QStringLiteral("std"), s.stddev}};
}

// k-fold cross-validation: every image is tested once, by a model that never saw it. The test
// fold is not used for any choice (no early stopping, no best-epoch restore): the model of the
// last epoch is scored.
int runCv(QCommandLineParser &parser)
{
    const QString command = QStringLiteral("cv");
    TrainParams params;
    if (!readTrainingOptions(parser, command, &params))
        return Usage;
    int folds = 5;
    if (parser.isSet(QStringLiteral("folds"))) {
        bool ok = false;
        folds = parser.value(QStringLiteral("folds")).toInt(&ok);
        if (!ok || folds < 2)
            return usageError(command, Tr::tr("--folds must be an integer >= 2"));
    }
    int runFolds = folds;
    if (parser.isSet(QStringLiteral("max-folds"))) {
        bool ok = false;
        runFolds = parser.value(QStringLiteral("max-folds")).toInt(&ok);
        if (!ok || runFolds < 1)
            return usageError(command, Tr::tr("--max-folds must be an integer >= 1"));
        runFolds = std::min(runFolds, folds);
    }
    int onlyFold = 0; // 1-based; 0 = all
    if (parser.isSet(QStringLiteral("fold"))) {
        bool ok = false;
        onlyFold = parser.value(QStringLiteral("fold")).toInt(&ok);
        if (!ok || onlyFold < 1 || onlyFold > folds)
            return usageError(command, Tr::tr("--fold must be an integer in [1, --folds]"));
    }
    params.patience = 0;
    params.restoreBest = false;
    const bool json = parser.isSet(QStringLiteral("json"));

    std::shared_ptr<CellSampleSet> samples;
    if (const int status = loadSamples(parser, command, params.task, params.crop, params.singleCellFields,
                                       json, &samples))
        return status;
    if (!json)
        out() << Tr::tr("Cells: %1").arg(describeSamples(*samples)) << Qt::endl;
    const QStringList names = taskClassNames(params.task);
    quint64 splitSeed = params.seed;
    if (parser.isSet(QStringLiteral("split-seed"))) {
        bool ok = false;
        splitSeed = parser.value(QStringLiteral("split-seed")).toULongLong(&ok);
        if (!ok)
            return usageError(command, Tr::tr("--split-seed must be a non-negative integer"));
    }
    bool bySlide = false;
    const std::vector<qint64> groups = samples->splitGroups(folds, &bySlide);
    if (!bySlide && !json)
        out() << Tr::tr("Folds keep each field's cells together (fewer slides than folds)")
              << Qt::endl;
    const std::vector<int> foldOf = stratifiedGroupFolds(samples->labels(), groups, folds,
                                                         splitSeed);

    const QString predictionsPath = parser.value(QStringLiteral("predictions"));
    QStringList header{QStringLiteral("fold"), QStringLiteral("image_id"), QStringLiteral("path"),
                       QStringLiteral("truth")};
    for (const char *kind : {"plain", "flips"}) {
        for (const QString &name : names)
            header.append(QLatin1String(kind) + u'_' + name);
    }
    CsvWriter csv;
    csv.row(header);
    std::vector<double> accuracy, balanced, macroF1, plainAccuracy, flipsAccuracy;
    ConfusionMatrix pooled(taskClassCount(params.task));
    QJsonArray foldResults;
    double seconds = 0.0;
    for (int fold = 0; fold < folds; ++fold) {
        if (onlyFold ? fold + 1 != onlyFold : fold >= runFolds)
            continue;
        Trainer trainer;
        trainer.setParams(params);
        trainer.setData(samples, foldSplit(foldOf, fold));
        const TrainResult result = trainer.train();
        if (!result.ok) {
            err() << "wbc cv: " << Tr::tr("fold %1: %2").arg(fold + 1).arg(result.error)
                  << Qt::endl;
            return Failure;
        }
        const EpochReport &last = result.history.back();
        QString error;
        const FoldScore score = scoreFold(result.model, *samples, result.split.validation,
                                          fold + 1, &csv, &error);
        if (!error.isEmpty()) {
            err() << "wbc cv: " << Tr::tr("fold %1: %2").arg(fold + 1).arg(error) << Qt::endl;
            return Failure;
        }
        plainAccuracy.push_back(score.plain);
        flipsAccuracy.push_back(score.flips);
        accuracy.push_back(last.valAccuracy());
        balanced.push_back(last.balancedAccuracy());
        macroF1.push_back(last.confusion.macroF1());
        pooled += last.confusion;
        seconds += result.seconds;
        QJsonObject o = last.confusion.toJson(names);
        o.insert(QStringLiteral("fold"), fold + 1);
        o.insert(QStringLiteral("test_images"), last.confusion.total());
        o.insert(QStringLiteral("seconds"), result.seconds);
        o.insert(QStringLiteral("accuracy_without_test_flips"), score.plain);
        o.insert(QStringLiteral("accuracy_with_test_flips"), score.flips);
        foldResults.append(o);
        if (json) {
            o.insert(QStringLiteral("type"), QStringLiteral("fold"));
            out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
        } else {
            out() << Tr::tr("fold %1/%2: accuracy %3  balanced %4  (%5 images, %6 s)")
                         .arg(fold + 1)
                         .arg(folds)
                         .arg(last.valAccuracy() * 100, 0, 'f', 2)
                         .arg(last.balancedAccuracy() * 100, 0, 'f', 2)
                         .arg(last.confusion.total())
                         .arg(result.seconds, 0, 'f', 0)
                  << Qt::endl;
        }
    }
    QJsonObject summary{{QStringLiteral("type"), QStringLiteral("summary")},
                        {QStringLiteral("task"), taskName(params.task)},
                        {QStringLiteral("arch"), modelArchName(params.arch)},
                        {QStringLiteral("folds"), folds},
                        {QStringLiteral("folds_run"), int(accuracy.size())},
                        {QStringLiteral("split_seed"), QString::number(splitSeed)},
                        {QStringLiteral("n"), int(samples->samples.size())},
                        {QStringLiteral("accuracy"), spread(accuracy)},
                        {QStringLiteral("balanced_accuracy"), spread(balanced)},
                        {QStringLiteral("macro_f1"), spread(macroF1)},
                        {QStringLiteral("accuracy_without_test_flips"), spread(plainAccuracy)},
                        {QStringLiteral("accuracy_with_test_flips"), spread(flipsAccuracy)},
                        {QStringLiteral("pooled"), pooled.toJson(names)},
                        {QStringLiteral("classes"), QJsonArray::fromStringList(names)},
                        {QStringLiteral("params"), params.toJson()},
                        {QStringLiteral("seconds"), seconds}};
    if (!predictionsPath.isEmpty()) {
        QString error;
        if (!saveFileAtomically(predictionsPath, csv.data(), &error)) {
            err() << "wbc cv: " << error << Qt::endl;
            return Failure;
        }
    }
    if (json) {
        out() << QJsonDocument(summary).toJson(QJsonDocument::Compact) << Qt::endl;
        return Ok;
    }
    const MeanSpread a = meanSpread(accuracy);
    const MeanSpread b = meanSpread(balanced);
    out() << Tr::tr("%1-fold CV (%2 run): accuracy %3% +- %4, balanced accuracy %5% +- %6, pooled "
                "accuracy %7%")
                 .arg(folds)
                 .arg(accuracy.size())
                 .arg(a.mean * 100, 0, 'f', 2)
                 .arg(a.stddev * 100, 0, 'f', 2)
                 .arg(b.mean * 100, 0, 'f', 2)
                 .arg(b.stddev * 100, 0, 'f', 2)
                 .arg(pooled.accuracy() * 100, 0, 'f', 2)
          << Qt::endl;
    return Ok;
}

} // namespace

Command cvCommand()
{
    return {QStringLiteral("cv"),
                Tr::tr("Cross-validate the training recipe: mean and spread of the metrics"),
                [](QCommandLineParser &p) {
                    addTrainingOptions(p);
                    p.addOption({QStringLiteral("folds"),
                        Tr::tr("Number of folds (default 5)"),
                        QStringLiteral("K")});
                    p.addOption({QStringLiteral("max-folds"),
                                 Tr::tr("Run only the first N folds (quick estimates)"),
                                 QStringLiteral("N")});
                    p.addOption({QStringLiteral("fold"),
                                 Tr::tr("Run only fold K (1-based; to spread folds over processes)"),
                                 QStringLiteral("K")});
                    p.addOption({QStringLiteral("split-seed"),
                                 Tr::tr("Seed of the folds (default: --seed); the same folds "
                                        "with other training seeds compare or ensemble runs"),
                                 QStringLiteral("N")});
                    p.addOption({QStringLiteral("predictions"),
                                 Tr::tr("Write each test image's class probabilities, without and "
                                        "with test-time flips, to a CSV file"),
                                 QStringLiteral("FILE")});
                },
                runCv};
}

} // namespace wbc::cli
