#pragma once

#include <atomic>
#include <optional>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QString>
#include <QTemporaryDir>
#include <QTest>
#include <QVariant>

// Helpers of the tests that need a PostgreSQL server (register them with wbc_pg_test in
// tests/CMakeLists.txt). The CTest fixture `pg` starts a throwaway cluster with
// packaging/pg-test-cluster.sh; WBC_TEST_PG_DIR names its folder and DIR/env says where it
// listens (127.0.0.1, a free port). Its roles: the superuser postgres, wbc_owner (CREATEDB),
// ann1..ann8, rev1 and outsider, all without a password over 127.0.0.1, and wbc_pw, which must
// give pgPwRolePassword() (scram-sha-256). Tests share that cluster and run in parallel, so each
// makes databases of its own (createPgDatabase); a test that stops or kills the server does it
// to a PrivatePgCluster. Everything here runs on the test's main thread.
namespace wbc::test {

struct PgClusterInfo
{
    QString dir;
    QString host;
    int port = 0;
};

inline QString pgPwRolePassword()
{
    return QStringLiteral("secret-pw");
}

inline QString pgSuperuser()
{
    return QStringLiteral("postgres");
}

// Set (to 1) by .ci/run: a missing server or driver fails the tests instead of skipping them.
inline bool pgRequired()
{
    return qEnvironmentVariable("WBC_REQUIRE_PG") == QLatin1String("1");
}

// The cluster WBC_TEST_PG_DIR names, or nullopt and why not.
inline std::optional<PgClusterInfo> pgClusterInfo(QString *why = nullptr)
{
    const auto fail = [why](const QString &reason) -> std::optional<PgClusterInfo> {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    const QString dir = qEnvironmentVariable("WBC_TEST_PG_DIR");
    if (dir.isEmpty())
        return fail("WBC_TEST_PG_DIR is not set: run the test through ctest (fixture pg), or "
                    "start packaging/pg-test-cluster.sh DIR and set WBC_TEST_PG_DIR=DIR");
    QFile env(dir + "/env");
    if (!env.open(QIODevice::ReadOnly | QIODevice::Text))
        return fail(QString("PostgreSQL server not installed: no test cluster in %1 "
                            "(pg_cluster_start skipped it; apt install postgresql-15)")
                        .arg(dir));
    PgClusterInfo info;
    info.dir = dir;
    while (!env.atEnd()) {
        const QString line = QString::fromUtf8(env.readLine()).trimmed();
        const QString key = line.section('=', 0, 0);
        const QString value = line.section('=', 1);
        if (key == "PGHOST")
            info.host = value;
        else if (key == "PGPORT")
            info.port = value.toInt();
    }
    if (info.host.isEmpty() || info.port <= 0)
        return fail(QString("%1/env names no PGHOST and PGPORT").arg(dir));
    if (!QSqlDatabase::isDriverAvailable("QPSQL"))
        return fail("Qt's PostgreSQL driver QPSQL is not installed (Debian: libqt6sql6-psql)");
    return info;
}

inline bool pgAvailable(QString *why = nullptr)
{
    return pgClusterInfo(why).has_value();
}

inline QString pgHost()
{
    const auto info = pgClusterInfo();
    return info ? info->host : QString();
}

inline int pgPort()
{
    const auto info = pgClusterInfo();
    return info ? info->port : 0;
}

// What a user gives WBC Studio for a shared project: postgresql://ROLE@127.0.0.1:PORT/DATABASE.
inline QString pgUrl(const QString &database, const QString &role = QStringLiteral("wbc_owner"))
{
    return QString("postgresql://%1@%2:%3/%4").arg(role, pgHost()).arg(pgPort()).arg(database);
}

// Skips the test (from initTestCase: all of them) when there is no cluster or no driver; fails
// it instead when WBC_REQUIRE_PG=1.
#define WBC_REQUIRE_PG()                                                                           \
    do {                                                                                           \
        QString wbcPgWhy_;                                                                         \
        if (!wbc::test::pgAvailable(&wbcPgWhy_)) {                                                 \
            if (wbc::test::pgRequired())                                                           \
                QFAIL(qPrintable(wbcPgWhy_ + " (and WBC_REQUIRE_PG=1 requires it)"));              \
            QSKIP(qPrintable(wbcPgWhy_));                                                          \
        }                                                                                          \
    } while (false)

inline QString quotePgIdentifier(const QString &name)
{
    return '"' + QString(name).replace('"', "\"\"") + '"';
}

// One QPSQL connection of its own name to DATABASE as ROLE, closed and removed when destroyed.
// Connecting gives up after 10 s.
class PgConnection
{
public:
    explicit PgConnection(const QString &database,
        const QString &role = QStringLiteral("wbc_owner"),
        const QString &password = {})
        : m_name(QString("wbc_pgtest_%1").arg(counter()++))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QPSQL", m_name);
        db.setHostName(pgHost());
        db.setPort(pgPort());
        db.setDatabaseName(database);
        db.setUserName(role);
        if (!password.isEmpty())
            db.setPassword(password);
        db.setConnectOptions("connect_timeout=10");
        if (!db.open())
            m_error = db.lastError().text();
    }
    ~PgConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    bool isOpen() const { return db().isOpen(); }
    QString error() const { return m_error; }

    // Runs SQL (one statement; ? placeholders bound to ARGS in order); false and error() when
    // it fails.
    bool exec(const QString &sql, const QVariantList &args = {})
    {
        QSqlQuery q(db());
        return run(q, sql, args);
    }

    // The first column of the first row, or nullopt (error() says why; no row: empty error).
    std::optional<QVariant> scalar(const QString &sql, const QVariantList &args = {})
    {
        QSqlQuery q(db());
        if (!run(q, sql, args))
            return std::nullopt;
        if (!q.next()) {
            m_error.clear();
            return std::nullopt;
        }
        return q.value(0);
    }

private:
    static std::atomic<int> &counter()
    {
        static std::atomic<int> n { 0 };
        return n;
    }

    // Without ARGS the statement runs unprepared: PostgreSQL cannot prepare CREATE DATABASE.
    bool run(QSqlQuery &q, const QString &sql, const QVariantList &args)
    {
        bool ok = true;
        if (args.isEmpty()) {
            ok = q.exec(sql);
        } else {
            ok = q.prepare(sql);
            for (const QVariant &arg : args)
                q.addBindValue(arg);
            ok = ok && q.exec();
        }
        if (!ok)
            m_error = q.lastError().text();
        return ok;
    }

    QString m_name;
    QString m_error;
};

// Creates a database of its own (PREFIX_PID_N, lower case) owned by wbc_owner, as a lab owner
// with CREATEDB would; its name, or nullopt and why not in ERROR.
inline std::optional<QString> createPgDatabase(const QString &prefix, QString *error = nullptr)
{
    static std::atomic<int> counter { 0 };
    QString base = prefix.toLower();
    base.replace(QRegularExpression("[^a-z0-9_]"), "_");
    base = base.left(40);
    PgConnection c("postgres", "wbc_owner");
    if (!c.isOpen()) {
        if (error)
            *error = "connecting as wbc_owner: " + c.error();
        return std::nullopt;
    }
    for (int attempt = 0; attempt < 100; ++attempt) {
        const QString name
            = QString("%1_%2_%3").arg(base).arg(QCoreApplication::applicationPid()).arg(counter++);
        if (c.scalar("SELECT 1 FROM pg_database WHERE datname = ?", { name }))
            continue; // left by an earlier run of a process with the same pid
        if (!c.exec("CREATE DATABASE " + quotePgIdentifier(name))) {
            if (error)
                *error = "CREATE DATABASE " + name + ": " + c.error();
            return std::nullopt;
        }
        return name;
    }
    if (error)
        *error = "no free database name for " + base;
    return std::nullopt;
}

// Drops a database, ending every connection to it first (as the superuser); true when it is
// gone (or was never there).
inline bool dropPgDatabase(const QString &name, QString *error = nullptr)
{
    PgConnection c("postgres", pgSuperuser());
    const bool ok = c.isOpen()
        && c.exec("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                  "WHERE datname = ? AND pid <> pg_backend_pid()",
            { name })
        && c.exec("DROP DATABASE IF EXISTS " + quotePgIdentifier(name) + " WITH (FORCE)");
    if (!ok && error)
        *error = c.error();
    return ok;
}

inline QString pgClusterScript()
{
#ifdef WBC_SOURCE_DIR
    return QStringLiteral(WBC_SOURCE_DIR "/packaging/pg-test-cluster.sh");
#else
    return QDir::cleanPath(QStringLiteral(WBC_TEST_DATA_DIR "/../../packaging/pg-test-cluster.sh"));
#endif
}

// Runs packaging/pg-test-cluster.sh ACTION $WBC_TEST_PG_DIR: kill (stop -m immediate, a
// crash), restart, status (true while it runs), start, stop. Killing or stopping is refused
// outside a PrivatePgCluster: the shared cluster serves the tests running in parallel.
inline bool pgCluster(const QString &action, QString *output = nullptr)
{
    const QString dir = qEnvironmentVariable("WBC_TEST_PG_DIR");
    if ((action == "kill" || action == "stop")
        && qEnvironmentVariable("WBC_TEST_PG_PRIVATE") != dir) {
        const QString why = "pgCluster(\"" + action
            + "\") refused on the shared cluster: use a PrivatePgCluster (tests/pgtestsupport.h)";
        qWarning("%s", qPrintable(why));
        if (output)
            *output = why;
        return false;
    }
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start("bash", { pgClusterScript(), action, dir });
    const bool finished = p.waitForFinished(180000);
    if (!finished)
        p.kill();
    const QString out = QString::fromUtf8(p.readAll()).trimmed();
    if (output)
        *output = out;
    const bool ok = finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (!ok && action != "status")
        qWarning("pg-test-cluster.sh %s: %s", qPrintable(action), qPrintable(out));
    return ok;
}

// A cluster of the test's own, for tests that kill or restart the server: started in a
// temporary folder (about a second) with the same roles; while it lives, WBC_TEST_PG_DIR names
// it, so pgUrl, createPgDatabase, PgConnection and pgCluster act on it. Destroying it stops and
// removes it and points WBC_TEST_PG_DIR back at the shared cluster. One at a time.
class PrivatePgCluster
{
public:
    PrivatePgCluster()
        : m_shared(qEnvironmentVariable("WBC_TEST_PG_DIR"))
    {
        if (!m_tmp.isValid()) {
            m_error = "no temporary folder";
            return;
        }
        m_dir = m_tmp.filePath("pg");
        qputenv("WBC_TEST_PG_DIR", m_dir.toLocal8Bit());
        qputenv("WBC_TEST_PG_PRIVATE", m_dir.toLocal8Bit());
        m_started = pgCluster("start", &m_error);
    }
    ~PrivatePgCluster()
    {
        if (!m_dir.isEmpty())
            pgCluster("stop");
        qputenv("WBC_TEST_PG_DIR", m_shared.toLocal8Bit());
        qunsetenv("WBC_TEST_PG_PRIVATE");
    }
    PrivatePgCluster(const PrivatePgCluster &) = delete;
    PrivatePgCluster &operator=(const PrivatePgCluster &) = delete;

