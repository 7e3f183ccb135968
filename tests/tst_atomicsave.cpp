// The atomic save under power cuts (docs/RELIABILITY.md): model files and reports are written
// through saveFileAtomically (QSaveFile). A child process writes them while an LD_PRELOAD
// library (fstrace.c) logs its file-system calls; the test replays the log against the usual
// power-cut model of a journalling file system: namespace changes (link, rename, unlink) reach
// the disk in their order, any prefix of them may survive a cut, and a file's data survives only
// up to its last completed fsync/fdatasync. At every cut point and for every surviving prefix,
// the final name must hold the old file or the whole new one, never a part.

#include "base/savefile.h"
#include "training/modelfile.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <optional>

using namespace wbc;

namespace {

struct Event
{
    QString op;
    QStringList args;
};

QList<Event> readTrace(const QString &path)
{
    QList<Event> events;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return events;
    for (const QByteArray &line : f.readAll().split('\n')) {
        const QStringList parts = QString::fromUtf8(line).split(u' ', Qt::SkipEmptyParts);
        if (!parts.isEmpty())
            events.append({parts.first(), parts.mid(1)});
    }
    return events;
}

struct Inode
{
    bool original = false; // the old file, on disk before the save began
    int lastWrite = -1; // index of the last write event
    int lastSync = -1; // index of the last sync event
};

struct Verdict
{
    int cuts = 0; // cut points x surviving prefixes examined
    QString violation; // empty: none
};

// Replays the trace for one final path.
Verdict check(const QList<Event> &events, const QString &finalPath, bool hadOldFile)
{
    Verdict v;
    for (int cut = 0; cut <= events.size(); ++cut) {
        // Data and the namespace changes made before the cut.
        std::map<int, Inode> inodes;
        std::map<int, int> fdInode;
        QList<std::pair<QString, std::optional<int>>> nsOps; // (target name, inode or unlink)
        QList<QString> nsSources; // for renames: the name moved away ("" otherwise)
        int nextInode = 1;
        std::map<QString, int> initialNames;
        if (hadOldFile) {
            inodes[0].original = true;
            initialNames[finalPath] = 0;
        }
        std::map<QString, int> liveNames = initialNames; // as the process saw them
        for (int i = 0; i < cut; ++i) {
            const Event &e = events.at(i);
            if (e.op == u"open") {
                const int fd = e.args.value(0).toInt();
                const QString path = e.args.value(3);
                if (e.args.value(1) == u"tmpfile" || !liveNames.count(path)
                    || e.args.value(2) == u"trunc") {
                    const int ino = nextInode++;
                    inodes[ino] = {};
                    fdInode[fd] = ino;
                    if (e.args.value(1) != u"tmpfile" && !liveNames.count(path)) {
                        liveNames[path] = ino;
                        nsOps.append({path, ino});
                        nsSources.append(QString());
                    } else if (e.args.value(2) == u"trunc" && liveNames.count(path)) {
                        // Truncating an existing file in place destroys the old data at once.
                        fdInode[fd] = liveNames[path];
                        inodes[liveNames[path]].original = false;
                        inodes[liveNames[path]].lastWrite = i;
                    }
                } else {
                    fdInode[fd] = liveNames[path];
                }
            } else if (e.op == u"write" || e.op == u"truncate") {
                const auto it = fdInode.find(e.args.value(0).toInt());
                if (it != fdInode.end()) {
                    inodes[it->second].lastWrite = i;
                    inodes[it->second].original = false;
                }
            } else if (e.op == u"sync") {
                const auto it = fdInode.find(e.args.value(0).toInt());
                if (it != fdInode.end())
                    inodes[it->second].lastSync = i;
            } else if (e.op == u"linkfd") {
                const auto it = fdInode.find(e.args.value(0).toInt());
                if (it != fdInode.end()) {
                    liveNames[e.args.value(1)] = it->second;
                    nsOps.append({e.args.value(1), it->second});
                    nsSources.append(QString());
                }
            } else if (e.op == u"rename") {
                const QString from = e.args.value(0);
                const QString to = e.args.value(1);
                if (liveNames.count(from)) {
                    const int ino = liveNames[from];
                    liveNames.erase(from);
                    liveNames[to] = ino;
                    nsOps.append({to, ino});
                    nsSources.append(from);
                }
            } else if (e.op == u"unlink") {
                liveNames.erase(e.args.value(0));
                nsOps.append({e.args.value(0), std::nullopt});
                nsSources.append(QString());
            }
        }
        // Every prefix of the namespace changes may be what the journal kept.
        for (int keep = 0; keep <= nsOps.size(); ++keep) {
            std::map<QString, int> names = initialNames;
            for (int k = 0; k < keep; ++k) {
                if (!nsSources.at(k).isEmpty())
                    names.erase(nsSources.at(k));
                if (nsOps.at(k).second)
                    names[nsOps.at(k).first] = *nsOps.at(k).second;
                else
                    names.erase(nsOps.at(k).first);
            }
            ++v.cuts;
            const auto it = names.find(finalPath);
            if (it == names.end()) {
                if (hadOldFile) {
                    v.violation = QStringLiteral("cut before event %1: %2 is gone").arg(cut).arg(finalPath);
                    return v;
                }
                continue; // no file yet: fine
            }
            const Inode &ino = inodes[it->second];
            if (ino.original)
                continue; // the old file, whole
            // New data: whole only if every write to it was synced before the cut.
            if (ino.lastWrite > ino.lastSync) {
                v.violation = QStringLiteral("cut before event %1 (%2 of %3 renames kept): %4 "
                                             "names data written at event %5 but not synced")
                                  .arg(cut)
                                  .arg(keep)
                                  .arg(nsOps.size())
                                  .arg(finalPath)
                                  .arg(ino.lastWrite);
                return v;
            }
        }
    }
    return v;
}

QString fstraceLibrary()
{
    return QStringLiteral(WBC_FSTRACE_LIB);
}

// The child: writes the files through the app's own code and exits.
int childMain(const QString &dir)
{
    QString error;
    ModelFile model;
    model.header.arch = QStringLiteral("wbcnet");
    model.header.classNames = {QStringLiteral("POLYNUCLEAR"), QStringLiteral("MONONUCLEAR")};
    model.header.inputWidth = 160;
    model.header.inputHeight = 120;
    NamedTensor t;
    t.name = "w";
    t.shape = {256, 1024};
    t.values.assign(256 * 1024, 0.5f); // 1 MiB: many writes
    model.weights.push_back(t);
    if (!writeModelFile(QDir(dir).filePath(QStringLiteral("model.wbcmodel")), model, &error))
        return 3;
    const QByteArray report(300000, 'r');
    if (!saveFileAtomically(QDir(dir).filePath(QStringLiteral("report.csv")), report, &error))
        return 4;
    return 0;
}

} // namespace

