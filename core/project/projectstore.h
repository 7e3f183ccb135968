#pragma once

#include "base/cellclass.h"
#include "detection/detectionevaluation.h"
#include "dataset/vocreader.h"

#include <QDateTime>
#include <QDir>
#include <QHash>
#include <QList>
#include <QMap>
#include <QPair>
#include <QRect>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

namespace wbc {

struct ImageRecord
{
    qint64 id = 0;
    QString path; // as stored: relative to the project file's folder when possible
    QString sha256;
    int width = 0;
    int height = 0;
    qint64 fileSize = 0;
    QDateTime importedAt;
};

// A box on an image: from an annotation file, from detection, or drawn by the user.
struct CellRecord
{
    qint64 id = 0;
    qint64 imageId = 0;
    CellKind kind = CellKind::Wbc;
    QRect box;
    QString source; // "annotation", "detected", "user"
    double score = 1.0;
};

// One entry of an image's label history. The newest entry is the current label.
struct LabelRecord
{
    qint64 id = 0;
    qint64 imageId = 0;
    ImageLabel label;
    QString source; // "import", "user", "review"
    QString author;
    QDateTime createdAt;
};

// One entry of an image's multi-cell flag history: from detection or set by a person.
struct FlagRecord
{
    qint64 id = 0;
    qint64 imageId = 0;
    CellCountFlag flag = CellCountFlag::Single;
    QString source; // "detected" or "user"
    QString author;
    QDateTime createdAt;
};

// A model's prediction for one image (table predictions). Binary models predict the group
// classes (Polynuclear/Mononuclear), four-class models the cell classes.
struct PredictionRecord
{
    qint64 id = 0;
    qint64 imageId = 0;
    qint64 modelId = 0;
    CellClass predicted = CellClass::Neutrophil;
    QList<QPair<CellClass, double>> probabilities; // the model's class order, sums to 1
    QString createdAt;                             // ISO 8601 UTC; set on storing when empty

    double confidence() const; // probability of `predicted`, 0 when it is not listed
};

struct ProjectStats
{
    int images = 0;
    QMap<CellClass, int> singleLabeled; // images whose current label is exactly one class
    int multiCellLabeled = 0;
    int unlabeled = 0;
    int wbcBoxes = 0;
};

// A WBC Studio project: one SQLite file (WAL, foreign keys, synchronous=FULL) with a schema
// version and forward migrations. Every write runs in a transaction, so a crash at any moment
// leaves the last committed state. One object owns one connection and must be used from the
// thread that opened it. SQL is kept to standard forms for a later PostgreSQL store.
class ProjectStore
{
public:
    static constexpr int kSchemaVersion = 2;
    static const QString kSuffix; // ".wbc"

    ProjectStore();
    ~ProjectStore();
    ProjectStore(const ProjectStore &) = delete;
    ProjectStore &operator=(const ProjectStore &) = delete;

    // ReadOnly: an existing project, never written (another instance holds its ProjectLock).
    enum class OpenMode { OpenOrCreate, OpenExisting, ReadOnly };
    // Opens (and migrates) or creates a project. On failure returns false and error names the
    // file and what is wrong (not a project, newer schema, corrupt, ...).
    bool open(const QString &path, OpenMode mode = OpenMode::OpenOrCreate,
              QString *error = nullptr);
    // For tests of migrations: creates a new project at an older schema version.
    static bool createAtVersion(const QString &path, int version, QString *error = nullptr);
    void close();

    bool isOpen() const { return m_db.isOpen(); }
    bool isReadOnly() const { return m_readOnly; }
    QString path() const { return m_path; }
    QDir baseDir() const;
    int schemaVersion() const;
    QString lastError() const { return m_lastError; }
    QSqlDatabase database() const { return m_db; }

    // Runs fn inside one transaction; commits when it returns true, rolls back otherwise.
    bool transaction(const std::function<bool()> &fn);

    // Paths
    QString storedPath(const QString &absolutePath) const;
    QString absolutePath(const ImageRecord &image) const;

    // Images
    std::optional<ImageRecord> imageByHash(const QString &sha256) const;
    std::optional<ImageRecord> image(qint64 id) const;
    QList<ImageRecord> images() const;
    qint64 addImage(const ImageRecord &image); // returns the new id, 0 on error

    // Cells
    QList<CellRecord> cells(qint64 imageId, const QString &source = {}) const;
    // Replaces every box of one source on an image (used by import and detection).
    bool replaceCells(qint64 imageId, const QString &source, const QList<CellRecord> &cells);
    std::optional<CellRecord> cell(qint64 cellId) const;
    // Single-box edits by a person (each in its own transaction). addCell returns the new id.
    qint64 addCell(const CellRecord &cell);
    bool updateCell(const CellRecord &cell); // box, kind, source and score of cell.id
    bool deleteCell(qint64 cellId);

    // Labels (append-only history)
    std::optional<LabelRecord> currentLabel(qint64 imageId) const;
    QHash<qint64, LabelRecord> currentLabels() const;
    QList<LabelRecord> labelHistory(qint64 imageId) const;
    // Appends a history entry in its own transaction unless one is already open.
    bool addLabel(qint64 imageId, const ImageLabel &label, const QString &source,
                  const QString &author);

    // Flags (append-only history). The effective flag is the newest one a person set, else the
    // newest from detection: re-running detection never undoes a person's override.
    // Returns the new entry's id, 0 on error.
    qint64 addFlag(qint64 imageId, CellCountFlag flag, const QString &source, const QString &author);
    // Undo of a person's override only: removes that entry so the detected flag shows again.
    bool removeFlag(qint64 flagId);
    std::optional<FlagRecord> effectiveFlag(qint64 imageId) const;
    QHash<qint64, FlagRecord> effectiveFlags() const;
    QList<FlagRecord> flagHistory(qint64 imageId) const;

    // Predictions (a model's output per image). replacePredictions stores the records in one
    // transaction, replacing that model's previous predictions for the same images (the
    // records' modelId is ignored). predictions() gives the newest per image of that model.
    bool replacePredictions(qint64 modelId, const QList<PredictionRecord> &records);
    QHash<qint64, PredictionRecord> predictions(qint64 modelId) const;

    ProjectStats stats() const;

    QString meta(const QString &key) const;
    bool setMeta(const QString &key, const QString &value);

private:
    bool fail(const QString &message) const;
    bool migrate(int from, int to);
    bool configureConnection();

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    bool m_readOnly = false;
    int m_transactionDepth = 0;
    mutable QString m_lastError;
};

QString currentUserName();

} // namespace wbc
