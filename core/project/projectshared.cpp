// ProjectStore on a PostgreSQL server (a shared project): connecting, creating the schema with
// its security in an empty database, the connected role, keepalive and reconnecting.
#include "project/datasetroots.h"
#include "project/postgresschema.h"
#include "project/projectstore.h"
#include "project/sqlsupport.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace wbc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ProjectStore)
};

// libpq options: give up connecting after 5 s, and notice a dead peer (cable pulled, server
// gone without closing) within ~10 s, so a command never hangs.
QString connectOptions(const ProjectLocation &location)
{
    QStringList options = {QStringLiteral("connect_timeout=5"),
                           QStringLiteral("keepalives=1"),
                           QStringLiteral("keepalives_idle=4"),
                           QStringLiteral("keepalives_interval=2"),
                           QStringLiteral("keepalives_count=2"),
                           QStringLiteral("tcp_user_timeout=8000"),
                           QStringLiteral("application_name=wbc-studio")};
    if (!location.sslmode.isEmpty())
        options.append(QStringLiteral("sslmode=") + location.sslmode);
    return options.join(u';');
}

// One line from a server error: the first line of the driver's text, without "QPSQL: ..." noise.
QString firstLine(const QSqlError &error)
{
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.text().trimmed();
    const qsizetype nl = text.indexOf(u'\n');
    return nl < 0 ? text : text.left(nl).trimmed();
}

bool isPermissionError(const QSqlError &error)
{
    // SQLSTATE 42501 insufficient_privilege; 28000/28P01 invalid authorization / password.
    const QString code = error.nativeErrorCode();
    return code == u"42501" || error.databaseText().contains(u"permission denied");
}

} // namespace

bool ProjectStore::openSharedConnection(QString *error)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        *error = Tr::tr("%1: cannot open a shared project: the PostgreSQL driver of Qt is not "
                        "installed (Debian: libqt6sql6-psql)")
                     .arg(m_path);
        return false;
    }
    if (!m_db.isValid()) {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
        m_db.setHostName(m_location.host);
        m_db.setPort(m_location.port);
        m_db.setDatabaseName(m_location.database);
        m_db.setUserName(m_location.user);
        if (!m_location.password.isEmpty())
            m_db.setPassword(m_location.password);
        m_db.setConnectOptions(connectOptions(m_location));
    }
    if (!m_db.open()) {
        const QSqlError e = m_db.lastError();
        const QString text = firstLine(e);
        if (isPermissionError(e) || text.contains(u"password authentication failed")
            || text.contains(u"no password supplied"))
            *error = Tr::tr("%1: permission denied (%2)").arg(m_path, text);
        else
            *error = Tr::tr("%1: cannot connect: %2").arg(m_path, text);
        return false;
    }
    return true;
}

