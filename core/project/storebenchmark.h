#pragma once

#include <QJsonObject>
#include <QString>

namespace wbc {

struct StoreBenchmarkParams
{
    QString project; // a new project file or the URL of an empty database
    int cells = 20000; // white cells to create (10 per image)
    int roundTrips = 1000; // sequential labels timed one by one
    int annotators = 8; // concurrent writers, each with its own connection (thread)
    int labelsPerAnnotator = 250;
};

// `wbc bench store`: fills a new project with synthetic rows (images without files, cells,
// one imported label per cell), then measures on it: the latency of one label (addCellLabel,
// a committed transaction: p50/p99 ms), the throughput of concurrent annotators (labels/s, each
// on its own connection), and the time to open the project and read what the main window reads
// when it opens (images, white cells, current labels, flags, slides, stats). Same operations on
// SQLite and PostgreSQL, so the two can be compared side by side. Returns {"error": ...} on
// failure.
QJsonObject benchmarkStore(const StoreBenchmarkParams &params);

} // namespace wbc
