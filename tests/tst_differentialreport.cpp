#include "report/differentialreport.h"
#include "training/models.h"
#include "project/projectstore.h"
#include "project/runrecorder.h"
#include "dataset/syntheticsmear.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgcodecs.hpp>

using namespace wbc;

namespace {

using Row = DifferentialReport::Row;

const DifferentialReport::Row *row(const DifferentialReport &r, CellClass cls)
{
    for (const Row &x : r.rows) {
        if (x.cls == cls)
            return &x;
    }
    return nullptr;
}

QString reasonOf(const DifferentialReport &r, qint64 imageId)
{
    for (const auto &e : r.excluded) {
        if (e.imageId == imageId)
            return e.reason;
    }
    return {};
}

// A hand-made project of 12 images in two slide folders:
//   name  label                 flag (source)           four-class prediction
//   a1    NEUTROPHIL            single (detected)       NEUTROPHIL
//   a2    NEUTROPHIL            -                       LYMPHOCYTE
//   a3    LYMPHOCYTE            -                       LYMPHOCYTE
//   a4    MONOCYTE              -                       -
//   a5    EOSINOPHIL            multi (detected)        EOSINOPHIL   -> excluded
//   a6    -                     -                       MONOCYTE
//   a7    -                     -                       -            -> excluded
//   b1    BASOPHIL              -                       NEUTROPHIL
//   b2    NEUTROPHIL,LYMPHOCYTE -                       NEUTROPHIL   -> excluded
//   b3    NEUTROPHIL            single det., none user  NEUTROPHIL   -> excluded
//   b4    NEUTROPHIL (file unreadable)                  NEUTROPHIL   -> excluded
//   b5    NEUTROPHIL            multi det., single user EOSINOPHIL
class Fixture
{
public:
    QTemporaryDir dir;
    ProjectStore store;
    QHash<QString, qint64> id;
    qint64 four = 0;
    qint64 binary = 0;

