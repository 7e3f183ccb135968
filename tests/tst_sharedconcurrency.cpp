#include <memory>
#include <vector>

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include "labelworker.h"
#include "pgtestsupport.h"
#include "project/projectnotifier.h"
#include "project/projectstore.h"
#include "sharedstoresupport.h"
#include "testsupport.h"

using namespace wbc;

// Several annotators at once on a shared project, and a server that goes away: annotator
// processes (this binary again, --label-worker: tests/labelworker.h) label overlapping cells
// concurrently, and while one labels the server is killed (pg_ctl stop -m immediate, on a
// PrivatePgCluster of the test's own) and started again. Nothing acknowledged may be lost or
// stored twice, and nothing may hang.
class TestSharedConcurrency : public QObject
{
    Q_OBJECT

    test::TestDatabases m_databases;

    QString newDatabase(const QString &prefix = "concurrent") { return m_databases.create(prefix); }

private Q_SLOTS:
    void initTestCase() { WBC_REQUIRE_PG(); }

    void cleanup() { m_databases.dropAll(); }

    // --- Several annotators at once ---------------------------------------------------------

    void concurrentAnnotatorProcesses()
    {
        constexpr int kLabels = 200;
        constexpr int kCells = 40; // 5 classes x 40 cells: each worker's labels are distinct
        const QString db = newDatabase("concurrent");
        QList<qint64> cells;
        QString error;
        QVERIFY2(test::makeTeamProject(db, kCells, &cells, &error), qPrintable(error));
        std::vector<std::unique_ptr<QProcess>> workers;
        for (int w = 0; w < test::teamAnnotators().size(); ++w) {
            auto p = std::make_unique<QProcess>();
            p->setProcessChannelMode(QProcess::SeparateChannels);
            p->start(QCoreApplication::applicationFilePath(),
                { "--label-worker",
                    test::pgUrl(db, test::teamAnnotators().at(w)),
                    test::joinIds(cells),
                    QString::number(kLabels),
                    QString::number(w * 3),
                    "0",
                    "go" });
            QVERIFY(p->waitForStarted());
            workers.push_back(std::move(p));
        }
        QList<QByteArray> outputs(workers.size());
        for (size_t w = 0; w < workers.size(); ++w) {
            QProcess &p = *workers[w];
            while (!p.canReadLine())
                QVERIFY2(p.waitForReadyRead(30000), p.readAllStandardError().constData());
            const QByteArray line = p.readLine();
            QVERIFY2(line.trimmed() == "ready", line.constData());
        }
        for (auto &p : workers) // all at once: they overlap on every cell
            p->write("go\n");
        for (size_t w = 0; w < workers.size(); ++w) {
            QProcess &p = *workers[w];
            if (!p.waitForFinished(120000))
                test::killChild(p);
            outputs[w] = p.readAllStandardOutput();
            QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0,
                qPrintable(test::teamAnnotators().at(w) + ": " + outputs[w].right(400)));
        }
        test::PgConnection owner(db);
        QVERIFY2(owner.isOpen(), qPrintable(owner.error()));
        error.clear();
        const QList<test::LabelRow> rows = test::labelRows(owner.db(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        int acked = 0;
        QHash<qint64, int> perCell;
        for (int w = 0; w < test::teamAnnotators().size(); ++w) {
            const QList<test::WorkerAck> acks = test::parseAcks(outputs[w]);
            QCOMPARE(acks.size(), kLabels); // nothing refused without a failure
            acked += acks.size();
            // The author's rows, in commit (id) order, are exactly the acknowledged labels, in
            // the order they were acknowledged: each present once, none extra.
            QList<test::LabelRow> mine;
            for (const test::LabelRow &r : rows) {
                if (r.author == test::teamAnnotators().at(w))
                    mine.append(r);
            }
            QCOMPARE(mine.size(), acks.size());
            for (int i = 0; i < acks.size(); ++i) {
                QCOMPARE(acks.at(i).seq, i);
                const auto expected = test::workerLabel(cells, i, w * 3);
                QCOMPARE(acks.at(i).cell, expected.first);
                QCOMPARE(acks.at(i).label, expected.second.name());
                QCOMPARE(mine.at(i).cell, acks.at(i).cell);
                QCOMPARE(mine.at(i).label, acks.at(i).label);
                ++perCell[acks.at(i).cell];
            }
        }
        QCOMPARE(rows.size(), acked);
        // No lost update: each cell keeps every writer's entry, and its current label is the
        // newest committed one, whoever wrote it.
        ProjectStore reader;
        QVERIFY2(test::openAs(reader, db, "rev1", &error), qPrintable(error));
        const QHash<qint64, CellLabelRecord> current = reader.currentCellLabels();
        QCOMPARE(current.size(), kCells);
        for (const qint64 cell : std::as_const(cells)) {
            const QList<CellLabelRecord> history = reader.cellLabelHistory(cell);
            QCOMPARE(int(history.size()), perCell.value(cell));
            const test::LabelRow *newest = nullptr;
            for (const test::LabelRow &r : rows) {
                if (r.cell == cell)
                    newest = &r;
            }
            QVERIFY(newest);
            QCOMPARE(current.value(cell).id, newest->id);
            QCOMPARE(current.value(cell).author, newest->author);
            QCOMPARE(current.value(cell).label.name(), newest->label);
        }
        // Several authors ended up on every cell: the workers did overlap.
        const QList<AnnotatorLabel> byAnnotator = reader.annotatorLabels();
        QCOMPARE(byAnnotator.size(), kCells * test::teamAnnotators().size());
    }

    // --- The server goes away ---------------------------------------------------------------

    void serverKilledAndRestarted()
    {
        test::PrivatePgCluster cluster;
        QVERIFY2(cluster.isStarted(), qPrintable(cluster.error()));
        constexpr int kCells = 60;
        constexpr int kLabels = 300;
        QString error;
        const std::optional<QString> created = test::createPgDatabase("killed", &error);
        QVERIFY2(created, qPrintable(error));
        const QString db = *created; // gone with the private cluster
        QList<qint64> cells;
        QVERIFY2(test::makeTeamProject(db, kCells, &cells, &error), qPrintable(error));

        // A worker process labels in a loop as ann1, one label per 20 ms or more (so it is
        // still at it when the server goes).
        QProcess worker;
        worker.start(QCoreApplication::applicationFilePath(),
            { "--label-worker",
                test::pgUrl(db, "ann1"),
                test::joinIds(cells),
                QString::number(kLabels),
                "0",
                "20" });
        QVERIFY(worker.waitForStarted());
        QByteArray workerOut;
        const auto readWorker = [&] {
            worker.waitForReadyRead(100);
            workerOut += worker.readAllStandardOutput();
        };
        // This process: ann2's store, and ann3's with a notifier.
        ProjectStore store;
        QVERIFY2(test::openAs(store, db, "ann2", &error), qPrintable(error));
        ProjectStore watched;
        QVERIFY2(test::openAs(watched, db, "ann3", &error), qPrintable(error));
        ProjectNotifier notifier(&watched);
        QSignalSpy lost(&notifier, &ProjectNotifier::connectionLost);
        QSignalSpy restored(&notifier, &ProjectNotifier::connectionRestored);
        QList<qint64> mineBefore;
        for (int i = 0; i < 10; ++i) {
            QVERIFY(store.addCellLabel(
                cells.at(i), CellLabel::ofClass(CellClass::Monocyte), LabelOrigin::Key, {}));
            mineBefore.append(cells.at(i));
        }
        QElapsedTimer waiting;
        waiting.start();
        while (test::parseAcks(workerOut).size() < 50 && waiting.elapsed() < 60000)
            readWorker();
        QVERIFY2(test::parseAcks(workerOut).size() >= 50, workerOut.right(400).constData());

        QString out;
        QVERIFY2(test::pgCluster("kill", &out), qPrintable(out));
        const QList<test::WorkerAck> beforeKill = test::parseAcks(workerOut);

        // Refused at once, never pretending to save, never hanging.
        QElapsedTimer call;
        call.start();
        QVERIFY(!store.addCellLabel(
            cells.at(20), CellLabel::ofClass(CellClass::Basophil), LabelOrigin::Key, {}));
        QVERIFY2(call.elapsed() < 10000, qPrintable(QString::number(call.elapsed())));
        QVERIFY(!store.lastError().isEmpty());
        call.restart();
        QVERIFY(!store.ping());
        QVERIFY2(call.elapsed() < 10000, qPrintable(QString::number(call.elapsed())));
        call.restart();
        QVERIFY(!store.addCellLabel(
            cells.at(21), CellLabel::ofClass(CellClass::Basophil), LabelOrigin::Key, {}));
        QVERIFY2(call.elapsed() < 10000, qPrintable(QString::number(call.elapsed())));
        call.restart();
        QVERIFY(!store.reconnect(&error));
        QVERIFY2(call.elapsed() < 10000, qPrintable(QString::number(call.elapsed())));
        QVERIFY2(error.contains(store.path()), qPrintable(error));
        // The command line: exit 1 with a clear message within 10 s.
        call.restart();
        const test::CliRun stats = test::runCli({ "stats", "--project", test::pgUrl(db) }, 30000);
        const qint64 statsMs = call.elapsed();
        QCOMPARE(stats.status, 1);
        QVERIFY2(statsMs < 10000, qPrintable(QString::number(statsMs)));
        QVERIFY2(test::isOneLine(stats.err) && stats.err.contains("cannot connect")
                && stats.err.contains(test::pgUrl(db).toUtf8()),
            stats.err.constData());
        // The window's notifier notices (keepalive), as does the worker.
        QTRY_COMPARE_WITH_TIMEOUT(lost.size(), 1, 10000);
        QVERIFY(!notifier.isConnected());
        const QString lostMessage = lost.first().at(0).toString();
        QVERIFY2(lostMessage.contains(watched.path()), qPrintable(lostMessage));
        waiting.restart();
        while (!workerOut.contains("\nfail ") && waiting.elapsed() < 15000)
            readWorker();
        QVERIFY2(workerOut.contains("\nfail "), workerOut.right(400).constData());

        QVERIFY2(test::pgCluster("restart", &out), qPrintable(out));
        QVERIFY2(store.reconnect(&error), qPrintable(error));
        QVERIFY(store.ping());
        for (int i = 30; i < 40; ++i) {
            QVERIFY2(
                store.addCellLabel(
                    cells.at(i), CellLabel::ofClass(CellClass::Eosinophil), LabelOrigin::Key, {}),
                qPrintable(store.lastError()));
        }
        QTRY_COMPARE_WITH_TIMEOUT(restored.size(), 1, 15000);
        QVERIFY(notifier.isConnected());
        QCOMPARE(lost.size(), 1);
        // The notifier listens again on its new connection.
        QSignalSpy changed(&notifier, &ProjectNotifier::cellsChanged);
        QVERIFY(store.addCellLabel(
            cells.at(41), CellLabel::ofClass(CellClass::Eosinophil), LabelOrigin::Key, {}));
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 2000);

        if (!worker.waitForFinished(120000))
            test::killChild(worker);
        workerOut += worker.readAllStandardOutput();
        QVERIFY2(worker.exitCode() == 0, workerOut.right(600).constData());
        QVERIFY(workerOut.contains("\nreconnected"));
        const QList<test::WorkerAck> acks = test::parseAcks(workerOut);
        // Every failed call of the worker returned within 10 s.
        int failures = 0;
        for (const QByteArray &line : workerOut.split('\n')) {
            if (line.startsWith("fail ")) {
                ++failures;
                QVERIFY2(line.split(' ').at(2).toInt() < 10000, line.constData());
            }
        }
        QVERIFY(failures >= 1);
        QCOMPARE(acks.size() + failures, kLabels);
        QVERIFY(acks.size() > beforeKill.size()); // labels continued after the restart

        // Nothing acknowledged is lost, nothing is there twice.
        test::PgConnection owner(db);
        QVERIFY2(owner.isOpen(), qPrintable(owner.error()));
        error.clear();
        const QList<test::LabelRow> rows = test::labelRows(owner.db(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QHash<QString, int> ann1Rows; // "cell label" -> rows
        QList<qint64> ann2Cells;
        for (const test::LabelRow &r : rows) {
            if (r.author == u"ann1")
                ++ann1Rows[QString("%1 %2").arg(r.cell).arg(r.label)];
            else if (r.author == u"ann2")
                ann2Cells.append(r.cell);
        }
        for (const test::WorkerAck &a : acks)
            QCOMPARE(ann1Rows.value(QString("%1 %2").arg(a.cell).arg(a.label)), 1);
        for (auto it = ann1Rows.cbegin(); it != ann1Rows.cend(); ++it)
            QCOMPARE(it.value(), 1);
        // At most the labels whose answer the kill cut off are there unacknowledged.
        QVERIFY(ann1Rows.size() >= acks.size() && ann1Rows.size() <= acks.size() + failures);
        QCOMPARE(ann2Cells.size(), 21); // the two refused while it was gone are not there
        QCOMPARE(ann2Cells.mid(0, 10), mineBefore);
        QVERIFY(!ann2Cells.contains(cells.at(20)) && !ann2Cells.contains(cells.at(21)));
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc >= 2 && qstrcmp(argv[1], "--label-worker") == 0)
        return test::labelWorker(app.arguments().mid(2));
    TestSharedConcurrency tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}

#include "tst_sharedconcurrency.moc"
