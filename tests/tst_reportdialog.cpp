#include "pdftextsupport.h"
#include "project/projectstore.h"
#include "project/runrecorder.h"
#include "reportdialog.h"
#include "testsupport.h"
#include "training/models.h"

#include <QApplication>
#include <QCheckBox>
#include <QCryptographicHash>
#include <QLabel>
#include <QListWidget>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QUrl>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <opencv2/imgcodecs.hpp>

using namespace wbc;

namespace {

// Two slides: A with 3 neutrophils and 1 lymphocyte in one field and an unreadable field, B with
// 2 monocytes; one image of B has no white cell.
struct Fixture
{
    QTemporaryDir dir;
    ProjectStore store;
    qint64 slideA = 0;
    qint64 slideB = 0;
    QHash<QString, qint64> image;

    qint64 addImage(const QString &name, qint64 slideId, bool readable = true)
    {
        const QString path = dir.filePath(name + QStringLiteral(".png"));
        if (readable)
            cv::imwrite(path.toStdString(), cv::Mat(120, 160, CV_8UC3, cv::Scalar(200, 180, 220)));
        else
            test::writeFile(path, "broken");
        ImageRecord record;
        record.path = store.storedPath(path);
        record.sha256
            = QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha256).toHex();
        record.width = 160;
        record.height = 120;
        record.slideId = slideId;
        const qint64 id = store.addImage(record);
        image.insert(name, id);
        return id;
    }

    bool addCells(qint64 imageId, const QList<CellClass> &classes)
    {
        for (qsizetype i = 0; i < classes.size(); ++i) {
            CellRecord c;
            c.imageId = imageId;
            c.box = QRect(5 + 35 * int(i), 10, 30, 30);
            c.source = QStringLiteral("user");
            const qint64 id = store.addCell(c);
            if (!id
                || !store.addCellLabel(id, CellLabel::ofClass(classes.at(i)), LabelOrigin::Key,
                                       QStringLiteral("alice")))
                return false;
        }
        return true;
    }

    bool make()
    {
        if (!store.open(dir.filePath(QStringLiteral("p.wbc"))))
            return false;
        slideA = store.ensureSlide(QStringLiteral("A"));
        slideB = store.ensureSlide(QStringLiteral("B"));
        const qint64 a1 = addImage(QStringLiteral("a1"), slideA);
        const qint64 a2 = addImage(QStringLiteral("a2"), slideA, false);
        const qint64 b1 = addImage(QStringLiteral("b1"), slideB);
        const qint64 b2 = addImage(QStringLiteral("b2"), slideB);
        return a1 && a2 && b1 && b2
               && addCells(a1, {CellClass::Neutrophil, CellClass::Neutrophil,
                                CellClass::Neutrophil, CellClass::Lymphocyte})
               && addCells(a2, {CellClass::Neutrophil})
               && addCells(b1, {CellClass::Monocyte, CellClass::Monocyte});
    }
};

QString cellText(const QTableWidget *table, const QString &rowName, int column)
{
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, 0)->text() == rowName)
            return table->item(r, column) ? table->item(r, column)->text() : QString();
    }
    return {};
}

} // namespace

