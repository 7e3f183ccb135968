// Translated text fits where it is shown, in each of the four languages: the confusion matrix's
// class names, the review table's headers, the label history's columns in the default dock
// width, the browser's search hint, the Label panel's names, the plots' legends (beside the
// curves, not over them) and hover read-out, and the differential count PDF (every header, class
// name and the notice whole in the PDF's text; the model's task by its name in that language).
// Widths are measured with the widgets' own fonts.
#include <QApplication>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QScrollArea>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>

#include "cellviewer.h"
#include "confusionmatrixview.h"
#include "guisupport.h"
#include "i18n.h"
#include "labelhistorypanel.h"
#include "labellegend.h"
#include "mainwindow.h"
#include "pdftextsupport.h"
#include "plotting.h"
#include "report/differentialreport.h"
#include "reviewmodel.h"
#include "reviewpanel.h"
#include "slidebrowser.h"
#include "training/trainer.h"
#include "trainingplots.h"

using namespace wbc;

namespace {

void useLanguage(const QString &language)
{
    for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    QCOMPARE(i18n::install(qApp, language), language);
}

void languages()
{
    QTest::addColumn<QString>("language");
    for (const i18n::Language &l : i18n::languages())
        QTest::newRow(qPrintable(l.code)) << l.code;
}

QStringList fourClassNames()
{
    QStringList names;
    for (CellClass c : { CellClass::Neutrophil,
             CellClass::Eosinophil,
             CellClass::Lymphocyte,
             CellClass::Monocyte })
        names.append(cellClassDisplayName(c));
    return names;
}

// A small labelled project open in a shown main window, its first field shown with the label.
struct LabelledWindow
{
    QTemporaryDir dir;
    MainWindow w;

    bool open()
    {
        if (!test::showActive(w) || !w.openProject(test::makeTwoCellProject(dir.path(), 8)))
            return false;
        // A field of two cells: the Label panel then reads "Cell 1 of 2: <class>".
        const qint64 image = test::imageWithCells(w, 2);
        if (!image || !w.browser()->selectImage(image)
            || !QTest::qWaitFor([&] { return w.viewer()->imageId() == image; }, 10000))
            return false;
        const qint64 first = w.viewer()->cells().value(0).id;
        // Neutrophil: the longest name in German and French.
        w.viewer()->selectCell(first);
        QTest::keyClick(w.viewer(), Qt::Key_1);
        w.viewer()->selectCell(first); // the key went on to the next cell
        return QTest::qWaitFor([&] { return w.historyPanel()->entryCount() == 1; }, 10000);
    }
};

} // namespace

