#include "project/storebenchmark.h"

#include "project/projectstore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <vector>

namespace wbc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(StoreBenchmark)
};

QJsonObject failure(const QString &message)
{
    return {{QStringLiteral("error"), message}};
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t i = std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5));
    return values[i];
}

constexpr int kCellsPerImage = 10;

bool fill(ProjectStore &store, int cells, QList<qint64> *cellIds, QString *error)
{
    const int images = (cells + kCellsPerImage - 1) / kCellsPerImage;
    const bool ok = store.transaction([&] {
        const qint64 slide = store.ensureSlide(QStringLiteral("bench"));
        if (slide == 0)
            return false;
        for (int i = 0; i < images; ++i) {
            ImageRecord img;
            img.path = QStringLiteral("bench/field-%1.jpg").arg(i, 5, 10, QLatin1Char('0'));
            img.sha256 = QString::fromLatin1(
                QCryptographicHash::hash(img.path.toUtf8(), QCryptographicHash::Sha256).toHex());
            img.width = 640;
            img.height = 480;
            img.fileSize = 100000;
            img.slideId = slide;
            const qint64 imageId = store.addImage(img);
            if (imageId == 0)
                return false;
            QList<CellRecord> boxes;
            for (int c = 0; c < kCellsPerImage && cellIds->size() + boxes.size() < cells; ++c) {
                CellRecord r;
                r.imageId = imageId;
                r.kind = CellKind::Wbc;
                r.box = QRect(10 + 60 * c, 20, 50, 50);
                r.source = QStringLiteral("annotation");
                boxes.append(r);
            }
            if (!store.replaceCells(imageId, QStringLiteral("annotation"), boxes))
                return false;
            for (const CellRecord &c : store.cells(imageId)) {
                cellIds->append(c.id);
                if (!store.addCellLabel(c.id, CellLabel::ofClass(CellClass::Neutrophil),
                                        LabelOrigin::Import, QStringLiteral("bench")))
                    return false;
            }
        }
        return true;
    });
    if (!ok)
        *error = store.lastError();
    return ok;
}

} // namespace

QJsonObject benchmarkStore(const StoreBenchmarkParams &params)
{
    QJsonObject result{{QStringLiteral("project"), params.project}};
    QList<qint64> cellIds;
    double fillSeconds = 0;
    {
        ProjectStore store;
        QString error;
        if (!store.open(params.project, ProjectStore::OpenMode::OpenOrCreate, &error))
            return failure(error);
        if (!store.images().isEmpty())
            return failure(Tr::tr("%1: not empty; the store benchmark needs a new project")
                               .arg(store.path()));
        result.insert(QStringLiteral("backend"),
                      store.isShared() ? QStringLiteral("postgresql") : QStringLiteral("sqlite"));
        QElapsedTimer t;
        t.start();
        if (!fill(store, params.cells, &cellIds, &error))
            return failure(store.path() + QStringLiteral(": ") + error);
        fillSeconds = t.nsecsElapsed() / 1e9;

        // One label at a time, each its own committed transaction: what a key press costs.
        std::vector<double> ms;
        ms.reserve(size_t(params.roundTrips));
        static const CellClass classes[] = {CellClass::Lymphocyte, CellClass::Monocyte,
                                            CellClass::Eosinophil, CellClass::Neutrophil};
        for (int i = 0; i < params.roundTrips; ++i) {
            QElapsedTimer one;
            one.start();
            if (!store.addCellLabel(cellIds.at(i % cellIds.size()),
                                    CellLabel::ofClass(classes[i % 4]), LabelOrigin::Key,
                                    QStringLiteral("bench")))
                return failure(store.lastError());
            ms.push_back(one.nsecsElapsed() / 1e6);
        }
        result.insert(QStringLiteral("label_round_trip_ms"),
                      QJsonObject{{QStringLiteral("p50"), percentile(ms, 0.50)},
                                  {QStringLiteral("p99"), percentile(ms, 0.99)},
                                  {QStringLiteral("max"), percentile(ms, 1.0)},
                                  {QStringLiteral("n"), params.roundTrips}});
    }

    // Concurrent annotators: one thread and one connection each, overlapping cells.
    std::atomic<int> failures{0};
    std::atomic<int> done{0};
    QString firstError;
    std::vector<QThread *> threads;
    QElapsedTimer wall;
    wall.start();
    for (int a = 0; a < params.annotators; ++a) {
        threads.push_back(QThread::create([&, a] {
            ProjectStore store;
            QString error;
            if (!store.open(params.project, ProjectStore::OpenMode::OpenExisting, &error)) {
                if (failures++ == 0)
                    firstError = error;
                return;
            }
            for (int i = 0; i < params.labelsPerAnnotator; ++i) {
                const qint64 cell = cellIds.at((a * 37 + i * 7) % cellIds.size());
                if (store.addCellLabel(cell, CellLabel::ofClass(CellClass::Lymphocyte),
                                       LabelOrigin::Key, QStringLiteral("annotator-%1").arg(a)))
                    ++done;
                else if (failures++ == 0)
                    firstError = store.lastError();
            }
        }));
        threads.back()->start();
    }
    for (QThread *t : threads) {
        t->wait();
        delete t;
    }
    const double concurrentSeconds = wall.nsecsElapsed() / 1e9;
    result.insert(QStringLiteral("concurrent"),
                  QJsonObject{{QStringLiteral("annotators"), params.annotators},
                              {QStringLiteral("labels"), done.load()},
                              {QStringLiteral("failed"), failures.load()},
                              {QStringLiteral("first_error"), firstError},
                              {QStringLiteral("seconds"), concurrentSeconds},
                              {QStringLiteral("labels_per_s"), done.load() / concurrentSeconds}});

    // Opening: connect (and check the schema), then what the main window reads at once.
    QElapsedTimer open;
    open.start();
    ProjectStore store;
    QString error;
    if (!store.open(params.project, ProjectStore::OpenMode::OpenExisting, &error))
        return failure(error);
    const double connectMs = open.nsecsElapsed() / 1e6;
    const qsizetype images = store.images().size();
    qsizetype cells = 0;
    const QHash<qint64, QList<CellRecord>> white = store.whiteCellsByImage();
    for (const QList<CellRecord> &c : white)
        cells += c.size();
    const qsizetype labelled = store.currentCellLabels().size();
    store.effectiveFlags();
    store.slideSummaries();
    store.stats();
    result.insert(QStringLiteral("open"),
                  QJsonObject{{QStringLiteral("connect_ms"), connectMs},
                              {QStringLiteral("total_ms"), open.nsecsElapsed() / 1e6},
                              {QStringLiteral("images"), qint64(images)},
                              {QStringLiteral("cells"), qint64(cells)},
                              {QStringLiteral("labelled"), qint64(labelled)}});
    result.insert(QStringLiteral("fill_s"), fillSeconds);
    return result;
}

} // namespace wbc
