#include "project/projectstore.h"
#include "reportdialog.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QCryptographicHash>
#include <QLabel>
#include <QListWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
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
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

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
};

QTEST_MAIN(TestReportDialog)
#include "tst_reportdialog.moc"
