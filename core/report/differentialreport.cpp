#include "report/differentialreport.h"

#include "base/savefile.h"

#include "base/imagefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

namespace wbc {

namespace {

// The context of this file's messages (lupdate reads it from Q_DECLARE_TR_FUNCTIONS).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DifferentialReport)
};

constexpr int kExamplesPerClass = 3;

bool isGroup(CellClass cls)
{
    return cls == CellClass::Polynuclear || cls == CellClass::Mononuclear;
}

// Whether an image of class `cls` counts in the row of `row` (a group row takes its members).
bool countsIn(CellClass cls, const DifferentialReport::Row &row)
{
    if (!row.subtotal)
        return cls == row.cls;
    const int index = taskClassIndex(Task::Binary, cls);
    return index >= 0 && index == taskClassIndex(Task::Binary, row.cls);
}

// The white cell of an image for its thumbnail: the largest box a person drew or an annotation
// gave, else the best detected one.
QRect exampleBox(const ProjectStore &store, qint64 imageId)
{
    QRect best;
    QRect detected;
    double detectedScore = -1.0;
    for (const CellRecord &c : store.cells(imageId)) {
        if (c.kind != CellKind::Wbc)
            continue;
        if (c.source == u"detected") {
            if (c.score > detectedScore) {
                detectedScore = c.score;
                detected = c.box;
            }
        } else if (qint64(c.box.width()) * c.box.height()
                   > qint64(best.width()) * best.height()) {
            best = c.box;
        }
    }
    return best.isEmpty() ? detected : best;
}

QString normalizedFolder(const ProjectStore &store, const QString &folder)
{
    QString f = QDir::fromNativeSeparators(folder.trimmed());
    if (QDir::isAbsolutePath(f))
        f = store.storedPath(f);
    while (f.endsWith(u'/'))
        f.chop(1);
    if (f.startsWith(QStringLiteral("./")))
        f = f.mid(2);
    return f;
}

std::optional<ReportModel> storedModel(const ProjectStore &store, qint64 modelId)
{
    if (modelId <= 0)
        return std::nullopt;
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT path, task FROM models WHERE id = ?"));
    q.addBindValue(modelId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    const std::optional<Task> task = parseTask(q.value(1).toString());
    if (!task)
        return std::nullopt;
    ReportModel model;
    model.id = modelId;
    model.name = QFileInfo(q.value(0).toString()).fileName();
    model.task = *task;
    model.predictions = store.predictions(modelId);
    return model;
}

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n')
        && !text.contains(u'\r'))
        return text;
    return u'"' + QString(text).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

QString percentText(double percent)
{
    return QString::number(percent, 'f', 1);
}

} // namespace

bool DifferentialReport::predicts(const Row &row) const
{
    const std::optional<Task> t = parseTask(task);
    if (!t)
        return false;
    // Binary models predict only the groups; no model predicts basophils.
    return row.subtotal || (*t == Task::Four && taskClassIndex(*t, row.cls) >= 0);
}

QList<ImageRecord> reportImages(const ProjectStore &store, const ReportSelection &selection)
{
    const QList<ImageRecord> all = store.images();
    if (!selection.imageIds.isEmpty()) {
        const QSet<qint64> wanted(selection.imageIds.cbegin(), selection.imageIds.cend());
        QList<ImageRecord> out;
        for (const ImageRecord &image : all) {
            if (wanted.contains(image.id))
                out.append(image);
        }
        return out;
    }
    const QString folder = normalizedFolder(store, selection.folder);
    if (folder.isEmpty())
        return all;
    QList<ImageRecord> out;
    for (const ImageRecord &image : all) {
        if (image.path.startsWith(folder + u'/'))
            out.append(image);
    }
    return out;
}

DifferentialReport buildDifferentialReport(const ProjectStore &store,
                                           const ReportSelection &selection,
                                           qint64 modelId)
{
    return buildDifferentialReport(store, selection, storedModel(store, modelId));
}

