#include <QSqlQuery>
#include <QTest>

#include "pgtestsupport.h"

using namespace wbc;

// The throwaway PostgreSQL cluster of packaging/pg-test-cluster.sh and the helpers of
// tests/pgtestsupport.h that every PostgreSQL test builds on: the roles and how they
// authenticate, databases of a test's own, psql, and a server killed and started again.
class TestPgCluster : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { WBC_REQUIRE_PG(); }

    void cleanup()
    {
        for (const QString &db : std::as_const(m_databases)) {
            QString error;
            QVERIFY2(test::dropPgDatabase(db, &error), qPrintable(error));
        }
        m_databases.clear();
    }

    void listensOnLoopbackAtItsOwnPort()
    {
        QCOMPARE(test::pgHost(), QString("127.0.0.1"));
        const int port = test::pgPort();
        QVERIFY(port > 0);
        QVERIFY2(port != 5432, "the test cluster must not take the default port");
        QCOMPARE(
            test::pgUrl("smears"), QString("postgresql://wbc_owner@127.0.0.1:%1/smears").arg(port));
        QCOMPARE(test::pgUrl("smears", "ann3"),
            QString("postgresql://ann3@127.0.0.1:%1/smears").arg(port));
        QString out;
        QVERIFY2(test::psqlExec("postgres", "wbc_owner", "SHOW listen_addresses", &out),
            qPrintable(out));
        QCOMPARE(out, QString("127.0.0.1"));
        QVERIFY2(test::psqlExec("postgres", "wbc_owner", "SHOW fsync", &out), qPrintable(out));
        QCOMPARE(out, QString("on"));
    }

    void ownerCreatesAndUsesADatabase()
    {
        QString error;
        const auto db = createDatabase("tst_pgcluster-Owner");
        QVERIFY(db);
        QVERIFY2(db->startsWith("tst_pgcluster_owner_"), qPrintable(*db));
        const auto other = createDatabase("tst_pgcluster-Owner");
        QVERIFY(other);
        QVERIFY(*other != *db);

        test::PgConnection c(*db, "wbc_owner");
        QVERIFY2(c.isOpen(), qPrintable(c.error()));
        QCOMPARE(c.scalar("SELECT current_user")->toString(), QString("wbc_owner"));
        QCOMPARE(c.scalar("SELECT pg_get_userbyid(datdba) FROM pg_database "
                          "WHERE datname = current_database()")
                     ->toString(),
            QString("wbc_owner"));
        // The owner may create tables in the public schema of its database.
        QVERIFY2(c.exec("CREATE TABLE cells (id integer PRIMARY KEY, label text)"),
            qPrintable(c.error()));
        QVERIFY(
            c.exec("INSERT INTO cells VALUES (?, ?), (?, ?)", { 1, "NEUTROPHIL", 2, "MONOCYTE" }));
        QCOMPARE(c.scalar("SELECT count(*) FROM cells")->toInt(), 2);
        QCOMPARE(c.scalar("SELECT label FROM cells WHERE id = ?", { 2 })->toString(),
            QString("MONOCYTE"));
        QVERIFY(!c.exec("INSERT INTO cells VALUES (1, 'x')"));
        QVERIFY2(c.error().contains("duplicate key"), qPrintable(c.error()));
        // No row is told apart from an error.
        QVERIFY(!c.scalar("SELECT label FROM cells WHERE id = 99"));
        QVERIFY(c.error().isEmpty());
    }

    void trustedRolesConnectWithoutPassword_data()
    {
        QTest::addColumn<QString>("role");
        for (const char *role : { "wbc_owner",
                 "ann1",
                 "ann2",
                 "ann3",
                 "ann4",
                 "ann5",
                 "ann6",
                 "ann7",
                 "ann8",
                 "rev1",
                 "outsider" })
            QTest::newRow(role) << QString(role);
    }

    void trustedRolesConnectWithoutPassword()
    {
        QFETCH(QString, role);
        QString out;
        QVERIFY2(test::psqlExec("postgres", role, "SELECT session_user", &out), qPrintable(out));
        QCOMPARE(out, role);
        // Ordinary roles: no superuser, and only wbc_owner may create databases.
        QVERIFY(test::psqlExec("postgres",
            role,
            "SELECT rolsuper, rolcreatedb FROM pg_roles WHERE rolname = "
            "session_user",
            &out));
        QCOMPARE(out, QString(role == "wbc_owner" ? "f|t" : "f|f"));
    }

    void unknownRoleIsRefused()
    {
        QString out;
        QVERIFY(!test::psqlExec("postgres", "mallory", "SELECT 1", &out));
        QVERIFY2(out.contains("role \"mallory\" does not exist"), qPrintable(out));
    }

    void passwordRoleNeedsItsPassword()
    {
        QString out;
        QVERIFY(!test::psqlExec("postgres", "wbc_pw", "SELECT session_user", &out));
        QVERIFY2(out.contains("no password supplied"), qPrintable(out));
        QVERIFY(!test::psqlExec("postgres", "wbc_pw", "SELECT 1", &out, "wrong"));
        QVERIFY2(out.contains("password authentication failed"), qPrintable(out));
        QVERIFY2(test::psqlExec(
                     "postgres", "wbc_pw", "SELECT session_user", &out, test::pgPwRolePassword()),
            qPrintable(out));
        QCOMPARE(out, QString("wbc_pw"));
        // The same through Qt's driver, as the product connects.
        {
            test::PgConnection refused("postgres", "wbc_pw");
            QVERIFY(!refused.isOpen());
            QVERIFY2(refused.error().contains("password"), qPrintable(refused.error()));
        }
        test::PgConnection c("postgres", "wbc_pw", test::pgPwRolePassword());
        QVERIFY2(c.isOpen(), qPrintable(c.error()));
        QCOMPARE(c.scalar("SELECT session_user")->toString(), QString("wbc_pw"));
    }

    void psqlStopsAtTheFirstError()
    {
        const auto db = createDatabase("tst_pgcluster_psql");
        QVERIFY(db);
        QString out;
        QVERIFY(!test::psqlExec(*db, "wbc_owner", "CREATE TABLE t (x int); SELEC 1", &out));
        QVERIFY2(out.contains("syntax error"), qPrintable(out));
        // One -c string is one transaction: the table went with the error.
        QVERIFY(test::psqlExec(*db, "wbc_owner", "SELECT to_regclass('t') IS NULL", &out));
        QCOMPARE(out, QString("t"));
        // A role that may not create in the owner's database is refused.
        QVERIFY(!test::psqlExec(*db, "ann1", "CREATE TABLE t (x int)", &out));
        QVERIFY2(out.contains("permission denied"), qPrintable(out));
    }

    void dropEndsOtherRolesConnections()
    {
        const auto db = test::createPgDatabase("tst_pgcluster_drop");
        QVERIFY(db);
        test::PgConnection annotator(*db, "ann1");
        QVERIFY2(annotator.isOpen(), qPrintable(annotator.error()));
        QVERIFY(annotator.exec("SELECT 1"));
        QString error;
        QVERIFY2(test::dropPgDatabase(*db, &error), qPrintable(error));
        test::PgConnection owner("postgres", "wbc_owner");
        QVERIFY(!owner.scalar("SELECT 1 FROM pg_database WHERE datname = ?", { *db }));
        QVERIFY(owner.error().isEmpty());
        QVERIFY(!annotator.exec("SELECT 1"));
        // Dropping what is gone is no error.
        QVERIFY(test::dropPgDatabase(*db));
    }

    void sharedClusterIsNotKilled()
    {
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("refused on the shared cluster"));
        QVERIFY(!test::pgCluster("kill"));
        QVERIFY(test::pgCluster("status"));
    }

    void killedServerRestartsWithCommittedData()
    {
        const QString shared = qEnvironmentVariable("WBC_TEST_PG_DIR");
        const int sharedPort = test::pgPort();
        {
            test::PrivatePgCluster cluster;
            QVERIFY2(cluster.isStarted(), qPrintable(cluster.error()));
            QCOMPARE(qEnvironmentVariable("WBC_TEST_PG_DIR"), cluster.dir());
            const int port = test::pgPort();
            QVERIFY(port > 0 && port != sharedPort);
            QString error;
            const auto db = test::createPgDatabase("tst_pgcluster_crash", &error);
            QVERIFY2(db, qPrintable(error));

            test::PgConnection c(*db);
            QVERIFY2(c.isOpen(), qPrintable(c.error()));
            QVERIFY(c.exec("CREATE TABLE labels (id serial PRIMARY KEY, label text NOT NULL)"));
            QVERIFY(c.exec("INSERT INTO labels (label) SELECT 'L' || g FROM generate_series(1, "
                           "500) g"));
            // Begun, never committed: must not survive the crash.
            QVERIFY(c.db().transaction());
            QVERIFY(c.exec("INSERT INTO labels (label) VALUES ('uncommitted')"));

            QVERIFY(test::pgCluster("kill"));
            QVERIFY(!test::pgCluster("status"));
            QVERIFY(!c.exec("SELECT 1"));
            {
                test::PgConnection down(*db);
                QVERIFY(!down.isOpen());
            }
            QVERIFY(test::pgCluster("kill")); // idempotent

            QVERIFY(test::pgCluster("restart"));
            QVERIFY(test::pgCluster("status"));
            QCOMPARE(test::pgPort(), port);
            test::PgConnection again(*db);
            QVERIFY2(again.isOpen(), qPrintable(again.error()));
            QCOMPARE(again.scalar("SELECT count(*) FROM labels")->toInt(), 500);
            QCOMPARE(
                again.scalar("SELECT count(*) FROM labels WHERE label = 'uncommitted'")->toInt(),
                0);
            QString out;
            QVERIFY2(test::psqlExec(*db, "ann2", "SELECT 1", &out), qPrintable(out));
        }
        // Gone, and the shared cluster is the one the helpers use again.
        QCOMPARE(qEnvironmentVariable("WBC_TEST_PG_DIR"), shared);
        QCOMPARE(test::pgPort(), sharedPort);
        QVERIFY(test::pgCluster("status"));
    }

private:
    std::optional<QString> createDatabase(const QString &prefix)
    {
        QString error;
        const auto db = test::createPgDatabase(prefix, &error);
        if (db)
            m_databases << *db;
        else
            qWarning("createPgDatabase: %s", qPrintable(error));
        return db;
    }

    QStringList m_databases;
};

QTEST_GUILESS_MAIN(TestPgCluster)

#include "tst_pgcluster.moc"
