#include "dataset/datasetimporter.h"

#include "base/imagefile.h"
#include "dataset/csvreader.h"
#include "dataset/datasetfiles.h"
#include "dataset/vocreader.h"
#include "project/projectstore.h"
#include "slide/slidereader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QSet>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>

namespace wbc {

namespace {

// The context of this file's messages (lupdate reads it from Q_DECLARE_TR_FUNCTIONS).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DatasetImporter)
};

constexpr int kChunk = 32;

struct ScannedImage
{
    QString path;
    QString sha256;
    qint64 size = 0;
    int width = 0;
    int height = 0;
    QString error;
};

// Reads, hashes and decodes one image file. The decoder's limits come first: a file larger than
// it takes is refused before any byte is read, and one whose header asks for more pixels after
// its first block; the hash is computed block by block as the bytes come in.
ScannedImage scan(const QString &path)
{
    ScannedImage s;
    s.path = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        s.error = Tr::tr("cannot open: %1").arg(file.errorString());
        return s;
    }
    if (const QString why = imageFileSizeError(file.size()); !why.isEmpty()) {
        s.error = why + Tr::tr("; skipped");
        return s;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray data;
    data.reserve(file.size());
    for (;;) {
        const QByteArray block = file.read(kImageHeadBytes);
        if (block.isEmpty())
            break;
        hash.addData(block);
        data += block;
        QString why = imageFileSizeError(data.size()); // the file grew while it was read
        if (why.isEmpty() && data.size() == block.size()) {
            const ImageHeader header = probeImageHeader(data);
            if (header.ok()) // else the whole file may still hold it (a TIFF directory at its end)
                why = imageHeaderError(header);
        }
        if (!why.isEmpty()) {
            s.error = why + Tr::tr("; skipped");
            return s;
        }
    }
    if (file.error() != QFileDevice::NoError) {
        s.error = Tr::tr("cannot read: %1").arg(file.errorString());
        return s;
    }
    s.size = data.size();
    const DecodedImage img = decodeImageData(data);
    if (!img.ok()) {
        s.error = img.error + Tr::tr("; skipped");
        return s;
    }
    s.width = img.bgr.cols;
    s.height = img.bgr.rows;
    s.sha256 = QString::fromLatin1(hash.result().toHex());
    return s;
}

bool sameCells(QList<CellRecord> a, QList<CellRecord> b)
{
    auto key = [](const CellRecord &c) {
        return std::make_tuple(int(c.kind), c.box.x(), c.box.y(), c.box.width(), c.box.height());
    };
    auto less = [&](const CellRecord &x, const CellRecord &y) { return key(x) < key(y); };
    std::sort(a.begin(), a.end(), less);
    std::sort(b.begin(), b.end(), less);
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [&](const CellRecord &x, const CellRecord &y) { return key(x) == key(y); });
}

// A CSV path is trusted only when it stays inside the dataset folder.
bool isSafeRelative(const QString &name)
{
    if (name.isEmpty() || QDir::isAbsolutePath(name) || name.startsWith(u'/')
        || name.startsWith(u'\\') || (name.size() > 1 && name.at(1) == u':'))
        return false;
    const QString clean = QDir::cleanPath(name);
    return clean != u".." && !clean.startsWith(QStringLiteral("../"));
}

} // namespace

DatasetLayout DatasetLayout::of(const QString &root)
{
    DatasetLayout l;
    const QDir dir(root);
    l.root = dir.absolutePath();
    l.imageDir = dir.exists(QStringLiteral("images")) ? dir.absoluteFilePath(QStringLiteral("images"))
                                                      : l.root;
    l.annotationDir = dir.exists(QStringLiteral("annotations"))
                          ? dir.absoluteFilePath(QStringLiteral("annotations"))
                          : l.root;
    const QString csv = dir.absoluteFilePath(QStringLiteral("labels.csv"));
    if (QFileInfo(csv).isFile())
        l.labelsCsv = csv;
    return l;
}

