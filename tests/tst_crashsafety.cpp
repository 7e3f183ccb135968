#include "dataset/datasetimporter.h"
#include "project/projectstore.h"
#include "testsupport.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace wbc;

// A child `wbc import` is SIGKILLed at many moments, of a first import and of one that resumes
// a project a kill left; the project must always reopen intact, with whatever it had committed
// (a resumed import never loses an earlier one's images), and a final import must complete it.
class TestCrashSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killDuringImport()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        QVERIFY(writeSyntheticDataset(data, test::smallDataset(400)));
        const QString project = dir.filePath(QStringLiteral("p.wbc"));
        // Time one whole import so the kills can land across its length on any machine.
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(QProcess::execute(test::cliPath(), {QStringLiteral("import"), data, QStringLiteral("--project"),
                                                     dir.filePath(QStringLiteral("full.wbc")), QStringLiteral("--quiet")}),
                 0);
        const qint64 fullMs = timer.elapsed();
        QRandomGenerator rng(1234);
        int previous = 0; // images the project held before this round's import was killed
        int killedMidway = 0;
        int resumedKills = 0;
        bool resumed = false;
        // Eight rounds, more (up to 16) until a kill has landed in a resumed import.
        for (int round = 0; round < 16 && (round < 8 || resumedKills == 0); ++round) {
            // A kill that left part of the project is followed by a kill of the import that
            // resumes it; the other rounds kill a first import.
            const bool resume = !resumed && previous > 0 && previous < 400;
            resumed = resume;
            if (!resume) {
                QFile::remove(project);
                QFile::remove(project + QStringLiteral("-wal"));
                QFile::remove(project + QStringLiteral("-shm"));
                previous = 0;
            }
            QProcess child;
            child.start(test::cliPath(), {QStringLiteral("import"), data, QStringLiteral("--project"),
                                          project, QStringLiteral("--quiet")});
            QVERIFY(child.waitForStarted());
            QTest::qWait(int(fullMs * (0.05 + 0.9 * rng.generateDouble())));
            const bool running = child.state() == QProcess::Running;
            test::killChild(child);
            if (!QFileInfo::exists(project))
                continue;

            ProjectStore store;
            QString error;
            QVERIFY2(store.open(project, ProjectStore::OpenMode::OpenExisting, &error), qPrintable(error));
            QSqlQuery q(store.database());
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
            const ProjectStats s = store.stats();
            // Whole chunks only: every committed image has its label and boxes.
            int labeled = s.multiCellLabeled;
            for (int n : s.singleLabeled)
                labeled += n;
            QCOMPARE(labeled, s.images);
            QVERIFY(s.wbcBoxes >= s.images);
            // Nothing an earlier import committed is lost by killing a later one.
            QVERIFY2(s.images >= previous,
                qPrintable(QStringLiteral("%1 images after the kill, %2 before")
                               .arg(s.images)
                               .arg(previous)));
            if (running && s.images < 400)
                ++killedMidway;
            if (resume && running)
                ++resumedKills;
            previous = s.images;
        }
        QVERIFY2(killedMidway > 0, "no kill landed during an import; the test proved nothing");
        QVERIFY2(resumedKills > 0, "no kill landed during a resumed import of a partial project");

        // Finishing the import from whatever state is left gives the complete project.
        ProjectStore store;
        QVERIFY(store.open(project));
        const ImportReport r = DatasetImporter(store, QStringLiteral("t")).run(data);
        QVERIFY(r.fatalError.isEmpty());
        QCOMPARE(store.stats().images, 400);
    }

    void killDuringLabeling()
    {
        // Labels written through the core API by a child are all there after SIGKILL,
        // up to the last one the child reported as committed.
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        QVERIFY(writeSyntheticDataset(data, test::smallDataset(10)));
        const QString project = dir.filePath(QStringLiteral("p.wbc"));
        {
            ProjectStore store;
            QVERIFY(store.open(project));
            DatasetImporter(store, QStringLiteral("t")).run(data);
        }
        QProcess child;
        child.setProcessChannelMode(QProcess::SeparateChannels);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--label-child"), project});
        QVERIFY(child.waitForStarted());
        int committed = 0;
        QElapsedTimer t;
        t.start();
        while (committed < 50 && t.elapsed() < 60000) {
            child.waitForReadyRead(1000);
            while (child.canReadLine())
                committed = child.readLine().trimmed().toInt();
        }
        test::killChild(child);
        QVERIFY(committed >= 50);
        ProjectStore store;
        QVERIFY(store.open(project, ProjectStore::OpenMode::OpenExisting));
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM cell_labels WHERE author = 'child'"))
                && q.next());
        QVERIFY2(q.value(0).toInt() >= committed,
                 qPrintable(QStringLiteral("%1 labels on disk, %2 reported").arg(q.value(0).toInt()).arg(committed)));
    }

    void killDuringTraining()
    {
        // `wbc train --project --checkpoint` is SIGKILLed at moments across its length (the
        // checkpoint and the run history are written every epoch): the project reopens intact
        // with every epoch the child reported, and the checkpoint it left resumes the run.
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        QVERIFY(writeSyntheticDataset(data, test::smallDataset(12)));
        const QString project = dir.filePath(QStringLiteral("p.wbc"));
        QCOMPARE(test::runCli({"import", data, "--project", project, "--quiet"}).status, 0);
        const QString checkpoint = dir.filePath(QStringLiteral("run.checkpoint"));
        const QStringList args = {"train", "--project", project, "--task", "binary", "--out",
                                  dir.filePath(QStringLiteral("m.wbcmodel")), "--epochs", "6",
                                  "--per-class", "16", "--batch", "8", "--checkpoint", checkpoint,
                                  "--json"};
        QElapsedTimer timer;
        timer.start();
        const test::CliRun full = test::runCli(args);
        QVERIFY2(full.status == 0, full.err.constData());
        const qint64 fullMs = timer.elapsed();
        QRandomGenerator rng(99);
        int killedMidway = 0;
        bool resumeChecked = false;
        for (int round = 0; round < 4; ++round) {
            QFile::remove(checkpoint);
            QProcess child;
            child.start(test::cliPath(), args);
            QVERIFY(child.waitForStarted());
            // Killed after a random number of reported epochs (2 to 5, so a checkpoint exists)
            // and a random moment into the next: timing alone lands before the first epoch or
            // after the end on a loaded machine.
            const int killAfter = 2 + int(rng.bounded(4));
            QByteArray output;
            QElapsedTimer waited;
            waited.start();
            while (child.state() == QProcess::Running
                   && output.count("\"type\":\"epoch\"") < killAfter
                   && waited.elapsed() < 10 * fullMs + 60000) {
                child.waitForReadyRead(100);
                output += child.readAllStandardOutput();
            }
            QTest::qWait(int(rng.bounded(quint32(qMax<qint64>(1, fullMs / 12)))));
            const bool running = child.state() == QProcess::Running;
            test::killChild(child);
            output += child.readAllStandardOutput();
            const int reported = int(output.count("\"type\":\"epoch\""));

            ProjectStore store;
            QString error;
            QVERIFY2(store.open(project, ProjectStore::OpenMode::OpenExisting, &error), qPrintable(error));
            QSqlQuery q(store.database());
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM run_epochs WHERE run_id = (SELECT MAX(id) FROM runs)")) && q.next());
            QVERIFY2(q.value(0).toInt() >= reported,
                     qPrintable(QStringLiteral("%1 epochs stored, %2 reported").arg(q.value(0).toInt()).arg(reported)));
            store.close();
            if (running && reported < 6)
                ++killedMidway;
            if (!resumeChecked && QFileInfo::exists(checkpoint)) {
                const test::CliRun resumed = test::runCli(args);
                QVERIFY2(resumed.status == 0, resumed.err.constData());
                QVERIFY(resumed.out.count("\"type\":\"epoch\"") < 6); // resumed, not started over
                resumeChecked = true;
            }
        }
        QVERIFY2(killedMidway > 0, "no kill landed during training; the test proved nothing");
        QVERIFY2(resumeChecked, "no kill left a checkpoint; the test proved nothing");
    }
};

// Child mode for killDuringLabeling: labels white cells in a loop, printing each committed count.
static int labelChild(const QString &project)
{
    ProjectStore store;
    if (!store.open(project, ProjectStore::OpenMode::OpenExisting))
        return 1;
    QList<qint64> cells;
    for (const QList<CellRecord> &imageCells : store.whiteCellsByImage()) {
        for (const CellRecord &c : imageCells)
            cells.append(c.id);
    }
    if (cells.isEmpty())
        return 1;
    QTextStream out(stdout);
    for (int i = 1;; ++i) {
        const CellClass cls = kAllCellClasses[size_t(i) % kAllCellClasses.size()];
        if (!store.addCellLabel(cells[i % cells.size()], CellLabel::ofClass(cls), LabelOrigin::Key,
                                QStringLiteral("child")))
            return 1;
        out << i << Qt::endl;
    }
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--label-child") == 0)
        return labelChild(QString::fromLocal8Bit(argv[2]));
    TestCrashSafety tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}

#include "tst_crashsafety.moc"
