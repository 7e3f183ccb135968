#include "project/projectstore.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace wbc;

namespace {

ImageRecord someImage(const QString &hash)
{
    ImageRecord r;
    r.path = QStringLiteral("images/%1.png").arg(hash);
    r.sha256 = hash;
    r.width = 640;
    r.height = 480;
    r.fileSize = 1234;
    return r;
}

} // namespace

class TestProjectStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsCurrentSchemaWithWal()
    {
        QTemporaryDir dir;
        ProjectStore store;
        QString error;
        QVERIFY2(store.open(dir.filePath(QStringLiteral("p.wbc")), ProjectStore::OpenMode::OpenOrCreate,
                            &error),
                 qPrintable(error));
        QCOMPARE(store.schemaVersion(), ProjectStore::kSchemaVersion);
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        for (const char *table : {"images", "cells", "labels", "image_flags", "runs", "run_epochs",
                                  "models", "predictions"})
            QVERIFY2(store.database().tables().contains(QLatin1String(table)), table);
    }

    void migratesVersionOneKeepingData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.wbc"));
        QString error;
        QVERIFY2(ProjectStore::createAtVersion(path, 1, &error), qPrintable(error));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO images (id, path, sha256, width, height, "
                                          "file_size, imported_at) VALUES (1, 'a.png', 'h1', 10, "
                                          "10, 5, '2026-01-01T00:00:00Z')")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO labels (image_id, label, source, author, "
                                          "created_at) VALUES (1, 'MONOCYTE', 'user', 'ann', "
                                          "'2026-01-01T00:00:00Z')")));
            QCOMPARE(q.exec(QStringLiteral("SELECT * FROM runs")), false);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));
        ProjectStore store;
        QVERIFY2(store.open(path, ProjectStore::OpenMode::OpenExisting, &error), qPrintable(error));
        QCOMPARE(store.schemaVersion(), ProjectStore::kSchemaVersion);
        QCOMPARE(store.images().size(), 1);
        QCOMPARE(store.currentLabel(1)->label.toString(), QStringLiteral("MONOCYTE"));
        QVERIFY(store.database().tables().contains(QStringLiteral("runs")));
    }

    void refusesNewerSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.wbc"));
        {
            ProjectStore store;
            QVERIFY(store.open(path));
            QVERIFY(store.setMeta(QStringLiteral("schema_version"),
                                  QString::number(ProjectStore::kSchemaVersion + 5)));
        }
        ProjectStore store;
        QString error;
        QVERIFY(!store.open(path, ProjectStore::OpenMode::OpenExisting, &error));
        QVERIFY2(error.contains(u"newer WBC Studio"), qPrintable(error));
        QVERIFY(error.contains(path));
        QVERIFY(!store.isOpen());
    }

    void refusesBadFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("words");
        QTest::newRow("text file") << QByteArray("hello world, not a database at all") << "not a WBC Studio project";
        QTest::newRow("other SQLite header only")
            << QByteArray("SQLite format 3\0", 16) + QByteArray(84, '\0') << "";
    }
    void refusesBadFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, words);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.wbc"));
        test::writeFile(path, content);
        ProjectStore store;
        QString error;
        QVERIFY(!store.open(path, ProjectStore::OpenMode::OpenExisting, &error));
        QVERIFY2(error.startsWith(path), qPrintable(error));
        QVERIFY2(error.contains(words), qPrintable(error));
        QCOMPARE(test::readFile(path), content); // never touched
    }

    void refusesTruncatedProject()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.wbc"));
        {
            ProjectStore store;
            QVERIFY(store.open(path));
            QVERIFY(store.transaction([&] {
                for (int i = 0; i < 300; ++i)
                    if (!store.addImage(someImage(QStringLiteral("h%1").arg(i))))
                        return false;
                return true;
            }));
        }
        QByteArray data = test::readFile(path);
        QVERIFY(data.size() > 8192);
        test::writeFile(path, data.left(data.size() / 2));
        QFile::remove(path + QStringLiteral("-wal"));
        ProjectStore store;
        QString error;
        QVERIFY(!store.open(path, ProjectStore::OpenMode::OpenExisting, &error));
        QVERIFY2(error.contains(u"damaged") || error.contains(u"malformed"), qPrintable(error));
    }

    void missingFileWhenOpeningExisting()
    {
        ProjectStore store;
        QString error;
        QVERIFY(!store.open(QStringLiteral("/nonexistent/p.wbc"), ProjectStore::OpenMode::OpenExisting,
                            &error));
        QVERIFY(error.contains(u"no such project file"));
    }

    void labelHistoryIsAppendOnly()
    {
        QTemporaryDir dir;
        ProjectStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("p.wbc"))));
        const qint64 id = store.addImage(someImage(QStringLiteral("abc")));
        QVERIFY(id > 0);
        QVERIFY(!store.currentLabel(id));
        QVERIFY(store.addLabel(id, ImageLabel({CellClass::Neutrophil}), QStringLiteral("import"),
                               QStringLiteral("csv")));
        QVERIFY(store.addLabel(id, ImageLabel({CellClass::Monocyte}), QStringLiteral("user"),
                               QStringLiteral("dr.a")));
        QVERIFY(store.addLabel(id, ImageLabel(), QStringLiteral("user"), QStringLiteral("dr.b")));
        const QList<LabelRecord> history = store.labelHistory(id);
        QCOMPARE(history.size(), 3);
        QCOMPARE(history[0].label.toString(), QStringLiteral("NEUTROPHIL"));
        QCOMPARE(history[1].author, QStringLiteral("dr.a"));
        QVERIFY(history[2].label.isUnlabeled());
        QVERIFY(history[2].createdAt.isValid());
        QCOMPARE(store.currentLabel(id)->author, QStringLiteral("dr.b"));
        QCOMPARE(store.stats().unlabeled, 1);
    }

    void duplicateHashIsRefused()
    {
        QTemporaryDir dir;
        ProjectStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("p.wbc"))));
        QVERIFY(store.addImage(someImage(QStringLiteral("same"))) > 0);
        QCOMPARE(store.addImage(someImage(QStringLiteral("same"))), 0);
        QVERIFY(!store.lastError().isEmpty());
    }

    void failedTransactionRollsBack()
    {
        QTemporaryDir dir;
        ProjectStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("p.wbc"))));
        const bool ok = store.transaction([&] {
            store.addImage(someImage(QStringLiteral("one")));
            return false;
        });
        QVERIFY(!ok);
        QCOMPARE(store.images().size(), 0);
    }

    void cellsReplaceBySource()
    {
        QTemporaryDir dir;
        ProjectStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("p.wbc"))));
        const qint64 id = store.addImage(someImage(QStringLiteral("c")));
        CellRecord a;
        a.box = QRect(1, 2, 30, 40);
        QVERIFY(store.replaceCells(id, QStringLiteral("annotation"), {a}));
        a.box = QRect(5, 5, 10, 10);
        a.score = 0.75;
        QVERIFY(store.replaceCells(id, QStringLiteral("detected"), {a, a}));
        QCOMPARE(store.cells(id).size(), 3);
        QVERIFY(store.replaceCells(id, QStringLiteral("detected"), {}));
        const QList<CellRecord> left = store.cells(id);
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().box, QRect(1, 2, 30, 40));
        QCOMPARE(left.first().source, QStringLiteral("annotation"));
    }

    void readOnlyProjectOpensReadOnly()
    {
        if (geteuid() == 0)
            QSKIP("running as root: file permissions do not restrict writes");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ro.wbc"));
        {
            ProjectStore store;
            QVERIFY(store.open(path));
        }
        QFile::setPermissions(path, QFileDevice::ReadOwner);
        ProjectStore store;
        QVERIFY(store.open(path, ProjectStore::OpenMode::OpenExisting));
        QVERIFY(store.isReadOnly());
    }
};

QTEST_GUILESS_MAIN(TestProjectStore)
#include "tst_projectstore.moc"
