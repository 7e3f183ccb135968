#pragma once

#include "base/problem.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace wbc {

// One record of a CSV file and the line it starts on (1-based, as an editor shows it).
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

struct CsvDocument
{
    QList<CsvRecord> records; // the header, if any, is records.first()
    Problems problems;
};

// RFC 4180 reader: quoted fields with "" escapes and embedded commas/newlines, LF or CRLF,
// UTF-8 with or without BOM. A record with an unterminated quote is reported and skipped;
// reading resumes on the next line, so one bad row never loses the rest of the file. A field
// CsvWriter neutralised for spreadsheets ("'=..." and the like) reads back without the
// apostrophe, so every CSV the app writes reads back as it was written.
class CsvReader
{
public:
    static constexpr qint64 kMaxFileBytes = 64 * 1024 * 1024;
    static constexpr int kMaxFieldChars = 64 * 1024;

    static CsvDocument parse(const QByteArray &data, const QString &fileName);
    static CsvDocument readFile(const QString &path);
};

} // namespace wbc
