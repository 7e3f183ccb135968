#pragma once

#include <QDateTime>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>
#include <QString>

namespace wbc::sql {

// Timestamps in projects are ISO 8601 UTC text with milliseconds.
inline QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

inline QDateTime parseTime(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t;
}

// Forward-only where it is safe. On PostgreSQL a forward-only query streams its rows (single-row
// mode) and any other query on the connection before its last row discards them, so there
// results are fetched whole; SQLite steps its statements either way.
inline void setForwardOnly(QSqlQuery &q)
{
    if (q.driver() && q.driver()->dbmsType() == QSqlDriver::SQLite)
        q.setForwardOnly(true);
}

// The id of the row an executed "INSERT ... RETURNING id" made (portable: SQLite 3.35+ and
// PostgreSQL; lastInsertId() is SQLite's rowid only). 0 when it returned nothing.
inline qint64 insertedId(QSqlQuery &q)
{
    const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return id;
}

} // namespace wbc::sql
