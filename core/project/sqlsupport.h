#pragma once

#include <QDateTime>
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

} // namespace wbc::sql
