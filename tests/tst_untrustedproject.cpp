// A project file is input too (docs/RELIABILITY.md): one that someone else made or changed can
// carry SQL that runs when it is read. WBC Studio makes no triggers or views, so a project file
// with one is refused before anything else runs, and every connection has trusted_schema off.

#include "project/projectstore.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace wbc;

namespace {

// Adds `statement` to the project with a plain SQLite connection, as another program would.
void tamper(const QString &path, const QString &statement)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY2(q.exec(statement), qPrintable(statement));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
}

QString newProject(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("p.wbc"));
    ProjectStore store;
    QString error;
    if (!store.open(path, ProjectStore::OpenMode::OpenOrCreate, &error))
        qWarning("%s", qPrintable(error));
    return path;
}

} // namespace

class TestUntrustedProject : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void connectionHasTrustedSchemaOff()
    {
        QTemporaryDir dir;
        ProjectStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("p.wbc"))));
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA trusted_schema")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void foreignObjectIsRefused_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<QString>("name");
        QTest::newRow("trigger") << QStringLiteral(
            "CREATE TRIGGER sneaky AFTER INSERT ON cell_labels BEGIN "
            "UPDATE cell_labels SET label = 'MONOCYTE' WHERE id = NEW.id; END")
                                 << QStringLiteral("sneaky");
        QTest::newRow("view") << QStringLiteral("CREATE VIEW peek AS SELECT * FROM images")
                              << QStringLiteral("peek");
    }

    void foreignObjectIsRefused()
    {
        QFETCH(QString, statement);
        QFETCH(QString, name);
        QTemporaryDir dir;
        const QString path = newProject(dir);
        {
            ProjectStore store;
            QVERIFY(store.open(path, ProjectStore::OpenMode::OpenExisting));
            const qint64 slide = store.ensureSlide(QStringLiteral("s"));
            QVERIFY(slide > 0);
        }
        tamper(path, statement);
        ProjectStore store;
        QString error;
        QVERIFY(!store.open(path, ProjectStore::OpenMode::OpenExisting, &error));
        QVERIFY2(error.startsWith(path), qPrintable(error));
        QVERIFY2(error.contains(u"not a WBC Studio project"), qPrintable(error));
        QVERIFY2(error.contains(name), qPrintable(error));
        QVERIFY(!store.isOpen());
        // Read-only opening is refused the same way.
        QVERIFY(!store.open(path, ProjectStore::OpenMode::ReadOnly, &error));
        QVERIFY2(error.contains(name), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestUntrustedProject)
#include "tst_untrustedproject.moc"