bool ProjectStore::openShared(const ProjectLocation &location, OpenMode mode, QString *error)
{
    close();
    m_location = location;
    m_location.password.clear(); // the connection keeps it; the store does not
    m_path = location.url();
    m_readOnly = mode == OpenMode::ReadOnly;
    m_datasetRoot = mappedDatasetRoot(m_path);
    auto failOpen = [&](const QString &message) {
        m_lastError = message;
        if (error)
            *error = message;
        close();
        return false;
    };
    ProjectLocation withPassword = location;
    std::swap(m_location, withPassword);
    QString connectError;
    const bool connected = openSharedConnection(&connectError);
    std::swap(m_location, withPassword);
    if (!connected)
        return failOpen(connectError);

    QSqlQuery q(m_db);
    const QStringList tables = m_db.tables();
    if (tables.isEmpty()) {
        // A new shared project: only in an empty database the connecting role owns.
        if (mode != OpenMode::OpenOrCreate)
            return failOpen(Tr::tr("%1: the database holds no WBC Studio project").arg(m_path));
        if (!q.exec(QStringLiteral("SELECT pg_get_userbyid(d.datdba) = session_user FROM "
                                   "pg_database d WHERE d.datname = current_database()"))
            || !q.next())
            return failOpen(Tr::tr("%1: %2").arg(m_path, firstLine(q.lastError())));
        if (!q.value(0).toBool())
            return failOpen(Tr::tr("%1: permission denied: a new project is made only in an empty "
                                   "database that %2 owns (CREATE DATABASE ... OWNER %2)")
                                .arg(m_path, userName()));
        q.finish();
        m_role = ProjectRole::Owner;
        if (!migrate(0, kSchemaVersion))
            return failOpen(Tr::tr("%1: cannot create the project: %2").arg(m_path, m_lastError));
        const bool secured = transaction([&] {
            QSqlQuery s(m_db);
            for (const QString &statement : postgres::securitySql()) {
                if (!s.exec(statement))
                    return fail(firstLine(s.lastError()) + QStringLiteral(" [") + statement
                                + u']');
            }
            return setMeta(QStringLiteral("pg_security_version"),
                           QString::number(postgres::kSecurityVersion));
        });
        if (!secured)
            return failOpen(Tr::tr("%1: cannot create the project: %2").arg(m_path, m_lastError));
        return true;
    }
    if (!tables.contains(QStringLiteral("meta")) || !tables.contains(QStringLiteral("wbc_members")))
        return failOpen(Tr::tr("%1: not a WBC Studio project (the database holds other tables)")
                            .arg(m_path));
    if (!q.exec(QStringLiteral("SELECT wbc_role()")) || !q.next())
        return failOpen(isPermissionError(q.lastError())
                            ? Tr::tr("%1: permission denied (%2)").arg(m_path, firstLine(q.lastError()))
                            : Tr::tr("%1: not a WBC Studio project (%2)")
                                  .arg(m_path, firstLine(q.lastError())));
    const std::optional<ProjectRole> role = parseProjectRole(q.value(0).toString());
    q.finish();
    if (!role)
        return failOpen(Tr::tr("%1: permission denied: %2 has no role in this project (its owner "
                               "gives one with wbc grant)")
                            .arg(m_path, userName()));
    m_role = *role;
    const int version = schemaVersion();
    if (version < 0)
        return failOpen(
            Tr::tr("%1: not a WBC Studio project (another program's database)").arg(m_path));
    if (version > kSchemaVersion)
        return failOpen(Tr::tr("%1: made by a newer WBC Studio (schema %2; this version reads up "
                               "to %3)")
                            .arg(m_path)
                            .arg(version)
                            .arg(kSchemaVersion));
    if (version < kSchemaVersion) {
        if (m_role != ProjectRole::Owner || m_readOnly)
            return failOpen(Tr::tr("%1: needs an upgrade from schema %2, which only its owner can "
                                   "make")
                                .arg(m_path)
                                .arg(version));
        if (!migrate(version, kSchemaVersion))
            return failOpen(Tr::tr("%1: upgrade failed: %2").arg(m_path, m_lastError));
        // Tables of the new schema steps get their security, and members their rights on them.
        const bool secured = transaction([&] {
            QSqlQuery s(m_db);
            for (const QString &statement : postgres::upgradeSecuritySql(version)) {
                if (!s.exec(statement))
                    return fail(firstLine(s.lastError()));
            }
            for (const auto &[member, role] : members()) {
                if (role == ProjectRole::Owner || role == ProjectRole::None)
                    continue;
                for (const QString &statement :
                     postgres::grantSql(member, role, m_location.database)) {
                    if (!s.exec(statement))
                        return fail(firstLine(s.lastError()));
                }
            }
            return true;
        });
        if (!secured)
            return failOpen(Tr::tr("%1: upgrade failed: %2").arg(m_path, m_lastError));
    }
    return true;
}

