#pragma once

#include <QString>

#include <optional>

namespace wbc {

// Where a project lives: an SQLite file, or a PostgreSQL database named by a URL
// `postgresql://USER@HOST:PORT/DATABASE[?sslmode=MODE]` (libpq conventions; `postgres://` too).
// A password is never part of what is shown or saved: libpq reads PGPASSWORD or ~/.pgpass, and
// the GUI keeps one typed in memory only (`password`).
struct ProjectLocation
{
    enum class Kind { File, Postgres };

    Kind kind = Kind::File;
    QString path; // Kind::File: as given
    QString host; // Kind::Postgres: empty is libpq's default (a Unix socket)
    int port = 5432;
    QString database;
    QString user; // empty: libpq's default (the login name)
    QString sslmode; // empty: libpq's default (prefer)
    QString password; // memory only; never in url()

    bool isShared() const { return kind == Kind::Postgres; }
    // The URL without any password (Kind::Postgres), else the path. What recent-project lists,
    // messages and settings keys use.
    QString url() const;
    // A file path or a postgresql:// URL. A URL with a password in it is refused (error says
    // to use PGPASSWORD or ~/.pgpass), as is a malformed one.
    static std::optional<ProjectLocation> parse(const QString &fileOrUrl, QString *error = nullptr);
    static bool looksLikeUrl(const QString &text); // starts with postgresql:// or postgres://
};

} // namespace wbc
