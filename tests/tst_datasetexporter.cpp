#include "base/csvwriter.h"
#include "csvtestsupport.h"
#include "dataset/csvreader.h"
#include "dataset/datasetexporter.h"
#include "dataset/datasetimporter.h"
#include "project/projectstore.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgcodecs.hpp>

using namespace wbc;

namespace {

QByteArray pngBytes(int w, int h, int shade)
{
    std::vector<uchar> buf;
    cv::imencode(".png", cv::Mat(h, w, CV_8UC3, cv::Scalar(200, shade, 210)), buf);
    return QByteArray(reinterpret_cast<const char *>(buf.data()), qsizetype(buf.size()));
}

QByteArray vocBytes(const QString &image, const QList<QPair<QString, QRect>> &objects)
{
    QList<VocObject> list;
    for (const auto &[name, box] : objects)
        list.append(VocObject(parseCellKind(name), name, box));
    return writeVoc(image, 120, 90, list);
}

QString dump(const Problems &problems)
{
    QString s;
    for (const Problem &p : problems)
        s += p.toString() + u'\n';
    return s;
}

// The image whose stored path ends with `suffix`.
ImageRecord imageAt(const ProjectStore &store, const QString &suffix)
{
    for (const ImageRecord &img : store.images()) {
        if (img.path.endsWith(suffix))
            return img;
    }
    return {};
}

QString slideOf(const ProjectStore &store, const ImageRecord &img)
{
    const auto s = store.slide(img.slideId);
    return s ? s->name : QString();
}

// What an image's white cells say, comparable across projects: "x,y,w,h=LABEL" per cell (a
// whole-field cell marked "field"), sorted.
QStringList cellSummary(const ProjectStore &store, qint64 imageId)
{
    QStringList out;
    for (const CellRecord &c : store.whiteCells(imageId)) {
        const auto l = store.currentCellLabel(c.id);
        out.append(QStringLiteral("%1,%2,%3,%4=%5%6")
                       .arg(c.box.x())
                       .arg(c.box.y())
                       .arg(c.box.width())
                       .arg(c.box.height())
                       .arg(l ? l->label.name() : QString(),
                            c.isWholeField() ? QStringLiteral(" field") : QString()));
    }
    out.sort();
    return out;
}

// A project with four slides (one renamed to a nested name), two images named a.png in one
// slide and a third in another, classes, special labels, a person's label, a drawn box, a
// detected box, a whole-field label and a field that needs per-cell labels.
struct Fixture
{
    QTemporaryDir dir;
    ProjectStore store;
    qint64 personCell = 0; // labelled LYMPHOCYTE by dr.x
    qint64 detectedCell = 0;
    qint64 neutrophilCell = 0;

