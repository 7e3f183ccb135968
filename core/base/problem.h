#pragma once

#include <QList>
#include <QString>

namespace wbc {

// One thing wrong with the user's input: which file, which line (0 when not line-based), what.
// Readers and the importer collect these instead of failing, so the good rest still goes through.
struct Problem
{
    QString file;
    int line = 0;
    QString message;

    QString toString() const
    {
        if (line > 0)
            return QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(message);
        return QStringLiteral("%1: %2").arg(file, message);
    }
};

using Problems = QList<Problem>;

} // namespace wbc
