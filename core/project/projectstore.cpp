#include "project/projectstore.h"

#include "base/identity.h"
#include "project/postgresschema.h"
#include "project/schema.h"
#include "project/sqlsupport.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUrl>
#include <QVariant>


namespace wbc {

namespace {

// The context of this file's messages (lupdate reads it from Q_DECLARE_TR_FUNCTIONS).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ProjectStore)
};

using sql::nowText;
using sql::parseTime;

ImageRecord imageFromQuery(const QSqlQuery &q)
{
    ImageRecord r;
    r.id = q.value(0).toLongLong();
    r.path = q.value(1).toString();
    r.sha256 = q.value(2).toString();
    r.width = q.value(3).toInt();
    r.height = q.value(4).toInt();
    r.fileSize = q.value(5).toLongLong();
    r.importedAt = parseTime(q.value(6).toString());
    r.slideId = q.value(7).toLongLong();
    return r;
}

const char *kImageColumns = "id, path, sha256, width, height, file_size, imported_at, slide_id";

// WAL is a persistent change to the file: made only once it is known to be a project (or new).
bool enableWal(const QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) && q.next())
        return true;
    *error = q.lastError().text();
    return false;
}

bool looksLikeSqlite(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.exists() || f.size() == 0)
        return true;
    if (!f.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("%1: cannot open: %2").arg(path, f.errorString());
        return false;
    }
    if (f.read(16) != QByteArray("SQLite format 3\0", 16)) {
        *error = Tr::tr("%1: not a WBC Studio project (the file holds something else)").arg(path);
        return false;
    }
    return true;
}

} // namespace

const QString ProjectStore::kSuffix = QStringLiteral(".wbc");

ProjectStore::ProjectStore()
{
    static QAtomicInteger<quint64> counter;
    m_connectionName = QStringLiteral("wbc-project-%1").arg(counter.fetchAndAddRelaxed(1));
}

ProjectStore::~ProjectStore()
{
    close();
}

bool ProjectStore::fail(const QString &message) const
{
    m_lastError = message;
    return false;
}

bool ProjectStore::configureConnection()
{
    QSqlQuery q(m_db);
    if (isShared())
        return true; // projectshared.cpp sets the connection's options
    // trusted_schema=OFF: functions with side effects cannot run from the schema (a view or
    // trigger in a project file received from elsewhere).
    const QStringList pragmas = {QStringLiteral("PRAGMA trusted_schema = OFF"),
                                 QStringLiteral("PRAGMA foreign_keys = ON"),
                                 QStringLiteral("PRAGMA busy_timeout = 5000"),
                                 QStringLiteral("PRAGMA synchronous = FULL")};
    for (const QString &p : pragmas) {
        if (!q.exec(p))
            return fail(q.lastError().text());
    }
    return true;
}

bool ProjectStore::open(const QString &path, OpenMode mode, QString *error)
{
    QString parseError;
    const std::optional<ProjectLocation> location = ProjectLocation::parse(path, &parseError);
    if (!location) {
        close();
        m_lastError = parseError;
        if (error)
            *error = parseError;
        return false;
    }
    return open(*location, mode, error);
}

