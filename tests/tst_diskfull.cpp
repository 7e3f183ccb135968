#include "dataset/datasetimporter.h"
#include "training/modelfile.h"
#include "training/models.h"
#include "project/projectstore.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

using namespace wbc;

// Writes that hit a full disk fail with a message and leave what was saved before intact. A child
// process gets a file size limit (RLIMIT_FSIZE with SIGXFSZ ignored): its writes past that size
// fail with EFBIG, as they fail with ENOSPC on a full disk, without needing a small file system.

namespace {

void limitFileSize(qint64 bytes)
{
    ::signal(SIGXFSZ, SIG_IGN);
    const struct rlimit limit{rlim_t(bytes), rlim_t(bytes)};
    ::setrlimit(RLIMIT_FSIZE, &limit);
}

struct ChildRun
{
    int status = -1; // -1: crashed or hung
    QList<QByteArray> lines;
    QByteArray err;
};

// Runs program (default: this test binary in a child mode) with writes limited to limit bytes.
ChildRun runLimited(qint64 limit, const QStringList &args, QString program = {})
{
    QProcess p;
    p.setChildProcessModifier([limit] { limitFileSize(limit); });
    p.start(program.isEmpty() ? QCoreApplication::applicationFilePath() : program, args);
    if (!p.waitForFinished(180000))
        test::killChild(p);
    ChildRun r;
    if (p.exitStatus() == QProcess::NormalExit)
        r.status = p.exitCode();
    r.lines = p.readAllStandardOutput().trimmed().split('\n');
    r.err = p.readAllStandardError();
    return r;
}

int scalar(const ProjectStore &store, const QString &sql)
{
    QSqlQuery q(store.database());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

// Files of dir other than the given ones (a failed QSaveFile must not leave its temporary).
QStringList strayFiles(const QString &dir, const QStringList &expected)
{
    QStringList stray;
    QDirIterator it(dir, QDir::Files);
    while (it.hasNext()) {
        const QString name = QFileInfo(it.next()).fileName();
        if (!expected.contains(name))
            stray.append(name);
    }
    return stray;
}

} // namespace

class TestDiskFull : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Labels are written until the disk is full: the one that fails says so, every label that
    // was reported saved is on disk, and the project passes integrity_check and stays usable.
    void labelsUntilTheDiskIsFull()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath("data");
        QVERIFY(writeSyntheticDataset(data, test::smallDataset(10)));
        const QString project = dir.filePath("p.wbc");
        int imported = 0;
        {
            ProjectStore store;
            QVERIFY(store.open(project));
            QVERIFY(DatasetImporter(store, "t").run(data).fatalError.isEmpty());
            imported = scalar(store, "SELECT COUNT(*) FROM cell_labels");
        }
        QVERIFY(imported > 0);
        const qint64 limit = QFileInfo(project).size() + 40 * 1024;
        const ChildRun r = runLimited(limit, {"--label-until-full", project});
        QCOMPARE(r.status, 3);
        QVERIFY(r.lines.size() >= 2);
        QVERIFY2(r.lines.last().startsWith("error: ") && r.lines.last().size() > 7,
                 r.lines.last().constData());
        const int committed = r.lines.at(r.lines.size() - 2).toInt();
        QVERIFY2(committed > 0, "the disk was full before the first label: the test proved nothing");