LabelTable readLabelTable(const DatasetLayout &layout)
{
    LabelTable table;
    if (layout.labelsCsv.isEmpty())
        return table;
    const QString file = layout.labelsCsv;
    const CsvDocument doc = CsvReader::readFile(file);
    table.problems = doc.problems;
    if (doc.records.isEmpty()) {
        if (doc.problems.isEmpty())
            table.problems.append({file, 0, Tr::tr("no header line")});
        return table;
    }
    const CsvRecord &header = doc.records.first();
    qsizetype imageCol = -1, labelCol = -1;
    for (qsizetype i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields.at(i).trimmed().toLower();
        if (name == u"image" && imageCol < 0)
            imageCol = i;
        else if (name == u"label" && labelCol < 0)
            labelCol = i;
    }
    if (imageCol < 0 || labelCol < 0) {
        table.problems.append({file, header.line,
                               Tr::tr("header must name the columns \"image\" and \"label\"; "
                                  "labels not read")});
        return table;
    }
    for (qsizetype r = 1; r < doc.records.size(); ++r) {
        const CsvRecord &rec = doc.records.at(r);
        if (rec.fields.size() <= std::max(imageCol, labelCol)) {
            table.problems.append({ file,
                rec.line,
                Tr::tr("row has %1 columns, the header %2; skipped")
                    .arg(rec.fields.size())
                    .arg(header.fields.size()) });
            continue;
        }
        const QString name = rec.fields.at(imageCol).trimmed();
        if (!isSafeRelative(name)) {
            table.problems.append({file, rec.line, Tr::tr("image path \"%1\" is empty, absolute or "
                                                      "leaves the dataset folder; skipped")
                                                       .arg(name.left(200))});
            continue;
        }
        QString error;
        const std::optional<ImageLabel> label = ImageLabel::parse(rec.fields.at(labelCol), &error);
        if (!label) {
            table.problems.append({file, rec.line, Tr::tr("%1; row skipped").arg(error)});
            continue;
        }
        const QString key = QDir::cleanPath(name);
        if (const auto it = table.lines.constFind(key); it != table.lines.cend()) {
            if (table.labels.value(key) != *label)
                table.problems.append(
                    {file, rec.line, Tr::tr("\"%1\" is labeled again with a different label; the "
                                        "label on line %2 is kept")
                                         .arg(key)
                                         .arg(*it)});
            else
                table.problems.append(
                    { file, rec.line, Tr::tr("duplicate row for \"%1\"; ignored").arg(key) });
            continue;
        }
        table.lines.insert(key, rec.line);
        table.labels.insert(key, *label);
    }
    return table;
}

namespace {

// A label the dataset gives one cell, and where it says so.
struct WantedLabel
{
    CellLabel label;
    QString file;
    int line = 0;
};

QString labelText(const CellLabel &label)
{
    return label.isUnlabelled() ? Tr::tr("none") : label.name();
}

// The stored annotation box of a file's box: the same box, else the labelled cell kept in its
// place (IoU >= 0.5, see ProjectStore::replaceCells). 0 when none.
qint64 matchCell(const QList<CellRecord> &stored, const QRect &box)
{
    qint64 best = 0;
    double bestIou = 0.5;
    for (const CellRecord &c : stored) {
        if (c.kind != CellKind::Wbc)
            continue;
        if (c.box == box)
            return c.id;
        if (const double v = iou(c.box, box); v >= bestIou) {
            best = c.id;
            bestIou = v;
        }
    }
    return best;
}

// One run's state: the store, labels.csv, and the slides and notes known so far. Used inside the
// chunk transactions; a failed write returns false (the run then stops).
class ImportSession
{
public:
    ImportSession(ProjectStore &store, QString author, const DatasetLayout &layout,
                  const LabelTable &table)
        : m_store(store)
        , m_author(std::move(author))
        , m_root(layout.root)
        , m_labelsCsv(layout.labelsCsv)
        , m_table(table)
        , m_unresolved(store.unresolvedLabels())
    {}

    bool importImage(const DatasetImageFile &file, const ScannedImage &s, ImportReport &delta,
                     Problems &problems);

    QSet<QString> usedLabels;  // labels.csv keys that named an image
    QSet<qint64> slidesSeen;   // slides of the dataset's images

private:
    qint64 slideId(const QString &name, ImportReport &delta);
    bool readAnnotation(const DatasetImageFile &file, const ScannedImage &s, qint64 imageId,
                        bool known, QMap<qint64, WantedLabel> &wanted, ImportReport &delta,
                        Problems &problems);
    bool boxesEditedByAPerson(qint64 imageId) const;
    bool readLabelRow(const DatasetImageFile &file, qint64 imageId,
                      QMap<qint64, WantedLabel> &wanted, ImportReport &delta, Problems &problems);
    bool noteNeedsCellLabels(qint64 imageId, const QString &text, ImportReport &delta);
    bool applyLabels(const QString &imageName, const QMap<qint64, WantedLabel> &wanted,
                     ImportReport &delta, Problems &problems);