    bool make()
    {
        if (!store.open(dir.filePath(QStringLiteral("p.wbc"))))
            return false;
        struct Spec
        {
            const char *name;
            const char *label;
            const char *four;
            const char *binary;
        };
        const QList<Spec> specs = {
            {"slideA/a1", "NEUTROPHIL", "NEUTROPHIL", "POLYNUCLEAR"},
            {"slideA/a2", "NEUTROPHIL", "LYMPHOCYTE", "MONONUCLEAR"},
            {"slideA/a3", "LYMPHOCYTE", "LYMPHOCYTE", "MONONUCLEAR"},
            {"slideA/a4", "MONOCYTE", nullptr, nullptr},
            {"slideA/a5", "EOSINOPHIL", "EOSINOPHIL", "POLYNUCLEAR"},
            {"slideA/a6", nullptr, "MONOCYTE", "MONONUCLEAR"},
            {"slideA/a7", nullptr, nullptr, nullptr},
            {"slideB/b1", "BASOPHIL", "NEUTROPHIL", "POLYNUCLEAR"},
            {"slideB/b2", "NEUTROPHIL,LYMPHOCYTE", "NEUTROPHIL", "POLYNUCLEAR"},
            {"slideB/b3", "NEUTROPHIL", "NEUTROPHIL", "POLYNUCLEAR"},
            {"slideB/b4", "NEUTROPHIL", "NEUTROPHIL", "POLYNUCLEAR"},
            {"slideB/b5", "NEUTROPHIL", "EOSINOPHIL", "POLYNUCLEAR"},
        };
        RunRecorder recorder(store);
        four = recorder.addModel(0, dir.filePath("four.wbcmodel"),
                                 untrainedModel(ModelArch::LeNet, Task::Four).header);
        binary = recorder.addModel(0, dir.filePath("binary.wbcmodel"),
                                   untrainedModel(ModelArch::LeNet, Task::Binary).header);
        QList<PredictionRecord> fourPredictions, binaryPredictions;
        int n = 0;
        for (const Spec &s : specs) {
            const QString name = QString::fromLatin1(s.name);
            const QString path = dir.filePath(name + ".png");
            QDir().mkpath(QFileInfo(path).absolutePath());
            SmearSpec smear;
            smear.width = 160;
            smear.height = 120;
            if (!cv::imwrite(path.toStdString(), generateSmear(++n, smear).bgr))
                return false;
            ImageRecord image;
            image.path = store.storedPath(path);
            image.sha256 = QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha256)
                               .toHex();
            image.width = 160;
            image.height = 120;
            image.fileSize = QFileInfo(path).size();
            image.importedAt = QDateTime::currentDateTimeUtc();
            const qint64 imageId = store.addImage(image);
            if (!imageId)
                return false;
            id.insert(QFileInfo(name).fileName(), imageId);
            if (s.label
                && !store.addLabel(imageId, ImageLabel::parse(QString::fromLatin1(s.label)).value(),
                                   "user", "tester"))
                return false;
            const auto predict = [&](const char *cls, QList<PredictionRecord> &to, Task task) {
                if (!cls)
                    return;
                PredictionRecord p;
                p.imageId = imageId;
                p.predicted = parseCellClass(QString::fromLatin1(cls)).value();
                for (const QString &c : taskClassNames(task)) {
                    const CellClass k = parseCellClass(c).value();
                    p.probabilities.append({k, k == p.predicted ? 0.7 : 0.3 / (taskClassCount(task) - 1)});
                }
                to.append(p);
            };
            predict(s.four, fourPredictions, Task::Four);
            predict(s.binary, binaryPredictions, Task::Binary);
        }
        test::writeFile(dir.filePath("slideB/b4.png"), "broken");
        const auto flag = [&](const char *name, CellCountFlag f, const char *source) {
            return store.addFlag(id.value(QString::fromLatin1(name)), f, source, "tester") > 0;
        };
        CellRecord box;
        box.imageId = id.value("a1");
        box.box = QRect(40, 30, 50, 45);
        box.source = "annotation";
        return flag("a1", CellCountFlag::Single, "detected")
               && flag("a5", CellCountFlag::Multi, "detected")
               && flag("b3", CellCountFlag::Single, "detected")
               && flag("b3", CellCountFlag::None, "user")
               && flag("b5", CellCountFlag::Multi, "detected")
               && flag("b5", CellCountFlag::Single, "user")
               && store.addCell(box) > 0
               && store.replacePredictions(four, fourPredictions)
               && store.replacePredictions(binary, binaryPredictions);
    }
};

} // namespace