bool ProjectStore::open(const ProjectLocation &location, OpenMode mode, QString *error)
{
    if (location.isShared())
        return openShared(location, mode, error);
    const QString path = location.path;
    close();
    m_location = location;
    m_role = ProjectRole::Owner;
    auto failOpen = [&](const QString &message) {
        m_lastError = message;
        if (error)
            *error = message;
        close();
        return false;
    };
    const QFileInfo info(path);
    if (mode != OpenMode::OpenOrCreate && !info.exists())
        return failOpen(Tr::tr("%1: no such project file").arg(path));
    if (info.exists() && info.isDir())
        return failOpen(Tr::tr("%1: is a folder, not a project file").arg(path));
    QString sniffError;
    if (!looksLikeSqlite(path, &sniffError))
        return failOpen(sniffError);

    m_path = info.absoluteFilePath();
    m_readOnly = mode == OpenMode::ReadOnly || (info.exists() && !info.isWritable());
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_path);
    if (m_readOnly) {
        // In a folder we may not write (a read-only share), SQLite cannot create the -shm index a
        // WAL file needs: read it as immutable. Without a -wal file nobody is writing it.
        const bool immutable = !QFileInfo(info.absolutePath()).isWritable()
                               && !QFileInfo::exists(m_path + QStringLiteral("-wal"));
        if (immutable)
            m_db.setDatabaseName(QUrl::fromLocalFile(m_path).toString()
                                 + QStringLiteral("?immutable=1"));
        m_db.setConnectOptions(immutable ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI")
                                         : QStringLiteral("QSQLITE_OPEN_READONLY"));
    }
    if (!m_db.open())
        return failOpen(Tr::tr("%1: cannot open: %2").arg(path, m_db.lastError().text()));
    if (!configureConnection()) {
        if (m_lastError.contains(u"malformed"))
            return failOpen(Tr::tr("%1: the project file is damaged (%2)").arg(path, m_lastError));
        // SQLite's header but nothing readable behind it.
        if (m_lastError.contains(u"not a database"))
            return failOpen(Tr::tr("%1: not a WBC Studio project (damaged, or not a project at "
                                   "all)")
                                .arg(path));
        return failOpen(Tr::tr("%1: cannot configure the database: %2").arg(path, m_lastError));
    }

    QSqlQuery check(m_db);
    if (!check.exec(QStringLiteral("PRAGMA quick_check")) || !check.next()
        || check.value(0).toString() != u"ok")
        return failOpen(Tr::tr("%1: the project file is damaged (%2)")
                            .arg(path,
                                 check.lastError().isValid() ? check.lastError().text()
                                                             : check.value(0).toString()));
    check.finish(); // no statement may be active when the journal mode changes

    // A project file is input too: WBC Studio makes no triggers or views, so a file that has one
    // was made or changed by something else, and is refused before anything runs.
    QSqlQuery foreign(m_db);
    if (foreign.exec(QStringLiteral("SELECT type, name FROM sqlite_master "
                                    "WHERE type IN ('trigger', 'view') ORDER BY name"))
        && foreign.next())
        return failOpen(Tr::tr("%1: not a WBC Studio project: it holds a %2 \"%3\" that WBC "
                               "Studio did not make")
                            .arg(path, foreign.value(0).toString(), foreign.value(1).toString()));
    foreign.finish();

    const int version = schemaVersion();
    if (version < 0)
        return failOpen(
            Tr::tr("%1: not a WBC Studio project (another program's database)").arg(path));
    if (version > kSchemaVersion)
        return failOpen(
            Tr::tr("%1: made by a newer WBC Studio (schema %2; this version reads up to "
                   "%3)")
                .arg(path)
                .arg(version)
                .arg(kSchemaVersion));
    QString walError;
    if (!m_readOnly && !enableWal(m_db, &walError))
        return failOpen(Tr::tr("%1: cannot configure the database: %2").arg(path, walError));
    if (version < kSchemaVersion) {
        if (m_readOnly)
            return failOpen(Tr::tr("%1: needs an upgrade from schema %2 but is read-only")
                                .arg(path)
                                .arg(version));
        if (!migrate(version, kSchemaVersion))
            return failOpen(Tr::tr("%1: upgrade failed: %2").arg(path, m_lastError));
    }
    return true;
}

bool ProjectStore::createAtVersion(const QString &path, int version, QString *error)
{
    ProjectStore store;
    store.m_path = QFileInfo(path).absoluteFilePath();
    store.m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), store.m_connectionName);
    store.m_db.setDatabaseName(store.m_path);
    QString walError;
    const bool ok = store.m_db.open() && store.configureConnection()
                    && (enableWal(store.m_db, &walError) || store.fail(walError))
                    && store.migrate(0, version);
    if (!ok && error)
        *error = store.m_lastError;
    return ok;
}

void ProjectStore::close()
{
    m_role = ProjectRole::Owner;
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_transactionDepth = 0;
}

QDir ProjectStore::baseDir() const
{
    if (isShared())
        return QDir(m_datasetRoot.isEmpty() ? storedDatasetRoot() : m_datasetRoot);
    return QFileInfo(m_path).absoluteDir();
}

void ProjectStore::setDatasetRoot(const QString &localPath)
{
    m_datasetRoot = localPath;
}

QString ProjectStore::userName() const
{
    if (!isShared())
        return currentUserName();
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT session_user")) && q.next())
        return q.value(0).toString();
    return m_location.user;
}

bool ProjectStore::blindMode() const
{
    return isShared() && meta(QStringLiteral("blind_mode")) == u"1";
}