    bool build()
    {
        const QString data = dir.filePath(QStringLiteral("data"));
        test::writeFile(data + QStringLiteral("/s1/a.png"), pngBytes(120, 90, 1));
        test::writeFile(data + QStringLiteral("/s1/images/a.png"), pngBytes(120, 90, 2));
        test::writeFile(data + QStringLiteral("/s1/annotations/a.xml"),
                        vocBytes(QStringLiteral("a.png"),
                                 {{QStringLiteral("NEUTROPHIL"), QRect(5, 5, 30, 30)},
                                  {QStringLiteral("WBC"), QRect(50, 5, 30, 30)},
                                  {QStringLiteral("RBC"), QRect(5, 50, 20, 20)},
                                  {QStringLiteral("Platelets"), QRect(40, 50, 6, 6)}}));
        test::writeFile(data + QStringLiteral("/s2/a.png"), pngBytes(120, 90, 3));
        test::writeFile(data + QStringLiteral("/s2/a.xml"),
                        vocBytes(QStringLiteral("a.png"),
                                 {{QStringLiteral("SMUDGE"), QRect(10, 10, 40, 40)}}));
        test::writeFile(data + QStringLiteral("/s2/deep/b.png"), pngBytes(120, 90, 4));
        test::writeFile(data + QStringLiteral("/c.png"), pngBytes(120, 90, 5));
        test::writeFile(data + QStringLiteral("/c.xml"),
                        vocBytes(QStringLiteral("c.png"),
                                 {{QStringLiteral("WBC"), QRect(0, 0, 30, 30)},
                                  {QStringLiteral("WBC"), QRect(60, 40, 30, 30)}}));
        test::writeFile(data + QStringLiteral("/labels.csv"),
                        "image,label\ns2/deep/b.png,BASOPHIL\nc.png,\"NEUTROPHIL,LYMPHOCYTE\"\n");
        if (!store.open(dir.filePath(QStringLiteral("a.wbc"))))
            return false;
        const ImportReport r = DatasetImporter(store, QStringLiteral("importer")).run(data);
        if (!r.problems.isEmpty() || r.imported != 5)
            return false;

        SlideRecord s1 = *store.slideByName(QStringLiteral("s1"));
        s1.name = QStringLiteral("ward 3/patient 7");
        if (!store.updateSlide(s1))
            return false;
        // The WBC box of s1/images/a.png: a person names it.
        const ImageRecord a1 = imageAt(store, QStringLiteral("s1/images/a.png"));
        for (const CellRecord &c : store.whiteCells(a1.id)) {
            if (!store.currentCellLabel(c.id))
                personCell = c.id;
            else
                neutrophilCell = c.id;
        }
        if (!store.addCellLabel(personCell,
                                CellLabel::ofClass(CellClass::Lymphocyte),
                                LabelOrigin::Key,
                                QStringLiteral("dr.x")))
            return false;
        // s2/a.png: a box drawn by a person, unidentified; s1/a.png: a detected cell.
        const ImageRecord a2 = imageAt(store, QStringLiteral("s2/a.png"));
        CellRecord drawn;
        drawn.imageId = a2.id;
        drawn.box = QRect(70, 40, 25, 25);
        drawn.source = QStringLiteral("user");
        drawn.editedBy = QStringLiteral("dr.x");
        const qint64 drawnId = store.addCell(drawn);
        if (drawnId == 0
            || !store.addCellLabel(
                drawnId, CellLabel::unidentified(), LabelOrigin::Key, QStringLiteral("dr.x")))
            return false;
        CellRecord detected;
        detected.imageId = imageAt(store, QStringLiteral("s1/a.png")).id;
        detected.box = QRect(30, 30, 28, 28);
        detected.source = QStringLiteral("detected");
        detected.score = 0.9;
        detectedCell = store.addCell(detected);
        return detectedCell > 0;
    }

    int whiteCellCount() const
    {
        int n = 0;
        for (const QList<CellRecord> &cells : store.whiteCellsByImage())
            n += int(cells.size());
        return n;
    }
};

} // namespace

class TestDatasetExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cellCsvHasOneRowPerWhiteCell()
    {
        Fixture f;
        QVERIFY(f.build());
        // An active model with a prediction for one cell.
        QSqlQuery q(f.store.database());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO models (path, task, arch, created_at, active) "
                                      "VALUES ('m.wbcmodel', 'four', 'small', '2024-01-01', 1)")));
        const qint64 modelId = q.lastInsertId().toLongLong();
        PredictionRecord p;
        p.imageId = f.store.cell(f.personCell)->imageId;
        p.cellId = f.personCell;
        p.predicted = CellClass::Monocyte;
        p.probabilities = {{CellClass::Neutrophil, 0.125},
                           {CellClass::Eosinophil, 0.0},
                           {CellClass::Lymphocyte, 0.125},
                           {CellClass::Monocyte, 0.75}};
        QVERIFY(f.store.replacePredictions(modelId, {p}));

        const QString csv = f.dir.filePath(QStringLiteral("cells.csv"));
        const ExportReport r = DatasetExporter::exportCells(f.store, csv);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.images, 5);
        QCOMPARE(r.slides, 4);
        const QByteArray bytes = test::readFile(csv);
        QCOMPARE(bytes.left(bytes.indexOf('\n')),
                 QByteArray("slide,image,cell,x0,y0,x1,y1,label,author,labelled_at,origin,"
                            "predicted,probability"));
        const CsvDocument doc = CsvReader::readFile(csv);
        QVERIFY2(doc.problems.isEmpty(), qPrintable(dump(doc.problems)));
        QCOMPARE(int(doc.records.size()) - 1, f.whiteCellCount());
        QCOMPARE(r.cells, f.whiteCellCount());
        bool sawPerson = false, sawDetected = false, sawField = false;
        for (qsizetype i = 1; i < doc.records.size(); ++i) {
            const QStringList row = doc.records.at(i).fields;
            QCOMPARE(row.size(), 13);
            const qint64 cellId = row.at(2).toLongLong();
            const std::optional<CellRecord> cell = f.store.cell(cellId);
            QVERIFY(cell);
            const ImageRecord img = *f.store.image(cell->imageId);
            QCOMPARE(row.at(0), slideOf(f.store, img));
            // The image, relative to the CSV's folder.
            QVERIFY(QFileInfo::exists(f.dir.filePath(row.at(1))));
            QCOMPARE(row.at(1), QDir(f.dir.path()).relativeFilePath(f.store.absolutePath(img)));
            QCOMPARE(row.at(3).toInt(), cell->box.x());
            QCOMPARE(row.at(4).toInt(), cell->box.y());
            QCOMPARE(row.at(5).toInt(), cell->box.x() + cell->box.width());
            QCOMPARE(row.at(6).toInt(), cell->box.y() + cell->box.height());
            if (cellId == f.personCell) {
                sawPerson = true;
                QCOMPARE(row.at(0), QStringLiteral("ward 3/patient 7"));
                QCOMPARE(row.at(7), QStringLiteral("LYMPHOCYTE"));
                QCOMPARE(row.at(8), QStringLiteral("dr.x"));
                const QDateTime at = QDateTime::fromString(row.at(9), Qt::ISODate);
                QVERIFY2(at.isValid() && row.at(9).endsWith(u'Z'), qPrintable(row.at(9)));
                QVERIFY(qAbs(at.secsTo(QDateTime::currentDateTimeUtc())) < 600);
                QCOMPARE(row.at(10), QStringLiteral("key"));
                QCOMPARE(row.at(11), QStringLiteral("MONOCYTE"));
                QCOMPARE(row.at(12), QStringLiteral("0.750000"));
            } else {
                QVERIFY(row.at(11).isEmpty() && row.at(12).isEmpty());
            }
            if (cellId == f.detectedCell) {
                sawDetected = true;
                for (int c = 7; c <= 10; ++c)
                    QVERIFY(row.at(c).isEmpty()); // no label entry
            }
            if (cellId == f.neutrophilCell) {
                QCOMPARE(row.at(7), QStringLiteral("NEUTROPHIL"));
                QCOMPARE(row.at(8), QStringLiteral("importer"));
                QCOMPARE(row.at(10), QStringLiteral("import"));
            }
            if (cell->isWholeField()) {
                sawField = true;
                QCOMPARE(row.at(7), QStringLiteral("BASOPHIL"));
                QCOMPARE(row.mid(3, 4), (QStringList{"0", "0", "120", "90"}));
            }
        }
        QVERIFY(sawPerson && sawDetected && sawField);
    }

    void labelsFormatKeepsImageLabels()
    {
        Fixture f;
        QVERIFY(f.build());
        const QString csv = f.dir.filePath(QStringLiteral("labels.csv"));
        const ExportReport r = DatasetExporter::exportLabels(f.store, csv);
        QVERIFY2(r.ok(), qPrintable(r.error));
        const CsvDocument doc = CsvReader::readFile(csv);
        QCOMPARE(doc.records.first().fields, (QStringList{"image", "label"}));
        QCOMPARE(doc.records.size(), 6);
        QHash<QString, QString> labels;
        for (qsizetype i = 1; i < doc.records.size(); ++i)
            labels.insert(doc.records.at(i).fields.at(0), doc.records.at(i).fields.at(1));
        // a.png is not unique: paths relative to the CSV.
        QCOMPARE(labels.value(QStringLiteral("data/s2/deep/b.png")), QStringLiteral("BASOPHIL"));
        QCOMPARE(labels.value(QStringLiteral("data/s1/images/a.png")),
                 QStringLiteral("NEUTROPHIL,LYMPHOCYTE"));
        QVERIFY(labels.contains(QStringLiteral("data/c.png")));
        QCOMPARE(labels.value(QStringLiteral("data/c.png")), QString()); // needs per-cell labels
    }

    void vocExportImportsToTheSameSlidesAndLabels()
    {
        Fixture f;
        QVERIFY(f.build());
        const QString out = f.dir.filePath(QStringLiteral("export"));
        const ExportReport r = DatasetExporter::exportVoc(f.store, out);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY2(r.problems.isEmpty(), qPrintable(dump(r.problems)));
        QCOMPARE(r.images, 5);
        QCOMPARE(r.slides, 4);
        QCOMPARE(r.cells, f.whiteCellCount());
        // One folder per slide, nested for '/'; the two a.png of one slide get distinct names.
        for (const char *path : {"ward 3/patient 7/images/a.png",
                                 "ward 3/patient 7/images/a_2.png",
                                 "ward 3/patient 7/annotations/a.xml",
                                 "ward 3/patient 7/annotations/a_2.xml",
                                 "s2/images/a.png",
                                 "s2/annotations/a.xml",
                                 "s2/deep/images/b.png",
                                 "data/images/c.png",
                                 "data/annotations/c.xml",
                                 "labels.csv"})
            QVERIFY2(QFileInfo::exists(out + u'/' + QLatin1String(path)), path);
        QVERIFY(!QFileInfo::exists(out + QStringLiteral("/s2/deep/annotations")));
        const QByteArray xml = test::readFile(out + QStringLiteral("/s2/annotations/a.xml"));
        QVERIFY(xml.contains("<name>SMUDGE</name>"));
        QVERIFY(xml.contains("<name>UNIDENTIFIED</name>"));

        ProjectStore b;
        QVERIFY(b.open(f.dir.filePath(QStringLiteral("b.wbc"))));
        const ImportReport back = DatasetImporter(b, QStringLiteral("x")).run(out);
        QVERIFY2(back.problems.isEmpty(), qPrintable(dump(back.problems)));
        QCOMPARE(back.imported, 5);
        QStringList slidesA, slidesB;
        for (const SlideRecord &s : f.store.slides())
            slidesA.append(s.name);
        for (const SlideRecord &s : b.slides())
            slidesB.append(s.name);
        QCOMPARE(slidesB, slidesA);
        QCOMPARE(slidesB, (QStringList{"data", "s2", "s2/deep", "ward 3/patient 7"}));
        const QHash<qint64, QString> notesA = f.store.unresolvedLabels();
        const QHash<qint64, QString> notesB = b.unresolvedLabels();
        QCOMPARE(notesB.size(), 1);
        for (const ImageRecord &img : f.store.images()) {
            const auto other = b.imageByHash(img.sha256);
            QVERIFY2(other, qPrintable(img.path));
            QCOMPARE(slideOf(b, *other), slideOf(f.store, img));
            QCOMPARE(cellSummary(b, other->id), cellSummary(f.store, img.id));
            QCOMPARE(notesB.value(other->id), notesA.value(img.id));
            // RBC and platelet boxes too.
            QCOMPARE(b.cells(other->id).size() - b.whiteCells(other->id).size(),
                     f.store.cells(img.id).size() - f.store.whiteCells(img.id).size());
        }
        QCOMPARE(b.stats().cellsLabelled, f.store.stats().cellsLabelled);
    }

    void vocExportNeedsAnEmptyFolderAndSkipsMissingImages()
    {
        Fixture f;
        QVERIFY(f.build());
        const QString out = f.dir.filePath(QStringLiteral("export"));
        test::writeFile(out + QStringLiteral("/old.txt"), "x");
        const ExportReport refused = DatasetExporter::exportVoc(f.store, out);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error.contains(QStringLiteral("not empty")), qPrintable(refused.error));
        QCOMPARE(refused.files, 0);

        QVERIFY(QFile::remove(f.store.absolutePath(imageAt(f.store, QStringLiteral("s2/a.png")))));
        const ExportReport r
            = DatasetExporter::exportVoc(f.store, f.dir.filePath(QStringLiteral("e2")));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.images, 4);
        QCOMPARE(r.problems.size(), 1);
        QVERIFY(r.problems.first().file.endsWith(QStringLiteral("s2/a.png")));
    }

    void slideNamesBecomeSafeFolders()
    {
        Fixture f;
        QVERIFY(f.build());
        SlideRecord s = *f.store.slideByName(QStringLiteral("s2"));
        s.name = QStringLiteral("../up/images/a:b");
        QVERIFY(f.store.updateSlide(s));
        const QString out = f.dir.filePath(QStringLiteral("export"));
        const ExportReport r = DatasetExporter::exportVoc(f.store, out);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(QFileInfo::exists(out + QStringLiteral("/_/up/images_/a_b/images/a.png")));
        QVERIFY(!QFileInfo::exists(f.dir.filePath(QStringLiteral("up"))));
    }

    // Slides, images and authors named like formulas: no CSV the exporter writes holds a cell a
    // spreadsheet would run (each is written with a leading apostrophe), and every CSV reads back
    // to the names it was given; the VOC export's labels.csv imports to the same labels.
    void csvCellsAreSafeForSpreadsheets()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        const QStringList names = test::hostileNames();
        const QStringList classes{"NEUTROPHIL", "LYMPHOCYTE", "MONOCYTE", "EOSINOPHIL", "BASOPHIL"};
        QHash<QString, QString> labelOfFile; // file name -> class
        CsvWriter labels;
        labels.row({"image", "label"});
        for (qsizetype i = 0; i < names.size(); ++i) {
            // Folders s0, s1, ...: import trims the keys of labels.csv, and a folder's name leads.
            const QString file = QString(names.at(i)).replace(u'/', u'_') + QStringLiteral(".png");
            const QString key = QStringLiteral("s%1/").arg(i) + file;
            test::writeFile(data + u'/' + key, pngBytes(120, 90, int(10 * i)));
            labels.row({key, classes.at(i % classes.size())});
            labelOfFile.insert(file, classes.at(i % classes.size()));
        }
        test::writeFile(data + QStringLiteral("/labels.csv"), labels.data());
        ProjectStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("a.wbc"))));
        const ImportReport imported = DatasetImporter(store, QStringLiteral("importer")).run(data);
        QVERIFY2(imported.problems.isEmpty(), qPrintable(dump(imported.problems)));
        QCOMPARE(imported.imported, int(names.size()));
        QCOMPARE(imported.labelsSet, int(names.size()));
        // Each label's author gets one of the names, and each slide (the store trims slide
        // names: the tab and CR ones keep their folder's).
        QHash<qint64, QString> nameOfCell, slideOfCell;
        for (const ImageRecord &img : store.images()) {
            const qsizetype j = QFileInfo(img.path).dir().dirName().mid(1).toInt();
            QVERIFY2(j >= 0 && j < names.size(), qPrintable(img.path));
            SlideRecord slide = *store.slide(img.slideId);
            if (names.at(j).trimmed() == names.at(j)) {
                slide.name = names.at(j);
                QVERIFY2(store.updateSlide(slide), qPrintable(store.lastError()));
            }
            const QList<CellRecord> cells = store.whiteCells(img.id);
            QCOMPARE(cells.size(), 1);
            QVERIFY(store.addCellLabel(cells.first().id,
                                       store.currentCellLabel(cells.first().id)->label,
                                       LabelOrigin::Key,
                                       names.at(j)));
            nameOfCell.insert(cells.first().id, names.at(j));
            slideOfCell.insert(cells.first().id, slide.name);
        }

        const QString cellsCsv = dir.filePath(QStringLiteral("cells.csv"));
        QVERIFY2(DatasetExporter::exportCells(store, cellsCsv).ok(), "cells");
        const QByteArray cellBytes = test::readFile(cellsCsv);
        QCOMPARE(test::formulaCells(cellBytes), QStringList());
        QVERIFY(cellBytes.contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""));
        QVERIFY(cellBytes.contains(",'@SUM(A1),"));
        const CsvDocument cells = CsvReader::readFile(cellsCsv);
        QVERIFY2(cells.problems.isEmpty(), qPrintable(dump(cells.problems)));
        QCOMPARE(cells.records.size(), names.size() + 1);
        for (const CsvRecord &r : cells.records.mid(1)) {
            const qint64 cell = r.fields.at(2).toLongLong();
            QCOMPARE(r.fields.at(0), slideOfCell.value(cell));
            QCOMPARE(r.fields.at(8), nameOfCell.value(cell)); // author
            QCOMPARE(r.fields.mid(3, 4), (QStringList{"0", "0", "120", "90"})); // numbers
        }

        const QString labelsCsv = dir.filePath(QStringLiteral("labels.csv"));
        QVERIFY2(DatasetExporter::exportLabels(store, labelsCsv).ok(), "labels");
        QCOMPARE(test::formulaCells(test::readFile(labelsCsv)), QStringList());
        const CsvDocument labelDoc = CsvReader::readFile(labelsCsv);
        QCOMPARE(labelDoc.records.size(), names.size() + 1);
        for (const CsvRecord &r : labelDoc.records.mid(1))
            QCOMPARE(r.fields.at(1), labelOfFile.value(r.fields.at(0))); // plain file names

        const QString voc = dir.filePath(QStringLiteral("voc"));
        const ExportReport exported = DatasetExporter::exportVoc(store, voc);
        QVERIFY2(exported.ok() && exported.problems.isEmpty(), qPrintable(exported.error));
        QCOMPARE(test::formulaCells(test::readFile(voc + QStringLiteral("/labels.csv"))),
                 QStringList());
        ProjectStore back;
        QVERIFY(back.open(dir.filePath(QStringLiteral("b.wbc"))));
        const ImportReport again = DatasetImporter(back, QStringLiteral("x")).run(voc);
        QVERIFY2(again.problems.isEmpty(), qPrintable(dump(again.problems)));
        QCOMPARE(again.imported, int(names.size()));
        for (const ImageRecord &img : store.images()) {
            const auto other = back.imageByHash(img.sha256);
            QVERIFY2(other, qPrintable(img.path));
            QCOMPARE(cellSummary(back, other->id), cellSummary(store, img.id));
        }
    }

    void cocoJsonShape()
    {
        Fixture f;
        QVERIFY(f.build());
        QVERIFY(QDir().mkpath(f.dir.filePath(QStringLiteral("coco"))));
        const QString json = f.dir.filePath(QStringLiteral("coco/cells.json"));
        const ExportReport r = DatasetExporter::exportCoco(f.store, json);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QJsonParseError error;
        const QJsonObject doc = QJsonDocument::fromJson(test::readFile(json), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);

        const QJsonArray categories = doc.value(QStringLiteral("categories")).toArray();
        const QStringList expected = {"NEUTROPHIL",
                                      "EOSINOPHIL",
                                      "LYMPHOCYTE",
                                      "MONOCYTE",
                                      "BASOPHIL",
                                      "POLYNUCLEAR",
                                      "MONONUCLEAR",
                                      "UNIDENTIFIED",
                                      "SMUDGE",
                                      "ARTEFACT",
                                      "DAMAGED",
                                      "WBC"};
        QCOMPARE(DatasetExporter::cocoCategories(), expected);
        QCOMPARE(categories.size(), expected.size());
        QHash<int, QString> categoryName;
        for (int i = 0; i < categories.size(); ++i) {
            const QJsonObject c = categories.at(i).toObject();
            QCOMPARE(c.value(QStringLiteral("id")).toInt(), i + 1);
            QCOMPARE(c.value(QStringLiteral("name")).toString(), expected.at(i));
            categoryName.insert(i + 1, expected.at(i));
        }

        const QJsonArray images = doc.value(QStringLiteral("images")).toArray();
        QCOMPARE(images.size(), 5);
        QHash<int, QJsonObject> imageById;
        for (const QJsonValue &v : images) {
            const QJsonObject img = v.toObject();
            const QString file = img.value(QStringLiteral("file_name")).toString();
            QVERIFY2(file.startsWith(QStringLiteral("../data/")), qPrintable(file));
            QVERIFY2(QFileInfo::exists(QFileInfo(json).dir().filePath(file)), qPrintable(file));
            QCOMPARE(img.value(QStringLiteral("width")).toInt(), 120);
            QCOMPARE(img.value(QStringLiteral("height")).toInt(), 90);
            QVERIFY(!img.value(QStringLiteral("wbc_slide")).toString().isEmpty());
            imageById.insert(img.value(QStringLiteral("id")).toInt(), img);
        }

        const QJsonArray annotations = doc.value(QStringLiteral("annotations")).toArray();
        QCOMPARE(annotations.size(), f.whiteCellCount());
        QSet<int> ids;
        const QHash<qint64, CellLabelRecord> labels = f.store.currentCellLabels();
        for (const QJsonValue &v : annotations) {
            const QJsonObject a = v.toObject();
            ids.insert(a.value(QStringLiteral("id")).toInt());
            QVERIFY(imageById.contains(a.value(QStringLiteral("image_id")).toInt()));
            QCOMPARE(a.value(QStringLiteral("iscrowd")).toInt(), 0);
            const auto cell = f.store.cell(a.value(QStringLiteral("wbc_cell_id")).toInteger());
            QVERIFY(cell);
            const QJsonArray bbox = a.value(QStringLiteral("bbox")).toArray();
            QCOMPARE(bbox.size(), 4);
            QCOMPARE(QRect(bbox.at(0).toInt(),
                           bbox.at(1).toInt(),
                           bbox.at(2).toInt(),
                           bbox.at(3).toInt()),
                     cell->box);
            QCOMPARE(a.value(QStringLiteral("area")).toInteger(),
                     qint64(cell->box.width()) * cell->box.height());
            const CellLabel label = labels.value(cell->id).label;
            QCOMPARE(categoryName.value(a.value(QStringLiteral("category_id")).toInt()),
                     label.isUnlabelled() ? QStringLiteral("WBC") : label.name());
            QCOMPARE(a.value(QStringLiteral("wbc_whole_field")).toBool(), cell->isWholeField());
        }
        QCOMPARE(ids.size(), annotations.size()); // unique annotation ids
    }
};

QTEST_GUILESS_MAIN(TestDatasetExporter)
#include "tst_datasetexporter.moc"