// Differential count reports: what is counted, what is left out and why, the CSV and PDF files.
class TestDifferentialReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsAndExclusions()
    {
        Fixture f;
        QVERIFY(f.make());
        const DifferentialReport r = buildDifferentialReport(f.store, {}, f.four);
        QCOMPARE(r.imagesTotal, 12);
        QCOMPARE(r.modelId, f.four);
        QCOMPARE(r.modelName, QString("four.wbcmodel"));
        QCOMPARE(r.task, QString("four"));
        QCOMPARE(r.author, QString("tester"));
        QCOMPARE(r.title, QString("Differential count"));
        QVERIFY(r.generatedAt.isValid());
        QCOMPARE(r.projectPath, f.dir.filePath("p.wbc"));
        // No group rows for a four-class model with class labels.
        QCOMPARE(r.rows.size(), 5);
        QCOMPARE(r.labelledTotal, 6); // a1 a2 a3 a4 b1 b5
        QCOMPARE(r.predictedTotal, 6); // a1 a2 a3 a6 b1 b5
        struct Expect
        {
            CellClass cls;
            int labelled;
            double labelledPercent;
            int predicted;
            double predictedPercent;
        };
        for (const Expect &e : {Expect{CellClass::Neutrophil, 3, 50.0, 2, 100.0 / 3},
                                Expect{CellClass::Eosinophil, 0, 0.0, 1, 100.0 / 6},
                                Expect{CellClass::Lymphocyte, 1, 100.0 / 6, 2, 100.0 / 3},
                                Expect{CellClass::Monocyte, 1, 100.0 / 6, 1, 100.0 / 6},
                                Expect{CellClass::Basophil, 1, 100.0 / 6, 0, 0.0}}) {
            const Row *x = row(r, e.cls);
            QVERIFY(x);
            QCOMPARE(x->labelled, e.labelled);
            QCOMPARE(x->labelledPercent, e.labelledPercent);
            QCOMPARE(x->predicted, e.predicted);
            QCOMPARE(x->predictedPercent, e.predictedPercent);
            QVERIFY(!x->subtotal);
        }
        QVERIFY(r.predicts(*row(r, CellClass::Neutrophil)));
        QVERIFY(!r.predicts(*row(r, CellClass::Basophil))); // no task has basophils

        QCOMPARE(r.excluded.size(), 5);
        QVERIFY(reasonOf(r, f.id["a5"]).contains("several white cells"));
        QVERIFY(reasonOf(r, f.id["a7"]).contains("neither labelled nor predicted"));
        QVERIFY(reasonOf(r, f.id["b2"]).contains("label names several cells"));
        QVERIFY(reasonOf(r, f.id["b3"]).contains("no white cell")); // the person's override
        QVERIFY(reasonOf(r, f.id["b4"]).startsWith("unreadable"));
        for (const auto &e : r.excluded) {
            if (e.imageId == f.id["b4"])
                QCOMPARE(e.file, QString("slideB/b4.png"));
        }

        // Examples: counted images only, by label first, at most three per class.
        QCOMPARE(r.examples.size(), r.exampleBoxes.size());
        QHash<CellClass, int> perClass;
        for (qsizetype i = 0; i < r.examples.size(); ++i) {
            ++perClass[r.examples[i].first];
            QVERIFY(QFileInfo::exists(r.examples[i].second));
        }
        QCOMPARE(perClass.value(CellClass::Neutrophil), 3); // a1 a2 b5
        QCOMPARE(perClass.value(CellClass::Monocyte), 2);   // a4 (label), a6 (prediction)
        QCOMPARE(r.examples.first().second, f.dir.filePath("slideA/a1.png"));
        QCOMPARE(r.exampleBoxes.first(), QRect(40, 30, 50, 45));
    }

    void labelsOnly()
    {
        Fixture f;
        QVERIFY(f.make());
        const DifferentialReport r = buildDifferentialReport(f.store, {}, 0);
        QVERIFY(!r.hasModel());
        QCOMPARE(r.labelledTotal, 6);
        QCOMPARE(r.predictedTotal, 0);
        for (const Row &x : r.rows) {
            QVERIFY(!r.predicts(x));
            QCOMPARE(x.predicted, 0);
        }
        QCOMPARE(r.excluded.size(), 6); // a6 has only a prediction: not counted without a model
        QVERIFY(reasonOf(r, f.id["a6"]).contains("not labelled"));
        // An unknown model id counts labels only too.
        QVERIFY(!buildDifferentialReport(f.store, {}, 12345).hasModel());
    }

    void binaryModelsCountGroups()
    {
        Fixture f;
        QVERIFY(f.make());
        const DifferentialReport r = buildDifferentialReport(f.store, {}, f.binary);
        QCOMPARE(r.task, QString("binary"));
        QCOMPARE(r.rows.size(), 7);
        const Row *poly = row(r, CellClass::Polynuclear);
        const Row *mono = row(r, CellClass::Mononuclear);
        QVERIFY(poly && mono && poly->subtotal && mono->subtotal);
        // Labels by class meet the groups: neutrophils a1 a2 b5; lymphocyte a3 + monocyte a4;
        // the basophil is in neither.
        QCOMPARE(poly->labelled, 3);
        QCOMPARE(poly->labelledPercent, 50.0);
        QCOMPARE(mono->labelled, 2);
        QCOMPARE(mono->labelledPercent, 100.0 / 3);
        // Predictions: a1 b1 b5 polynuclear; a2 a3 a6 mononuclear.
        QCOMPARE(r.predictedTotal, 6);
        QCOMPARE(poly->predicted, 3);
        QCOMPARE(mono->predicted, 3);
        QCOMPARE(mono->predictedPercent, 50.0);
        QVERIFY(r.predicts(*poly));
        QVERIFY(!r.predicts(*row(r, CellClass::Neutrophil)));
        QCOMPARE(row(r, CellClass::Neutrophil)->predicted, 0);
    }

    void selections()
    {
        Fixture f;
        QVERIFY(f.make());
        ReportSelection folder;
        folder.folder = "slideA";
        DifferentialReport r = buildDifferentialReport(f.store, folder, f.four);
        QCOMPARE(r.imagesTotal, 7);
        QCOMPARE(r.labelledTotal, 4);
        QCOMPARE(row(r, CellClass::Neutrophil)->labelledPercent, 50.0);
        QCOMPARE(row(r, CellClass::Lymphocyte)->predicted, 2);
        QCOMPARE(r.excluded.size(), 2);
        QVERIFY(r.selectionDescription.contains("slideA"));
        // An absolute folder and a trailing slash select the same; a name prefix is no folder.
        folder.folder = f.dir.filePath("slideA/");
        QCOMPARE(buildDifferentialReport(f.store, folder, f.four).imagesTotal, 7);
        folder.folder = "slide";
        QCOMPARE(reportImages(f.store, folder).size(), 0);

        ReportSelection ids;
        ids.imageIds = {f.id["a1"], f.id["b1"], f.id["b4"]};
        ids.title = "Patient 7";
        r = buildDifferentialReport(f.store, ids, f.four);
        QCOMPARE(r.title, QString("Patient 7"));
        QCOMPARE(r.imagesTotal, 3);
        QCOMPARE(r.labelledTotal, 2);
        QCOMPARE(row(r, CellClass::Basophil)->labelledPercent, 50.0);
        QCOMPARE(row(r, CellClass::Neutrophil)->predicted, 2);
        QCOMPARE(r.excluded.size(), 1);
        // ids win over a folder.
        ids.folder = "slideA";
        QCOMPARE(buildDifferentialReport(f.store, ids, f.four).imagesTotal, 3);
    }

    void csvFile()
    {
        Fixture f;
        QVERIFY(f.make());
        ReportSelection s;
        s.title = "Ward 3, \"urgent\"";
        const DifferentialReport r = buildDifferentialReport(f.store, s, f.four);
        const QString path = f.dir.filePath("report.csv");
        QString error;
        QVERIFY2(writeReportCsv(r, path, &error), qPrintable(error));
        const QStringList lines = QString::fromUtf8(test::readFile(path)).split("\r\n");
        QCOMPARE(lines.first(), QString("title,\"Ward 3, \"\"urgent\"\"\""));
        QVERIFY(lines.contains("model,four.wbcmodel"));
        QVERIFY(lines.contains("images,12"));
        QVERIFY(lines.contains("excluded,5"));
        const qsizetype table = lines.indexOf("class,labelled,labelled_percent,predicted,"
                                              "predicted_percent");
        QVERIFY(table > 0);
        QCOMPARE(lines.mid(table + 1, 6),
                 (QStringList{"NEUTROPHIL,3,50.0,2,33.3", "EOSINOPHIL,0,0.0,1,16.7",
                              "LYMPHOCYTE,1,16.7,2,33.3", "MONOCYTE,1,16.7,1,16.7",
                              "BASOPHIL,1,16.7,,", "TOTAL,6,100.0,6,100.0"}));
        const qsizetype excluded = lines.indexOf("image_id,file,reason");
        QVERIFY(excluded > table);
        QCOMPARE(lines.mid(excluded + 1).filter(QRegularExpression("^\\d+,")).size(), 5);
        const QStringList b4 = lines.filter("slideB/b4.png");
        QCOMPARE(b4.size(), 1);
        QVERIFY(b4.first().startsWith(QString("%1,slideB/b4.png,").arg(f.id["b4"])));
        QVERIFY(b4.first().contains("unreadable"));

        QVERIFY(!writeReportCsv(r, f.dir.filePath("no/such/dir/r.csv"), &error));
        QVERIFY(error.contains("no/such/dir/r.csv"));
    }

    void pdfFile()
    {
        Fixture f;
        QVERIFY(f.make());
        ReportSelection s;
        s.title = "Smear 2024-117";
        const DifferentialReport r = buildDifferentialReport(f.store, s, f.binary);
        const QString path = f.dir.filePath("report.pdf");
        QString error;
        QVERIFY2(writeReportPdf(r, path, &error), qPrintable(error));
        const QByteArray pdf = test::readFile(path);
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pageCount(path, pdf) >= 1);
        const QString text = pdfText(path);
        if (!text.isNull()) {
            QVERIFY(text.contains("Smear 2024-117"));
            QVERIFY(text.contains("Neutrophil"));
            QVERIFY(text.contains("Polynuclear"));
            QVERIFY(text.contains("slideB/b4.png"));
        }
        QVERIFY(!writeReportPdf(r, f.dir.filePath("no/such/dir/r.pdf"), &error));
        QVERIFY(error.contains("no/such/dir/r.pdf"));
    }

    void longExclusionListsGoOnMorePages()
    {
        Fixture f;
        QVERIFY(f.make());
        for (int i = 0; i < 150; ++i) {
            ImageRecord image;
            image.path = QString("slideC/missing-%1.png").arg(i);
            image.sha256 = QString::number(i).rightJustified(64, 'f');
            image.importedAt = QDateTime::currentDateTimeUtc();
            QVERIFY(f.store.addImage(image) > 0);
        }
        const DifferentialReport r = buildDifferentialReport(f.store, {}, f.four);
        QCOMPARE(r.excluded.size(), 155);
        const QString path = f.dir.filePath("long.pdf");
        QVERIFY(writeReportPdf(r, path, nullptr));
        QVERIFY(pageCount(path, test::readFile(path)) >= 3);
        const QString text = pdfText(path);
        if (!text.isNull())
            QVERIFY(text.contains("slideC/missing-149.png"));
    }

