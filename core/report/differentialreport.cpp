// buildDifferentialReport (differentialreport.h): what a differential count counts, per slide.
#include "report/differentialreport.h"

#include "base/imagefile.h"
#include "project/runhistory.h"
#include "slide/projectslidescan.h"
#include "slide/slidereader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

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

// Whether a cell of class `cls` counts in the row of `row` (a group row takes its members).
bool countsIn(CellClass cls, const DifferentialCount::Row &row)
{
    if (!row.subtotal)
        return cls == row.cls;
    const int index = taskClassIndex(Task::Binary, cls);
    return index >= 0 && index == taskClassIndex(Task::Binary, row.cls);
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

// A counted white cell: its class in either column (nullopt: not in that column).
struct CountedCell
{
    QString path;
    CellRecord cell;
    std::optional<CellClass> labelled;
    std::optional<CellClass> predicted;
};

// One section while it is being counted.
struct Section
{
    Section()
    {
        for (const CellLabel &special : specialCellLabels())
            count.notCounted.append({special, 0});
    }

    DifferentialCount count;
    QList<CountedCell> cells;
    QHash<QString, int> authors;
};

// Fills rows, totals and examples from the counted cells.
void finishSection(Section &s, bool groups)
{
    DifferentialCount &c = s.count;
    c.labelledTotal = 0;
    c.predictedTotal = 0;
    for (const CountedCell &cell : std::as_const(s.cells)) {
        c.labelledTotal += cell.labelled ? 1 : 0;
        c.predictedTotal += cell.predicted ? 1 : 0;
    }
    c.rows.clear();
    for (CellClass cls : kAllCellClasses)
        c.rows.append({cls, 0, 0, {}, 0, 0, false});
    if (groups) {
        for (CellClass cls : kGroupClasses)
            c.rows.append({cls, 0, 0, {}, 0, 0, true});
    }
    for (DifferentialCount::Row &row : c.rows) {
        for (const CountedCell &cell : std::as_const(s.cells)) {
            row.labelled += cell.labelled && countsIn(*cell.labelled, row) ? 1 : 0;
            row.predicted += cell.predicted && countsIn(*cell.predicted, row) ? 1 : 0;
        }
        if (c.labelledTotal > 0) {
            row.labelledPercent = 100.0 * row.labelled / c.labelledTotal;
            row.labelledInterval = wilsonInterval(row.labelled, c.labelledTotal);
        }
        if (c.predictedTotal > 0)
            row.predictedPercent = 100.0 * row.predicted / c.predictedTotal;
    }

    // Examples: the first counted cells of each class, by the person's label when there is one.
    c.examples.clear();
    QHash<CellClass, int> perClass;
    for (const CountedCell &cell : std::as_const(s.cells)) {
        const CellClass cls = cell.labelled ? *cell.labelled : *cell.predicted;
        if (perClass[cls] >= kExamplesPerClass)
            continue;
        ++perClass[cls];
        c.examples.append({cls, cell.path, cell.cell, cell.labelled.has_value()});
    }

    c.labelAuthors.clear();
    for (auto it = s.authors.cbegin(); it != s.authors.cend(); ++it)
        c.labelAuthors.append({it.key(), it.value()});
    std::sort(c.labelAuthors.begin(), c.labelAuthors.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
}

// The examples of a slide file's cells get its cached crops (one query for the section); a cell
// scanned before crops were cached is read from the slide's region (three a class at most).
void attachSlideCrops(const ProjectStore &store,
                      const QHash<qint64, SlideFileRecord> &slideFiles,
                      DifferentialCount &c)
{
    QList<qint64> ids;
    for (DifferentialCount::Example &e : c.examples) {
        e.onSlide = slideFiles.contains(e.cell.imageId);
        if (e.onSlide)
            ids.append(e.cell.id);
    }
    if (ids.isEmpty())
        return;
    const QHash<qint64, CellCropRecord> crops = store.cellCrops(ids);
    for (DifferentialCount::Example &e : c.examples) {
        if (!e.onSlide)
            continue;
        e.crop = crops.value(e.cell.id);
        if (!e.crop.png.isEmpty() || !QFileInfo::exists(e.path))
            continue;
        QString error;
        if (const auto reader = SlideReader::open(e.path, &error)) {
            e.crop = slideCellCrop(*reader, e.cell.box, &error);
            e.crop.cellId = e.cell.id;
        }
    }
}

QString describe(const ProjectStore &store, const ReportSelection &selection)
{
    QStringList parts;
    if (selection.slideIds.size() == 1) {
        const std::optional<SlideRecord> slide = store.slide(selection.slideIds.first());
        parts.append(Tr::tr("slide %1").arg(slide ? slide->name : QStringLiteral("?")));
    } else if (!selection.slideIds.isEmpty()) {
        parts.append(Tr::tr("%n slide(s)", nullptr, int(selection.slideIds.size())));
    }
    if (!selection.imageIds.isEmpty())
        parts.append(Tr::tr("%n selected image(s)", nullptr, int(selection.imageIds.size())));
    const QString folder = normalizedFolder(store, selection.folder);
    if (!folder.isEmpty())
        parts.append(Tr::tr("folder %1").arg(folder));
    return parts.isEmpty() ? Tr::tr("whole project") : parts.join(QStringLiteral("; "));
}

} // namespace

const DifferentialCount::Row *DifferentialCount::row(CellClass cls) const
{
    for (const Row &r : rows) {
        if (r.cls == cls)
            return &r;
    }
    return nullptr;
}

QString DifferentialCount::whyText(Why why)
{
    switch (why) {
    case Why::Unreadable:
        return Tr::tr("unreadable image");
    case Why::NoWhiteCell:
        return Tr::tr("no white cell");
    case Why::NeedsCellLabels:
        return Tr::tr("needs per-cell labels");
    }
    return {};
}

int DifferentialCount::notCountedCount(const CellLabel &label) const
{
    for (const auto &[l, n] : notCounted) {
        if (l == label)
            return n;
    }
    return 0;
}

bool DifferentialReport::predicts(const Row &row) const
{
    const std::optional<Task> t = parseTask(task);
    if (!t)
        return false;
    // Binary models predict only the groups; no model predicts basophils.
    return row.subtotal || (*t == Task::Four && taskClassIndex(*t, row.cls) >= 0);
}

QString DifferentialReport::noPredictionsText() const
{
    return Tr::tr("No predictions of %1 for these cells: press Predict to make them.")
        .arg(modelName);
}

const DifferentialCount *DifferentialReport::slide(const QString &name) const
{
    for (const DifferentialCount &s : slides) {
        if (s.slide == name)
            return &s;
    }
    return nullptr;
}

QList<ImageRecord> reportImages(const ProjectStore &store, const ReportSelection &selection)
{
    const QSet<qint64> slides(selection.slideIds.cbegin(), selection.slideIds.cend());
    const QSet<qint64> ids(selection.imageIds.cbegin(), selection.imageIds.cend());
    const QString folder = normalizedFolder(store, selection.folder);
    QList<ImageRecord> out;
    for (const ImageRecord &image : store.images()) {
        if ((slides.isEmpty() || slides.contains(image.slideId))
            && (ids.isEmpty() || ids.contains(image.id))
            && (folder.isEmpty() || image.path.startsWith(folder + u'/')))
            out.append(image);
    }
    return out;
}

std::optional<ReportModel> storedReportModel(const ProjectStore &store, qint64 modelId)
{
    if (modelId <= 0)
        return std::nullopt;
    const std::optional<ModelInfo> info = modelInfo(store, modelId);
    const std::optional<Task> task = info ? parseTask(info->task) : std::nullopt;
    if (!task)
        return std::nullopt;
    ReportModel model;
    model.id = modelId;
    model.name = QFileInfo(info->path).fileName();
    model.task = *task;
    model.predictions = store.cellPredictions(modelId);
    // Schema-2 predictions were made per image: they stand for the image's single white cell.
    const QHash<qint64, QList<CellRecord>> cells = store.whiteCellsByImage();
    const QHash<qint64, PredictionRecord> byImage = store.predictions(modelId);
    for (auto it = byImage.cbegin(); it != byImage.cend(); ++it) {
        const QList<CellRecord> white = cells.value(it.key());
        if (it->cellId == 0 && white.size() == 1 && !model.predictions.contains(white.first().id))
            model.predictions.insert(white.first().id, *it);
    }
    return model;
}

DifferentialReport buildDifferentialReport(const ProjectStore &store,
                                           const ReportSelection &selection,
                                           qint64 modelId)
{
    return buildDifferentialReport(store, selection, storedReportModel(store, modelId));
}

QString defaultReportTitle()
{
    return Tr::tr("Differential count");
}

DifferentialReport buildDifferentialReport(const ProjectStore &store,
                                           const ReportSelection &selection,
                                           const std::optional<ReportModel> &model)
{
    DifferentialReport report;
    report.title = selection.title.isEmpty() ? defaultReportTitle() : selection.title;
    report.titleGiven = !selection.title.isEmpty();
    report.sampleId = selection.sampleId;
    report.projectPath = QFileInfo(store.path()).absoluteFilePath();
    report.generatedAt = QDateTime::currentDateTimeUtc();
    report.author = store.isShared() ? store.userName() : currentUserName();
    const QHash<qint64, SlideFileRecord> slideFiles = store.slideFiles();
    if (model) {
        report.modelName = model->name;
        report.modelId = model->id;
        report.task = taskName(model->task);
    }
    report.selectionDescription = describe(store, selection);

    const QHash<qint64, QList<CellRecord>> whiteCells = store.whiteCellsByImage();
    const QHash<qint64, CellLabelRecord> labels = store.currentCellLabels();
    const QHash<qint64, QString> unresolved = store.unresolvedLabels();
    const QHash<qint64, PredictionRecord> noPredictions;
    const QHash<qint64, PredictionRecord> &predictions = model ? model->predictions
                                                               : noPredictions;

    // Sections in slide-name order; images without a (known) slide last.
    QList<Section> sections;
    QHash<qint64, qsizetype> sectionOf;
    for (const SlideRecord &slide : store.slides()) {
        Section s;
        s.count.slideId = slide.id;
        s.count.slide = slide.name;
        s.count.specimen = slide.specimen;
        sectionOf.insert(slide.id, sections.size());
        sections.append(s);
    }
    qsizetype noSlide = -1;

    for (const ImageRecord &image : reportImages(store, selection)) {
        qsizetype index = sectionOf.value(image.slideId, -1);
        if (index < 0) {
            if (noSlide < 0) {
                Section s;
                s.count.slide = Tr::tr("(no slide)");
                noSlide = sections.size();
                sections.append(s);
            }
            index = noSlide;
        }
        Section &s = sections[index];
        DifferentialCount &c = s.count;
        ++c.images;
        using Why = DifferentialCount::Why;
        const auto exclude = [&](Why why, const QString &reason) {
            c.excluded.append({image.id, image.path, why, reason});
        };
        const QString path = store.absolutePath(image);
        // A slide file's cells are counted from the project (their crops are cached there), so
        // a slide moved away or too large to decode is not left out.
        const bool onSlide = slideFiles.contains(image.id);
        const ImageHeader header = onSlide ? ImageHeader() : probeImageFile(path);
        if (!header.ok()) {
            exclude(Why::Unreadable, Tr::tr("unreadable image: %1").arg(header.error));
            continue;
        }
        const QList<CellRecord> cells = whiteCells.value(image.id);
        if (cells.isEmpty()) {
            exclude(Why::NoWhiteCell, DifferentialCount::whyText(Why::NoWhiteCell));
            continue;
        }
        const auto note = unresolved.constFind(image.id);
        if (note != unresolved.cend()) {
            const bool unlabelled = std::any_of(cells.cbegin(), cells.cend(), [&](const auto &cell) {
                const auto l = labels.constFind(cell.id);
                return l == labels.cend() || l->label.isUnlabelled();
            });
            if (unlabelled) {
                exclude(Why::NeedsCellLabels,
                        Tr::tr("needs per-cell labels (the field's label: %1)").arg(*note));
                continue;
            }
        }
        ++c.fields;
        c.cells += int(cells.size());
        for (const CellRecord &cell : cells) {
            CountedCell counted{path, cell, std::nullopt, std::nullopt};
            const auto l = labels.constFind(cell.id);
            const CellLabel label = l != labels.cend() ? l->label : CellLabel();
            if (!label.isUnlabelled()) {
                ++s.authors[l->author];
                if (!c.lastLabelledAt.isValid() || l->createdAt > c.lastLabelledAt)
                    c.lastLabelledAt = l->createdAt;
            }
            switch (label.kind()) {
            case CellLabel::Kind::Unidentified:
            case CellLabel::Kind::NotCounted:
                // A person said this cell is not part of the count: listed, in neither column.
                for (auto &[special, n] : c.notCounted)
                    n += special == label ? 1 : 0;
                continue;
            case CellLabel::Kind::Class:
                counted.labelled = label.cellClass();
                break;
            case CellLabel::Kind::Unlabelled:
                ++c.unlabelled;
                break;
            }
            if (const auto p = predictions.constFind(cell.id); p != predictions.cend())
                counted.predicted = p->predicted;
            if (counted.labelled || counted.predicted)
                s.cells.append(counted);
        }
    }

    QList<Section> kept;
    for (const Section &s : std::as_const(sections)) {
        if (s.count.images > 0)
            kept.append(s);
    }

    bool groups = model && model->task == Task::Binary;
    for (const Section &s : std::as_const(kept)) {
        for (const CountedCell &c : s.cells)
            groups = groups || (c.labelled && isGroup(*c.labelled))
                     || (c.predicted && isGroup(*c.predicted));
    }

    Section total;
    total.count.slide = QStringLiteral("ALL");
    total.count.isTotal = true;
    for (Section &s : kept) {
        finishSection(s, groups);
        DifferentialCount &t = total.count;
        t.images += s.count.images;
        t.fields += s.count.fields;
        t.cells += s.count.cells;
        t.unlabelled += s.count.unlabelled;
        for (qsizetype i = 0; i < t.notCounted.size(); ++i)
            t.notCounted[i].second += s.count.notCounted.at(i).second;
        t.excluded += s.count.excluded;
        if (s.count.lastLabelledAt.isValid()
            && (!t.lastLabelledAt.isValid() || s.count.lastLabelledAt > t.lastLabelledAt))
            t.lastLabelledAt = s.count.lastLabelledAt;
        for (auto it = s.authors.cbegin(); it != s.authors.cend(); ++it)
            total.authors[it.key()] += it.value();
        total.cells += s.cells;
        attachSlideCrops(store, slideFiles, s.count);
        report.slides.append(s.count);
    }
    finishSection(total, groups);
    attachSlideCrops(store, slideFiles, total.count);
    report.total = total.count;
    return report;
}

} // namespace wbc
