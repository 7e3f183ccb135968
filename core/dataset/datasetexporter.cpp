#include "dataset/datasetexporter.h"

#include "base/csvwriter.h"
#include "base/savefile.h"
#include "dataset/vocreader.h"
#include "project/projectstore.h"
#include "project/runhistory.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace wbc {

namespace {

// The context of this file's messages (lupdate reads it from Q_DECLARE_TR_FUNCTIONS).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DatasetExporter)
};

bool writeAtomically(const QString &path, const QByteArray &data, ExportReport &report)
{
    QString reason;
    if (!QDir().mkpath(QFileInfo(path).absolutePath())
        || !saveFileAtomically(path, data, &reason)) {
        report.error
            = Tr::tr("%1: cannot write: %2")
                  .arg(path, reason.isEmpty() ? Tr::tr("cannot create the folder") : reason);
        return false;
    }
    ++report.files;
    return true;
}

ExportReport failed(const QString &error)
{
    ExportReport r;
    r.error = error;
    return r;
}

QHash<qint64, QString> slideNames(const ProjectStore &store)
{
    QHash<qint64, QString> names;
    for (const SlideRecord &s : store.slides())
        names.insert(s.id, s.name);
    return names;
}

// The project's images by slide name, then path: the order every export writes.
QList<ImageRecord> imagesBySlide(const ProjectStore &store, const QHash<qint64, QString> &slides)
{
    QList<ImageRecord> images = store.images();
    std::stable_sort(images.begin(), images.end(), [&](const ImageRecord &a, const ImageRecord &b) {
        const QString sa = slides.value(a.slideId), sb = slides.value(b.slideId);
        return sa != sb ? sa < sb : a.path < b.path;
    });
    return images;
}

QString isoUtc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

// --- VOC folder names
// ----------------------------------------------------------------------------

// A slide name as a relative folder: '/' nests; characters no file system takes, ".", "..", and
// the names import reserves (images, annotations) are changed so the folder stays inside outDir
// and reads back as one slide.
QString slideFolder(const QString &slideName)
{
    QStringList parts;
    for (QString part : slideName.split(u'/', Qt::SkipEmptyParts)) {
        for (QChar &c : part) {
            if (c.unicode() < 0x20 || QStringView(u"\\:*?\"<>|").contains(c))
                c = u'_';
        }
        part = part.trimmed();
        if (part.isEmpty() || part == u"." || part == u"..")
            part = QStringLiteral("_");
        if (part.compare(u"images", Qt::CaseInsensitive) == 0
            || part.compare(u"annotations", Qt::CaseInsensitive) == 0
            || (parts.isEmpty() && part.compare(u"labels.csv", Qt::CaseInsensitive) == 0))
            part += u'_';
        parts.append(part);
    }
    return parts.isEmpty() ? QStringLiteral("slide") : parts.join(u'/');
}

// `wanted`, or wanted_2, wanted_3, ... when `used` (lower case) holds it; the result is added.
QString uniqueName(QSet<QString> &used, const QString &wanted)
{
    QString name = wanted;
    for (int n = 2; used.contains(name.toLower()); ++n)
        name = wanted + u'_' + QString::number(n);
    used.insert(name.toLower());
    return name;
}

} // namespace

// --- Per-cell CSV ------------------------------------------------------------------------------

QString DatasetExporter::cellCsvHeader()
{
    return QStringLiteral("slide,image,cell,x0,y0,x1,y1,label,author,labelled_at,origin,"
                          "predicted,probability");
}

ExportReport DatasetExporter::exportCells(ProjectStore &store, const QString &csvPath)
{
    ExportReport report;
    const QDir csvDir = QFileInfo(csvPath).absoluteDir();
    const qint64 modelId = RunHistory(store).activeModelId();
    const QHash<qint64, PredictionRecord> predictions
        = modelId > 0 ? store.cellPredictions(modelId) : QHash<qint64, PredictionRecord>();
    const QHash<qint64, CellLabelRecord> labels = store.currentCellLabels();
    const QHash<qint64, QList<CellRecord>> cellsByImage = store.whiteCellsByImage();
    const QHash<qint64, QString> slides = slideNames(store);
    QSet<qint64> slidesSeen;
    CsvWriter out;
    out.row(cellCsvHeader().split(u','));
    for (const ImageRecord &img : imagesBySlide(store, slides)) {
        const QString image = csvDir.relativeFilePath(store.absolutePath(img));
        ++report.images;
        if (img.slideId > 0)
            slidesSeen.insert(img.slideId);
        for (const CellRecord &c : cellsByImage.value(img.id)) {
            out.text(slides.value(img.slideId))
                .text(image)
                .number(c.id)
                .number(c.box.x())
                .number(c.box.y())
                .number(c.box.x() + c.box.width())
                .number(c.box.y() + c.box.height());
            if (const auto l = labels.constFind(c.id); l != labels.cend())
                out.text(l->label.name())
                    .text(l->author)
                    .text(isoUtc(l->createdAt))
                    .text(labelOriginName(l->origin));
            else
                out.empty().empty().empty().empty();
            if (const auto p = predictions.constFind(c.id); p != predictions.cend())
                out.text(cellClassName(p->predicted)).number(p->confidence(), 'f', 6);
            else
                out.empty().empty();
            out.endRow();
            ++report.cells;
        }
    }
    report.slides = int(slidesSeen.size());
    writeAtomically(csvPath, out.data(), report);
    return report;
}