    ProjectStore &m_store;
    QString m_author;
    QDir m_root;
    QString m_labelsCsv;
    const LabelTable &m_table;
    QHash<qint64, QString> m_unresolved;
    QHash<QString, qint64> m_slideIds;
};

qint64 ImportSession::slideId(const QString &name, ImportReport &delta)
{
    if (const auto it = m_slideIds.constFind(name); it != m_slideIds.cend())
        return *it;
    qint64 id = 0;
    if (const auto existing = m_store.slideByName(name)) {
        id = existing->id;
    } else {
        id = m_store.ensureSlide(name);
        if (id != 0)
            ++delta.slidesCreated;
    }
    if (id != 0)
        m_slideIds.insert(name, id);
    return id;
}

bool ImportSession::importImage(const DatasetImageFile &file, const ScannedImage &s,
                                ImportReport &delta, Problems &problems)
{
    qint64 imageId = 0;
    const std::optional<ImageRecord> existing = m_store.imageByHash(s.sha256);
    if (existing) {
        if (QFileInfo(m_store.absolutePath(*existing)) != QFileInfo(s.path)) {
            ++delta.duplicates;
            problems.append({s.path, 0, Tr::tr("same content as %1 already in the project; skipped")
                                            .arg(existing->path)});
            return true;
        }
        ++delta.unchanged;
        imageId = existing->id;
        qint64 slide = existing->slideId;
        if (slide == 0) { // imported before images had slides
            slide = slideId(file.slide, delta);
            if (slide == 0 || !m_store.setImageSlide(imageId, slide))
                return false;
        }
        slidesSeen.insert(slide);
    } else {
        ImageRecord rec;
        rec.path = m_store.storedPath(s.path);
        rec.sha256 = s.sha256;
        rec.width = s.width;
        rec.height = s.height;
        rec.fileSize = s.size;
        rec.slideId = slideId(file.slide, delta);
        if (rec.slideId == 0)
            return false;
        imageId = m_store.addImage(rec);
        if (imageId == 0)
            return false;
        slidesSeen.insert(rec.slideId);
        ++delta.imported;
    }

    // The annotation first (its boxes are the cells labels.csv may name), then labels.csv.
    QMap<qint64, WantedLabel> wanted; // by cell id
    return readAnnotation(file, s, imageId, existing.has_value(), wanted, delta, problems)
           && readLabelRow(file, imageId, wanted, delta, problems)
           && applyLabels(m_root.relativeFilePath(s.path), wanted, delta, problems);
}

bool ImportSession::boxesEditedByAPerson(qint64 imageId) const
{
    const QList<CellRecord> cells = m_store.cells(imageId);
    return std::any_of(cells.cbegin(), cells.cend(),
                       [](const CellRecord &c) { return !c.editedBy.isEmpty(); })
           || !m_store.deletedCells(imageId).isEmpty();
}

bool ImportSession::readAnnotation(const DatasetImageFile &file, const ScannedImage &s,
                                   qint64 imageId, bool known, QMap<qint64, WantedLabel> &wanted,
                                   ImportReport &delta, Problems &problems)
{
    if (file.annotation.isEmpty())
        return true;
    const VocAnnotation ann = VocReader::readFile(file.annotation);
    problems += ann.problems;
    if (!ann.ok)
        return true;
    ++delta.annotationsRead;
    QList<CellRecord> cells;
    QList<QPair<QRect, const VocObject *>> labelled;
    for (const VocObject &o : ann.objects) {
        CellRecord c;
        c.kind = o.kind;
        c.box = o.box.intersected(QRect(0, 0, s.width, s.height));
        if (c.box.isEmpty())
            continue;
        c.source = QStringLiteral("annotation");
        cells.append(c);
        if (o.kind == CellKind::Wbc) {
            ++delta.wbcBoxes;
            if (!o.label.isUnlabelled())
                labelled.append({c.box, &o});
        }
    }
    if (!sameCells(cells, m_store.cells(imageId, QStringLiteral("annotation")))) {
        // A person's drawn, moved or deleted boxes win over the file, as a person's labels do.
        if (known && boxesEditedByAPerson(imageId)) {
            ++delta.boxesKept;
            problems.append({file.annotation, 0, Tr::tr("%1: keeps the boxes edited in the "
                                                        "project; the file's boxes differ and "
                                                        "were not applied")
                                                     .arg(m_root.relativeFilePath(s.path))});
        } else if (!m_store.replaceCells(imageId, QStringLiteral("annotation"), cells)) {
            return false;
        }
    }
    if (labelled.isEmpty())
        return true;
    const QList<CellRecord> stored = m_store.cells(imageId, QStringLiteral("annotation"));
    for (const auto &[box, object] : labelled) {
        if (const qint64 cellId = matchCell(stored, box))
            wanted.insert(cellId, {object->label, file.annotation, object->line});
    }
    return true;
}

bool ImportSession::readLabelRow(const DatasetImageFile &file, qint64 imageId,
                                 QMap<qint64, WantedLabel> &wanted, ImportReport &delta,
                                 Problems &problems)
{
    QString key;
    for (const QString &k : file.labelKeys) {
        if (m_table.labels.contains(k)) {
            key = k;
            break;
        }
    }
    if (key.isEmpty())
        return true;
    usedLabels.insert(key);
    const ImageLabel row = m_table.labels.value(key);
    const int line = m_table.lines.value(key);
    if (row.isUnlabeled())
        return true;
    if (row.isMultiCell())
        return noteNeedsCellLabels(imageId, row.toString(), delta);
    const QList<CellRecord> white = m_store.whiteCells(imageId);
    // One class: the image's single white cell. A whole-field cell import made before is that
    // cell even when detection has found boxes since.
    qint64 target = 0;
    for (const CellRecord &c : white) {
        if (c.isWholeField())
            target = c.id;
    }
    if (target == 0 && white.size() == 1)
        target = white.first().id;
    if (target == 0 && white.isEmpty()) {
        target = m_store.ensureWholeFieldCell(imageId);
        if (target == 0)
            return false;
    }
    if (target == 0) // several white cells: which one is meant?
        return noteNeedsCellLabels(imageId, row.toString(), delta);
    const CellLabel label = CellLabel::ofClass(*row.single());
    if (const auto it = wanted.constFind(target); it != wanted.cend() && it->label != label)
        problems.append({m_labelsCsv, line, Tr::tr("%1: the annotation %2 names its cell \"%3\", "
                                                   "labels.csv \"%4\"; labels.csv is used")
                                                .arg(key, QFileInfo(it->file).fileName(),
                                                     labelText(it->label), labelText(label))});
    wanted.insert(target, {label, m_labelsCsv, line});
    return true;
}

bool ImportSession::noteNeedsCellLabels(qint64 imageId, const QString &text, ImportReport &delta)
{
    // A field whose every white cell is labelled needs no note (a person resolved it).
    const QList<CellRecord> white = m_store.whiteCells(imageId);
    bool allLabelled = !white.isEmpty();
    for (const CellRecord &c : white) {
        const auto l = m_store.currentCellLabel(c.id);
        allLabelled = allLabelled && l && !l->label.isUnlabelled();
    }
    const auto note = m_unresolved.constFind(imageId);
    if (note == m_unresolved.cend() && allLabelled)
        return true;
    ++delta.needsCellLabels;
    if (note != m_unresolved.cend() && *note == text)
        return true;
    if (!m_store.setUnresolvedLabel(imageId, text))
        return false;
    m_unresolved.insert(imageId, text);
    return true;
}

bool ImportSession::applyLabels(const QString &imageName, const QMap<qint64, WantedLabel> &wanted,
                                ImportReport &delta, Problems &problems)
{
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        const std::optional<CellLabelRecord> current = m_store.currentCellLabel(it.key());
        if (current && current->label == it->label)
            continue;
        if (current && current->origin != LabelOrigin::Import) {
            ++delta.labelsKept;
            problems.append({it->file, it->line, Tr::tr("%1: keeps %2's label \"%3\" set on %4; "
                                                        "the file says \"%5\"")
                                                     .arg(imageName, current->author,
                                                          labelText(current->label),
                                                          current->createdAt.toUTC().toString(
                                                              Qt::ISODate),
                                                          labelText(it->label))});
            continue;
        }
        if (!m_store.addCellLabel(it.key(), it->label, LabelOrigin::Import, m_author))
            return false;
        ++delta.labelsSet;
    }
    return true;
}

} // namespace

