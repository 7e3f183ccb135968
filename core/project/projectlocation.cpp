#include "project/projectlocation.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

namespace wbc {

namespace {

// The context of this file's messages (lupdate reads it from Q_DECLARE_TR_FUNCTIONS).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ProjectLocation)
};

bool setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

bool ProjectLocation::looksLikeUrl(const QString &text)
{
    return text.startsWith(u"postgresql://", Qt::CaseInsensitive)
           || text.startsWith(u"postgres://", Qt::CaseInsensitive);
}

QString ProjectLocation::url() const
{
    if (kind == Kind::File)
        return path;
    QUrl u;
    u.setScheme(QStringLiteral("postgresql"));
    u.setUserName(user);
    u.setHost(host);
    if (port != 5432)
        u.setPort(port);
    u.setPath(u'/' + database);
    if (!sslmode.isEmpty()) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("sslmode"), sslmode);
        u.setQuery(query);
    }
    return u.toString();
}

std::optional<ProjectLocation> ProjectLocation::parse(const QString &fileOrUrl, QString *error)
{
    ProjectLocation loc;
    if (!looksLikeUrl(fileOrUrl)) {
        if (fileOrUrl.isEmpty()) {
            setError(error, Tr::tr("no project given"));
            return std::nullopt;
        }
        loc.path = fileOrUrl;
        return loc;
    }
    const QUrl u(fileOrUrl, QUrl::StrictMode);
    if (!u.isValid()) {
        setError(error, Tr::tr("%1: not a valid PostgreSQL URL (%2)").arg(fileOrUrl, u.errorString()));
        return std::nullopt;
    }
    if (!u.password().isEmpty()) {
        setError(error, Tr::tr("%1: a password does not belong in the URL; set PGPASSWORD or use "
                               "~/.pgpass")
                            .arg(u.toString(QUrl::RemovePassword)));
        return std::nullopt;
    }
    loc.kind = Kind::Postgres;
    loc.user = u.userName();
    loc.host = u.host();
    loc.port = u.port(5432);
    loc.database = u.path().mid(1);
    if (loc.database.isEmpty() || loc.database.contains(u'/')) {
        setError(error, Tr::tr("%1: the URL names no database (postgresql://USER@HOST:PORT/DATABASE)")
                            .arg(fileOrUrl));
        return std::nullopt;
    }
    const QUrlQuery query(u);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == u"sslmode") {
            static const QStringList modes = {
                QStringLiteral("disable"),     QStringLiteral("allow"),
                QStringLiteral("prefer"),      QStringLiteral("require"),
                QStringLiteral("verify-ca"),   QStringLiteral("verify-full")};
            if (!modes.contains(value)) {
                setError(error, Tr::tr("%1: unknown sslmode \"%2\" (one of %3)")
                                    .arg(fileOrUrl, value, modes.join(QStringLiteral(", "))));
                return std::nullopt;
            }
            loc.sslmode = value;
        } else {
            setError(error, Tr::tr("%1: unknown URL parameter \"%2\" (only sslmode)").arg(fileOrUrl, key));
            return std::nullopt;
        }
    }
    return loc;
}

} // namespace wbc