bool ProjectStore::setBlindMode(bool on)
{
    if (!isShared())
        return fail(Tr::tr("blind mode needs a shared project"));
    return setMeta(QStringLiteral("blind_mode"), on ? QStringLiteral("1") : QStringLiteral("0"));
}

int ProjectStore::schemaVersion() const
{
    if (!m_db.tables().contains(QStringLiteral("meta")))
        return m_db.tables().isEmpty() ? 0 : -1;
    bool ok = false;
    const int v = meta(QStringLiteral("schema_version")).toInt(&ok);
    return ok ? v : -1;
}

bool ProjectStore::migrate(int from, int to)
{
    const QList<SchemaMigration> &steps = schemaMigrations();
    for (int v = from; v < to; ++v) {
        const bool ok = transaction([&] {
            QSqlQuery q(m_db);
            for (const QString &sql : steps.at(v).sql) {
                if (!q.exec(isShared() ? postgres::dialect(sql) : sql))
                    return fail(Tr::tr("schema step %1: %2").arg(v + 1).arg(q.lastError().text()));
            }
            QString error;
            if (steps.at(v).data && !steps.at(v).data(m_db, &error))
                return fail(Tr::tr("schema step %1: %2").arg(v + 1).arg(error));
            return setMeta(QStringLiteral("schema_version"), QString::number(v + 1));
        });
        if (!ok)
            return false;
    }
    return true;
}

bool ProjectStore::transaction(const std::function<bool()> &fn)
{
    if (m_transactionDepth > 0) { // nested: part of the outer transaction
        ++m_transactionDepth;
        const bool ok = fn();
        --m_transactionDepth;
        return ok;
    }
    if (!m_db.transaction())
        return fail(m_db.lastError().text());
    m_transactionDepth = 1;
    bool ok = fn();
    m_transactionDepth = 0;
    if (ok && !m_db.commit()) {
        fail(m_db.lastError().text());
        ok = false;
    }
    if (!ok)
        m_db.rollback();
    return ok;
}

QString ProjectStore::storedPath(const QString &absolutePath) const
{
    return baseDir().relativeFilePath(absolutePath);
}

QString ProjectStore::absolutePath(const ImageRecord &image) const
{
    return QDir::cleanPath(baseDir().absoluteFilePath(image.path));
}

bool ProjectStore::isOutsideRoot(const ImageRecord &image) const
{
    const QString path = QDir::cleanPath(QDir::fromNativeSeparators(image.path));
    return QDir::isAbsolutePath(path) || path == u".." || path.startsWith(u"../")
           || path.contains(u':'); // a drive letter or URL scheme on any platform
}

std::optional<ImageRecord> ProjectStore::imageByHash(const QString &sha256) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM images WHERE sha256 = ?")
                  .arg(QLatin1String(kImageColumns)));
    q.addBindValue(sha256);
    if (q.exec() && q.next())
        return imageFromQuery(q);
    return std::nullopt;
}

std::optional<ImageRecord> ProjectStore::image(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM images WHERE id = ?").arg(QLatin1String(kImageColumns)));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return imageFromQuery(q);
    return std::nullopt;
}

QList<ImageRecord> ProjectStore::images() const
{
    QList<ImageRecord> out;
    QSqlQuery q(m_db);
    sql::setForwardOnly(q);
    if (!q.exec(QStringLiteral("SELECT %1 FROM images ORDER BY path")
                    .arg(QLatin1String(kImageColumns)))) {
        fail(q.lastError().text());
        return out;
    }
    while (q.next())
        out.append(imageFromQuery(q));
    return out;
}

qint64 ProjectStore::addImage(const ImageRecord &image)
{
    // In a transaction even alone: a RETURNING row is read before an autocommit commits.
    qint64 id = 0;
    const bool committed = transaction([&] {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT INTO images (path, sha256, width, height, file_size, "
                                 "imported_at, slide_id) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
        q.addBindValue(image.path);
        q.addBindValue(image.sha256);
        q.addBindValue(image.width);
        q.addBindValue(image.height);
        q.addBindValue(image.fileSize);
        q.addBindValue(nowText());
        q.addBindValue(image.slideId > 0 ? QVariant(image.slideId)
                                         : QVariant(QMetaType::fromType<qint64>()));
        if (!q.exec())
            return fail(q.lastError().text());
        id = sql::insertedId(q);
        return id != 0 || fail(q.lastError().text());
    });
    return committed ? id : 0;
}

bool ProjectStore::setImageSlide(qint64 imageId, qint64 slideId)
{
    return transaction([&] {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("UPDATE images SET slide_id = ? WHERE id = ?"));
        q.addBindValue(slideId);
        q.addBindValue(imageId);
        if (!q.exec())
            return fail(q.lastError().text());
        return q.numRowsAffected() == 1 || fail(Tr::tr("no image %1").arg(imageId));
    });
}