class TestTextFits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanupTestCase() { useLanguage(QStringLiteral("en")); }

    void confusionMatrixNamesFit_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size"); // empty: the minimum size hint
        QTest::addColumn<bool>("shortNames");
        for (const i18n::Language &l : i18n::languages()) {
            for (const auto &[name, size] : { std::pair { "minimum", QSize() },
                     std::pair { "dashboard", QSize(380, 260) },
                     std::pair { "large", QSize(900, 700) } }) {
                for (bool codes : { false, true })
                    QTest::newRow(qPrintable(QStringLiteral("%1 %2%3").arg(
                        l.code, QLatin1String(name), codes ? QStringLiteral(" codes") : QString())))
                        << l.code << size << codes;
            }
        }
    }

    void confusionMatrixNamesFit()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        QFETCH(bool, shortNames);
        useLanguage(language);
        ConfusionMatrixView view;
        const QStringList names = fourClassNames();
        if (shortNames)
            view.setShortNames({ "N", "E", "L", "M" });
        view.setMatrix(names, std::vector<std::vector<int>>(4, std::vector<int>(4, 3)));
        view.resize(size.isEmpty() ? view.minimumSizeHint() : size);
        const QFontMetrics fm(view.labelFont());
        for (int i = 0; i < names.size(); ++i) {
            const QRect row = view.rowLabelRect(i);
            QVERIFY2(fm.horizontalAdvance(names[i]) <= row.width(),
                qPrintable(QStringLiteral("row %1: %2 > %3")
                               .arg(names[i])
                               .arg(fm.horizontalAdvance(names[i]))
                               .arg(row.width())));
            QVERIFY(row.right() < view.cellRect(i, 0).left());
            const QRect column = view.columnLabelRect(i);
            const QString text = view.columnLabel(i);
            QVERIFY(
                text == names[i] || (shortNames && text == QStringList { "N", "E", "L", "M" }[i]));
            const int room = view.columnLabelsUpright() ? column.height() : column.width();
            QVERIFY2(fm.horizontalAdvance(text) <= room,
                qPrintable(QStringLiteral("column %1: %2 > %3")
                               .arg(text)
                               .arg(fm.horizontalAdvance(text))
                               .arg(room)));
            QVERIFY(column.bottom() < view.cellRect(0, i).top());
        }
        // The minimum size, or short names where room is short, leave the cells room for their
        // numbers (upright full names in a small view leave them small: no names are cut).
        if (size.isEmpty() || shortNames)
            QVERIFY(view.cellRect(0, 0).width() >= 36);
        QVERIFY(view.rect().contains(view.cellRect(3, 3)));
    }

    void reviewHeadersFit_data() { languages(); }

    void reviewHeadersFit()
    {
        QFETCH(QString, language);
        useLanguage(language);
        MainWindow w;
        w.resize(1280, 820);
        QVERIFY(test::showActive(w));
        w.showReview();
        QHeaderView *header = w.review()->view()->horizontalHeader();
        QVERIFY(header->count() >= 8);
        for (int c = 0; c < header->count() - 1; ++c) { // the last one stretches
            const QString text = header->model()->headerData(c, Qt::Horizontal).toString();
            QVERIFY2(header->sectionSize(c) >= header->sectionSizeHint(c),
                qPrintable(QStringLiteral("%1: %2 < %3")
                               .arg(text)
                               .arg(header->sectionSize(c))
                               .arg(header->sectionSizeHint(c))));
            QVERIFY(header->sectionSize(c) > header->fontMetrics().horizontalAdvance(text));
        }
        // The class names a row shows fit their columns too.
        const QFontMetrics fm(w.review()->view()->font());
        for (const QString &name : fourClassNames()) {
            QVERIFY2(fm.horizontalAdvance(name) < header->sectionSize(ReviewModel::Label),
                qPrintable(name));
            QVERIFY(fm.horizontalAdvance(name) < header->sectionSize(ReviewModel::Prediction));
        }
    }

    void historyColumnsFitTheDock_data() { languages(); }

    void historyColumnsFitTheDock()
    {
        QFETCH(QString, language);
        useLanguage(language);
        LabelledWindow f;
        QVERIFY(f.open());
        auto *tree = f.w.historyPanel()->findChild<QTreeWidget *>();
        QVERIFY(tree);
        QTRY_VERIFY(tree->isVisible() && tree->viewport()->width() > 0);
        QVERIFY2(tree->header()->length() <= tree->viewport()->width(),
            qPrintable(QStringLiteral("the columns need %1 px, the dock shows %2")
                           .arg(tree->header()->length())
                           .arg(tree->viewport()->width())));
        for (int c = 0; c < tree->columnCount(); ++c) {
            const QString text = tree->headerItem()->text(c);
            QVERIFY2(tree->header()->sectionSize(c) > tree->fontMetrics().horizontalAdvance(text),
                qPrintable(text));
        }
    }

    void searchHintFits_data() { languages(); }

    void searchHintFits()
    {
        QFETCH(QString, language);
        useLanguage(language);
        MainWindow w;
        w.resize(1280, 820);
        QVERIFY(test::showActive(w));
        auto *search = w.browser()->findChild<QLineEdit *>();
        QVERIFY(search);
        QVERIFY(!search->placeholderText().isEmpty());
        // The hint, the text's margins and the clear button.
        const int hint = search->fontMetrics().horizontalAdvance(search->placeholderText());
        QVERIFY2(search->width() >= hint + 30,
            qPrintable(QStringLiteral("%1 px for a %2 px hint").arg(search->width()).arg(hint)));
    }

    void labelPanelFitsItsDock_data() { languages(); }

    void labelPanelFitsItsDock()
    {
        QFETCH(QString, language);
        useLanguage(language);
        LabelledWindow f;
        QVERIFY(f.open());
        LabelLegend *legend = f.w.findChild<LabelLegend *>();
        QVERIFY(legend);
        auto *scroll = qobject_cast<QScrollArea *>(legend->parentWidget()->parentWidget());
        QVERIFY(scroll);
        QTRY_VERIFY(legend->isVisible());
        // The dock as narrow as it goes: every name is still whole and inside what it shows (it
        // scrolls down only).
        auto *dock = f.w.findChild<QDockWidget *>(QStringLiteral("labelDock"));
        QVERIFY(dock);
        f.w.resizeDocks({ dock }, { 1 }, Qt::Horizontal);
        QTRY_VERIFY(dock->width() < 400);
        int names = 0;
        for (QLabel *label : legend->findChildren<QLabel *>()) {
            if (label->text().isEmpty() || label->wordWrap() || label->textFormat() == Qt::RichText
                || label->text().startsWith(u'<'))
                continue;
            ++names;
            const QPoint right = label->mapTo(scroll->viewport(), label->rect().topRight());
            QVERIFY2(right.x() <= scroll->viewport()->width(),
                qPrintable(QStringLiteral("%1 ends at %2 of %3")
                               .arg(label->text())
                               .arg(right.x())
                               .arg(scroll->viewport()->width())));
            QVERIFY2(label->width() >= label->fontMetrics().horizontalAdvance(label->text()),
                qPrintable(label->text()));
        }
        QVERIFY(names >= 10); // the label keys' names, "Clear label" among them
        QVERIFY(legend->width() <= scroll->viewport()->width());
    }

    void plotLegendsLeaveTheCurvesFree_data() { languages(); }

    void plotLegendsLeaveTheCurvesFree()
    {
        QFETCH(QString, language);
        useLanguage(language);
        TrainingPlots plots;
        plots.resize(520, 420);
        plots.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plots));
        for (int epoch = 1; epoch <= 3; ++epoch) {
            EpochReport r;
            r.epoch = epoch;
            r.trainLoss = 1.0 / epoch;
            r.trainAccuracy = 0.5 + 0.1 * epoch;
            plots.addEpoch(r);
        }
        plots.addComparison(QStringLiteral("run 1"), { 0.9, 0.6, 0.4 }, { 0.6, 0.7, 0.9 });
        for (QCustomPlot *plot : { plots.lossPlot(), plots.accuracyPlot() }) {
            plot->replot();
            const QRect legend = plot->legend->outerRect();
            const QRect curves = plot->axisRect()->rect();
            QVERIFY2(!legend.intersects(curves), qPrintable(plot->accessibleName()));
            QVERIFY(plot->rect().contains(legend));
            // Every curve's entry, each inside the legend's row.
            int items = 0;
            for (int i = 0; i < plot->legend->itemCount(); ++i) {
                if (QCPAbstractLegendItem *item = plot->legend->item(i)) {
                    ++items;
                    QVERIFY(legend.contains(item->outerRect()));
                }
            }
            QCOMPARE(items, plot->graphCount());
        }
    }

    void plotReadoutFits_data() { languages(); }

    // Hovering a curve shows each curve's value there, every line whole.
    void plotReadoutFits()
    {
        QFETCH(QString, language);
        useLanguage(language);
        TrainingPlots plots;
        plots.resize(520, 420);
        QVERIFY(test::showActive(plots));
        for (int epoch = 1; epoch <= 3; ++epoch) {
            EpochReport r;
            r.epoch = epoch;
            r.trainLoss = 1.0 / epoch;
            r.trainAccuracy = 0.5 + 0.1 * epoch;
            r.hasValidation = true;
            plots.addEpoch(r);
        }
        QCustomPlot *plot = plots.lossPlot();
        plot->replot();
        const QPoint at(int(plot->xAxis->coordToPixel(2.0)), int(plot->yAxis->coordToPixel(0.5)));
        QMouseEvent move(QEvent::MouseMove,
            at,
            plot->mapToGlobal(at),
            Qt::NoButton,
            Qt::NoButton,
            Qt::NoModifier);
        QSignalSpy moved(plot, &QCustomPlot::mouseMove);
        QCoreApplication::sendEvent(plot, &move);
        QCOMPARE(moved.size(), 1);
        QLabel *tip = nullptr;
        QTRY_VERIFY((tip = [] {
            for (QWidget *w : QApplication::topLevelWidgets())
                if (w->inherits("QTipLabel") && w->isVisible())
                    return qobject_cast<QLabel *>(w);
            return static_cast<QLabel *>(nullptr);
        }()));
        const QStringList lines = tip->text().split(u'\n');
        QCOMPARE(lines.size(), 2); // training and validation at epoch 2
        for (const QString &line : lines)
            QVERIFY2(tip->fontMetrics().horizontalAdvance(line) <= tip->contentsRect().width(),
                qPrintable(QStringLiteral("%1: %2 px in %3")
                               .arg(line)
                               .arg(tip->fontMetrics().horizontalAdvance(line))
                               .arg(tip->contentsRect().width())));
        QVERIFY(tip->height() >= lines.size() * tip->fontMetrics().height());
    }

    void reportTableIsWholeInThePdf_data() { languages(); }

    void reportTableIsWholeInThePdf()
    {
        QFETCH(QString, language);
        useLanguage(language);
        QTemporaryDir dir;
        DifferentialReport r;
        r.title = "Smear";
        r.projectPath = dir.filePath("p.wbc");
        r.modelName = "m.wbcmodel";
        r.task = "four";
        r.generatedAt = QDateTime::currentDateTimeUtc();
        r.author = "tester";
        DifferentialCount c;
        c.slide = "S1";
        c.images = c.fields = 120;
        c.cells = 120;
        for (CellClass cls : kAllCellClasses) {
            DifferentialCount::Row row;
            row.cls = cls;
            row.labelled = 24;
            row.labelledPercent = 20;
            row.labelledInterval = { 13.9, 27.9 };
            row.predicted = cls == CellClass::Basophil ? 0 : 30;
            row.predictedPercent = cls == CellClass::Basophil ? 0 : 25;
            c.rows.append(row);
        }
        c.labelledTotal = 120;
        c.predictedTotal = 120;
        r.slides = { c };
        r.total = c;
        r.total.isTotal = true;
        r.total.slide = "ALL";
        const QString path = dir.filePath("report.pdf");
        QString error;
        QVERIFY2(writeReportPdf(r, path, &error), qPrintable(error));
        const QString text = test::pdfText(path);
        if (text.isNull())
            QSKIP("pdftotext (poppler-utils, a test dependency) is missing");
        const QString table = text.left(text.indexOf(u'\f'));
        for (const char *header :
            { "Class", "Labelled", "Predicted", "95 % CI", "Cells counted" }) {
            const QString shown = QCoreApplication::translate("DifferentialReport", header);
            QVERIFY2(table.contains(shown), qPrintable(shown));
        }
        for (CellClass cls : kAllCellClasses)
            QVERIFY2(
                table.contains(cellClassDisplayName(cls)), qPrintable(cellClassDisplayName(cls)));
        QVERIFY(table.contains(QCoreApplication::translate("DifferentialReport", "four classes")));
        QVERIFY(!table.contains("four task"));
        for (const QString &line : table.split(u'\n'))
            QVERIFY2(!line.contains(QStringLiteral("…")), qPrintable(line));
    }
};

QTEST_MAIN(TestTextFits)
#include "tst_textfits.moc"
