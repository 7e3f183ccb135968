#pragma once

#include "project/projectrole.h"

#include <QString>
#include <QStringList>

namespace wbc::postgres {

// The schema steps (schema.cpp, written for SQLite) in PostgreSQL's types: identity ids, 64-bit
// integers, double precision for REAL (SQLite's REAL is 8 bytes: a copy must lose nothing).
QString dialect(const QString &sqliteStatement);

// What a shared project has beyond the common schema, created with it by the database's owner:
// the members table and role functions, the author triggers (the server records who labelled:
// session_user, not a value the client sends), the notification triggers (LISTEN/NOTIFY carries
// only ids), row-level security on every table (FORCE: the owner too) and TRUNCATE revoked.
// `wbc.preserve_authors = on` (a session setting) lets the owner keep authors while copying a
// project in (`wbc copy`); nobody else can use it.
QStringList securitySql();
constexpr int kSecurityVersion = 1; // meta "pg_security_version"

// What an upgrade from fromSchemaVersion adds to securitySql(): row-level security and the
// policies of the tables that later schema steps create (run by the owner after migrating).
QStringList upgradeSecuritySql(int fromSchemaVersion);

// GRANT/REVOKE statements that give an existing role its rights for `role` in this database
// (ProjectRole::None revokes them). member is quoted here.
QStringList grantSql(const QString &member, ProjectRole role, const QString &database);

QString quoteIdentifier(const QString &name);

// The channels of the notification triggers; payloads are ids as text.
inline const char *kCellsChannel = "wbc_cells";
inline const char *kImagesChannel = "wbc_images";

} // namespace wbc::postgres
