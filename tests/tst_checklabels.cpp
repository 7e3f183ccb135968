// Check labels in the app: an audit run from the window on a worker (the GUI thread keeps
// ticking), its suspects as a queue in the review table (worst first), Enter keeps a label, a
// class key corrects it (origin audit, with the audit's id), undo puts the cell back, the cell
// gallery's "Suspected label errors" filter, cancel, and the stored suspects after reopening.
#include <opencv2/imgcodecs.hpp>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include "auditqueuemodel.h"
#include "cellgallerymodel.h"
#include "cellgalleryview.h"
#include "checklabelsdialog.h"
#include "dataset/syntheticsmear.h"
#include "guisupport.h"
#include "labelkeys.h"
#include "mainwindow.h"
#include "project/audithistory.h"
#include "project/projectstore.h"
#include "reviewmodel.h"
#include "reviewpanel.h"
#include "slidebrowser.h"
#include "taskprogress.h"
#include "testsupport.h"

using namespace wbc;

namespace {

// The class of the other group: neutrophil <-> lymphocyte, eosinophil <-> monocyte.
CellClass otherGroup(CellClass cls)
{
    switch (cls) {
    case CellClass::Neutrophil:
        return CellClass::Lymphocyte;
    case CellClass::Lymphocyte:
        return CellClass::Neutrophil;
    case CellClass::Eosinophil:
        return CellClass::Monocyte;
    default:
        return CellClass::Eosinophil;
    }
}

// `fields` single-cell synthetic fields, the four classes in turn, labelled with their true class
// through the store API (as tst_cellsamples builds its projects), then every tenth label flipped
// to the other group. Returns the flipped cells.
QSet<qint64> makeProject(const QString &path, const QString &dir, int fields)
{
    ProjectStore store;
    if (!store.open(path))
        return {};
    const QList<CellClass> classes {
        CellClass::Neutrophil, CellClass::Lymphocyte, CellClass::Eosinophil, CellClass::Monocyte
    };
    QSet<qint64> flipped;
    for (int i = 0; i < fields; ++i) {
        SmearSpec spec;
        spec.width = 320;
        spec.height = 240;
        spec.wbcs = { classes.at(i % 4) };
        const SyntheticSmear smear = generateSmear(quint64(900 + i), spec);
        const QString file = QDir(dir).filePath(QStringLiteral("f%1.png").arg(i));
        if (!cv::imwrite(file.toStdString(), smear.bgr))
            return {};
        ImageRecord img;
        img.path = QFileInfo(file).fileName();
        img.sha256 = QStringLiteral("h%1").arg(i);
        img.width = spec.width;
        img.height = spec.height;
        img.slideId = store.ensureSlide(QStringLiteral("s1"));
        const qint64 imageId = store.addImage(img);
        for (const SyntheticWbc &w : smear.wbcs) {
            CellRecord c;
            c.imageId = imageId;
            c.kind = CellKind::Wbc;
            c.box = w.box;
            c.source = QStringLiteral("annotation");
            const qint64 id = store.addCell(c);
            store.addCellLabel(id, CellLabel::ofClass(w.cls), LabelOrigin::Import, "t");
            if (i % 10 == 4) {
                store.addCellLabel(
                    id, CellLabel::ofClass(otherGroup(w.cls)), LabelOrigin::Key, "t");
                flipped.insert(id);
            }
        }
    }
    return flipped;
}

// A small, fast audit: the synthetic classes are easy, a few epochs learn them.
LabelAuditParams smallAudit(int epochs = 4)
{
    LabelAuditParams p;
    p.task = Task::Four;
    p.folds = 3;
    p.seed = 3;
    p.train.epochs = epochs;
    p.train.perClass = 96;
    p.train.batch = 16;
    p.train.lr = 3e-3;
    p.train.device = "cpu";
    p.train.threads = 1; // steady on a busy 2-core machine
    return p;
}

QList<qint64> queueCells(const AuditQueueModel *m)
{
    QList<qint64> ids;
    for (int r = 0; r < m->rowCount(); ++r)
        ids.append(m->cellIdAt(r));
    return ids;
}

QList<int> queueRanks(const AuditQueueModel *m)
{
    QList<int> ranks;
    for (int r = 0; r < m->rowCount(); ++r)
        ranks.append(m->index(r, AuditQueueModel::Rank).data().toInt());
    return ranks;
}

QKeySequence keyOf(const CellLabel &label)
{
    for (const LabelKey &k : labelKeys()) {
        if (k.label == label)
            return k.key;
    }
    return {};
}

} // namespace