bool ProjectStore::grantRole(const QString &member, ProjectRole role)
{
    if (!isShared())
        return fail(Tr::tr("%1: roles need a shared project (a postgresql:// URL)").arg(m_path));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT (SELECT pg_get_userbyid(d.datdba) FROM pg_database d "
                             "WHERE d.datname = current_database()) = session_user, "
                             "EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ?)"));
    q.addBindValue(member);
    if (!q.exec() || !q.next())
        return fail(Tr::tr("%1: %2").arg(m_path, firstLine(q.lastError())));
    if (!q.value(0).toBool())
        return fail(Tr::tr("%1: permission denied: only the database's owner gives roles")
                        .arg(m_path));
    if (!q.value(1).toBool())
        return fail(Tr::tr("%1: no PostgreSQL role \"%2\" (the server's administrator creates "
                           "it: CREATE ROLE %2 LOGIN PASSWORD ...)")
                        .arg(m_path, member));
    q.finish();
    return transaction([&] {
        QSqlQuery s(m_db);
        for (const QString &statement :
             postgres::grantSql(member, role, m_location.database)) {
            if (!s.exec(statement))
                return fail(Tr::tr("%1: %2").arg(m_path, firstLine(s.lastError())));
        }
        if (role == ProjectRole::None)
            return true;
        s.prepare(QStringLiteral("INSERT INTO wbc_members (member, role, granted_at) "
                                 "VALUES (?, ?, ?) ON CONFLICT (member) DO UPDATE SET "
                                 "role = EXCLUDED.role, granted_by = session_user, "
                                 "granted_at = EXCLUDED.granted_at"));
        s.addBindValue(member);
        s.addBindValue(projectRoleName(role));
        s.addBindValue(sql::nowText());
        return s.exec() || fail(Tr::tr("%1: %2").arg(m_path, firstLine(s.lastError())));
    });
}

QList<QPair<QString, ProjectRole>> ProjectStore::members() const
{
    QList<QPair<QString, ProjectRole>> out;
    if (!isShared())
        return out;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral(
            "SELECT pg_get_userbyid(d.datdba), 'owner' FROM pg_database d "
            "WHERE d.datname = current_database() UNION "
            "SELECT member, role FROM wbc_members ORDER BY 1")))
        return out;
    while (q.next())
        out.append({q.value(0).toString(),
                    parseProjectRole(q.value(1).toString()).value_or(ProjectRole::None)});
    return out;
}

bool ProjectStore::ping()
{
    // libpq notices a dead connection by itself (isOpen() is its status): say so, since a
    // notifier reports lastError() as the reason the connection was lost.
    if (!m_db.isOpen())
        return fail(isShared() ? Tr::tr("%1: the connection to the server is lost").arg(m_path)
                               : Tr::tr("%1: the project is not open").arg(m_path));
    if (!isShared())
        return true;
    QSqlQuery q(m_db);
    const bool ok = q.exec(QStringLiteral("SELECT 1")) && q.next();
    if (!ok)
        fail(Tr::tr("%1: the server does not answer (%2)").arg(m_path, firstLine(q.lastError())));
    return ok;
}

bool ProjectStore::probe(const QString &connectionName, QString *error)
{
    static QAtomicInteger<quint64> counter;
    const QString name = connectionName + QStringLiteral("-probe-%1").arg(counter.fetchAndAddRelaxed(1));
    bool ok = false;
    {
        // The overload taking a name is the one meant for another thread.
        QSqlDatabase db = QSqlDatabase::cloneDatabase(connectionName, name);
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(QStringLiteral("SELECT 1")) && q.next();
            if (!ok && error)
                *error = firstLine(q.lastError());
        } else if (error) {
            *error = firstLine(db.lastError());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

bool ProjectStore::reconnect(QString *error)
{
    if (!isShared())
        return m_db.isOpen();
    m_transactionDepth = 0;
    m_db.close();
    QString message;
    if (!openSharedConnection(&message)) {
        m_lastError = message;
        if (error)
            *error = message;
        return false;
    }
    return true;
}

} // namespace wbc
