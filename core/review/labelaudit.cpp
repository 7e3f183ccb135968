#include "review/labelaudit.h"

#include <algorithm>
#include <cmath>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QSet>

#include "dataset/datasplit.h"
#include "project/audithistory.h"
#include "project/projectstore.h"
#include "review/classifier.h"

namespace wbc {

namespace {

// The context of this file's messages (lupdate reads it from Q_DECLARE_TR_FUNCTIONS).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LabelAudit)
};

// Shares of the whole audit's progress: loading, then the folds, then saving.
constexpr double kLoadShare = 0.05;
constexpr double kSaveShare = 0.02;
// Within a fold: training, then scoring its test cells.
constexpr double kScoreShare = 0.05;

double rounded(double v)
{
    return std::round(v * 1e6) / 1e6;
}

QJsonArray matrixJson(const std::vector<std::vector<double>> &m)
{
    QJsonArray rows;
    for (const std::vector<double> &row : m) {
        QJsonArray r;
        for (double v : row)
            r.append(rounded(v));
        rows.append(r);
    }
    return rows;
}

} // namespace

TrainParams LabelAuditParams::fastTraining()
{
    TrainParams p;
    p.epochs = kFastEpochs;
    p.valFraction = 0.0;
    p.patience = 0;
    p.restoreBest = false;
    return p;
}

QJsonObject LabelAuditParams::toJson() const
{
    QJsonObject o{{QStringLiteral("task"), taskName(task)},
                  {QStringLiteral("folds"), folds},
                  {QStringLiteral("seed"), QString::number(seed)},
                  {QStringLiteral("ranking"), labelRankingName(ranking)},
                  {QStringLiteral("training"), train.toJson()}};
    if (!leaveOut.empty()) {
        QJsonArray ids;
        for (qint64 id : leaveOut)
            ids.append(id);
        o.insert(QStringLiteral("left_out"), ids);
    }
    return o;
}

QJsonObject LabelAuditResult::summary(LabelRanking ranking) const
{
    QJsonObject errors;
    QJsonObject thresholds;
    for (int c = 0; c < int(classes.size()); ++c) {
        const QString &name = classes.at(c);
        errors.insert(name,
                      c < int(joint.estimatedErrors.size()) ? joint.estimatedErrors[size_t(c)] : 0);
        const double t = c < int(joint.thresholds.size()) ? joint.thresholds[size_t(c)] : 0.0;
        thresholds.insert(name, std::isfinite(t) ? QJsonValue(rounded(t)) : QJsonValue());
    }
    QJsonArray counts;
    for (const std::vector<int> &row : joint.counts) {
        QJsonArray r;
        for (int v : row)
            r.append(v);
        counts.append(r);
    }
    return {{QStringLiteral("classes"), QJsonArray::fromStringList(classes)},
            {QStringLiteral("ranking"), labelRankingName(ranking)},
            {QStringLiteral("cells"), int(cells.size())},
            {QStringLiteral("suspects"), suspects},
            {QStringLiteral("by_slide"), bySlide},
            {QStringLiteral("estimated_errors"), errors},
            {QStringLiteral("thresholds"), thresholds},
            {QStringLiteral("confident_joint"), counts},
            {QStringLiteral("joint"), matrixJson(joint.joint)},
            {QStringLiteral("seconds"), rounded(seconds)}};
}

QList<AuditCellRecord> LabelAuditResult::records() const
{
    QList<AuditCellRecord> out;
    out.reserve(qsizetype(cells.size()));
    for (const AuditedCell &c : cells) {
        AuditCellRecord r;
        r.cellId = c.cellId;
        r.imageId = c.imageId;
        r.rank = c.rank;
        r.fold = c.fold + 1;
        r.label = classes.value(c.label);
        r.suggested = classes.value(c.suggested);
        r.score = c.score;
        for (int k = 0; k < int(c.probabilities.size()); ++k)
            r.probabilities.append({classes.value(k), double(c.probabilities[size_t(k)])});
        out.append(r);
    }
    return out;
}

std::vector<int> auditFolds(const CellSampleSet &samples, int folds, quint64 seed, bool *bySlide)
{
    return stratifiedGroupFolds(samples.labels(), samples.splitGroups(folds, bySlide), folds, seed);
}

LabelAudit::LabelAudit(LabelAuditParams params)
    : m_params(std::move(params))
{ }

void LabelAudit::report(LabelAuditProgress::Stage stage, int fold, double fraction) const
{
    if (!m_progress)
        return;
    LabelAuditProgress p;
    p.stage = stage;
    p.fold = fold;
    p.folds = m_params.folds;
    p.fraction = std::clamp(fraction, 0.0, 1.0);
    m_progress(p);
}

