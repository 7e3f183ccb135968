#pragma once

#include <QList>
#include <QStringList>

namespace wbc {

// Forward migrations of the project schema: entry i upgrades version i to i + 1.
// Standard SQL only (INTEGER PRIMARY KEY maps to an identity column on PostgreSQL);
// timestamps are ISO-8601 UTC text.
const QList<QStringList> &schemaMigrations();

} // namespace wbc
