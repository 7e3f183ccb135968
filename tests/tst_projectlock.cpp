#include "project/projectlock.h"
#include "project/projectstore.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace wbc;

// The one-writer lock beside a project: held, refused to a second process with its name, taken
// over when the holder died, and the read-only store that a second instance opens instead.
class TestProjectLock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lockFileBesideTheProject()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath("p.wbc");
        ProjectLock lock(project);
        QCOMPARE(lock.lockFilePath(), project + ".lock");
        QCOMPARE(lock.tryLock(), ProjectLock::Result::Locked);
        QVERIFY(lock.isLocked());
        QVERIFY(QFileInfo::exists(project + ".lock"));
        // A second lock in the same process: told apart from another process.
        ProjectLock again(project);
        QCOMPARE(again.tryLock(), ProjectLock::Result::HeldHere);
        QVERIFY(!again.isLocked());
        lock.unlock();
        QVERIFY(!QFileInfo::exists(project + ".lock"));
        QCOMPARE(again.tryLock(), ProjectLock::Result::Locked);
    }

    void anotherProcessIsNamedAndItsStaleLockTakenOver()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath("p.wbc");
        QProcess holder;
        QVERIFY(test::startLockHolder(holder, project));
        ProjectLock lock(project);
        QCOMPARE(lock.tryLock(), ProjectLock::Result::HeldByOther);
        const QString pid = QString::number(holder.processId());
        QVERIFY2(lock.holder().contains("process " + pid), qPrintable(lock.holder()));
        QVERIFY2(lock.heldMessage().startsWith(QFileInfo(project).absoluteFilePath() + " is in use by"),
                 qPrintable(lock.heldMessage()));
        // Still held a while later: a lock of an open project never goes stale by age.
        QTest::qWait(200);
        QCOMPARE(lock.tryLock(), ProjectLock::Result::HeldByOther);
        test::killChild(holder); // the lock file stays behind, naming a dead process
        QVERIFY(QFileInfo::exists(project + ".lock"));
        QCOMPARE(lock.tryLock(), ProjectLock::Result::Locked);
    }

    void readOnlyFolderIsUnavailableNotFatal()
    {
        if (::geteuid() == 0)
            QSKIP("running as root: folder permissions do not restrict writes");
        QTemporaryDir dir;
        QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        ProjectLock lock(dir.filePath("p.wbc"));
        QCOMPARE(lock.tryLock(), ProjectLock::Result::Unavailable);
        QVERIFY(lock.errorString().contains("p.wbc.lock"));
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                              | QFileDevice::ExeOwner);
    }

    void readOnlyStoreNeverWrites()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath("p.wbc");
        qint64 image = 0;
        {
            ProjectStore store;
            QVERIFY(store.open(project));
            ImageRecord r;
            r.path = "a.png";
            r.sha256 = "00";
            image = store.addImage(r);
            QVERIFY(image > 0);
        }
        const QByteArray before = test::readFile(project);
        ProjectStore store;
        QString error;
        QVERIFY2(store.open(project, ProjectStore::OpenMode::ReadOnly, &error), qPrintable(error));
        QVERIFY(store.isReadOnly());
        QCOMPARE(store.images().size(), 1);
        QVERIFY(!store.addLabel(image, ImageLabel({CellClass::Monocyte}), "user", "me"));
        QVERIFY2(store.lastError().contains("readonly"), qPrintable(store.lastError()));
        store.close();
        QCOMPARE(test::readFile(project), before);
        ProjectStore missing;
        QVERIFY(!missing.open(dir.filePath("none.wbc"), ProjectStore::OpenMode::ReadOnly, &error));
        QVERIFY(!QFileInfo::exists(dir.filePath("none.wbc")));
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--hold-lock") == 0)
        return test::holdLockChild(QString::fromLocal8Bit(argv[2]));
    TestProjectLock tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}

#include "tst_projectlock.moc"