LabelAuditResult LabelAudit::compute(std::shared_ptr<const CellSampleSet> samples)
{
    QElapsedTimer timer;
    timer.start();
    LabelAuditResult result;
    result.task = m_params.task;
    result.classes = taskClassNames(m_params.task);
    result.folds = m_params.folds;
    const int classCount = taskClassCount(m_params.task);
    const int folds = m_params.folds;
    if (!samples || samples->task != m_params.task) {
        result.error = Tr::tr("the cells were loaded for another task");
        return result;
    }
    if (folds < 2) {
        result.error = Tr::tr("an audit needs at least 2 folds");
        return result;
    }
    const std::vector<int> labels = samples->labels();
    const int n = int(labels.size());
    const std::vector<int> counts = samples->classCounts();
    const int present
        = int(std::count_if(counts.begin(), counts.end(), [](int c) { return c > 0; }));
    if (n < std::max(folds, kMinimumCells) || present < 2) {
        result.error = Tr::tr("too few labelled cells to audit: %1 in %2 classes (an audit needs "
                              "at least %3 cells, and cells of two classes)")
                           .arg(n)
                           .arg(present)
                           .arg(std::max(folds, kMinimumCells));
        return result;
    }
    const std::vector<int> foldOf = auditFolds(*samples, folds, m_params.seed, &result.bySlide);
    std::vector<std::vector<int>> tests(static_cast<size_t>(folds));
    for (int i = 0; i < n; ++i) {
        if (foldOf[size_t(i)] >= 0)
            tests[size_t(foldOf[size_t(i)])].push_back(i);
    }
    for (int f = 0; f < folds; ++f) {
        if (tests[size_t(f)].empty() || int(tests[size_t(f)].size()) == n) {
            result.error = Tr::tr("too few fields for %1 folds: fold %2 would test no cell; use "
                                  "fewer folds")
                               .arg(folds)
                               .arg(f + 1);
            return result;
        }
    }

    TrainParams params = m_params.train;
    params.task = m_params.task;
    params.seed = m_params.seed;
    params.valFraction = 0.0;
    params.patience = 0;
    params.restoreBest = false;
    params.checkpointPath.clear();

    const QSet<qint64> leftOut(m_params.leaveOut.begin(), m_params.leaveOut.end());
    std::vector<std::vector<float>> probabilities(static_cast<size_t>(n));
    const double foldShare = 1.0 / folds;
    for (int f = 0; f < folds; ++f) {
        if (cancelled()) {
            result.cancelled = true;
            result.error = Tr::tr("cancelled");
            return result;
        }
        report(LabelAuditProgress::Stage::Training, f + 1, f * foldShare);
        DataSplit split = foldSplit(foldOf, f);
        const std::vector<int> test = split.validation;
        split.validation.clear(); // the test fold is never looked at while training
        std::erase_if(split.train,
                      [&](int i) { return leftOut.contains(samples->samples[size_t(i)].cellId); });
        if (split.train.empty()) {
            result.error = Tr::tr("fold %1: every training cell is left out").arg(f + 1);
            return result;
        }
        Trainer trainer;
        trainer.setParams(params);
        trainer.setData(samples, split);
        QObject::connect(&trainer,
                         &Trainer::batchFinished,
                         &trainer,
                         [this, &trainer, f, foldShare](const BatchReport &b) {
                             if (cancelled())
                                 trainer.cancel();
                             const double inFold
                                 = (b.epoch - 1 + double(b.batch) / std::max(b.batches, 1))
                                 / std::max(m_params.train.epochs, 1);
                             report(LabelAuditProgress::Stage::Training,
                                    f + 1,
                                    (f + inFold * (1.0 - kScoreShare)) * foldShare);
                         });
        const TrainResult trained = trainer.train();
        if (trained.cancelled || cancelled()) {
            result.cancelled = true;
            result.error = Tr::tr("cancelled");
            return result;
        }
        if (!trained.ok) {
            result.error = Tr::tr("fold %1: %2").arg(f + 1).arg(trained.error);
            return result;
        }
        report(LabelAuditProgress::Stage::Scoring, f + 1, (f + 1.0 - kScoreShare) * foldShare);
        Classifier classifier;
        QString error;
        if (!classifier.setModel(trained.model, &error, params.device)) {
            result.error = Tr::tr("fold %1: %2").arg(f + 1).arg(error);
            return result;
        }
        classifier.setTestFlips(true);
        std::vector<cv::Mat> crops;
        crops.reserve(test.size());
        for (int i : test)
            crops.push_back(samples->samples[size_t(i)].crop.rgb);
        const std::vector<std::vector<float>> scored = classifier.predict(crops);
        if (scored.size() != test.size()) {
            result.error = Tr::tr("fold %1: the model scored %2 of %3 cells")
                               .arg(f + 1)
                               .arg(scored.size())
                               .arg(test.size());
            return result;
        }
        for (size_t k = 0; k < test.size(); ++k)
            probabilities[size_t(test[k])] = scored[k];
    }

    result.joint = confidentJoint(probabilities, labels, classCount);
    const std::vector<double> scores
        = labelQualityScores(probabilities, labels, m_params.ranking, result.joint);
    const std::vector<int> order = rankWorstFirst(scores);
    result.cells.reserve(size_t(n));
    for (int rank = 0; rank < n; ++rank) {
        const int i = order[size_t(rank)];
        const CellSample &s = samples->samples[size_t(i)];
        AuditedCell c;
        c.cellId = s.cellId;
        c.imageId = s.imageId;
        c.path = s.path;
        c.label = labels[size_t(i)];
        c.fold = foldOf[size_t(i)];
        c.probabilities = probabilities[size_t(i)];
        c.score = scores[size_t(i)];
        c.suggested = suggestedClass(c.probabilities, c.label);
        c.rank = rank + 1;
        result.cells.push_back(std::move(c));
    }
    result.suspects = std::min(n, result.joint.totalEstimatedErrors());
    result.seconds = timer.nsecsElapsed() / 1e9;
    result.ok = true;
    report(LabelAuditProgress::Stage::Scoring, folds, 1.0);
    return result;
}