private:
    // pdfinfo's count when poppler-utils is installed, else the page objects in the file.
    static int pageCount(const QString &path, const QByteArray &pdf)
    {
        const QString pdfinfo = QStandardPaths::findExecutable("pdfinfo");
        if (!pdfinfo.isEmpty()) {
            QProcess p;
            p.start(pdfinfo, {path});
            p.waitForFinished();
            const QRegularExpressionMatch m = QRegularExpression("Pages:\\s+(\\d+)")
                                                  .match(QString::fromUtf8(p.readAllStandardOutput()));
            return m.hasMatch() ? m.captured(1).toInt() : 0;
        }
        return int(pdf.count("/Type /Page\n") + pdf.count("/Type /Page\r") + pdf.count("/Type /Page>"));
    }

    // The PDF's text (pdftotext), or a null string when poppler-utils is not installed.
    static QString pdfText(const QString &path)
    {
        const QString pdftotext = QStandardPaths::findExecutable("pdftotext");
        if (pdftotext.isEmpty())
            return {};
        QProcess p;
        p.start(pdftotext, {"-layout", path, "-"});
        p.waitForFinished();
        return QString::fromUtf8(p.readAllStandardOutput());
    }
};

QTEST_MAIN(TestDifferentialReport)
#include "tst_differentialreport.moc"