// The differential count dialog: the slides reported, the section shown, warnings, exports.
class TestReportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("WBC Studio Tests"));
    }
    void init() { QSettings().clear(); }

    void slidesAndSections()
    {
        Fixture f;
        QVERIFY(f.make());
        ReportDialog dialog(f.store, 0, {});
        QListWidget *slides = dialog.slideList();
        QCOMPARE(slides->count(), 2);
        QVERIFY2(slides->item(0)->text().startsWith("A (2 images"),
                 qPrintable(slides->item(0)->text()));
        QCOMPARE(slides->item(0)->checkState(), Qt::Checked);
        QCOMPARE(dialog.report().slides.size(), 2);
        // Several slides: the total is shown first.
        QCOMPARE(dialog.shownSection(), -1);
        QTableWidget *table = dialog.table();
        QCOMPARE(table->columnCount(), 4); // class, labelled, %, 95 % CI: no model
        QCOMPARE(cellText(table, "Neutrophil", 1), QString("3"));
        QCOMPARE(cellText(table, "Neutrophil", 2), QString("50.0%"));
        QCOMPARE(cellText(table, "Neutrophil", 3), QString("18.8% – 81.2%")); // Wilson, 3 of 6
        QCOMPARE(dialog.excludedList()->topLevelItemCount(), 2); // a2 unreadable, b2 no cell
        QVERIFY(dialog.warning()->isVisibleTo(&dialog)); // 6 cells: below 100

        dialog.showSection(0);
        QCOMPARE(dialog.shownSection(), 0);
        QCOMPARE(cellText(table, "Neutrophil", 1), QString("3"));
        QCOMPARE(cellText(table, "Neutrophil", 2), QString("75.0%"));
        QCOMPARE(dialog.excludedList()->topLevelItemCount(), 1);
        QVERIFY(dialog.excludedList()->topLevelItem(0)->text(1).startsWith("unreadable image"));

        // Unchecking slide A reports B alone; the section follows.
        slides->item(0)->setCheckState(Qt::Unchecked);
        QCOMPARE(dialog.report().slides.size(), 1);
        QCOMPARE(dialog.report().slides.first().slide, QString("B"));
        QCOMPARE(dialog.shownSection(), 0);
        QCOMPARE(cellText(table, "Monocyte", 2), QString("100.0%"));
        dialog.setCheckedSlides({});
        QVERIFY(dialog.report().slides.isEmpty());
        QCOMPARE(dialog.report().total.labelledTotal, 0);
        dialog.setCheckedSlides({f.slideA, f.slideB});
        QCOMPARE(dialog.report().slides.size(), 2);
    }

    // The active model never predicted these cells: the dialog and the PDF say so and where to
    // press, instead of a predicted column of zeros.
    void noPredictionsForTheModelSaysPressPredict()
    {
        Fixture f;
        QVERIFY(f.make());
        const qint64 model = RunRecorder(f.store).addModel(
            0, f.dir.filePath("m.wbcmodel"), untrainedModel(ModelArch::LeNet, Task::Four).header);
        QVERIFY(model);
        ReportDialog dialog(f.store, model, {});
        QVERIFY(dialog.report().hasModel());
        QVERIFY(dialog.report().lacksPredictions(dialog.report().total));
        QTableWidget *table = dialog.table();
        QCOMPARE(table->columnCount(), 6);
        QCOMPARE(cellText(table, "Neutrophil", 1), QString("3"));
        QCOMPARE(cellText(table, "Neutrophil", 4), QString("–")); // not "0"
        QCOMPARE(cellText(table, "Neutrophil", 5), QString("–")); // not "0.0%"
        QVERIFY(dialog.warning()->isVisibleTo(&dialog));
        QVERIFY2(dialog.warning()->text().contains("No predictions of m.wbcmodel"),
                 qPrintable(dialog.warning()->text()));
        QVERIFY(dialog.warning()->text().contains("press Predict"));
        QVERIFY(!dialog.warning()->text().contains("counted by prediction"));

        const QString pdf = f.dir.filePath("r.pdf");
        QVERIFY(dialog.exportTo(pdf));
        const QString text = test::pdfText(pdf);
        QVERIFY2(!text.isNull(), "pdftotext (poppler-utils, a test dependency) is missing");
        const QStringList pages = text.split(u'\f');
        QVERIFY(pages.size() >= 3);
        for (int i = 0; i < 3; ++i) {
            QVERIFY2(pages.at(i).simplified().contains(
                         "No predictions of m.wbcmodel for these cells: press Predict"),
                     qPrintable(pages.at(i)));
            QVERIFY(!pages.at(i).contains("counted by prediction"));
        }

        // With predictions for some cells, the column counts them and the notice goes.
        PredictionRecord p;
        p.cellId = f.store.whiteCells(f.image.value("a1")).first().id;
        p.imageId = f.image.value("a1");
        p.modelId = model;
        p.predicted = CellClass::Neutrophil;
        p.probabilities = {{CellClass::Neutrophil, 1.0}};
        QVERIFY(f.store.replacePredictions(model, {p}));
        ReportDialog predicted(f.store, model, {});
        QVERIFY(!predicted.report().lacksPredictions(predicted.report().total));
        QCOMPARE(cellText(predicted.table(), "Neutrophil", 4), QString("1"));
        QVERIFY(!predicted.warning()->text().contains("No predictions"));
    }

    void selectedImagesAndExports()
    {
        Fixture f;
        QVERIFY(f.make());
        ReportDialog dialog(f.store, 0, {f.image["a1"], f.image["b2"]});
        // Two selected images: the dialog starts on them, still per slide.
        QCOMPARE(dialog.report().total.labelledTotal, 4);
        QCOMPARE(dialog.report().slides.size(), 2);
        QCOMPARE(dialog.report().slides.at(1).excluded.size(), 1);
        dialog.findChild<QCheckBox *>()->setChecked(false);
        QCOMPARE(dialog.report().total.labelledTotal, 6);

        const QString csv = f.dir.filePath("r.csv");
        QVERIFY(dialog.exportTo(csv));
        const QStringList lines = QString::fromUtf8(test::readFile(csv)).split("\r\n");
        QCOMPARE(lines.first(), QString("slide,class,labelled_cells,labelled_percent,ci_low,"
                                        "ci_high,predicted_cells,predicted_percent"));
        QVERIFY(lines.contains("A,NEUTROPHIL,3,75.00,30.06,95.44,,"));
        QVERIFY(lines.contains("ALL,NEUTROPHIL,3,50.00,18.76,81.24,,"));
        const QString pdf = f.dir.filePath("r.pdf");
        QVERIFY(dialog.exportTo(pdf));
        QVERIFY(test::readFile(pdf).startsWith("%PDF"));
    }

    // A title and a patient or sample id head both exports, are kept for the project's next
    // report, and the export names its file with a link to the folder.
    void titleAndSampleIdHeadTheExports()
    {
        Fixture f;
        QVERIFY(f.make());
        {
            ReportDialog dialog(f.store, 0, {});
            QVERIFY(dialog.titleEdit()->text().isEmpty());
            QVERIFY(!dialog.savedMessage()->isVisibleTo(&dialog));
            dialog.titleEdit()->setText("Ward 4 smear");
            dialog.sampleIdEdit()->setText("  P-2024-117 ");
            QCOMPARE(dialog.report().title, QString("Ward 4 smear"));
            QCOMPARE(dialog.report().sampleId, QString("P-2024-117"));

            const QString csv = f.dir.filePath("r.csv");
            QVERIFY(dialog.exportTo(csv));
            const QStringList lines = QString::fromUtf8(test::readFile(csv)).split("\r\n");
            QCOMPARE(lines.at(0), QString("# title: Ward 4 smear"));
            QCOMPARE(lines.at(1), QString("# sample: P-2024-117"));
            QVERIFY(lines.at(2).startsWith("slide,class,labelled_cells,"));
            QVERIFY(lines.contains("A,NEUTROPHIL,3,75.00,30.06,95.44,,"));

            // The message names the file; its link opens the folder.
            QLabel *saved = dialog.savedMessage();
            QVERIFY(saved->isVisibleTo(&dialog));
            QVERIFY2(saved->text().contains(QFileInfo(csv).absoluteFilePath()),
                     qPrintable(saved->text()));
            const QString href = QUrl::fromLocalFile(QFileInfo(csv).absolutePath())
                                     .toString(QUrl::FullyEncoded);
            QVERIFY2(saved->text().contains("href=\"" + href + "\""), qPrintable(saved->text()));
            QVERIFY(saved->textInteractionFlags() & Qt::LinksAccessibleByMouse);

            const QString pdf = f.dir.filePath("r.pdf");
            QVERIFY(dialog.exportTo(pdf));
            QVERIFY(saved->text().contains(QFileInfo(pdf).absoluteFilePath()));
            const QString text = test::pdfText(pdf);
            QVERIFY2(!text.isNull(), "pdftotext (poppler-utils, a test dependency) is missing");
            const QString first = text.split(u'\f').first();
            QVERIFY2(first.contains("Ward 4 smear"), qPrintable(first));
            QVERIFY(first.contains("Patient/sample"));
            QVERIFY(first.contains("P-2024-117"));

            // A failed export says so and shows no "Saved".
            QTimer::singleShot(0, [] {
                if (QWidget *box = QApplication::activeModalWidget())
                    box->close();
            });
            QVERIFY(!dialog.exportTo(f.dir.filePath("no/such/dir/r.csv")));
            QVERIFY(!saved->isVisibleTo(&dialog));
        }
        // The next report of the project starts with them; another project's does not.
        ReportDialog again(f.store, 0, {});
        QCOMPARE(again.titleEdit()->text(), QString("Ward 4 smear"));
        QCOMPARE(again.sampleIdEdit()->text(), QString("P-2024-117"));
        QCOMPARE(again.report().sampleId, QString("P-2024-117"));
        Fixture other;
        QVERIFY(other.make());
        ReportDialog elsewhere(other.store, 0, {});
        QVERIFY(elsewhere.sampleIdEdit()->text().isEmpty());
        // Without them, the CSV starts with its header row as before.
        again.titleEdit()->clear();
        again.sampleIdEdit()->clear();
        QCOMPARE(again.report().title, defaultReportTitle());
        const QString plain = f.dir.filePath("plain.csv");
        QVERIFY(again.exportTo(plain));
        QVERIFY(test::readFile(plain).startsWith("slide,class,"));
    }
};

QTEST_MAIN(TestReportDialog)
#include "tst_reportdialog.moc"
