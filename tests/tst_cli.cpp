#include "dataset/syntheticsmear.h"
#include "testsupport.h"

#include "project/projectstore.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgcodecs.hpp>

using namespace wbc;

namespace {

using Run = test::CliRun;

Run wbcRun(const QStringList &args)
{
    return test::runCli(args);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void version()
    {
        const Run r = wbcRun({QStringLiteral("--version")});
        QCOMPARE(r.status, 0);
        QCOMPARE(r.out.trimmed(), QByteArray("wbc " WBC_VERSION));
    }

    void help()
    {
        const Run r = wbcRun({QStringLiteral("--help")});
        QCOMPARE(r.status, 0);
        for (const char *cmd : {"import", "stats", "export"})
            QVERIFY2(r.out.contains(cmd), r.out.constData());
        const Run sub = wbcRun({QStringLiteral("help"), QStringLiteral("import")});
        QCOMPARE(sub.status, 0);
        QVERIFY(sub.out.contains("--project"));
        QVERIFY(sub.out.contains("Usage: wbc"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("nothing") << QStringList{};
        QTest::newRow("unknown command") << QStringList{"frobnicate"};
        QTest::newRow("unknown option") << QStringList{"stats", "--bogus"};
        QTest::newRow("missing --project") << QStringList{"stats"};
        QTest::newRow("import without folder") << QStringList{"import", "--project", "x.wbc"};
        QTest::newRow("bad export format")
            << QStringList{"export", "--project", "x.wbc", "--format", "xls", "--out", "y"};
        QTest::newRow("help for unknown") << QStringList{"help", "nope"};
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        const Run r = wbcRun(args);
        QCOMPARE(r.status, 2);
        QCOMPARE(r.err.trimmed().count('\n'), 0); // one line
        QVERIFY(r.err.startsWith("wbc "));
    }

    void importStatsExport()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        QVERIFY(writeSyntheticDataset(data, test::smallDataset(8)));
        const QString project = dir.filePath(QStringLiteral("p.wbc"));
        const Run imp = wbcRun({QStringLiteral("import"), data, QStringLiteral("--project"), project});
        QCOMPARE(imp.status, 0);
        QVERIFY2(imp.out.contains("8 images found: 8 new"), imp.out.constData());
        const Run stats = wbcRun({QStringLiteral("stats"), QStringLiteral("--project"), project,
                                  QStringLiteral("--json")});
        QCOMPARE(stats.status, 0);
        const QJsonObject o = QJsonDocument::fromJson(stats.out).object();
        QCOMPARE(o.value(QStringLiteral("images")).toInt(), 8);
        QVERIFY(o.value(QStringLiteral("classes")).isObject());
        QVERIFY(o.contains(QStringLiteral("multi_cell_labeled")));
        QCOMPARE(o.value(QStringLiteral("unlabeled")).toInt(), 0);
        const Run csv = wbcRun({QStringLiteral("export"), QStringLiteral("--project"), project,
                                QStringLiteral("--format"), QStringLiteral("csv"),
                                QStringLiteral("--out"), dir.filePath(QStringLiteral("out.csv"))});
        QCOMPARE(csv.status, 0);
        // One row per white cell under the header.
        const int cells = o.value(QStringLiteral("cells")).toObject().value("total").toInt();
        QVERIFY(cells > 8); // some fields show two cells
        QCOMPARE(test::readFile(dir.filePath(QStringLiteral("out.csv"))).count('\n'), 1 + cells);
    }

    // A folder without images: exit 1, the message names the folder, no project is created.
    void importOfEmptyFolderCreatesNothing()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("empty"));
        QVERIFY(QDir().mkpath(data + QStringLiteral("/images")));
        test::writeFile(data + QStringLiteral("/notes.txt"), "not an image\n");
        const QString project = dir.filePath(QStringLiteral("p.wbc"));
        const Run r = wbcRun({QStringLiteral("import"), data, QStringLiteral("--project"), project});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains("no images found") && r.err.contains(data.toUtf8()),
                 r.err.constData());
        QVERIFY(!QFileInfo::exists(project));
        QVERIFY(!QFileInfo::exists(project + QStringLiteral(".lock")));
    }

    void labelAndSlides()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        SyntheticDatasetSpec spec = test::smallDataset(6);
        spec.multiCellFraction = 0.5;
        QVERIFY(writeSyntheticDataset(data, spec));
        const QString project = dir.filePath(QStringLiteral("p.wbc"));
        QCOMPARE(wbcRun({"import", data, "--project", project}).status, 0);
        ProjectStore probe;
        QVERIFY(probe.open(project, ProjectStore::OpenMode::ReadOnly));
        QString single, multi;
        qint64 multiCell = 0;
        for (const ImageRecord &img : probe.images()) {
            const QList<CellRecord> cells = probe.whiteCells(img.id);
            const QString name = QFileInfo(img.path).fileName();
            if (cells.size() == 1 && single.isEmpty())
                single = name;
            if (cells.size() == 2 && multi.isEmpty()) {
                multi = name;
                multiCell = cells.at(1).id;
            }
        }
        probe.close();
        QVERIFY(!single.isEmpty() && !multi.isEmpty());

        Run r = wbcRun({"label", "--project", project, single, "MONOCYTE", "--user", "dr.x"});
        QVERIFY2(r.status == 0, r.err.constData());
        // Several cells: --cell is required, and must be one of the image's.
        r = wbcRun({"label", "--project", project, multi, "eosinophil"});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains("--cell"), r.err.constData());
        r = wbcRun({"label", "--project", project, multi, "--cell", QString::number(multiCell),
                    "smudge"});
        QVERIFY2(r.status == 0, r.err.constData());
        r = wbcRun({"label", "--project", project, multi, "--cell", "999999", "NEUTROPHIL"});
        QCOMPARE(r.status, 1);
        QVERIFY(r.err.contains("no white cell 999999"));
        r = wbcRun({"label", "--project", project, "nope.png", "NEUTROPHIL"});
        QCOMPARE(r.status, 1);
        QVERIFY(r.err.contains("no image \"nope.png\""));
        r = wbcRun({"label", "--project", project, single, "GIANT"});
        QCOMPARE(r.status, 1);
        QVERIFY(r.err.contains("unknown class \"GIANT\""));
        r = wbcRun({"label", "--project", project, single});
        QCOMPARE(r.status, 2);

        ProjectStore store;
        QVERIFY(store.open(project, ProjectStore::OpenMode::ReadOnly));
        const auto labelled = store.currentCellLabel(multiCell);
        QVERIFY(labelled);
        QCOMPARE(labelled->label, CellLabel::notCounted(NotCounted::Smudge));
        QCOMPARE(labelled->author, QStringLiteral("tester")); // WBC_USER of the test
        QCOMPARE(labelled->origin, LabelOrigin::Key);
        bool found = false;
        for (const ImageRecord &img : store.images()) {
            if (QFileInfo(img.path).fileName() == single) {
                const auto l = store.currentLabel(img.id);
                QCOMPARE(l->label.toString(), QStringLiteral("MONOCYTE"));
                QCOMPARE(l->author, QStringLiteral("dr.x"));
                found = true;
            }
        }
        QVERIFY(found);
        store.close();
        // Clearing with 0.
        r = wbcRun({"label", "--project", project, multi, "--cell", QString::number(multiCell),
                    "0"});
        QCOMPARE(r.status, 0);
        QVERIFY(store.open(project, ProjectStore::OpenMode::ReadOnly));
        QVERIFY(store.currentCellLabel(multiCell)->label.isUnlabelled());
        const ProjectStats s = store.stats();
        store.close();

        const Run slides = wbcRun({"slides", "--project", project, "--json"});
        QCOMPARE(slides.status, 0);
        const QJsonArray list = QJsonDocument::fromJson(slides.out).object().value("slides").toArray();
        QCOMPARE(list.size(), 1);
        const QJsonObject slide = list.first().toObject();
        QCOMPARE(slide.value("name").toString(), QStringLiteral("data"));
        QCOMPARE(slide.value("images").toInt(), 6);
        QCOMPARE(slide.value("cells").toInt(), s.cells);
        QCOMPARE(slide.value("labelled").toInt(), s.cells - s.cellsUnlabelled);
    }

    void detectJson()
    {
        QTemporaryDir dir;
        SmearSpec spec;
        spec.wbcs = {CellClass::Neutrophil, CellClass::Lymphocyte};
        const SyntheticSmear smear = generateSmear(11, spec);
        const QString image = dir.filePath(QStringLiteral("two.png"));
        QVERIFY(cv::imwrite(image.toStdString(), smear.bgr));
        const Run r = wbcRun({QStringLiteral("detect"), QStringLiteral("--json"), image});
        QCOMPARE(r.status, 0);
        const QJsonArray all = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(all.size(), 1);
        const QJsonObject o = all.first().toObject();
        QCOMPARE(o.value(QStringLiteral("image")).toString(), image);
        QCOMPARE(o.value(QStringLiteral("wbc_count")).toInt(), 2);
        const QJsonArray boxes = o.value(QStringLiteral("boxes")).toArray();
        const QJsonArray scores = o.value(QStringLiteral("scores")).toArray();
        QCOMPARE(boxes.size(), 2);
        QCOMPARE(scores.size(), 2);
        for (int i = 0; i < 2; ++i) {
            const QJsonArray b = boxes.at(i).toArray(); // xmin, ymin, xmax, ymax in image pixels
            QCOMPARE(b.size(), 4);
            QVERIFY(b.at(0).toInt() < b.at(2).toInt() && b.at(1).toInt() < b.at(3).toInt());
            QVERIFY(b.at(2).toInt() <= spec.width && b.at(3).toInt() <= spec.height);
            QVERIFY(scores.at(i).toDouble() > 0.0 && scores.at(i).toDouble() <= 1.0);
        }
        const Run missing = wbcRun({QStringLiteral("detect"), dir.filePath(QStringLiteral("nope.jpg"))});
        QCOMPARE(missing.status, 1);
        QVERIFY(missing.err.contains("nope.jpg"));
    }

    void brokenProjectFailsWithMessage()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("bad.wbc"));
        test::writeFile(project, "not a database");
        const Run r = wbcRun({QStringLiteral("stats"), QStringLiteral("--project"), project});
        QCOMPARE(r.status, 1);
        QVERIFY(r.err.contains(project.toUtf8()));
        QVERIFY(r.err.contains("not a WBC Studio project"));
    }

    void bccdStats()
    {
        WBC_REQUIRE_BCCD(bccd);
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("x.wbc"));
        QCOMPARE(wbcRun({QStringLiteral("import"), bccd, QStringLiteral("--project"), project}).status, 0);
        const Run stats = wbcRun({QStringLiteral("stats"), QStringLiteral("--project"), project,
                                  QStringLiteral("--json")});
        const QJsonObject o = QJsonDocument::fromJson(stats.out).object();
        QCOMPARE(o.value(QStringLiteral("images")).toInt(), 299);
        const QJsonObject c = o.value(QStringLiteral("classes")).toObject();
        // 167 images have one neutrophil label; one of them shows two annotated white cells, so
        // its label cannot be put on a cell: it "needs per-cell labels" (counted multi-cell).
        QCOMPARE(c.value(QStringLiteral("NEUTROPHIL")).toInt(), 166);
        QCOMPARE(c.value(QStringLiteral("EOSINOPHIL")).toInt(), 71);
        QCOMPARE(c.value(QStringLiteral("LYMPHOCYTE")).toInt(), 26);
        QCOMPARE(c.value(QStringLiteral("MONOCYTE")).toInt(), 16);
        QCOMPARE(c.value(QStringLiteral("BASOPHIL")).toInt(), 3);
        QCOMPARE(o.value(QStringLiteral("multi_cell_labeled")).toInt(), 16);
        QCOMPARE(o.value(QStringLiteral("unlabeled")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("wbc_boxes")).toInt(), 304);
        QCOMPARE(o.value(QStringLiteral("slides")).toInt(), 1);
        // White cells: the 304 annotated boxes and a whole-field cell for each of the 9 images
        // labelled with one class but without a box; 282 of them carry a class.
        const QJsonObject cells = o.value(QStringLiteral("cells")).toObject();
        QCOMPARE(cells.value(QStringLiteral("total")).toInt(), 313);
        const QJsonObject labelled = cells.value(QStringLiteral("labelled")).toObject();
        int sum = 0;
        for (const QJsonValue &v : labelled)
            sum += v.toInt();
        QCOMPARE(sum, 282);
        QCOMPARE(labelled.value(QStringLiteral("NEUTROPHIL")).toInt(), 166);
        QCOMPARE(cells.value(QStringLiteral("unlabelled")).toInt(), 313 - 282);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
