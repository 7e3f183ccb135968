#include <algorithm>

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include "browserfixture.h"
#include "dataset/datasetimporter.h"
#include "imagelistmodel.h"
#include "project/projectstore.h"
#include "slidebrowser.h"
#include "testsupport.h"
#include "thumbnailloader.h"

using namespace wbc;

namespace {

// Measures how long the GUI thread's event loop went without running a 5 ms timer.
class StallMeter
{
public:
    StallMeter()
    {
        m_timer.setInterval(5);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            const double gap = (now - m_last) / 1e6;
            m_gaps.append(gap);
            m_phaseMax[m_phase] = std::max(m_phaseMax.value(m_phase), gap);
            m_last = now;
        });
        m_clock.start();
        m_last = m_clock.nsecsElapsed();
        m_timer.start();
    }
    double longestMs() const
    {
        return m_gaps.isEmpty() ? 0 : *std::max_element(m_gaps.cbegin(), m_gaps.cend());
    }
    double percentileMs(double p) const
    {
        if (m_gaps.isEmpty())
            return 0;
        QList<double> sorted = m_gaps;
        std::sort(sorted.begin(), sorted.end());
        return sorted.at(std::min<qsizetype>(sorted.size() - 1, qsizetype(p * sorted.size())));
    }
    qsizetype ticks() const { return m_gaps.size(); }
    // Names what runs next; the longest stall of each phase is reported.
    void phase(const char *name) { m_phase = QString::fromLatin1(name); }
    QString phaseReport() const
    {
        QStringList parts;
        for (auto it = m_phaseMax.cbegin(); it != m_phaseMax.cend(); ++it)
            parts << QStringLiteral("%1 %2 ms").arg(it.key()).arg(it.value(), 0, 'f', 1);
        return parts.join(QStringLiteral(", "));
    }

private:
    QString m_phase = QStringLiteral("start");
    QMap<QString, double> m_phaseMax;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    QList<double> m_gaps;
};

QModelIndex viewRow(const SlideBrowser &browser, int row)
{
    return browser.proxy()->index(row, 0);
}

qint64 idAt(const SlideBrowser &browser, int row)
{
    return browser.proxy()->imageIdAt(viewRow(browser, row));
}

} // namespace

class TestSlideBrowser : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ProjectStore m_store;