// --- Image labels ------------------------------------------------------------------------------

ExportReport DatasetExporter::exportLabels(const ProjectStore &store, const QString &csvPath)
{
    ExportReport report;
    const QDir csvDir = QFileInfo(csvPath).absoluteDir();
    const QHash<qint64, LabelRecord> labels = store.currentLabels();
    const QList<ImageRecord> images = store.images();
    QSet<QString> names;
    for (const ImageRecord &img : images)
        names.insert(QFileInfo(img.path).fileName());
    const bool plainNames = names.size() == images.size();
    CsvWriter out;
    out.row({QStringLiteral("image"), QStringLiteral("label")});
    for (const ImageRecord &img : images) {
        const LabelRecord label = labels.value(img.id);
        // Plain file names (as BCCD writes them) when unique: the CSV then sits beside images/.
        const QString name = plainNames ? QFileInfo(img.path).fileName()
                                        : csvDir.relativeFilePath(store.absolutePath(img));
        out.row({name, label.label.toString()});
        ++report.images;
    }
    writeAtomically(csvPath, out.data(), report);
    return report;
}

// --- Pascal VOC dataset ------------------------------------------------------------------------

ExportReport DatasetExporter::exportVoc(const ProjectStore &store, const QString &outDir)
{
    const QDir out(QDir(outDir).absolutePath());
    if (out.exists() && !out.isEmpty())
        return failed(Tr::tr("%1: folder is not empty; export a dataset into a new or empty "
                             "folder")
                          .arg(outDir));
    if (!out.mkpath(QStringLiteral(".")))
        return failed(Tr::tr("%1: cannot create folder").arg(outDir));

    ExportReport report;
    const QHash<qint64, QString> slides = slideNames(store);
    const QHash<qint64, QList<CellRecord>> cellsByImage = store.whiteCellsByImage();
    const QHash<qint64, CellLabelRecord> labels = store.currentCellLabels();
    QHash<qint64, QString> folders; // by slide id; images without a slide go to outDir itself
    QSet<QString> usedFolders;
    QHash<QString, QSet<QString>> usedNames; // per folder: base names taken, lower case
    QSet<qint64> slidesSeen;
    const QHash<qint64, QString> notes = store.unresolvedLabels();
    CsvWriter labelsCsv;
    labelsCsv.row({QStringLiteral("image"), QStringLiteral("label")});
    bool labelRows = false;

    for (const ImageRecord &img : imagesBySlide(store, slides)) {
        QString folder;
        if (img.slideId > 0) {
            auto it = folders.find(img.slideId);
            if (it == folders.end())
                it = folders.insert(
                    img.slideId, uniqueName(usedFolders, slideFolder(slides.value(img.slideId))));
            folder = *it;
        }
        const QString source = store.absolutePath(img);
        QFile file(source);
        if (!file.open(QIODevice::ReadOnly)) {
            report.problems.append(
                {source, 0, Tr::tr("cannot read: %1; image not exported").arg(file.errorString())});
            continue;
        }
        const QByteArray bytes = file.readAll();
        const QFileInfo info(source);
        const QString base = uniqueName(usedNames[folder], info.completeBaseName());
        const QString name = info.suffix().isEmpty() ? base : base + u'.' + info.suffix();
        const QDir folderDir(out.absoluteFilePath(folder.isEmpty() ? QStringLiteral(".") : folder));
        const QString imagePath = folderDir.absoluteFilePath(QStringLiteral("images/") + name);
        if (!writeAtomically(imagePath, bytes, report))
            return report;
        ++report.images;
        if (img.slideId > 0)
            slidesSeen.insert(img.slideId);

        QList<VocObject> objects;
        const QList<CellRecord> white = cellsByImage.value(img.id);
        const bool onlyField = white.size() == 1 && white.first().isWholeField();
        const QString csvName = out.relativeFilePath(imagePath);
        bool csvRow = false;
        for (const CellRecord &c : white) {
            const CellLabel label = labels.value(c.id).label;
            if (onlyField && !label.isUnlabelled() && label.cellClass()) {
                // A field labelled as a whole: labels.csv says so, and import makes the same cell.
                labelsCsv.row({csvName, label.name()});
                csvRow = labelRows = true;
                ++report.cells;
                continue;
            }
            if (onlyField && label.isUnlabelled())
                continue; // a whole-field cell without a label says nothing
            VocObject o;
            o.kind = CellKind::Wbc;
            o.label = label;
            o.name = label.isUnlabelled() ? cellKindName(CellKind::Wbc) : label.name();
            o.box = c.box;
            objects.append(o);
            ++report.cells;
        }
        // The hint of a field that needs per-cell labels travels in labels.csv too.
        if (const auto note = notes.constFind(img.id); note != notes.cend() && !csvRow) {
            labelsCsv.row({csvName, *note});
            labelRows = true;
        }
        for (const CellRecord &c : store.cells(img.id)) {
            if (c.kind == CellKind::Wbc || c.source == u"detected")
                continue;
            VocObject o;
            o.kind = c.kind;
            o.box = c.box;
            objects.append(o);
        }
        if (objects.isEmpty())
            continue;
        const QString xmlPath = folderDir.absoluteFilePath(
            QStringLiteral("annotations/") + base + QStringLiteral(".xml"));
        if (!writeAtomically(xmlPath, writeVoc(name, img.width, img.height, objects), report))
            return report;
    }
    if (labelRows
        && !writeAtomically(out.absoluteFilePath(QStringLiteral("labels.csv")),
            labelsCsv.data(),
            report))
        return report;
    report.slides = int(slidesSeen.size());
    return report;
}

