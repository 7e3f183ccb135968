#include "dataset/csvreader.h"

#include "base/csvwriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>

namespace wbc {

namespace {

// The context of this file's messages (lupdate reads it from Q_DECLARE_TR_FUNCTIONS).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
};

enum class RecordStatus { Ok, UnterminatedQuote, FieldTooLong };

// Reads one record starting at pos; advances pos past its line end and line past its newlines.
RecordStatus readRecord(const QString &text, qsizetype &pos, int &line, QStringList &fields)
{
    fields.clear();
    QString field;
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    const qsizetype n = text.size();
    while (pos < n) {
        const QChar c = text.at(pos);
        if (inQuotes) {
            if (c == u'"') {
                if (pos + 1 < n && text.at(pos + 1) == u'"') {
                    field.append(u'"');
                    pos += 2;
                    continue;
                }
                inQuotes = false;
                ++pos;
                continue;
            }
            if (c == u'\n')
                ++line;
            field.append(c);
            ++pos;
        } else if (c == u'"' && field.isEmpty() && !fieldWasQuoted) {
            inQuotes = true;
            fieldWasQuoted = true;
            ++pos;
        } else if (c == u',') {
            fields.append(field);
            field.clear();
            fieldWasQuoted = false;
            ++pos;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && pos + 1 < n && text.at(pos + 1) == u'\n')
                ++pos;
            ++pos;
            ++line;
            fields.append(field);
            return RecordStatus::Ok;
        } else {
            field.append(c);
            ++pos;
        }
        if (field.size() > CsvReader::kMaxFieldChars)
            return RecordStatus::FieldTooLong;
    }
    if (inQuotes)
        return RecordStatus::UnterminatedQuote;
    fields.append(field);
    return RecordStatus::Ok;
}

// Moves pos to the start of the line after the one that starts at lineStart.
qsizetype nextLine(const QString &text, qsizetype lineStart)
{
    const qsizetype nl = text.indexOf(u'\n', lineStart);
    return nl < 0 ? text.size() : nl + 1;
}

} // namespace

CsvDocument CsvReader::parse(const QByteArray &data, const QString &fileName)
{
    CsvDocument doc;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(data);
    if (decoder.hasError())
        doc.problems.append(
            { fileName, 0, Tr::tr("not valid UTF-8 text; invalid bytes were replaced") });
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);

    qsizetype pos = 0;
    int line = 1;
    QStringList fields;
    while (pos < text.size()) {
        const qsizetype start = pos;
        const int startLine = line;
        const RecordStatus status = readRecord(text, pos, line, fields);
        if (status != RecordStatus::Ok) {
            doc.problems.append({fileName,
                                 startLine,
                                 status == RecordStatus::UnterminatedQuote
                                     ? Tr::tr("unterminated quoted field; line skipped")
                                     : Tr::tr("field longer than %1 characters; line skipped")
                                           .arg(kMaxFieldChars)});
            pos = nextLine(text, start);
            line = startLine + 1;
            continue;
        }
        const bool blank = fields.size() == 1 && fields.first().trimmed().isEmpty();
        if (blank)
            continue;
        for (QString &field : fields)
            field = CsvWriter::readBack(field);
        doc.records.append({startLine, fields});
    }
    return doc;
}

CsvDocument CsvReader::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        CsvDocument doc;
        doc.problems.append({path, 0, Tr::tr("cannot open: %1").arg(file.errorString())});
        return doc;
    }
    if (file.size() > kMaxFileBytes) {
        CsvDocument doc;
        doc.problems.append(
            {path, 0, Tr::tr("file is larger than %1 MiB; not read").arg(kMaxFileBytes >> 20)});
        return doc;
    }
    return parse(file.readAll(), path);
}

} // namespace wbc
