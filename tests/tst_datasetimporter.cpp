#include "base/imagefile.h"
#include "dataset/datasetimporter.h"
#include "project/projectstore.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgcodecs.hpp>

using namespace wbc;

namespace {

int rowCount(const ProjectStore &store, const char *table)
{
    QSqlQuery q(store.database());
    q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)));
    return q.next() ? q.value(0).toInt() : -1;
}

bool anyProblem(const ImportReport &r, const QString &file, const QString &words, int line = -1)
{
    for (const Problem &p : r.problems) {
        if (p.file.endsWith(file) && p.message.contains(words) && (line < 0 || p.line == line))
            return true;
    }
    return false;
}

QString dump(const ImportReport &r)
{
    QString s;
    for (const Problem &p : r.problems)
        s += p.toString() + u'\n';
    return s;
}

QByteArray pngBytes(int w, int h, int shade = 180)
{
    std::vector<uchar> buf;
    cv::imencode(".png", cv::Mat(h, w, CV_8UC3, cv::Scalar(200, shade, 210)), buf);
    return QByteArray(reinterpret_cast<const char *>(buf.data()), qsizetype(buf.size()));
}

// A VOC file for a w x h image with the given (name, box) objects.
QByteArray vocBytes(const QString &image, int w, int h, const QList<QPair<QString, QRect>> &objects)
{
    QList<VocObject> list;
    for (const auto &[name, box] : objects)
        list.append(VocObject(parseCellKind(name), name, box));
    return writeVoc(image, w, h, list);
}

std::optional<ImageRecord> imageNamed(const ProjectStore &store, const QString &fileName)
{
    for (const ImageRecord &img : store.images()) {
        if (QFileInfo(img.path).fileName() == fileName)
            return img;
    }
    return std::nullopt;
}

// The image's white cells' current label names, in cell order ("" for an unlabelled cell).
QStringList cellLabels(const ProjectStore &store, qint64 imageId)
{
    QStringList out;
    for (const CellRecord &c : store.whiteCells(imageId)) {
        const auto l = store.currentCellLabel(c.id);
        out.append(l ? l->label.name() : QString());
    }
    return out;
}

QString slideOf(const ProjectStore &store, const ImageRecord &img)
{
    const auto s = store.slide(img.slideId);
    return s ? s->name : QString();
}

} // namespace

class TestDatasetImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importsSyntheticDataset()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        const SyntheticDatasetSpec spec = test::smallDataset(12);
        QVERIFY(writeSyntheticDataset(data, spec));
        ProjectStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("p.wbc"))));
        DatasetImporter importer(store, QStringLiteral("tester"));
        QList<int> progress;
        importer.setProgress([&](int done, int total) {
            QCOMPARE(total, 12);
            progress.append(done);
        });
        const ImportReport r = importer.run(data);
        QVERIFY2(r.problems.isEmpty(), qPrintable(dump(r)));
        QCOMPARE(r.imagesFound, 12);
        QCOMPARE(r.imported, 12);
        QCOMPARE(r.annotationsRead, 12);
        QCOMPARE(r.slides, 1);
        QCOMPARE(r.slidesCreated, 1);
        QCOMPARE(progress.last(), 12);
        const ProjectStats s = store.stats();
        QCOMPARE(s.images, 12);
        QCOMPARE(s.slides, 1);
        int single = 0;
        for (int n : s.singleLabeled)
            single += n;
        // Fields with two cells and a two-class label need per-cell labels; the others' single
        // cell carries the class.
        QVERIFY(s.multiCellLabeled > 0);
        QCOMPARE(single + s.multiCellLabeled, 12);
        QCOMPARE(r.needsCellLabels, s.multiCellLabeled);
        QCOMPARE(store.unresolvedLabels().size(), s.multiCellLabeled);
        QCOMPARE(s.wbcBoxes, single + 2 * s.multiCellLabeled);
        QCOMPARE(r.labelsSet, single);
        QCOMPARE(s.cells, s.wbcBoxes);
        QCOMPARE(s.cellsUnlabelled, 2 * s.multiCellLabeled);
        // Images are stored relative to the project file, all in the dataset folder's slide.
        for (const ImageRecord &img : store.images()) {
            QVERIFY(img.path.startsWith(QStringLiteral("data/images/")));
            QCOMPARE(slideOf(store, img), QStringLiteral("data"));
        }
        QVERIFY(QFileInfo::exists(store.absolutePath(store.images().first())));
        const QHash<qint64, QString> notes = store.unresolvedLabels();
        for (const ImageRecord &img : store.images()) {
            const QList<CellLabelRecord> history = store.imageCellLabelHistory(img.id);
            if (notes.contains(img.id)) {
                QVERIFY(notes.value(img.id).contains(u','));
                QVERIFY(history.isEmpty());
            } else {
                QCOMPARE(history.size(), 1);
                QCOMPARE(history.first().author, QStringLiteral("tester"));
                QCOMPARE(history.first().origin, LabelOrigin::Import);
            }
        }
    }

    void secondImportChangesNothing()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        QVERIFY(writeSyntheticDataset(data, test::smallDataset(8)));
        // A second slide with class-named boxes and a whole-field label.
        test::writeFile(data + QStringLiteral("/s2/f.png"), pngBytes(60, 40, 10));
        test::writeFile(data + QStringLiteral("/s2/f.xml"),
                        vocBytes(QStringLiteral("f.png"), 60, 40,
                                 {{QStringLiteral("Lymphocyte"), QRect(1, 1, 20, 20)},
                                  {QStringLiteral("WBC"), QRect(30, 5, 20, 20)}}));
        test::writeFile(data + QStringLiteral("/s2/g.png"), pngBytes(60, 40, 20));
        QByteArray csv = test::readFile(data + QStringLiteral("/labels.csv"));
        csv += "s2/g.png,MONOCYTE\n";
        test::writeFile(data + QStringLiteral("/labels.csv"), csv);
        ProjectStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("p.wbc"))));
        const ImportReport first = DatasetImporter(store, QStringLiteral("a")).run(data);
        QVERIFY2(first.problems.isEmpty(), qPrintable(dump(first)));
        QCOMPARE(first.slides, 2);
        const char *tables[] = {"images", "cells", "cell_labels", "image_notes", "slides"};
        QList<int> before;
        for (const char *t : tables)
            before.append(rowCount(store, t));
        QSqlQuery q(store.database());
        q.exec(QStringLiteral("SELECT MAX(id) FROM cells"));
        q.next();
        const qint64 maxCell = q.value(0).toLongLong();
        const ImportReport again = DatasetImporter(store, QStringLiteral("a")).run(data);
        QVERIFY2(again.problems.isEmpty(), qPrintable(dump(again)));
        QCOMPARE(again.imported, 0);
        QCOMPARE(again.unchanged, 10);
        QCOMPARE(again.labelsSet, 0);
        QCOMPARE(again.slides, 2);
        QCOMPARE(again.slidesCreated, 0);
        QCOMPARE(again.needsCellLabels, first.needsCellLabels);
        for (int i = 0; i < int(std::size(tables)); ++i)
            QCOMPARE(rowCount(store, tables[i]), before.at(i));
        q.exec(QStringLiteral("SELECT MAX(id) FROM cells"));
        q.next();
        QCOMPARE(q.value(0).toLongLong(), maxCell); // boxes not rewritten
    }

    void slidesFromNestedFolders()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("case"));
        // Root images (directly and in images/) form the slide named after the folder.
        test::writeFile(data + QStringLiteral("/a.png"), pngBytes(40, 30, 1));
        test::writeFile(data + QStringLiteral("/images/b.png"), pngBytes(40, 30, 2));
        // A slide with the images/ + annotations/ layout of its own.
        test::writeFile(data + QStringLiteral("/patient1/images/c.png"), pngBytes(40, 30, 3));
        test::writeFile(data + QStringLiteral("/patient1/annotations/c.xml"),
                        vocBytes(QStringLiteral("c.png"), 40, 30,
                                 {{QStringLiteral("WBC"), QRect(2, 2, 10, 10)},
                                  {QStringLiteral("RBC"), QRect(20, 2, 10, 10)}}));
        test::writeFile(data + QStringLiteral("/patient1/annotations/orphan.xml"),
                        vocBytes(QStringLiteral("orphan.png"), 40, 30, {}));
        // A nested slide with the XML beside its image.
        test::writeFile(data + QStringLiteral("/patient2/day1/d.png"), pngBytes(40, 30, 4));
        test::writeFile(data + QStringLiteral("/patient2/day1/d.xml"),
                        vocBytes(QStringLiteral("d.png"), 40, 30,
                                 {{QStringLiteral("WBC"), QRect(1, 1, 8, 8)},
                                  {QStringLiteral("WBC"), QRect(20, 10, 8, 8)}}));
        // Folders that are no slide: hidden, empty, a link to a folder.
        test::writeFile(data + QStringLiteral("/.hidden/e.png"), pngBytes(40, 30, 5));
        QVERIFY(QDir().mkpath(data + QStringLiteral("/empty/images")));
        QVERIFY(QFile::link(data + QStringLiteral("/patient1"), data + QStringLiteral("/link")));

        ProjectStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("p.wbc"))));
        const ImportReport r = DatasetImporter(store, QStringLiteral("t")).run(data);
        QVERIFY2(r.fatalError.isEmpty(), qPrintable(r.fatalError));
        QCOMPARE(r.imagesFound, 4);
        QCOMPARE(r.imported, 4);
        QCOMPARE(r.slides, 3);
        QCOMPARE(r.slidesCreated, 3);
        QCOMPARE(r.annotationsRead, 2);
        QVERIFY2(anyProblem(r, QStringLiteral("patient1/annotations/orphan.xml"),
                            QStringLiteral("no image")),
                 qPrintable(dump(r)));
        QCOMPARE(r.problems.size(), 1);
        QStringList names;
        for (const SlideRecord &s : store.slides())
            names.append(s.name);
        QCOMPARE(names, (QStringList{"case", "patient1", "patient2/day1"}));
        for (const char *name : {"a.png", "b.png"})
            QCOMPARE(slideOf(store, *imageNamed(store, QLatin1String(name))), QStringLiteral("case"));
        const ImageRecord c = *imageNamed(store, QStringLiteral("c.png"));
        QCOMPARE(slideOf(store, c), QStringLiteral("patient1"));
        QCOMPARE(store.cells(c.id).size(), 2);
        QCOMPARE(store.whiteCells(c.id).size(), 1);
        const ImageRecord d = *imageNamed(store, QStringLiteral("d.png"));
        QCOMPARE(slideOf(store, d), QStringLiteral("patient2/day1"));
        QCOMPARE(store.whiteCells(d.id).size(), 2);
        QList<SlideSummary> summaries = store.slideSummaries();
        QCOMPARE(summaries.size(), 3);
        QCOMPARE(summaries.at(0).images, 2);
        QCOMPARE(summaries.at(2).cells, 2);
    }

    void imageWithoutSlideGetsOne()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        test::writeFile(data + QStringLiteral("/s/a.png"), pngBytes(40, 30));
        ProjectStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("p.wbc"))));
        DatasetImporter(store, QStringLiteral("t")).run(data);
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("UPDATE images SET slide_id = NULL")));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM slides")));
        const ImportReport r = DatasetImporter(store, QStringLiteral("t")).run(data);
        QCOMPARE(r.unchanged, 1);
        QCOMPARE(r.slidesCreated, 1);
        QCOMPARE(slideOf(store, store.images().first()), QStringLiteral("s"));
    }

    void vocObjectsNamedByClassAreLabelledCells()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        test::writeFile(data + QStringLiteral("/images/a.png"), pngBytes(100, 80));
        test::writeFile(data + QStringLiteral("/annotations/a.xml"),
                        vocBytes(QStringLiteral("a.png"), 100, 80,
                                 {{QStringLiteral("NEUTROPHIL"), QRect(0, 0, 20, 20)},
                                  {QStringLiteral("eosinophil"), QRect(25, 0, 20, 20)},
                                  {QStringLiteral("WBC"), QRect(50, 0, 20, 20)},
                                  {QStringLiteral("Smudge"), QRect(0, 40, 20, 20)},
                                  {QStringLiteral("UNIDENTIFIED"), QRect(25, 40, 20, 20)},
                                  {QStringLiteral("RBC"), QRect(50, 40, 20, 20)},
                                  {QStringLiteral("Platelets"), QRect(75, 40, 5, 5)}}));
        ProjectStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("p.wbc"))));
        const ImportReport r = DatasetImporter(store, QStringLiteral("t")).run(data);
        QVERIFY2(r.problems.isEmpty(), qPrintable(dump(r)));
        QCOMPARE(r.wbcBoxes, 5);
        QCOMPARE(r.labelsSet, 4);
        const qint64 id = store.images().first().id;
        QCOMPARE(store.cells(id).size(), 7);
        QCOMPARE(cellLabels(store, id),
                 (QStringList{"NEUTROPHIL", "EOSINOPHIL", "", "SMUDGE", "UNIDENTIFIED"}));
        for (const CellLabelRecord &l : store.imageCellLabelHistory(id))
            QCOMPARE(l.origin, LabelOrigin::Import);
        const ProjectStats s = store.stats();
        QCOMPARE(s.cells, 5);
        QCOMPARE(s.cellsUnlabelled, 1);
        QCOMPARE(s.cellsLabelled.value(QStringLiteral("SMUDGE")), 1);
        // Two classes on the field: its derived label lists both.
        QCOMPARE(store.currentLabel(id)->label.toString(), QStringLiteral("NEUTROPHIL,EOSINOPHIL"));
    }

    void labelsCsvRules_data()
    {
        QTest::addColumn<QByteArray>("label");
        QTest::addColumn<int>("boxes");
        QTest::addColumn<QStringList>("cellLabels"); // after import, in cell order
        QTest::addColumn<QString>("note");           // the unresolved note, "" for none
        QTest::addColumn<bool>("wholeField");

        QTest::newRow("one class, one box") << QByteArray("MONOCYTE") << 1
                                            << QStringList{"MONOCYTE"} << QString() << false;
        QTest::newRow("one class, no box: whole-field cell")
            << QByteArray("basophil") << 0 << QStringList{"BASOPHIL"} << QString() << true;
        QTest::newRow("one class, two boxes: needs per-cell labels")
            << QByteArray("NEUTROPHIL") << 2 << QStringList{"", ""} << QStringLiteral("NEUTROPHIL")
            << false;
        QTest::newRow("two classes, two boxes: needs per-cell labels")
            << QByteArray("\"NEUTROPHIL, LYMPHOCYTE\"") << 2 << QStringList{"", ""}
            << QStringLiteral("NEUTROPHIL,LYMPHOCYTE") << false;
        QTest::newRow("two classes, no box")
            << QByteArray("\"EOSINOPHIL,MONOCYTE\"") << 0 << QStringList{}
            << QStringLiteral("EOSINOPHIL,MONOCYTE") << false;
        QTest::newRow("empty label: nothing") << QByteArray("") << 1 << QStringList{""}
                                              << QString() << false;
    }
    void labelsCsvRules()
    {
        QFETCH(QByteArray, label);
        QFETCH(int, boxes);
        QFETCH(QStringList, cellLabels);
        QFETCH(QString, note);
        QFETCH(bool, wholeField);
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        test::writeFile(data + QStringLiteral("/images/a.png"), pngBytes(100, 80));
        QList<QPair<QString, QRect>> objects;
        for (int i = 0; i < boxes; ++i)
            objects.append({QStringLiteral("WBC"), QRect(i * 40, 10, 30, 30)});
        if (boxes > 0)
            test::writeFile(data + QStringLiteral("/annotations/a.xml"),
                            vocBytes(QStringLiteral("a.png"), 100, 80, objects));
        test::writeFile(data + QStringLiteral("/labels.csv"), "image,label\na.png," + label + "\n");
        ProjectStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("p.wbc"))));
        const ImportReport r = DatasetImporter(store, QStringLiteral("t")).run(data);
        QVERIFY2(r.problems.isEmpty(), qPrintable(dump(r)));
        const qint64 id = store.images().first().id;
        QCOMPARE(::cellLabels(store, id), cellLabels);
        QCOMPARE(store.unresolvedLabels().value(id), note);
        QCOMPARE(r.needsCellLabels, note.isEmpty() ? 0 : 1);
        const QList<CellRecord> white = store.whiteCells(id);
        QCOMPARE(!white.isEmpty() && white.first().isWholeField(), wholeField);
        if (wholeField)
            QCOMPARE(white.first().box, QRect(0, 0, 100, 80));
        QCOMPARE(store.stats().multiCellLabeled, note.isEmpty() ? 0 : 1);
        // A second import changes nothing.
        const int labels = rowCount(store, "cell_labels"), notes = rowCount(store, "image_notes");
        const ImportReport again = DatasetImporter(store, QStringLiteral("t")).run(data);
        QCOMPARE(again.labelsSet, 0);
        QCOMPARE(rowCount(store, "cell_labels"), labels);
        QCOMPARE(rowCount(store, "image_notes"), notes);
        QCOMPARE(store.whiteCells(id).size(), white.size());
    }

    void csvLabelAfterAnnotationAndConflictReported()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        test::writeFile(data + QStringLiteral("/a.png"), pngBytes(100, 80));
        test::writeFile(data + QStringLiteral("/a.xml"),
                        vocBytes(QStringLiteral("a.png"), 100, 80,
                                 {{QStringLiteral("MONOCYTE"), QRect(5, 5, 30, 30)}}));
        test::writeFile(data + QStringLiteral("/labels.csv"), "image,label\na.png,LYMPHOCYTE\n");
        ProjectStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("p.wbc"))));
        const ImportReport r = DatasetImporter(store, QStringLiteral("t")).run(data);
        QVERIFY2(anyProblem(r, QStringLiteral("labels.csv"), QStringLiteral("MONOCYTE"), 2),
                 qPrintable(dump(r)));
        const qint64 id = store.images().first().id;
        QCOMPARE(cellLabels(store, id), QStringList{"LYMPHOCYTE"});
        QCOMPARE(store.imageCellLabelHistory(id).size(), 1); // one entry, not two
        QCOMPARE(store.whiteCells(id).first().box, QRect(5, 5, 30, 30));
    }

    void userLabelIsNotOverwrittenByReimport()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        QVERIFY(writeSyntheticDataset(data, test::smallDataset(4)));
        ProjectStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("p.wbc"))));
        DatasetImporter(store, QStringLiteral("a")).run(data);
        // A field with one cell: a person relabels its cell.
        qint64 cellId = 0;
        for (const ImageRecord &img : store.images()) {
            if (store.whiteCells(img.id).size() == 1) {
                cellId = store.whiteCells(img.id).first().id;
                break;
            }
        }
        QVERIFY(cellId > 0);
        QVERIFY(store.addCellLabel(cellId, CellLabel::ofClass(CellClass::Basophil),
                                   LabelOrigin::Key, QStringLiteral("dr.x")));
        const int labels = rowCount(store, "cell_labels");
        const ImportReport r = DatasetImporter(store, QStringLiteral("a")).run(data);
        QCOMPARE(r.labelsKept, 1);
        QCOMPARE(r.labelsSet, 0);
        QVERIFY2(anyProblem(r, QStringLiteral("labels.csv"), QStringLiteral("dr.x")),
                 qPrintable(dump(r)));
        QCOMPARE(store.currentCellLabel(cellId)->label.name(), QStringLiteral("BASOPHIL"));
        QCOMPARE(rowCount(store, "cell_labels"), labels);
    }

    void userLabelOfAnAnnotatedClassSurvives()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        test::writeFile(data + QStringLiteral("/a.png"), pngBytes(100, 80));
        test::writeFile(data + QStringLiteral("/a.xml"),
                        vocBytes(QStringLiteral("a.png"), 100, 80,
                                 {{QStringLiteral("NEUTROPHIL"), QRect(5, 5, 30, 30)},
                                  {QStringLiteral("LYMPHOCYTE"), QRect(50, 5, 30, 30)}}));
        ProjectStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("p.wbc"))));
        DatasetImporter(store, QStringLiteral("a")).run(data);
        const qint64 id = store.images().first().id;
        const QList<CellRecord> white = store.whiteCells(id);
        QCOMPARE(white.size(), 2);
        QVERIFY(store.addCellLabel(white.at(0).id, CellLabel::notCounted(NotCounted::Damaged),
                                   LabelOrigin::Review, QStringLiteral("dr.y")));
        const ImportReport r = DatasetImporter(store, QStringLiteral("a")).run(data);
        QCOMPARE(r.labelsKept, 1);
        QVERIFY2(anyProblem(r, QStringLiteral("a.xml"), QStringLiteral("dr.y")),
                 qPrintable(dump(r)));
        QCOMPARE(cellLabels(store, id), (QStringList{"DAMAGED", "LYMPHOCYTE"}));
        // The file changed: the import-labelled cell follows it, the person's stays.
        test::writeFile(data + QStringLiteral("/a.xml"),
                        vocBytes(QStringLiteral("a.png"), 100, 80,
                                 {{QStringLiteral("NEUTROPHIL"), QRect(5, 5, 30, 30)},
                                  {QStringLiteral("MONOCYTE"), QRect(50, 5, 30, 30)}}));
        const ImportReport changed = DatasetImporter(store, QStringLiteral("a")).run(data);
        QCOMPARE(changed.labelsSet, 1);
        QCOMPARE(cellLabels(store, id), (QStringList{"DAMAGED", "MONOCYTE"}));
    }

    void boxesEditedByAPersonSurviveReimport()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        test::writeFile(data + QStringLiteral("/a.png"), pngBytes(100, 80, 1));
        test::writeFile(data + QStringLiteral("/b.png"), pngBytes(100, 80, 2));
        test::writeFile(data + QStringLiteral("/c.png"), pngBytes(100, 80, 3));
        for (const char *name : {"a", "b", "c"})
            test::writeFile(data + u'/' + QLatin1String(name) + QStringLiteral(".xml"),
                            vocBytes(QLatin1String(name) + QStringLiteral(".png"), 100, 80,
                                     {{QStringLiteral("MONOCYTE"), QRect(5, 5, 30, 30)},
                                      {QStringLiteral("WBC"), QRect(50, 5, 30, 30)}}));
        ProjectStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("p.wbc"))));
        DatasetImporter(store, QStringLiteral("t")).run(data);
        const qint64 a = imageNamed(store, QStringLiteral("a.png"))->id;
        const qint64 b = imageNamed(store, QStringLiteral("b.png"))->id;
        const qint64 c = imageNamed(store, QStringLiteral("c.png"))->id;
        // a: a person moves the labelled box; b: deletes the unlabelled one; c: draws a third.
        CellRecord moved = store.whiteCells(a).first();
        moved.box = QRect(10, 40, 30, 30);
        moved.source = QStringLiteral("user");
        moved.editedBy = QStringLiteral("dr.z");
        QVERIFY(store.updateCell(moved));
        QVERIFY(store.deleteCell(store.whiteCells(b).last().id));
        CellRecord drawn;
        drawn.imageId = c;
        drawn.box = QRect(60, 45, 20, 20);
        drawn.source = QStringLiteral("user");
        drawn.editedBy = QStringLiteral("dr.z");
        QVERIFY(store.addCell(drawn) > 0);
        const int cells = rowCount(store, "cells"), labels = rowCount(store, "cell_labels");

        const ImportReport r = DatasetImporter(store, QStringLiteral("t")).run(data);
        QCOMPARE(r.boxesKept, 2); // a and b differ from their files; c's file boxes are all there
        QVERIFY2(anyProblem(r, QStringLiteral("a.xml"), QStringLiteral("edited")),
                 qPrintable(dump(r)));
        QVERIFY2(anyProblem(r, QStringLiteral("b.xml"), QStringLiteral("edited")),
                 qPrintable(dump(r)));
        QCOMPARE(r.problems.size(), 2);
        QCOMPARE(rowCount(store, "cells"), cells);
        QCOMPARE(rowCount(store, "cell_labels"), labels);
        QCOMPARE(store.whiteCells(a).size(), 2); // the moved box is not added again
        QCOMPARE(store.whiteCells(a).first().box, QRect(10, 40, 30, 30));
        QCOMPARE(cellLabels(store, a).first(), QStringLiteral("MONOCYTE"));
        QCOMPARE(store.whiteCells(b).size(), 1); // the deleted box stays deleted
        QCOMPARE(store.whiteCells(c).size(), 3);
    }

    void changedCsvLabelIsAppendedToHistory()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        test::writeFile(data + QStringLiteral("/a.png"), pngBytes(40, 30));
        test::writeFile(data + QStringLiteral("/labels.csv"), "image,label\na.png,MONOCYTE\n");
        ProjectStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("p.wbc"))));
        DatasetImporter(store, QStringLiteral("a")).run(data);
        test::writeFile(data + QStringLiteral("/labels.csv"), "image,label\na.png,LYMPHOCYTE\n");
        const ImportReport r = DatasetImporter(store, QStringLiteral("a")).run(data);
        QCOMPARE(r.labelsSet, 1);
        const qint64 id = store.images().first().id;
        QCOMPARE(store.labelHistory(id).size(), 2);
        QCOMPARE(store.currentLabel(id)->label.toString(), QStringLiteral("LYMPHOCYTE"));
    }

    void badInputIsSkippedAndReported()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        const QString img = data + QStringLiteral("/images/");
        const QByteArray good = pngBytes(40, 30);
        test::writeFile(img + QStringLiteral("a_good.png"), good);
        test::writeFile(img + QStringLiteral("b_copy.png"), good);
        test::writeFile(img + QStringLiteral("zero.jpg"), QByteArray());
        test::writeFile(img + QStringLiteral("text.jpg"), "I am not a JPEG\n");
        test::writeFile(img + QStringLiteral("truncated.png"), good.left(good.size() - 30));
        QByteArray bomb("\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR\0\0\xea\x60\0\0\xea\x60\x08\x02\0\0\0", 29);
        test::writeFile(img + QStringLiteral("bomb.png"), bomb + QByteArray(100, '\0'));
        test::writeFile(img + QStringLiteral("other.png"), pngBytes(50, 20));
        test::writeFile(data + QStringLiteral("/labels.csv"),
                        "\xEF\xBB\xBFimage,label,extra\r\n"
                        "a_good.png,NEUTROPHIL,x\r\n"
                        "missing.png,MONOCYTE,x\r\n"
                        "a_good.png,NEUTROPHIL,x\r\n"
                        "other.png,PLATELET,x\r\n"
                        "../escape.png,MONOCYTE,x\r\n"
                        "/etc/passwd,MONOCYTE,x\r\n"
                        "short\r\n"
                        "other.png,\"EOSINOPHIL\r\n");
        test::writeFile(data + QStringLiteral("/annotations/a_good.xml"),
                        "<annotation><object><name>WBC</name></annotation>");
        test::writeFile(data + QStringLiteral("/annotations/other.xml"),
                        "<!DOCTYPE a [<!ENTITY x \"y\">]><annotation/>");
        ProjectStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("p.wbc"))));
        const ImportReport r = DatasetImporter(store, QStringLiteral("a")).run(data);
        const QString all = dump(r);
        QVERIFY2(r.fatalError.isEmpty(), qPrintable(r.fatalError));
        QCOMPARE(r.imagesFound, 7);
        QCOMPARE(r.imported, 2); // good/copy (one of them) and other
        QCOMPARE(r.duplicates, 1);
        QCOMPARE(r.skipped, 4);
        QVERIFY2(anyProblem(r, QStringLiteral("zero.jpg"), QStringLiteral("empty")), qPrintable(all));
        QVERIFY2(anyProblem(r, QStringLiteral("text.jpg"), QStringLiteral("not a JPEG")), qPrintable(all));
        QVERIFY2(anyProblem(r, QStringLiteral("truncated.png"), QStringLiteral("truncated")), qPrintable(all));
        QVERIFY2(anyProblem(r, QStringLiteral("bomb.png"), QStringLiteral("megapixel")), qPrintable(all));
        QVERIFY2(anyProblem(r, QStringLiteral("png"), QStringLiteral("same content")), qPrintable(all));
        QVERIFY2(anyProblem(r, QStringLiteral("labels.csv"), QStringLiteral("missing.png"), 3), qPrintable(all));
        QVERIFY2(anyProblem(r, QStringLiteral("labels.csv"), QStringLiteral("duplicate"), 4), qPrintable(all));
        QVERIFY2(anyProblem(r, QStringLiteral("labels.csv"), QStringLiteral("unknown cell class"), 5), qPrintable(all));
        QVERIFY2(anyProblem(r, QStringLiteral("labels.csv"), QStringLiteral("leaves the dataset"), 6), qPrintable(all));
        QVERIFY2(anyProblem(r, QStringLiteral("labels.csv"), QStringLiteral("absolute"), 7), qPrintable(all));
        QVERIFY2(anyProblem(r, QStringLiteral("labels.csv"), QStringLiteral("columns"), 8), qPrintable(all));
        QVERIFY2(anyProblem(r, QStringLiteral("labels.csv"), QStringLiteral("unterminated"), 9), qPrintable(all));
        QVERIFY2(anyProblem(r, QStringLiteral("a_good.xml"), QStringLiteral("malformed XML")), qPrintable(all));
        QVERIFY2(anyProblem(r, QStringLiteral("other.xml"), QStringLiteral("DOCTYPE")), qPrintable(all));
        // The good rest went in.
        const ProjectStats s = store.stats();
        QCOMPARE(s.images, 2);
        QCOMPARE(s.singleLabeled.value(CellClass::Neutrophil), 1);
    }

    // Files over the decoder's size limit are refused by their size, before a byte is read (a
    // sparse file: a valid PNG, then nothing but a hole), and the rest of the import goes on.
    void filesOverTheDecoderLimitAreRefusedUnread()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        const QString huge = data + QStringLiteral("/images/huge.png");
        test::writeFile(huge, pngBytes(40, 30, 10));
        test::writeFile(data + QStringLiteral("/images/small.png"), pngBytes(40, 30, 20));
        {
            QFile f(huge);
            QVERIFY(f.resize(kMaxImageFileBytes + 1));
        }
        ProjectStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("p.wbc"))));
        QElapsedTimer timer;
        timer.start();
        const ImportReport r = DatasetImporter(store, QStringLiteral("a")).run(data);
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(r.imagesFound, 2);
        QCOMPARE(r.imported, 1);
        QCOMPARE(r.skipped, 1);
        QCOMPARE(r.problems.size(), 1);
        QCOMPARE(r.problems.first().toString(),
                 huge + QStringLiteral(": file is larger than 512 MiB; skipped"));
        QVERIFY(imageNamed(store, QStringLiteral("small.png")));
    }

    void missingProjectOrFolderIsFatal()
    {
        ProjectStore closed;
        const ImportReport r = DatasetImporter(closed, QStringLiteral("a")).run(QStringLiteral("/"));
        QVERIFY(!r.fatalError.isEmpty());
        QTemporaryDir dir;
        ProjectStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("p.wbc"))));
        const ImportReport r2 = DatasetImporter(store, QStringLiteral("a")).run(dir.filePath(QStringLiteral("nope")));
        QVERIFY(r2.fatalError.contains(u"not a folder"));
    }

    void cancelStopsBetweenChunks()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        QVERIFY(writeSyntheticDataset(data, test::smallDataset(70)));
        ProjectStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("p.wbc"))));
        std::atomic_bool cancel = false;
        DatasetImporter importer(store, QStringLiteral("a"));
        importer.setCancelFlag(&cancel);
        importer.setProgress([&](int, int) { cancel = true; });
        const ImportReport r = importer.run(data);
        QVERIFY(r.cancelled);
        QVERIFY(r.imported > 0 && r.imported < 70);
        QCOMPARE(store.stats().images, r.imported); // what was committed stays
    }


    void importsBccdWithExactCounts()
    {
        WBC_REQUIRE_BCCD(bccd);
        QTemporaryDir dir;
        ProjectStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("bccd.wbc"))));
        const ImportReport r = DatasetImporter(store, QStringLiteral("t")).run(bccd);
        QVERIFY(r.fatalError.isEmpty());
        QCOMPARE(r.imagesFound, 299);
        QCOMPARE(r.skipped, 0);
        QCOMPARE(r.annotationsRead, 296);
        QCOMPARE(r.wbcBoxes, 304);
        QCOMPARE(r.slides, 1);
        const ProjectStats s = store.stats();
        QCOMPARE(s.images, 299);
        QCOMPARE(s.slides, 1);
        QCOMPARE(store.slides().first().name, QFileInfo(bccd).fileName());
        // The one bad box of the set, and no annotation without an image.
        QCOMPARE(r.problems.size(), 1);
        QVERIFY2(anyProblem(r, QStringLiteral("BloodImage_00338.xml"), QStringLiteral("empty box")),
                 qPrintable(dump(r)));
        // Counted from labels.csv and annotations/ by hand (see the rules in labelsCsvRules): 282
        // fields with one class on their one box or on a whole-field cell (9 without a box), 16
        // that need per-cell labels (one or two classes for two or more boxes), 1 unlabelled.
        QCOMPARE(s.singleLabeled.value(CellClass::Neutrophil), 166);
        QCOMPARE(s.singleLabeled.value(CellClass::Eosinophil), 71);
        QCOMPARE(s.singleLabeled.value(CellClass::Lymphocyte), 26);
        QCOMPARE(s.singleLabeled.value(CellClass::Monocyte), 16);
        QCOMPARE(s.singleLabeled.value(CellClass::Basophil), 3);
        QCOMPARE(r.labelsSet, 282);
        QCOMPARE(s.multiCellLabeled, 16);
        QCOMPARE(r.needsCellLabels, 16);
        QCOMPARE(s.unlabeled, 1);
        QCOMPARE(s.wbcBoxes, 304);
        QCOMPARE(s.cells, 313); // 304 boxes and 9 whole-field cells
        QCOMPARE(s.cellsUnlabelled, 31);
    }
};

QTEST_GUILESS_MAIN(TestDatasetImporter)
#include "tst_datasetimporter.moc"