DifferentialReport buildDifferentialReport(const ProjectStore &store,
                                           const ReportSelection &selection,
                                           const std::optional<ReportModel> &model)
{
    DifferentialReport report;
    report.title = selection.title.isEmpty() ? Tr::tr("Differential count") : selection.title;
    report.projectPath = QFileInfo(store.path()).absoluteFilePath();
    report.generatedAt = QDateTime::currentDateTimeUtc();
    report.author = currentUserName();
    if (model) {
        report.modelName = model->name;
        report.modelId = model->id;
        report.task = taskName(model->task);
    }
    if (!selection.imageIds.isEmpty())
        report.selectionDescription = Tr::tr("%n selected image(s)", nullptr,
                                             int(selection.imageIds.size()));
    else if (!normalizedFolder(store, selection.folder).isEmpty())
        report.selectionDescription = Tr::tr("folder %1")
                                          .arg(normalizedFolder(store, selection.folder));
    else
        report.selectionDescription = Tr::tr("whole project");

    const QList<ImageRecord> images = reportImages(store, selection);
    report.imagesTotal = int(images.size());
    const QHash<qint64, LabelRecord> labels = store.currentLabels();
    const QHash<qint64, FlagRecord> flags = store.effectiveFlags();
    const QHash<qint64, PredictionRecord> noPredictions;
    const QHash<qint64, PredictionRecord> &predictions = model ? model->predictions
                                                               : noPredictions;

    // Each counted image's class in either column (nullopt: not in that column).
    struct Counted
    {
        qint64 imageId = 0;
        QString path;
        std::optional<CellClass> labelled;
        std::optional<CellClass> predicted;
    };
    QList<Counted> counted;
    for (const ImageRecord &image : images) {
        const auto exclude = [&](const QString &reason) {
            report.excluded.append({image.id, image.path, reason});
        };
        const QString path = store.absolutePath(image);
        const ImageHeader header = probeImageFile(path);
        if (!header.ok()) {
            exclude(Tr::tr("unreadable: %1").arg(header.error));
            continue;
        }
        const auto flag = flags.constFind(image.id);
        if (flag != flags.cend() && flag->flag == CellCountFlag::Multi) {
            exclude(Tr::tr("several white cells (multi-cell filter)"));
            continue;
        }
        if (flag != flags.cend() && flag->flag == CellCountFlag::None) {
            exclude(Tr::tr("no white cell (multi-cell filter)"));
            continue;
        }
        const auto label = labels.constFind(image.id);
        if (label != labels.cend() && label->label.isMultiCell()) {
            exclude(Tr::tr("the label names several cells"));
            continue;
        }
        Counted c;
        c.imageId = image.id;
        c.path = path;
        if (label != labels.cend())
            c.labelled = label->label.single();
        const auto prediction = predictions.constFind(image.id);
        if (prediction != predictions.cend())
            c.predicted = prediction->predicted;
        if (!c.labelled && !c.predicted) {
            exclude(model ? Tr::tr("neither labelled nor predicted") : Tr::tr("not labelled"));
            continue;
        }
        counted.append(c);
    }

    bool groups = model && model->task == Task::Binary;
    for (const Counted &c : counted) {
        groups = groups || (c.labelled && isGroup(*c.labelled))
                 || (c.predicted && isGroup(*c.predicted));
        report.labelledTotal += c.labelled ? 1 : 0;
        report.predictedTotal += c.predicted ? 1 : 0;
    }
    for (CellClass cls : kAllCellClasses)
        report.rows.append({cls, 0, 0, 0, 0, false});
    if (groups) {
        for (CellClass cls : kGroupClasses)
            report.rows.append({cls, 0, 0, 0, 0, true});
    }
    for (DifferentialReport::Row &row : report.rows) {
        for (const Counted &c : counted) {
            row.labelled += c.labelled && countsIn(*c.labelled, row) ? 1 : 0;
            row.predicted += c.predicted && countsIn(*c.predicted, row) ? 1 : 0;
        }
        row.labelledPercent = report.labelledTotal ? 100.0 * row.labelled / report.labelledTotal
                                                   : 0.0;
        row.predictedPercent = report.predictedTotal
                                   ? 100.0 * row.predicted / report.predictedTotal
                                   : 0.0;
    }

    // Examples: the first counted images of each class, by the pathologist's label when there
    // is one.
    QHash<CellClass, int> perClass;
    for (const Counted &c : counted) {
        const CellClass cls = c.labelled ? *c.labelled : *c.predicted;
        if (perClass[cls] >= kExamplesPerClass)
            continue;
        ++perClass[cls];
        report.examples.append({cls, c.path});
        report.exampleBoxes.append(exampleBox(store, c.imageId));
    }
    return report;
}

bool writeReportCsv(const DifferentialReport &report, const QString &path, QString *error)
{
    QStringList lines;
    const auto pair = [&](const QString &key, const QString &value) {
        lines.append(key + u',' + csvField(value));
    };
    pair(QStringLiteral("title"), report.title);
    pair(QStringLiteral("project"), report.projectPath);
    pair(QStringLiteral("model"), report.modelName);
    pair(QStringLiteral("task"), report.task);
    pair(QStringLiteral("generated"), report.generatedAt.toUTC().toString(Qt::ISODate));
    pair(QStringLiteral("selection"), report.selectionDescription);
    pair(QStringLiteral("author"), report.author);
    pair(QStringLiteral("images"), QString::number(report.imagesTotal));
    pair(QStringLiteral("excluded"), QString::number(report.excluded.size()));
    lines.append(QString());
    lines.append(QStringLiteral("class,labelled,labelled_percent,predicted,predicted_percent"));
    for (const DifferentialReport::Row &row : report.rows) {
        const bool predicts = report.predicts(row);
        lines.append(QStringList{cellClassName(row.cls),
                                 QString::number(row.labelled),
                                 percentText(row.labelledPercent),
                                 predicts ? QString::number(row.predicted) : QString(),
                                 predicts ? percentText(row.predictedPercent) : QString()}
                         .join(u','));
    }
    lines.append(QStringList{QStringLiteral("TOTAL"),
                             QString::number(report.labelledTotal),
                             percentText(report.labelledTotal ? 100.0 : 0.0),
                             report.hasModel() ? QString::number(report.predictedTotal) : QString(),
                             report.hasModel() ? percentText(report.predictedTotal ? 100.0 : 0.0)
                                               : QString()}
                     .join(u','));
    lines.append(QString());
    lines.append(QStringLiteral("image_id,file,reason"));
    for (const DifferentialReport::Exclusion &e : report.excluded)
        lines.append(QString::number(e.imageId) + u',' + csvField(e.file) + u','
                     + csvField(e.reason));

    QString why;
    if (!saveFileAtomically(path,
                            (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8(),
                            &why)) {
        if (error)
            *error = Tr::tr("%1: cannot write: %2").arg(path, why);
        return false;
    }
    return true;
}

} // namespace wbc
