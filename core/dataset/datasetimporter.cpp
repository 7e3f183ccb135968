#include "dataset/datasetimporter.h"

#include "dataset/csvreader.h"
#include "base/imagefile.h"
#include "project/projectstore.h"
#include "dataset/vocreader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
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

ScannedImage scan(const QString &path)
{
    ScannedImage s;
    s.path = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        s.error = Tr::tr("cannot open: %1").arg(file.errorString());
        return s;
    }
    const QByteArray data = file.readAll();
    s.size = data.size();
    const DecodedImage img = decodeImageData(data);
    if (!img.ok()) {
        s.error = img.error + Tr::tr("; skipped");
        return s;
    }
    s.width = img.bgr.cols;
    s.height = img.bgr.rows;
    s.sha256 = QString::fromLatin1(
        QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
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

struct LabelEntry
{
    ImageLabel label;
    int line = 0;
};

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
    const DatasetLayout layout = DatasetLayout::of(datasetDir);
    const QDir root(layout.root);
    LabelTable table = readLabelTable(layout);
    report.problems += table.problems;

    QStringList paths;
    QDirIterator it(layout.imageDir, QDir::Files | QDir::Readable);
    while (it.hasNext()) {
        const QString path = it.next();
        if (isImageFileName(path))
            paths.append(path);
    }
    std::sort(paths.begin(), paths.end());
    report.imagesFound = int(paths.size());

    QSet<QString> usedLabels;
    QSet<QString> usedXml;
    for (qsizetype start = 0; start < paths.size(); start += kChunk) {
        if (m_cancel && m_cancel->load()) {
            report.cancelled = true;
            break;
        }
        const QStringList chunk = paths.mid(start, kChunk);
        const QList<ScannedImage> scanned = QtConcurrent::blockingMapped(chunk, scan);
        ImportReport delta;
        Problems chunkProblems;
        const bool ok = m_store.transaction([&] {
            for (const ScannedImage &s : scanned) {
                if (!s.error.isEmpty()) {
                    ++delta.skipped;
                    chunkProblems.append({s.path, 0, s.error});
                    continue;
                }
                qint64 imageId = 0;
                if (const auto existing = m_store.imageByHash(s.sha256)) {
                    if (QFileInfo(m_store.absolutePath(*existing)) != QFileInfo(s.path)) {
                        ++delta.duplicates;
                        chunkProblems.append({s.path, 0, Tr::tr("same content as %1 already in the "
                                                            "project; skipped")
                                                             .arg(existing->path)});
                        continue;
                    }
                    ++delta.unchanged;
                    imageId = existing->id;
                } else {
                    ImageRecord rec;
                    rec.path = m_store.storedPath(s.path);
                    rec.sha256 = s.sha256;
                    rec.width = s.width;
                    rec.height = s.height;
                    rec.fileSize = s.size;
                    imageId = m_store.addImage(rec);
                    if (imageId == 0)
                        return false;
                    ++delta.imported;
                }

                // Label from labels.csv, named relative to the root or to images/.
                const QString relRoot = root.relativeFilePath(s.path);
                const QString relImages = QDir(layout.imageDir).relativeFilePath(s.path);
                const QString key = table.labels.contains(relRoot) ? relRoot : relImages;
                if (const auto lit = table.labels.constFind(key); lit != table.labels.cend()) {
                    usedLabels.insert(key);
                    const auto current = m_store.currentLabel(imageId);
                    const ImageLabel now = current ? current->label : ImageLabel();
                    if (now == *lit) {
                        // nothing to do
                    } else if (current && current->source != u"import") {
                        ++delta.labelsKept;
                        chunkProblems.append({ layout.labelsCsv,
                            0,
                            Tr::tr("%1: keeps %2's label \"%3\" set on %4; the "
                                   "file says \"%5\"")
                                .arg(relImages,
                                    current->author,
                                    current->label.toString(),
                                    current->createdAt.toString(Qt::ISODate),
                                    lit->toString()) });
                    } else {
                        if (!m_store.addLabel(imageId, *lit, QStringLiteral("import"), m_author))
                            return false;
                        ++delta.labelsSet;
                    }
                }

                // Boxes from the VOC file of the same name.
                const QString xml = QDir(layout.annotationDir)
                                        .absoluteFilePath(QFileInfo(s.path).completeBaseName()
                                                          + QStringLiteral(".xml"));
                if (QFileInfo(xml).isFile()) {
                    usedXml.insert(xml);
                    const VocAnnotation ann = VocReader::readFile(xml);
                    chunkProblems += ann.problems;
                    if (!ann.ok)
                        continue;
                    ++delta.annotationsRead;
                    QList<CellRecord> cells;
                    for (const VocObject &o : ann.objects) {
                        CellRecord c;
                        c.kind = o.kind;
                        c.box = o.box.intersected(QRect(0, 0, s.width, s.height));
                        if (c.box.isEmpty())
                            continue;
                        c.source = QStringLiteral("annotation");
                        cells.append(c);
                        if (o.kind == CellKind::Wbc)
                            ++delta.wbcBoxes;
                    }
                    if (!sameCells(cells, m_store.cells(imageId, QStringLiteral("annotation")))
                        && !m_store.replaceCells(imageId, QStringLiteral("annotation"), cells))
                        return false;
                }
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
        report.labelsSet += delta.labelsSet;
        report.labelsKept += delta.labelsKept;
        report.annotationsRead += delta.annotationsRead;
        report.wbcBoxes += delta.wbcBoxes;
        report.problems += chunkProblems;
        if (m_progress)
            m_progress(int(std::min(start + kChunk, paths.size())), int(paths.size()));
    }

    if (!report.cancelled && report.fatalError.isEmpty()) {
        for (auto it = table.labels.cbegin(); it != table.labels.cend(); ++it) {
            if (!usedLabels.contains(it.key()))
                report.problems.append({layout.labelsCsv, table.lines.value(it.key()),
                                        Tr::tr("names \"%1\", which is not an importable image in "
                                           "the dataset")
                                            .arg(it.key())});
        }
    }
    return report;
}

} // namespace wbc
