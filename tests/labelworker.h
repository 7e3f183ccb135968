#pragma once

#include <cstdio>

#include <QElapsedTimer>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QThread>
#include <QVariant>

#include "base/celllabel.h"
#include "project/projectstore.h"

// The annotator worker of tst_sharedconcurrency: the test binary run again with --label-worker,
// one process per annotator, each with its own connection; and what the test reads back.
namespace wbc::test {

// The classes the workers label with, in turn.
inline const QList<CellClass> &workerClasses()
{
    static const QList<CellClass> classes = { CellClass::Neutrophil,
        CellClass::Eosinophil,
        CellClass::Lymphocyte,
        CellClass::Monocyte,
        CellClass::Basophil };
    return classes;
}

// What worker label number SEQ labels: cell (SEQ + OFFSET) mod the cells, with the class of
// round SEQ / cells. Distinct SEQs give distinct (cell, label) pairs while SEQ < 5 * cells, so
// one author's (cell, label) names one acknowledged label.
inline QPair<qint64, CellLabel> workerLabel(const QList<qint64> &cells, int seq, int offset)
{
    const qint64 cell = cells.at((seq + offset) % cells.size());
    const CellClass cls = workerClasses().at((seq / int(cells.size())) % workerClasses().size());
    return { cell, CellLabel::ofClass(cls) };
}

inline void workerSay(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

// The worker: --label-worker URL CELL_IDS(comma-separated) COUNT OFFSET DELAY_MS [WAIT_FOR_GO].
// Opens its own store and labels COUNT times (sleeping DELAY_MS after each), printing "ack SEQ CELL
// LABEL" once each label is committed, "fail SEQ MS error" when a label is refused (MS: how long
// the call took), then reconnects (every 200 ms, for up to 120 s; "reconnected") and goes on with
// the next SEQ (the failed one is not repeated: whether it was committed is unknown). With
// WAIT_FOR_GO it says "ready" and waits for a line on stdin first, so several workers start
// together. Exit 0 when done ("done"), 2 when it cannot open the project, 3 when the server does
// not come back.
inline int labelWorker(const QStringList &args)
{
    if (args.size() < 5) {
        workerSay(QStringLiteral("usage: --label-worker URL CELLS COUNT OFFSET DELAY_MS [go]"));
        return 2;
    }
    QList<qint64> cells;
    for (const QString &id : args.at(1).split(u','))
        cells.append(id.toLongLong());
    const int count = args.at(2).toInt();
    const int offset = args.at(3).toInt();
    const int delayMs = args.at(4).toInt();
    ProjectStore store;
    QString error;
    if (!store.open(args.at(0), ProjectStore::OpenMode::OpenExisting, &error)) {
        workerSay(QStringLiteral("error ") + error);
        return 2;
    }
    if (args.size() > 5) {
        workerSay(QStringLiteral("ready"));
        char line[16];
        if (!std::fgets(line, sizeof line, stdin))
            return 2;
    }
    for (int seq = 0; seq < count; ++seq) {
        const auto [cell, label] = workerLabel(cells, seq, offset);
        QElapsedTimer timer;
        timer.start();
        if (store.addCellLabel(cell, label, LabelOrigin::Key, QStringLiteral("worker"))) {
            workerSay(QStringLiteral("ack %1 %2 %3").arg(seq).arg(cell).arg(label.name()));
            if (delayMs > 0)
                QThread::msleep(delayMs);
            continue;
        }
        workerSay(QStringLiteral("fail %1 %2 %3")
                      .arg(seq)
                      .arg(timer.elapsed())
                      .arg(store.lastError().simplified()));
        QElapsedTimer away;
        away.start();
        while (!store.reconnect()) {
            if (away.elapsed() > 120000)
                return 3;
            QThread::msleep(200);
        }
        workerSay(QStringLiteral("reconnected"));
    }
    workerSay(QStringLiteral("done"));
    return 0;
}

// One acknowledged label of a worker.
struct WorkerAck
{
    int seq = 0;
    qint64 cell = 0;
    QString label;
};

// The "ack" lines of a worker's output, in order.
inline QList<WorkerAck> parseAcks(const QByteArray &output)
{
    QList<WorkerAck> acks;
    for (const QByteArray &line : output.split('\n')) {
        const QList<QByteArray> f = line.trimmed().split(' ');
        if (f.size() == 4 && f.at(0) == "ack")
            acks.append({ f.at(1).toInt(), f.at(2).toLongLong(), QString::fromUtf8(f.at(3)) });
    }
    return acks;
}

// One row of cell_labels as the owner reads it.
struct LabelRow
{
    qint64 id = 0;
    qint64 cell = 0;
    QString label;
    QString author;
};

inline QList<LabelRow> labelRows(const QSqlDatabase &db, QString *error)
{
    QList<LabelRow> rows;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT id, cell_id, label, author FROM cell_labels ORDER BY id"))) {
        *error = q.lastError().text();
        return rows;
    }
    while (q.next())
        rows.append({ q.value(0).toLongLong(),
            q.value(1).toLongLong(),
            q.value(2).toString(),
            q.value(3).toString() });
    return rows;
}

} // namespace wbc::test