private Q_SLOTS:
    void initTestCase()
    {
        const QString data = m_dir.filePath(QStringLiteral("smears"));
        QVERIFY(writeSyntheticDataset(data, test::smallDataset(12)));
        QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("smears.wbc"))));
        const ImportReport report = DatasetImporter(m_store, QStringLiteral("tester")).run(data);
        QCOMPARE(report.imported, 12);
        // Fields imported with several classes need per-cell labels: give them, so that every
        // image starts labelled.
        const QHash<qint64, QString> unresolved = m_store.unresolvedLabels();
        QVERIFY(!unresolved.isEmpty()); // the synthetic set has two-cell fields
        for (auto it = unresolved.cbegin(); it != unresolved.cend(); ++it) {
            for (const CellRecord &c : m_store.whiteCells(it.key()))
                QVERIFY(m_store.addCellLabel(c.id,
                    CellLabel::ofClass(CellClass::Monocyte),
                    LabelOrigin::Key,
                    QStringLiteral("t")));
        }
        SlideBrowser browser;
        browser.setProject(&m_store);
        browser.setFilter(ImageFilter::Unlabeled);
        QCOMPARE(browser.shownCount(), 0);
    }

    void showsProjectAndTracksCurrent()
    {
        SlideBrowser browser;
        QSignalSpy current(&browser, &SlideBrowser::currentImageChanged);
        QSignalSpy selection(&browser, &SlideBrowser::selectionChanged);
        browser.setProject(&m_store);
        QCOMPARE(browser.project(), &m_store);
        QCOMPARE(browser.shownCount(), 12);
        QCOMPARE(browser.totalCount(), 12);
        QCOMPARE(browser.currentImageId(), 0);
        QCOMPARE(browser.findChild<QLabel *>()->text(), QStringLiteral("12 images"));

        const qint64 third = idAt(browser, 2);
        QVERIFY(browser.selectImage(third));
        QCOMPARE(browser.currentImageId(), third);
        QCOMPARE(current.last().first().toLongLong(), third);
        QCOMPARE(browser.selectedImageIds(), QList<qint64> { third });
        QVERIFY(selection.size() >= 1);
        QVERIFY(!browser.selectImage(987654));

        // Extended selection in view order.
        browser.view()->selectionModel()->select(viewRow(browser, 5), QItemSelectionModel::Select);
        QCOMPARE(browser.selectedImageIds(), (QList<qint64> { third, idAt(browser, 5) }));

        // A reload keeps current and selection.
        browser.reload();
        QCOMPARE(browser.currentImageId(), third);
        QCOMPARE(browser.selectedImageIds(), (QList<qint64> { third, idAt(browser, 5) }));

        // Keyboard moves the current image.
        browser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&browser));
        browser.view()->setFocus();
        QTest::keyClick(browser.view(), Qt::Key_Right);
        QCOMPARE(browser.currentImageId(), idAt(browser, 3));

        browser.setProject(nullptr);
        QCOMPARE(browser.currentImageId(), 0);
        QCOMPARE(current.last().first().toLongLong(), 0);
        QCOMPARE(browser.shownCount(), 0);
        QVERIFY(browser.selectedImageIds().isEmpty());
    }

    void selectNextUnlabeled()
    {
        SlideBrowser browser;
        browser.setProject(&m_store);
        const QList<int> unlabeledRows { 2, 5, 9 };
        for (int row : unlabeledRows)
            QVERIFY(m_store.addLabel(
                idAt(browser, row), ImageLabel(), QStringLiteral("user"), QStringLiteral("t")));
        browser.reload();
        QVERIFY(browser.selectImage(idAt(browser, 0)));
        for (int row : unlabeledRows) {
            QVERIFY(browser.selectNextUnlabeled());
            QCOMPARE(browser.currentImageId(), idAt(browser, row));
        }
        QVERIFY(!browser.selectNextUnlabeled()); // none after row 9
        QCOMPARE(browser.currentImageId(), idAt(browser, 9));

        // Labeling row 5 from row 2: the next one is row 9.
        QVERIFY(browser.selectImage(idAt(browser, 2)));
        QVERIFY(m_store.addLabel(idAt(browser, 5),
            test::label("MONOCYTE"),
            QStringLiteral("user"),
            QStringLiteral("t")));
        browser.refreshImage(idAt(browser, 5));
        QVERIFY(browser.selectNextUnlabeled());
        QCOMPARE(browser.currentImageId(), idAt(browser, 9));

        // In the "Unlabeled" view, the labeled current image stays put, and the next is found.
        browser.setFilter(ImageFilter::Unlabeled);
        QCOMPARE(browser.shownCount(), 2);
        QCOMPARE(browser.findChild<QComboBox *>()->currentText(), QStringLiteral("Unlabeled"));
        QVERIFY(browser.selectImage(browser.proxy()->imageIdAt(viewRow(browser, 0))));
        const qint64 first = browser.currentImageId();
        QVERIFY(m_store.addLabel(
            first, test::label("NEUTROPHIL"), QStringLiteral("user"), QStringLiteral("t")));
        browser.refreshImage(first);
        QCOMPARE(browser.shownCount(), 2);
        QCOMPARE(browser.currentImageId(), first);
        QVERIFY(browser.selectNextUnlabeled());
        QVERIFY(browser.currentImageId() != first);
        QVERIFY(!browser.selectNextUnlabeled());

        // Leave the shared project as it was: every image labeled again.
        for (const LabelRecord &r : m_store.currentLabels()) {
            if (r.label.isUnlabeled())
                QVERIFY(m_store.addLabel(r.imageId,
                    test::label("LYMPHOCYTE"),
                    QStringLiteral("user"),
                    QStringLiteral("t")));
        }
    }

    // Tab in the grid steps through the shown field's cells once someone listens for it.
    void tabAsksForTheNextCell()
    {
        SlideBrowser browser;
        browser.setProject(&m_store);
        browser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&browser));
        QVERIFY(browser.selectImage(idAt(browser, 0)));
        browser.view()->setFocus();
        QSignalSpy steps(&browser, &SlideBrowser::cellStepRequested);
        QTest::keyClick(browser.view(), Qt::Key_Tab);
        QCOMPARE(steps.size(), 1);
        QCOMPARE(steps.first().first().toInt(), 1);
        QTest::keyClick(browser.view(), Qt::Key_Backtab, Qt::ShiftModifier);
        QCOMPARE(steps.last().first().toInt(), -1);
        QCOMPARE(browser.currentImageId(), idAt(browser, 0)); // the image stays
    }

    void filterBarDrivesTheProxy()
    {
        SlideBrowser browser;
        browser.setProject(&m_store);
        browser.setFilter(ImageFilter::LabelClass, CellClass::Eosinophil);
        auto *filterCombo = browser.findChild<QComboBox *>();
        QCOMPARE(filterCombo->currentText(), QStringLiteral("Eosinophil"));
        const int eosinophils = browser.shownCount();
        QVERIFY(eosinophils > 0 && eosinophils < 12);
        QVERIFY(browser.findChild<QLabel *>()->text().contains(QStringLiteral(" of 12")));
        browser.setFilter(ImageFilter::All);
        QCOMPARE(browser.shownCount(), 12);

        // Typing in the search field filters after a short pause.
        auto *search = browser.findChild<QLineEdit *>();
        const QString name = viewRow(browser, 3).data().toString();
        search->setText(name);
        QTRY_COMPARE(browser.shownCount(), 1);
        search->clear();
        QTRY_COMPARE(browser.shownCount(), 12);

        browser.setSort(ImageSort::Name, Qt::DescendingOrder);
        QVERIFY(ImageFilterProxy::compareNames(
                    viewRow(browser, 0).data().toString(), viewRow(browser, 11).data().toString())
            > 0);
    }

    void showOnlyShowsARemovableChip()
    {
        SlideBrowser browser;
        browser.setProject(&m_store);
        browser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&browser));
        const QSet<qint64> ids { idAt(browser, 1), idAt(browser, 4) };
        browser.showOnly(ids, QStringLiteral("Neutrophil labeled as Lymphocyte"));
        QCOMPARE(browser.shownCount(), 2);
        QVERIFY(browser.isShowingOnly());
        QLabel *chipText = nullptr;
        for (QLabel *label : browser.findChildren<QLabel *>()) {
            if (label->text().startsWith(QStringLiteral("Showing: ")))
                chipText = label;
        }
        QVERIFY(chipText);
        QVERIFY(chipText->isVisible());
        QCOMPARE(chipText->text(), QStringLiteral("Showing: Neutrophil labeled as Lymphocyte"));
        // Combines with the filters.
        browser.setFilter(ImageFilter::Unlabeled);
        QCOMPARE(browser.shownCount(), 0);
        browser.setFilter(ImageFilter::All);
        QCOMPARE(browser.shownCount(), 2);

        QToolButton *close = nullptr;
        for (QToolButton *b : browser.findChildren<QToolButton *>()) {
            if (b->accessibleName() == QStringLiteral("Show all images again"))
                close = b;
        }
        QVERIFY(close);
        QTest::mouseClick(close, Qt::LeftButton);
        QCOMPARE(browser.shownCount(), 12);
        QVERIFY(!chipText->isVisible());
        QVERIFY(!browser.isShowingOnly());

        browser.showOnly({}, QStringLiteral("empty cell"));
        QCOMPARE(browser.shownCount(), 0);
        browser.clearShowOnly();
        QCOMPARE(browser.shownCount(), 12);
    }

    void showExactlyReplacesTheFilter()
    {
        // A confusion-matrix entry asks for exactly its images: under another filter ("Several
        // white cells" hiding them) they must still all show, and the caller learns what gave way.
        SlideBrowser browser;
        browser.setProject(&m_store);
        browser.setFilter(ImageFilter::LabelClass, CellClass::Eosinophil);
        const int eosinophils = browser.shownCount();
        QVERIFY(eosinophils > 0 && eosinophils < 12);
        browser.setFilter(ImageFilter::All);
        QSet<qint64> hidden; // images the Eosinophil filter hides
        for (int row = 0; row < 12 && hidden.size() < 2; ++row) {
            const qint64 id = idAt(browser, row);
            browser.setFilter(ImageFilter::LabelClass, CellClass::Eosinophil);
            if (!browser.proxy()->indexOfImage(id).isValid())
                hidden.insert(id);
            browser.setFilter(ImageFilter::All);
        }
        QCOMPARE(hidden.size(), 2);
        browser.setFilter(ImageFilter::LabelClass, CellClass::Eosinophil);
        browser.setSearchText(QStringLiteral("."));

        const QString off = browser.showExactly(hidden, QStringLiteral("true A, predicted B"));
        QCOMPARE(browser.shownCount(), 2);
        QCOMPARE(browser.filter(), ImageFilter::All);
        QVERIFY(browser.proxy()->searchText().isEmpty());
        QVERIFY(browser.findChild<QLineEdit *>()->text().isEmpty());
        QVERIFY2(off.contains(QStringLiteral("Eosinophil")), qPrintable(off));
        QVERIFY2(off.contains(QStringLiteral("\".\"")), qPrintable(off));
        QVERIFY(browser.selectImage(*hidden.cbegin()));

        // Nothing on: nothing to report.
        QVERIFY(browser.showExactly(hidden, QStringLiteral("again")).isEmpty());
        browser.clearShowOnly();
        QCOMPARE(browser.shownCount(), 12);
    }

    void thumbnailsArriveFromTheLoader()
    {
        const QString cacheDir = ThumbnailCache::cacheDirForProject(m_store.path());
        QDir(cacheDir).removeRecursively();
        SlideBrowser browser;
        browser.resize(800, 600);
        QSignalSpy ready(browser.thumbnailLoader(), &ThumbnailLoader::thumbnailReady);
        browser.setProject(&m_store);
        browser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&browser));
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 12, 20000); // all 12 fit on screen
        for (int row = 0; row < 12; ++row) {
            QCOMPARE(viewRow(browser, row)
                         .data(ImageListModel::ThumbnailStateRole)
                         .value<ImageListModel::ThumbnailState>(),
                ImageListModel::ThumbnailState::Ready);
            QCOMPARE(viewRow(browser, row).data(Qt::DecorationRole).value<QPixmap>().width(), 160);
        }
        QCOMPARE(QDir(cacheDir).entryList(QDir::Files).size(), 12);

        // Opening again reads the disk cache; a closed browser gets no late callback: the
        // thumbnails that finished while it was open are waiting in the event queue when it
        // goes, and neither its loader nor its model hears of them.
        auto *second = new SlideBrowser;
        second->resize(800, 600);
        second->setProject(&m_store);
        QSignalSpy secondReady(second->thumbnailLoader(), &ThumbnailLoader::thumbnailReady);
        QSignalSpy secondFailed(second->thumbnailLoader(), &ThumbnailLoader::thumbnailFailed);
        QSignalSpy secondChanged(second->model(), &QAbstractItemModel::dataChanged);
        second->show();
        QVERIFY(QTest::qWaitForWindowExposed(second));
        // Still pending after every job finished: the jobs that were running (one at least)
        // have posted their results, which nobody has received yet.
        second->thumbnailLoader()->threadPool()->waitForDone();
        QVERIFY(second->thumbnailLoader()->pendingCount() > 0);
        const qsizetype readyBefore = secondReady.size();
        const qsizetype changedBefore = secondChanged.size();
        // A loader that stays posts its result after those; once it has arrived, the event loop
        // has gone past everything the closed browser could have received.
        ThumbnailLoader control;
        QSignalSpy controlReady(&control, &ThumbnailLoader::thumbnailReady);
        const ImageRecord image = m_store.images().first();
        control.thumbnail(image.id, m_store.absolutePath(image), image.sha256);
        control.threadPool()->waitForDone();
        delete second;
        QTRY_COMPARE(controlReady.size(), 1);
        QTest::qWait(50);
        QCOMPARE(secondReady.size(), readyBefore);
        QCOMPARE(secondFailed.size(), 0);
        QCOMPARE(secondChanged.size(), changedBefore);
    }

    void everyControlHasAnAccessibleName()
    {
        SlideBrowser browser;
        for (QWidget *w : browser.findChildren<QWidget *>()) {
            if (qobject_cast<QComboBox *>(w) || qobject_cast<QLineEdit *>(w)
                || qobject_cast<QAbstractButton *>(w) || qobject_cast<QAbstractItemView *>(w)) {
                if (w->parent() && qobject_cast<QComboBox *>(w->parent()))
                    continue; // a combo box's own line edit or view
                if (w->parent() && qobject_cast<QLineEdit *>(w->parent()))
                    continue; // the clear button's internals
                QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
            }
        }
    }

    // Opens 10,000 images, scrolls through them, jumps with the keyboard and filters, while a
    // 5 ms timer measures the longest time the GUI thread did not get back to its event loop.
    void tenThousandImagesStayResponsive()
    {
        constexpr int kImages = 10000;
        QElapsedTimer setup;
        setup.start();
        QTemporaryDir dir;
        ProjectStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("big.wbc"))));
        QList<QByteArray> pngs;
        for (int i = 0; i < 16; ++i)
            pngs << test::tinyPng(i);
        // Creating files is slow on some file systems (about 1 ms each here), so 200 real files
        // appear under 50 folder links: 10,000 distinct paths, each its own thumbnail.
        constexpr int kFiles = 200;
        const QString real = dir.filePath(QStringLiteral("real"));
        QVERIFY(QDir().mkpath(real));
        for (int i = 0; i < kFiles; ++i) {
            QFile f(real + QStringLiteral("/smear_%1.png").arg(i, 3, 10, QLatin1Char('0')));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(pngs.at(i % pngs.size()));
        }
        QStringList paths;
        for (int d = 0; d < kImages / kFiles; ++d) {
            const QString link
                = dir.filePath(QStringLiteral("slide%1").arg(d, 2, 10, QLatin1Char('0')));
            QVERIFY(QFile::link(real, link));
            for (int i = 0; i < kFiles; ++i)
                paths << link + QStringLiteral("/smear_%1.png").arg(i, 3, 10, QLatin1Char('0'));
        }
        const qint64 filesMs = setup.elapsed();
        QVERIFY(store.transaction([&] {
            for (int i = 0; i < kImages; ++i) {
                const qint64 id = test::addImageRow(store, paths.at(i));
                if (!id)
                    return false;
                if (i % 3 != 0) {
                    const CellClass cls = kAllCellClasses.at(i % 5);
                    if (!store.addLabel(
                            id, ImageLabel({ cls }), QStringLiteral("import"), QStringLiteral("t")))
                        return false;
                }
                if (i % 17 == 0
                    && !store.addFlag(
                        id, CellCountFlag::Multi, QStringLiteral("detected"), QStringLiteral("t")))
                    return false;
            }
            return true;
        }));
        const qint64 setupMs = setup.elapsed();

        SlideBrowser browser;
        browser.resize(1280, 800);
        browser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&browser));

        StallMeter meter;
        QElapsedTimer t;
        t.start();
        meter.phase("open");
        browser.setProject(&store);
        const qint64 openMs = t.elapsed();
        QCOMPARE(browser.shownCount(), kImages);
        QTest::qWait(300); // batched layout runs in the event loop

        // Scroll top to bottom in 80 steps, then back up with the keyboard.
        QScrollBar *bar = browser.view()->verticalScrollBar();
        QVERIFY(bar->maximum() > 0);
        t.restart();
        meter.phase("scroll");
        for (int step = 0; step <= 80; ++step) {
            bar->setValue(int(qint64(bar->maximum()) * step / 80));
            QTest::qWait(10);
        }
        browser.view()->setFocus();
        meter.phase("keys");
        QTest::keyClick(browser.view(), Qt::Key_Home);
        QTest::qWait(10);
        for (int i = 0; i < 30; ++i) {
            QTest::keyClick(browser.view(), Qt::Key_PageDown);
            QTest::qWait(10);
        }
        QTest::keyClick(browser.view(), Qt::Key_End);
        QTest::qWait(10);
        const qint64 scrollMs = t.elapsed();

        // Labeling flow: jump to the next unlabeled image 50 times.
        QVERIFY(browser.selectImage(idAt(browser, 0)));
        t.restart();
        meter.phase("next");
        for (int i = 0; i < 50; ++i) {
            QVERIFY(browser.selectNextUnlabeled());
            QTest::qWait(2);
        }
        const qint64 nextMs = t.elapsed();

        // Filters and sorting over the whole project.
        t.restart();
        meter.phase("filter");
        browser.setFilter(ImageFilter::Unlabeled);
        QCOMPARE(browser.shownCount(), (kImages + 2) / 3);
        QTest::qWait(20);
        browser.setFilter(ImageFilter::MultiCell);
        QTest::qWait(20);
        browser.setFilter(ImageFilter::All);
        browser.setSort(ImageSort::Label);
        QTest::qWait(20);
        browser.setSearchText(QStringLiteral("SMEAR_12"));
        QCOMPARE(browser.shownCount(), 10 * kImages / kFiles); // smear_120 to 129 in each folder
        browser.setSearchText({});
        browser.setSort(ImageSort::Name);
        const qint64 filterMs = t.elapsed();
        meter.phase("reload");
        t.restart();
        browser.reload();
        const qint64 reloadMs = t.elapsed();
        QTRY_COMPARE_WITH_TIMEOUT(browser.thumbnailLoader()->pendingCount(), 0, 20000);

        qInfo("10,000 images: setup %lld ms (files %lld ms), setProject %lld ms, scroll %lld ms, "
              "50x next "
              "unlabeled %lld ms, filters/sort %lld ms, reload %lld ms",
            setupMs,
            filesMs,
            openMs,
            scrollMs,
            nextMs,
            filterMs,
            reloadMs);
        qInfo("event-loop stall: longest %.1f ms, 99th percentile %.1f ms, median %.1f ms over "
              "%lld ticks of a 5 ms timer",
            meter.longestMs(),
            meter.percentileMs(0.99),
            meter.percentileMs(0.5),
            qlonglong(meter.ticks()));
        qInfo("longest stall by phase: %s", qPrintable(meter.phaseReport()));
        // Generous: the measured figure goes to docs/BENCHMARKS.md; under CI, other tests share
        // the two cores (540 ms was seen there with a build running beside it).
        QVERIFY2(meter.longestMs() < 2000, qPrintable(QString::number(meter.longestMs())));
    }
};

QTEST_MAIN(TestSlideBrowser)
#include "tst_slidebrowser.moc"