using test::showActive;

class TestCheckLabels : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_project;
    QSet<qint64> m_flipped;
    qint64 m_auditId = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        m_project = m_dir.filePath("p.wbc");
        m_flipped = makeProject(m_project, m_dir.path(), 40);
        QCOMPARE(m_flipped.size(), 4);
    }

    void dialogDefaults()
    {
        CheckLabelsDialog dialog;
        const LabelAuditParams d;
        QCOMPARE(dialog.params().task, d.task);
        QCOMPARE(dialog.params().folds, d.folds);
        QCOMPARE(dialog.params().seed, d.seed);
        QCOMPARE(dialog.params().train.epochs, LabelAuditParams::kFastEpochs);
        dialog.taskBox()->setCurrentIndex(dialog.taskBox()->findData(int(Task::Binary)));
        dialog.foldsBox()->setValue(3);
        dialog.seedBox()->setValue(7);
        QCOMPARE(dialog.params().task, Task::Binary);
        QCOMPARE(dialog.params().folds, 3);
        QCOMPARE(dialog.params().seed, quint64(7));
    }

    // Runs the audit from the window while a 1 ms timer measures the GUI thread's longest stall;
    // labelling goes on meanwhile. Then the queue: worst first, Enter, a class key, undo.
    void auditFromTheWindow()
    {
        MainWindow w;
        QVERIFY(w.openProject(m_project));
        QVERIFY(showActive(w));
        AuditQueueModel *queue = w.review()->auditQueue();
        QAbstractItemModelTester tester(
            queue, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(queue->auditId(), 0);
        QTest::qWait(500); // the window's first paints and thumbnails are not the audit's

        QSignalSpy finished(&w, &MainWindow::auditFinished);
        QElapsedTimer clock;
        qint64 last = 0;
        qint64 longest = 0;
        qint64 longestAt = 0; // when the longest stall ended
        QTimer heartbeat;
        heartbeat.setInterval(1);
        connect(&heartbeat, &QTimer::timeout, this, [&] {
            const qint64 now = clock.elapsed();
            if (now - last > longest) {
                longest = now - last;
                longestAt = now;
            }
            last = now;
        });
        clock.start();
        heartbeat.start();
        QElapsedTimer call;
        call.start();
        w.checkLabels(smallAudit());
        qInfo("checkLabels() returned after %lld ms", call.elapsed());
        QVERIFY(w.isBusy());
        // The project stays usable: a label set and undone while the audit runs.
        QTest::qWait(300);
        const qint64 image = w.store()->images().first().id;
        QVERIFY(w.browser()->selectImage(image));
        const int historyBefore = int(w.store()->imageCellLabelHistory(image).size());
        w.labelSelection(CellLabel::unidentified());
        QCOMPARE(int(w.store()->imageCellLabelHistory(image).size()), historyBefore + 1);
        w.undoStack()->undo();
        QCOMPARE(int(w.store()->imageCellLabelHistory(image).size()), historyBefore + 2);
        QVERIFY(finished.wait(240000));
        heartbeat.stop();
        QCOMPARE(finished.first().first().toBool(), true);
        qInfo("longest GUI-thread stall while the audit ran: %lld ms, ending %.2f s after the "
              "start (%.1f s in all)",
            longest,
            longestAt / 1000.0,
            clock.elapsed() / 1000.0);
        QVERIFY2(longest < 1000, qPrintable(QString::number(longest)));

        // The queue: the stored audit's suspects, worst first.
        AuditHistory history(*w.store());
        m_auditId = history.latestFinished();
        QVERIFY(m_auditId);
        QCOMPARE(queue->auditId(), m_auditId);
        const std::optional<AuditRunRecord> run = history.run(m_auditId);
        QVERIFY(run && run->suspects() > 0);
        QVERIFY(w.review()->isSuspectQueue());
        QCOMPARE(w.review()->view()->model(), queue);
        QList<qint64> expected;
        for (const AuditCellRecord &c : history.cells(m_auditId).mid(0, run->suspects()))
            expected.append(c.cellId);
        QCOMPARE(queueCells(queue), expected);
        QList<int> ranks = queueRanks(queue);
        QList<int> sorted = ranks;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(ranks, sorted);
        QCOMPARE(ranks.first(), 1);
        int flipsFound = 0;
        for (qint64 id : expected)
            flipsFound += m_flipped.contains(id);
        qInfo("%d suspects, %d of %d flips among them",
            int(expected.size()),
            flipsFound,
            int(m_flipped.size()));
        QVERIFY(flipsFound >= 1);
        // What a row shows: the label, the suggestion, the out-of-fold probabilities.
        const AuditCellRecord worst = history.cells(m_auditId).first();
        QCOMPARE(queue->index(0, AuditQueueModel::Label).data().toString(),
            CellLabel::parse(worst.label)->displayName());
        QCOMPARE(queue->index(0, AuditQueueModel::Suggested).data().toString(),
            cellClassDisplayName(*parseCellClass(worst.suggested)));
        QVERIFY(queue->index(0, AuditQueueModel::Probabilities)
                    .data()
                    .toString()
                    .contains(cellClassDisplayName(*parseCellClass(worst.suggested))));
        QVERIFY(expected.size() >= 2);

        // Enter keeps the label: a review, and the cell leaves the queue.
        QTableView *view = w.review()->view();
        view->setFocus();
        QCOMPARE(w.review()->currentCellId(), expected.at(0));
        QTest::keyClick(view, Qt::Key_Return);
        std::optional<CellLabelRecord> l = w.store()->currentCellLabel(expected.at(0));
        QVERIFY(l);
        QCOMPARE(l->origin, LabelOrigin::Review);
        QCOMPARE(l->label.name(), worst.label);
        QCOMPARE(queue->rowOfCell(expected.at(0)), -1);
        QCOMPARE(queue->rowCount(), int(expected.size()) - 1);
        QCOMPARE(w.review()->currentCellId(), expected.at(1));

        // A class key corrects it: origin audit, with the audit's id.
        const AuditCellRecord second = history.cells(m_auditId).at(1);
        const CellLabel suggested = CellLabel::ofClass(*parseCellClass(second.suggested));
        const QKeySequence key = keyOf(suggested);
        QVERIFY(!key.isEmpty());
        QTest::keySequence(&w, key);
        l = w.store()->currentCellLabel(expected.at(1));
        QVERIFY(l);
        QCOMPARE(l->origin, LabelOrigin::Audit);
        QCOMPARE(l->auditId, m_auditId);
        QCOMPARE(l->label, suggested);
        QCOMPARE(queue->rowOfCell(expected.at(1)), -1);
        QCOMPARE(queue->rowCount(), int(expected.size()) - 2);

        // Undo puts them back, in rank order, with their labels as they were.
        w.undoStack()->undo();
        QCOMPARE(w.store()->currentCellLabel(expected.at(1))->label.name(), second.label);
        QCOMPARE(w.store()->currentCellLabel(expected.at(1))->origin, LabelOrigin::Undo);
        QCOMPARE(queue->rowOfCell(expected.at(1)), 0);
        w.undoStack()->undo();
        QCOMPARE(queueCells(queue), expected);

        // Decide the first again (kept) for the tests below: the queue lacks it from now on.
        view->setFocus();
        w.review()->selectCell(expected.at(0));
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(queue->rowCount(), int(expected.size()) - 1);

        // The gallery's filter lists the same suspects, worst first within each group.
        w.showGallery();
        CellGalleryModel *gallery = w.gallery()->model();
        QTRY_VERIFY_WITH_TIMEOUT(!gallery->isLoading(), 20000);
        QCOMPARE(gallery->auditId(), m_auditId);
        w.gallery()->setFilter(GalleryFilter::Suspects);
        QSet<qint64> shown;
        for (int g = 0; g < gallery->groupCount(); ++g) {
            int lastRank = 0;
            for (int r = 0; r < gallery->groupSize(g); ++r) {
                const QModelIndex index = gallery->index(r, 0, gallery->groupIndex(g));
                const int rank = index.data(CellGalleryModel::SuspectRankRole).toInt();
                QVERIFY(rank > lastRank);
                lastRank = rank;
                shown.insert(index.data(CellGalleryModel::CellIdRole).toLongLong());
            }
        }
        const QList<qint64> open = queueCells(queue);
        QCOMPARE(shown, QSet<qint64>(open.begin(), open.end()));
        // A class key in the gallery corrects too, and the cell leaves the filter; undo restores.
        const qint64 target = open.first();
        QVERIFY(w.gallery()->selectCell(target));
        const AuditCellRecord *s = gallery->suspect(target);
        QVERIFY(s);
        const CellLabel fix = CellLabel::ofClass(*parseCellClass(s->suggested));
        QVERIFY(w.gallery()->relabelSelection(fix));
        QCOMPARE(w.store()->currentCellLabel(target)->origin, LabelOrigin::Audit);
        QCOMPARE(w.store()->currentCellLabel(target)->auditId, m_auditId);
        QVERIFY(!gallery->indexOfCell(target).isValid());
        QCOMPARE(queue->rowOfCell(target), -1); // the review's queue follows
        w.undoStack()->undo();
        gallery->flushRefresh();
        QVERIFY(gallery->indexOfCell(target).isValid());
        QCOMPARE(queue->rowOfCell(target), 0);
    }

    // Reopening the project shows the stored suspects, less the decided one.
    void reopenShowsStoredSuspects()
    {
        QVERIFY(m_auditId);
        MainWindow w;
        QVERIFY(w.openProject(m_project));
        AuditQueueModel *queue = w.review()->auditQueue();
        QCOMPARE(queue->auditId(), m_auditId);
        ProjectStore store;
        QVERIFY(store.open(m_project, ProjectStore::OpenMode::ReadOnly));
        AuditHistory history(store);
        const QList<AuditCellRecord> suspects
            = history.cells(m_auditId).mid(0, history.run(m_auditId)->suspects());
        QCOMPARE(queue->rowCount(), int(suspects.size()) - 1);
        QCOMPARE(queueCells(queue).first(), suspects.at(1).cellId);
        w.review()->setSuspectQueue(true);
        QCOMPARE(w.review()->view()->model(), queue);
        QCOMPARE(w.review()->currentCellId(), suspects.at(1).cellId);
    }

    // Cancel stops the audit; the project stays usable and the earlier audit's queue stays.
    void cancelStopsTheAudit()
    {
        QVERIFY(m_auditId);
        MainWindow w;
        QVERIFY(w.openProject(m_project));
        const int before = w.review()->auditQueue()->rowCount();
        QSignalSpy finished(&w, &MainWindow::auditFinished);
        w.checkLabels(smallAudit(40));
        QVERIFY(w.isBusy());
        QTest::qWait(500);
        TaskProgress *task = w.findChild<TaskProgress *>();
        QVERIFY(task && task->isRunning());
        QElapsedTimer clock;
        clock.start();
        task->cancel();
        QVERIFY(finished.wait(60000));
        qInfo("the audit stopped %lld ms after Cancel", clock.elapsed());
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(!w.isBusy());
        AuditHistory history(*w.store());
        QCOMPARE(history.runs().first().status, QStringLiteral("cancelled"));
        QCOMPARE(history.latestFinished(), m_auditId);
        QCOMPARE(w.review()->auditQueue()->auditId(), m_auditId);
        QCOMPARE(w.review()->auditQueue()->rowCount(), before);
        const qint64 image = w.store()->images().first().id;
        QVERIFY(w.browser()->selectImage(image));
        const int n = int(w.store()->imageCellLabelHistory(image).size());
        w.labelSelection(CellLabel::unidentified());
        QCOMPARE(int(w.store()->imageCellLabelHistory(image).size()), n + 1);
        w.undoStack()->undo();
    }
};

QTEST_MAIN(TestCheckLabels)
#include "tst_checklabels.moc"