// --- COCO --------------------------------------------------------------------------------------

QStringList DatasetExporter::cocoCategories()
{
    QStringList names;
    for (CellClass cls : kAllCellClasses)
        names.append(cellClassName(cls));
    for (CellClass cls : kGroupClasses)
        names.append(cellClassName(cls));
    for (const CellLabel &l : specialCellLabels())
        names.append(l.name());
    names.append(cellKindName(CellKind::Wbc));
    return names;
}

ExportReport DatasetExporter::exportCoco(const ProjectStore &store, const QString &jsonPath)
{
    ExportReport report;
    const QDir jsonDir = QFileInfo(jsonPath).absoluteDir();
    const QStringList categoryNames = cocoCategories();
    const int unlabelledCategory = int(categoryNames.size()); // "WBC", the last
    QJsonArray categories;
    for (qsizetype i = 0; i < categoryNames.size(); ++i)
        categories.append(QJsonObject {{QStringLiteral("id"), int(i + 1)},
            {QStringLiteral("name"), categoryNames.at(i)},
            {QStringLiteral("supercategory"), QStringLiteral("WBC")}});

    const QHash<qint64, QString> slides = slideNames(store);
    const QHash<qint64, QList<CellRecord>> cellsByImage = store.whiteCellsByImage();
    const QHash<qint64, CellLabelRecord> labels = store.currentCellLabels();
    QSet<qint64> slidesSeen;
    QJsonArray images, annotations;
    for (const ImageRecord &img : imagesBySlide(store, slides)) {
        const int imageId = int(images.size() + 1);
        images.append(QJsonObject {{QStringLiteral("id"), imageId},
            {QStringLiteral("file_name"), jsonDir.relativeFilePath(store.absolutePath(img))},
            {QStringLiteral("width"), img.width},
            {QStringLiteral("height"), img.height},
            {QStringLiteral("wbc_slide"), slides.value(img.slideId)}});
        if (img.slideId > 0)
            slidesSeen.insert(img.slideId);
        for (const CellRecord &c : cellsByImage.value(img.id)) {
            const CellLabel label = labels.value(c.id).label;
            const qsizetype index = label.isUnlabelled() ? -1 : categoryNames.indexOf(label.name());
            QJsonObject a {{QStringLiteral("id"), int(annotations.size() + 1)},
                {QStringLiteral("image_id"), imageId},
                {QStringLiteral("category_id"), index < 0 ? unlabelledCategory : int(index + 1)},
                {QStringLiteral("bbox"),
                    QJsonArray {c.box.x(), c.box.y(), c.box.width(), c.box.height()}},
                {QStringLiteral("area"), qint64(c.box.width()) * c.box.height()},
                {QStringLiteral("iscrowd"), 0},
                {QStringLiteral("wbc_cell_id"), c.id}};
            if (c.isWholeField())
                a.insert(QStringLiteral("wbc_whole_field"), true);
            annotations.append(a);
            ++report.cells;
        }
    }
    report.images = int(images.size());
    report.slides = int(slidesSeen.size());
    const QJsonObject doc {
        {QStringLiteral("info"),
            QJsonObject {{QStringLiteral("description"), QStringLiteral("WBC Studio export")},
                {QStringLiteral("date_created"), isoUtc(QDateTime::currentDateTimeUtc())}}},
        {QStringLiteral("licenses"), QJsonArray()},
        {QStringLiteral("images"), images},
        {QStringLiteral("annotations"), annotations},
        {QStringLiteral("categories"), categories}};
    writeAtomically(jsonPath, QJsonDocument(doc).toJson(QJsonDocument::Indented), report);
    return report;
}

} // namespace wbc