namespace {

const char *kFlagColumns = "id, image_id, flag, source, author, created_at";

FlagRecord flagFromQuery(const QSqlQuery &q)
{
    FlagRecord r;
    r.id = q.value(0).toLongLong();
    r.imageId = q.value(1).toLongLong();
    r.flag = parseFlag(q.value(2).toString()).value_or(CellCountFlag::Single);
    r.source = q.value(3).toString();
    r.author = q.value(4).toString();
    r.createdAt = parseTime(q.value(5).toString());
    return r;
}

} // namespace

qint64 ProjectStore::addFlag(qint64 imageId, CellCountFlag flag, const QString &source,
                             const QString &author)
{
    qint64 id = 0;
    const bool committed = transaction([&] {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT INTO image_flags (image_id, flag, source, author, "
                                 "created_at) VALUES (?, ?, ?, ?, ?) RETURNING id"));
        q.addBindValue(imageId);
        q.addBindValue(flagName(flag));
        q.addBindValue(source);
        q.addBindValue(author);
        q.addBindValue(nowText());
        if (!q.exec())
            return fail(q.lastError().text());
        id = sql::insertedId(q);
        return true;
    });
    return committed ? id : 0;
}

bool ProjectStore::removeFlag(qint64 flagId)
{
    return transaction([&] {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("DELETE FROM image_flags WHERE id = ? AND source = 'user'"));
        q.addBindValue(flagId);
        return q.exec() || fail(q.lastError().text());
    });
}

QList<FlagRecord> ProjectStore::flagHistory(qint64 imageId) const
{
    QList<FlagRecord> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM image_flags WHERE image_id = ? ORDER BY id")
                  .arg(QLatin1String(kFlagColumns)));
    q.addBindValue(imageId);
    if (q.exec()) {
        while (q.next())
            out.append(flagFromQuery(q));
    }
    return out;
}

namespace {

// Folds one entry (in id order) into an image's effective flag: its newest person's flag since
// the last withdrawal, else its newest detected flag.
struct FlagState
{
    std::optional<FlagRecord> person;
    std::optional<FlagRecord> detected;

    void add(const FlagRecord &r)
    {
        if (r.isPersons())
            person = r;
        else if (r.isWithdrawal())
            person.reset();
        else
            detected = r;
    }
    std::optional<FlagRecord> effective() const { return person ? person : detected; }
};

} // namespace

std::optional<FlagRecord> ProjectStore::effectiveFlag(qint64 imageId) const
{
    FlagState state;
    for (const FlagRecord &r : flagHistory(imageId))
        state.add(r);
    return state.effective();
}

QHash<qint64, FlagRecord> ProjectStore::effectiveFlags() const
{
    QHash<qint64, FlagRecord> out;
    QSqlQuery q(m_db);
    sql::setForwardOnly(q);
    if (!q.exec(QStringLiteral("SELECT %1 FROM image_flags ORDER BY id")
                    .arg(QLatin1String(kFlagColumns))))
        return out;
    QHash<qint64, FlagState> states;
    while (q.next()) {
        const FlagRecord r = flagFromQuery(q);
        states[r.imageId].add(r);
    }
    for (auto it = states.cbegin(); it != states.cend(); ++it) {
        if (const auto flag = it->effective())
            out.insert(it.key(), *flag);
    }
    return out;
}

QString ProjectStore::meta(const QString &key) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

bool ProjectStore::setMeta(const QString &key, const QString &value)
{
    return transaction([&] {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("DELETE FROM meta WHERE key = ?"));
        q.addBindValue(key);
        if (!q.exec())
            return fail(q.lastError().text());
        q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"));
        q.addBindValue(key);
        q.addBindValue(value);
        return q.exec() || fail(q.lastError().text());
    });
}

QString currentUserName()
{
    return resolveUserName();
}

} // namespace wbc