        ProjectStore store;
        QString error;
        QVERIFY2(store.open(project, ProjectStore::OpenMode::OpenExisting, &error), qPrintable(error));
        QCOMPARE(scalar(store, "SELECT COUNT(*) FROM cell_labels WHERE origin = 'import'"), imported);
        QCOMPARE(scalar(store, "SELECT COUNT(*) FROM cell_labels WHERE author = 'child'"), committed);
        QSqlQuery q(store.database());
        QVERIFY(q.exec("PRAGMA integrity_check") && q.next());
        QCOMPARE(q.value(0).toString(), QString("ok"));
        QVERIFY(store.addLabel(store.images().first().id, ImageLabel({CellClass::Eosinophil}),
                               "user", "after"));
    }

    // A model written over an older one on a full disk: refused by name, the old one intact.
    void modelFileOnAFullDisk()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("m.wbcmodel");
        QString error;
        QVERIFY(writeModelFile(path, untrainedModel(ModelArch::WbcNet, Task::Binary), &error));
        const QByteArray before = test::readFile(path);
        const ChildRun r = runLimited(before.size() / 2, {"--write-model", path});
        QCOMPARE(r.status, 3);
        QVERIFY2(r.lines.last().contains(path.toUtf8() + ": cannot write the model"),
                 r.lines.last().constData());
        QCOMPARE(test::readFile(path), before);
        QCOMPARE(strayFiles(dir.path(), {"m.wbcmodel"}), QStringList());
        QVERIFY(readModelFile(path, &error, Task::Binary));
    }

    // `wbc export` on a full disk: exit 1 naming the CSV, the previous export unchanged.
    void csvExportOnAFullDisk()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath("data");
        QVERIFY(writeSyntheticDataset(data, test::smallDataset(10)));
        const QString project = dir.filePath("p.wbc");
        const QString csv = dir.filePath("out.csv");
        QCOMPARE(test::runCli({"import", data, "--project", project, "--quiet"}).status, 0);
        test::writeFile(csv, "image,label\nold export\n");
        // This connection keeps the -wal and -shm files in place: the child writes only the CSV.
        ProjectStore keepOpen;
        QVERIFY(keepOpen.open(project));
        const ChildRun r = runLimited(
            64, {"export", "--project", project, "--format", "csv", "--out", csv}, test::cliPath());
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(csv.toUtf8() + ": cannot write"), r.err.constData());
        QCOMPARE(test::readFile(csv), QByteArray("image,label\nold export\n"));
        QCOMPARE(strayFiles(dir.path(), {"p.wbc", "p.wbc-wal", "p.wbc-shm", "out.csv"}),
                 QStringList());
        // With room, the same export succeeds.
        const test::CliRun ok = test::runCli(
            {"export", "--project", project, "--format", "csv", "--out", csv});
        QVERIFY2(ok.status == 0, ok.err.constData());
        int cells = 0;
        for (const QList<CellRecord> &c : keepOpen.whiteCellsByImage())
            cells += int(c.size());
        QVERIFY(cells >= 10);
        QCOMPARE(test::readFile(csv).count('\n'), 1 + cells); // the header, a row per cell
    }

    // A training checkpoint on a full disk: the run stops with a message naming it, the last
    // good checkpoint is kept, and a later run resumes from it.
    void checkpointOnAFullDisk()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath("data");
        QVERIFY(writeSyntheticDataset(data, test::smallDataset(12)));
        const QString checkpoint = dir.filePath("run.checkpoint");
        const QString model = dir.filePath("m.wbcmodel");
        const QStringList args = {"train", "--data", data, "--task", "binary", "--out", model,
                                  "--epochs", "4", "--per-class", "16", "--batch", "8",
                                  "--checkpoint", checkpoint, "--json"};
        // A checkpoint of the same run after its first epoch(s): stop a run once it reports one.
        QProcess first;
        first.start(test::cliPath(), args);
        QVERIFY(first.waitForStarted());
        while (!first.canReadLine() && first.waitForReadyRead(120000)) {
        }
        test::killChild(first);
        const QByteArray saved = test::readFile(checkpoint);
        QVERIFY(!saved.isEmpty());
        for (const QString &name : strayFiles(dir.path(), {"run.checkpoint"}))
            QFile::remove(dir.filePath(name)); // a temporary of a write the kill interrupted

        const ChildRun full = runLimited(saved.size() / 2, args, test::cliPath());
        QCOMPARE(full.status, 1);
        QVERIFY2(full.err.contains(checkpoint.toUtf8() + ": cannot write the checkpoint"),
                 full.err.constData());
        QCOMPARE(test::readFile(checkpoint), saved);
        QVERIFY(!QFileInfo::exists(model));
        QCOMPARE(strayFiles(dir.path(), {"run.checkpoint"}), QStringList());

        const test::CliRun resumed = test::runCli(args);
        QVERIFY2(resumed.status == 0, resumed.err.constData());
        const QJsonObject summary
            = QJsonDocument::fromJson(resumed.out.trimmed().split('\n').last()).object();
        QCOMPARE(summary.value("epochs_run").toInt(), 4);
        QVERIFY(resumed.out.count("\"type\":\"epoch\"") < 4); // resumed, not started over
    }
};

// Child modes (their file size limit is set by runLimited before they start).
static int labelUntilFull(const QString &project)
{
    ProjectStore store;
    QString error;
    if (!store.open(project, ProjectStore::OpenMode::OpenExisting, &error)) {
        std::printf("error: %s\n", qPrintable(error));
        return 2;
    }
    QList<qint64> cells;
    for (const QList<CellRecord> &imageCells : store.whiteCellsByImage()) {
        for (const CellRecord &c : imageCells)
            cells.append(c.id);
    }
    if (cells.isEmpty()) {
        std::printf("error: no white cells\n");
        return 2;
    }
    for (int i = 1; i < 1000000; ++i) {
        const CellClass cls = kAllCellClasses[size_t(i) % kAllCellClasses.size()];
        if (!store.addCellLabel(cells[i % cells.size()], CellLabel::ofClass(cls), LabelOrigin::Key,
                                "child")) {
            std::printf("error: %s\n", qPrintable(store.lastError()));
            return 3;
        }
        std::printf("%d\n", i);
    }
    return 0;
}

static int writeModel(const QString &path)
{
    QString error;
    if (writeModelFile(path, untrainedModel(ModelArch::LeNet, Task::Four), &error))
        return 0;
    std::printf("%s\n", qPrintable(error));
    return 3;
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--label-until-full") == 0)
        return labelUntilFull(QString::fromLocal8Bit(argv[2]));
    if (argc == 3 && qstrcmp(argv[1], "--write-model") == 0)
        return writeModel(QString::fromLocal8Bit(argv[2]));
    TestDiskFull tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}

#include "tst_diskfull.moc"