DatasetImporter::DatasetImporter(ProjectStore &store, QString author)
    : m_store(store)
    , m_author(std::move(author))
{}

ImportReport DatasetImporter::run(const QString &datasetDir)
{
    ImportReport report;
    if (!QFileInfo(datasetDir).isDir()) {
        report.fatalError = Tr::tr("%1: not a folder").arg(datasetDir);
        return report;
    }
    if (!m_store.isOpen() || m_store.isReadOnly()) {
        report.fatalError = Tr::tr("%1: project is not open for writing").arg(m_store.path());
        return report;
    }
    // A shared project stores image paths relative to the folder of its first import (each
    // client maps that root to its own path, ProjectStore::setDatasetRoot).
    if (m_store.isShared() && m_store.storedDatasetRoot().isEmpty()) {
        const QString root = QFileInfo(datasetDir).absoluteFilePath();
        if (!m_store.setMeta(QStringLiteral("dataset_root"), root)) {
            report.fatalError = Tr::tr("%1: %2").arg(m_store.path(), m_store.lastError());
            return report;
        }
        m_store.setDatasetRoot(root);
    }
    const DatasetLayout layout = DatasetLayout::of(datasetDir);
    const LabelTable table = readLabelTable(layout);
    report.problems += table.problems;
    DatasetFiles files = findDatasetFiles(layout.root);
    // Whole-slide images (a tiled TIFF, whatever its size) are SlideImporter's, not fields.
    files.images.removeIf([](const DatasetImageFile &f) {
        return QFileInfo(f.path).suffix().toLower().startsWith(u"tif")
               && SlideReader::isSlideFile(f.path);
    });
    report.imagesFound = int(files.images.size());
    ImportSession session(m_store, m_author, layout, table);

    for (qsizetype start = 0; start < files.images.size(); start += kChunk) {
        if (m_cancel && m_cancel->load()) {
            report.cancelled = true;
            break;
        }
        const QList<DatasetImageFile> chunk = files.images.mid(start, kChunk);
        QStringList paths;
        for (const DatasetImageFile &f : chunk)
            paths.append(f.path);
        const QList<ScannedImage> scanned = QtConcurrent::blockingMapped(paths, scan);
        ImportReport delta;
        Problems chunkProblems;
        const bool ok = m_store.transaction([&] {
            for (qsizetype i = 0; i < scanned.size(); ++i) {
                const ScannedImage &s = scanned.at(i);
                if (!s.error.isEmpty()) {
                    ++delta.skipped;
                    chunkProblems.append({s.path, 0, s.error});
                    continue;
                }
                if (!session.importImage(chunk.at(i), s, delta, chunkProblems))
                    return false;
            }
            return true;
        });
        if (!ok) {
            report.fatalError
                = Tr::tr("%1: write failed: %2").arg(m_store.path(), m_store.lastError());
            break;
        }
        report.imported += delta.imported;
        report.unchanged += delta.unchanged;
        report.duplicates += delta.duplicates;
        report.skipped += delta.skipped;
        report.slidesCreated += delta.slidesCreated;
        report.labelsSet += delta.labelsSet;
        report.labelsKept += delta.labelsKept;
        report.boxesKept += delta.boxesKept;
        report.needsCellLabels += delta.needsCellLabels;
        report.annotationsRead += delta.annotationsRead;
        report.wbcBoxes += delta.wbcBoxes;
        report.problems += chunkProblems;
        if (m_progress)
            m_progress(int(std::min(start + kChunk, files.images.size())),
                       int(files.images.size()));
    }
    report.slides = int(session.slidesSeen.size());

    if (!report.cancelled && report.fatalError.isEmpty()) {
        for (auto it = table.labels.cbegin(); it != table.labels.cend(); ++it) {
            if (!session.usedLabels.contains(it.key()))
                report.problems.append({layout.labelsCsv, table.lines.value(it.key()),
                                        Tr::tr("names \"%1\", which is not an importable image in "
                                               "the dataset")
                                            .arg(it.key())});
        }
        for (const QString &xml : files.orphanAnnotations)
            report.problems.append({xml, 0, Tr::tr("annotation of no image: no image of that "
                                                   "name beside it or in images/; ignored")});
    }
    return report;
}

} // namespace wbc