class TestAtomicSave : public QObject
{
    Q_OBJECT

    // Runs the child under the tracer; returns the trace.
    QList<Event> traceChild(const QString &dir)
    {
        const QString trace = dir + QStringLiteral(".trace");
        QFile::remove(trace);
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LD_PRELOAD"), fstraceLibrary());
        env.insert(QStringLiteral("WBC_TRACE_DIR"), dir);
        env.insert(QStringLiteral("WBC_TRACE_FILE"), trace);
        // Under AddressSanitizer (ASAN_TESTS=all) the tracer comes before ASan's runtime.
        const QString asan = env.value(QStringLiteral("ASAN_OPTIONS"));
        env.insert(QStringLiteral("ASAN_OPTIONS"),
                   (asan.isEmpty() ? QString() : asan + u':')
                       + QStringLiteral("verify_asan_link_order=0"));
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--child-save"), dir});
        if (!child.waitForFinished(60000) || child.exitCode() != 0) {
            qWarning("child failed: %d %s", child.exitCode(), child.readAllStandardError().constData());
            return {};
        }
        return readTrace(trace);
    }

private Q_SLOTS:
    void tracerSeesTheSave()
    {
        QTemporaryDir dir;
        const QList<Event> events = traceChild(dir.path());
        QVERIFY2(!events.isEmpty(), "the tracer logged nothing (LD_PRELOAD not applied?)");
        int writes = 0;
        int renames = 0;
        for (const Event &e : events) {
            writes += e.op == u"write";
            renames += e.op == u"rename" || e.op == u"linkfd";
        }
        QVERIFY(writes >= 2);
        QVERIFY(renames >= 2);
        QCOMPARE(QFileInfo(dir.filePath(QStringLiteral("report.csv"))).size(), qint64(300000));
    }

    void everyCutKeepsOldOrNew_data()
    {
        QTest::addColumn<bool>("overwrite");
        QTest::newRow("new files") << false;
        QTest::newRow("replacing old files") << true;
    }

    void everyCutKeepsOldOrNew()
    {
        QFETCH(bool, overwrite);
        QTemporaryDir dir;
        if (overwrite) {
            for (const char *name : {"model.wbcmodel", "report.csv"}) {
                QFile f(dir.filePath(QLatin1String(name)));
                QVERIFY(f.open(QIODevice::WriteOnly));
                f.write("old");
            }
        }
        const QList<Event> events = traceChild(dir.path());
        QVERIFY(!events.isEmpty());
        int cuts = 0;
        for (const char *name : {"model.wbcmodel", "report.csv"}) {
            const Verdict v = check(events, dir.filePath(QLatin1String(name)), overwrite);
            QVERIFY2(v.violation.isEmpty(), qPrintable(v.violation));
            cuts += v.cuts;
        }
        qInfo("%d simulated cuts over %lld file-system calls: never a partial file", cuts,
              static_cast<long long>(events.size()));
        QVERIFY(cuts > events.size());
    }

    // The negative control: the same check finds the flaw of a save that renames before its data
    // is synced (a hand-made trace of write, rename, sync).
    void detectsRenameBeforeSync()
    {
        const QString dir = QStringLiteral("/x");
        const QList<Event> events = {
            {QStringLiteral("open"), {QStringLiteral("3"), QStringLiteral("named"), QStringLiteral("trunc"), dir + QStringLiteral("/f.tmp")}},
            {QStringLiteral("write"), {QStringLiteral("3"), QStringLiteral("100")}},
            {QStringLiteral("rename"), {dir + QStringLiteral("/f.tmp"), dir + QStringLiteral("/f")}},
            {QStringLiteral("sync"), {QStringLiteral("3")}},
        };
        QVERIFY(!check(events, dir + QStringLiteral("/f"), true).violation.isEmpty());
        QList<Event> safe = events;
        safe.move(3, 2); // sync before rename
        QVERIFY(check(safe, dir + QStringLiteral("/f"), true).violation.isEmpty());
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--child-save") == 0)
        return childMain(QString::fromLocal8Bit(argv[2]));
    TestAtomicSave test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_atomicsave.moc"