    bool isStarted() const { return m_started; }
    QString error() const { return m_error; }
    QString dir() const { return m_dir; }

private:
    QString m_shared;
    QTemporaryDir m_tmp;
    QString m_dir;
    QString m_error;
    bool m_started = false;
};

// psql -h HOST -p PORT -U ROLE -d DB -v ON_ERROR_STOP=1 -c SQL, unaligned and tuples only (what
// a user does "with psql and their own password"). PASSWORD goes in PGPASSWORD; without one no
// password is offered (PGPASSWORD and ~/.pgpass ignored) and psql never prompts. OUTPUT gets
// stdout and stderr, trimmed. True when psql exits 0.
inline bool psqlExec(const QString &db,
    const QString &role,
    const QString &sql,
    QString *output = nullptr,
    const QString &password = {})
{
    QString psql = "/usr/bin/psql";
    if (!QFileInfo(psql).isExecutable())
        psql = QStandardPaths::findExecutable("psql");
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("PGCONNECT_TIMEOUT", "10");
    if (password.isEmpty()) {
        env.remove("PGPASSWORD");
        env.insert("PGPASSFILE", "/nonexistent/wbc-test-pgpass");
    } else {
        env.insert("PGPASSWORD", password);
    }
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(psql.isEmpty() ? QStringLiteral("psql") : psql,
        { "-X",
            "-w",
            "-q",
            "-A",
            "-t",
            "-v",
            "ON_ERROR_STOP=1",
            "-h",
            pgHost(),
            "-p",
            QString::number(pgPort()),
            "-U",
            role,
            "-d",
            db,
            "-c",
            sql });
    const bool finished = p.waitForFinished(60000);
    if (!finished)
        p.kill();
    if (output)
        *output = QString::fromUtf8(p.readAll()).trimmed();
    return finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

} // namespace wbc::test
