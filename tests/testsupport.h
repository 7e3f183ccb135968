#pragma once

#include "project/projectlock.h"
#include "dataset/syntheticsmear.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QProcess>
#include <QTest>

#include <csignal>
#include <cstdio>
#include <sys/types.h>
#include <unistd.h>

// Helpers shared by the tests: where the BCCD set and the wbc tool are, and small file makers.
namespace wbc::test {

inline QString bccdDir()
{
    const QString dir = qEnvironmentVariable("WBC_BCCD_DIR", QStringLiteral(WBC_BCCD_DIR));
    return QFileInfo(dir + QStringLiteral("/labels.csv")).isFile() ? dir : QString();
}

// Skips without the BCCD set; with WBC_REQUIRE_BCCD=1 (.ci/run sets it when the set is there)
// fails instead, so a test that cannot find the data it should use never passes by skipping.
#define WBC_REQUIRE_BCCD(var)                                                                     \
    const QString var = wbc::test::bccdDir();                                                     \
    if (var.isEmpty() && qEnvironmentVariable("WBC_REQUIRE_BCCD") == QLatin1String("1"))          \
        QFAIL("BCCD development set required (WBC_REQUIRE_BCCD=1) but not found at "             \
              WBC_BCCD_DIR " (set WBC_BCCD_DIR)");                                                \
    if (var.isEmpty())                                                                            \
    QSKIP("BCCD development set not found at " WBC_BCCD_DIR " (set WBC_BCCD_DIR); skipped")

// SIGKILLs a child process if it still runs. Never kill(0, ...): a finished QProcess reports
// pid 0, and kill(0) would hit the whole process group, ctest included.
inline void killChild(QProcess &child)
{
    const qint64 pid = child.processId();
    if (pid > 0 && child.state() != QProcess::NotRunning)
        ::kill(pid_t(pid), SIGKILL);
    child.waitForFinished();
}

inline QString cliPath()
{
    return QStringLiteral(WBC_CLI_PATH);
}

// One run of the wbc command line tool: exit status (-1 if it crashed), stdout, stderr.
struct CliRun
{
    int status = -1;
    QByteArray out;
    QByteArray err;
};

// A run still going after timeoutMs is killed and reported as hung: status -2.
inline CliRun runCli(const QStringList &args, int timeoutMs = 240000)
{
    QProcess p;
    p.start(cliPath(), args);
    if (!p.waitForFinished(timeoutMs)) {
        killChild(p);
        return {-2, p.readAllStandardOutput(), p.readAllStandardError()};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            p.readAllStandardOutput(),
            p.readAllStandardError()};
}

// A second process that holds a project's ProjectLock until it is killed: the test binary run
// again with "--hold-lock PROJECT" (its main() calls holdLockChild). Returns once it holds it.
inline bool startLockHolder(QProcess &child, const QString &project)
{
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--hold-lock"), project});
    if (!child.waitForStarted())
        return false;
    while (!child.canReadLine()) {
        if (!child.waitForReadyRead(30000))
            return false;
    }
    return child.readLine().trimmed() == "locked";
}

// The child side of startLockHolder: takes the lock, says so, and waits to be killed.
inline int holdLockChild(const QString &project)
{
    ProjectLock lock(project);
    if (lock.tryLock() != ProjectLock::Result::Locked)
        return 1;
    std::fputs("locked\n", stdout);
    std::fflush(stdout);
    for (;;)
        ::pause();
}

inline void writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly), qPrintable(path));
    QCOMPARE(f.write(data), data.size());
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A small synthetic dataset: 4 classes in turn, some multi-cell images.
inline SyntheticDatasetSpec smallDataset(int images = 12)
{
    SyntheticDatasetSpec spec;
    spec.images = images;
    spec.width = 160;
    spec.height = 120;
    spec.seed = 7;
    spec.multiCellFraction = 0.2;
    return spec;
}

} // namespace wbc::test