LabelAuditResult LabelAudit::run(ProjectStore &store)
{
    QElapsedTimer timer;
    timer.start();
    const Progress outer = m_progress;
    const auto scaled = [&](double from, double share) {
        return [outer, from, share](const LabelAuditProgress &p) {
            LabelAuditProgress q = p;
            q.fraction = from + p.fraction * share;
            outer(q);
        };
    };
    LabelAuditResult failed;
    failed.task = m_params.task;
    failed.classes = taskClassNames(m_params.task);
    failed.folds = m_params.folds;
    if (!store.isOpen() || store.isReadOnly()) {
        failed.error = Tr::tr("open a writable project first");
        return failed;
    }
    AuditHistory history(store);
    history.markInterrupted();
    const qint64 auditId = history.begin(
        taskName(m_params.task), m_params.folds, qint64(m_params.seed), m_params.toJson());
    if (!auditId) {
        failed.error
            = Tr::tr("%1: cannot record the audit: %2").arg(store.path(), history.lastError());
        return failed;
    }
    const auto close = [&](LabelAuditResult r) {
        r.auditId = auditId;
        QJsonObject summary;
        QString status;
        if (r.ok) {
            status = QStringLiteral("finished");
            summary = r.summary(m_params.ranking);
        } else {
            status = r.cancelled ? QStringLiteral("cancelled") : QStringLiteral("failed");
            summary = {{QStringLiteral("error"), r.error}};
        }
        if (!history.finish(auditId, status, summary, r.ok ? r.records() : QList<AuditCellRecord>())
            && r.ok) {
            r.ok = false;
            r.error
                = Tr::tr("%1: cannot store the audit: %2").arg(store.path(), history.lastError());
        }
        return r;
    };

    report(LabelAuditProgress::Stage::Loading, 0, 0.0);
    CellSampleLoader loader(m_params.task, m_params.train.crop);
    loader.setSingleCellFields(m_params.train.singleCellFields);
    loader.setCancelFlag(m_cancel);
    loader.setProgress([this](int done, int total) {
        report(LabelAuditProgress::Stage::Loading, 0, kLoadShare * done / std::max(total, 1));
    });
    auto samples = std::make_shared<CellSampleSet>(loader.load(store));
    if (samples->cancelled || cancelled()) {
        failed.cancelled = true;
        failed.error = Tr::tr("cancelled");
        return close(failed);
    }
    if (!samples->error.isEmpty()) {
        failed.error = samples->error;
        return close(failed);
    }
    if (m_progress)
        m_progress = scaled(kLoadShare, 1.0 - kLoadShare - kSaveShare);
    LabelAuditResult result = compute(samples);
    result.problems = samples->problems;
    m_progress = outer;
    report(LabelAuditProgress::Stage::Saving, 0, 1.0 - kSaveShare);
    result.seconds = timer.nsecsElapsed() / 1e9;
    result = close(std::move(result));
    report(LabelAuditProgress::Stage::Saving, 0, 1.0);
    return result;
}

} // namespace wbc
