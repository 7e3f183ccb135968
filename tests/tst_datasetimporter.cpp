#include "dataset/datasetexporter.h"
#include "dataset/datasetimporter.h"
#include "project/projectstore.h"
#include "testsupport.h"

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

QByteArray pngBytes(int w, int h)
{
    std::vector<uchar> buf;
    cv::imencode(".png", cv::Mat(h, w, CV_8UC3, cv::Scalar(200, 180, 210)), buf);
    return QByteArray(reinterpret_cast<const char *>(buf.data()), qsizetype(buf.size()));
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
        QCOMPARE(progress.last(), 12);
        const ProjectStats s = store.stats();
        QCOMPARE(s.images, 12);
        int single = 0;
        for (int n : s.singleLabeled)
            single += n;
        QCOMPARE(single + s.multiCellLabeled, 12);
        QCOMPARE(s.wbcBoxes, single + 2 * s.multiCellLabeled);
        // Paths are stored relative to the project file.
        QVERIFY(store.images().first().path.startsWith(QStringLiteral("data/images/")));
        QVERIFY(QFileInfo::exists(store.absolutePath(store.images().first())));
        QCOMPARE(store.labelHistory(store.images().first().id).first().author, QStringLiteral("tester"));
    }

    void secondImportChangesNothing()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        QVERIFY(writeSyntheticDataset(data, test::smallDataset(8)));
        ProjectStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("p.wbc"))));
        DatasetImporter(store, QStringLiteral("a")).run(data);
        const int images = rowCount(store, "images"), labels = rowCount(store, "labels"),
                  cells = rowCount(store, "cells");
        QSqlQuery q(store.database());
        q.exec(QStringLiteral("SELECT MAX(id) FROM cells"));
        q.next();
        const qint64 maxCell = q.value(0).toLongLong();
        const ImportReport again = DatasetImporter(store, QStringLiteral("a")).run(data);
        QCOMPARE(again.imported, 0);
        QCOMPARE(again.unchanged, 8);
        QCOMPARE(again.labelsSet, 0);
        QCOMPARE(rowCount(store, "images"), images);
        QCOMPARE(rowCount(store, "labels"), labels);
        QCOMPARE(rowCount(store, "cells"), cells);
        q.exec(QStringLiteral("SELECT MAX(id) FROM cells"));
        q.next();
        QCOMPARE(q.value(0).toLongLong(), maxCell); // boxes not rewritten
    }

    void userLabelIsNotOverwrittenByReimport()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        QVERIFY(writeSyntheticDataset(data, test::smallDataset(4)));
        ProjectStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("p.wbc"))));
        DatasetImporter(store, QStringLiteral("a")).run(data);
        const qint64 id = store.images().first().id;
        QVERIFY(store.addLabel(id, ImageLabel({CellClass::Basophil}), QStringLiteral("user"),
                               QStringLiteral("dr.x")));
        const ImportReport r = DatasetImporter(store, QStringLiteral("a")).run(data);
        QCOMPARE(r.labelsKept, 1);
        QVERIFY(anyProblem(r, QStringLiteral("labels.csv"), QStringLiteral("dr.x")));
        QCOMPARE(store.currentLabel(id)->label.toString(), QStringLiteral("BASOPHIL"));
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

    void exportRoundTrips()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        QVERIFY(writeSyntheticDataset(data, test::smallDataset(10)));
        ProjectStore a;
        QVERIFY(a.open(dir.filePath(QStringLiteral("a.wbc"))));
        DatasetImporter(a, QStringLiteral("x")).run(data);
        QVERIFY(a.addLabel(a.images().first().id, ImageLabel(), QStringLiteral("user"), QStringLiteral("x")));

        const QString copy = dir.filePath(QStringLiteral("copy"));
        QVERIFY(QDir().mkpath(copy + QStringLiteral("/images")));
        for (const ImageRecord &img : a.images())
            QVERIFY(QFile::copy(a.absolutePath(img),
                                copy + QStringLiteral("/images/") + QFileInfo(img.path).fileName()));
        QString error;
        QVERIFY2(DatasetExporter::exportCsv(a, copy + QStringLiteral("/labels.csv"), &error), qPrintable(error));
        int written = 0;
        QVERIFY2(DatasetExporter::exportVoc(a, copy + QStringLiteral("/annotations"), &written, &error),
                 qPrintable(error));
        QCOMPARE(written, 10);

        ProjectStore b;
        QVERIFY(b.open(dir.filePath(QStringLiteral("b.wbc"))));
        const ImportReport r = DatasetImporter(b, QStringLiteral("x")).run(copy);
        QVERIFY2(r.problems.isEmpty(), qPrintable(dump(r)));
        const ProjectStats sa = a.stats(), sb = b.stats();
        QCOMPARE(sb.images, sa.images);
        QCOMPARE(sb.singleLabeled, sa.singleLabeled);
        QCOMPARE(sb.multiCellLabeled, sa.multiCellLabeled);
        QCOMPARE(sb.unlabeled, sa.unlabeled);
        QCOMPARE(sb.wbcBoxes, sa.wbcBoxes);
        for (const ImageRecord &img : a.images()) {
            const auto other = b.imageByHash(img.sha256);
            QVERIFY(other);
            QCOMPARE(b.cells(other->id).size(), a.cells(img.id).size());
        }
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
        const ProjectStats s = store.stats();
        QCOMPARE(s.images, 299);
        QCOMPARE(s.singleLabeled.value(CellClass::Neutrophil), 167);
        QCOMPARE(s.singleLabeled.value(CellClass::Eosinophil), 71);
        QCOMPARE(s.singleLabeled.value(CellClass::Lymphocyte), 26);
        QCOMPARE(s.singleLabeled.value(CellClass::Monocyte), 16);
        QCOMPARE(s.singleLabeled.value(CellClass::Basophil), 3);
        QCOMPARE(s.multiCellLabeled, 15);
        QCOMPARE(s.unlabeled, 1);
        QCOMPARE(s.wbcBoxes, 304);
    }
};

QTEST_GUILESS_MAIN(TestDatasetImporter)
#include "tst_datasetimporter.moc"
