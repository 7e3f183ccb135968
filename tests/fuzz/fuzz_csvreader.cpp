// libFuzzer target: CsvReader::parse on arbitrary bytes (labels.csv comes from the user).
// Beyond "no crash, no sanitizer report": records come in order with plausible line numbers,
// no field exceeds the limit, and what CsvWriter writes (quoted, neutralised for spreadsheets)
// reads back unchanged.
#include "base/csvwriter.h"
#include "dataset/csvreader.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data),
                                                     qsizetype(size));
    const wbc::CsvDocument doc = wbc::CsvReader::parse(bytes, QStringLiteral("fuzz.csv"));
    int previous = 0;
    const qsizetype maxLine = bytes.count('\n') + bytes.count('\r') + 1;
    for (const wbc::CsvRecord &r : doc.records) {
        if (r.line <= previous || r.line > maxLine || r.fields.isEmpty())
            std::abort();
        for (const QString &f : r.fields) {
            if (f.size() > wbc::CsvReader::kMaxFieldChars)
                std::abort();
        }
        previous = r.line;
    }
    if (!doc.records.isEmpty()) {
        const QStringList &fields = doc.records.first().fields;
        wbc::CsvWriter writer;
        writer.row(fields);
        const wbc::CsvDocument back = wbc::CsvReader::parse(writer.data(), QStringLiteral("back.csv"));
        if (back.records.size() != 1 || back.records.first().fields != fields)
            std::abort();
    }
    return 0;
}
