#pragma once

#include "base/cellclass.h"
#include "base/celllabel.h"
#include "detection/detectionevaluation.h"
#include "dataset/vocreader.h"
#include "project/projectlocation.h"
#include "project/projectrole.h"

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
    qint64 slideId = 0; // 0: none (only while importing)
};

// A slide (specimen): one patient's smear. Every image belongs to one.
struct SlideRecord
{
    qint64 id = 0;
    QString name; // unique; import names it by the folder's path below the dataset
    QString specimen; // patient or specimen id, optional
    QString collectedOn; // date, free text (ISO 8601 by convention)
    QString stain;
    QString notes;
};

// A slide with its counts of images, white cells and labelled white cells.
struct SlideSummary
{
    SlideRecord slide;
    int images = 0;
    int cells = 0;
    int labelled = 0; // white cells whose current label is set (class or special)
};

// A box on an image: from an annotation file, from detection, drawn by a person, or (for a
// white cell whose image had a label but no box) the whole field. A white-cell box is a cell:
// it carries its own label history and predictions.
struct CellRecord
{
    qint64 id = 0;
    qint64 imageId = 0;
    CellKind kind = CellKind::Wbc;
    QRect box;
    QString source; // "annotation", "detected", "user", "field"
    double score = 1.0;
    QString editedBy; // who last moved or resized it (empty: nobody); set with updateCell
    QDateTime editedAt;

    bool isWholeField() const { return source == u"field"; }
};

// One entry of a white cell's label history. The newest entry is the cell's current label.
struct CellLabelRecord
{
    qint64 id = 0;
    qint64 cellId = 0;
    qint64 imageId = 0;
    CellLabel label;
    LabelOrigin origin = LabelOrigin::Key;
    QString author;
    QDateTime createdAt;
    qint64 auditId = 0; // the label audit whose suspect this decided (origin audit); 0: none
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
    // "detected" (or "import"), "user" (a person's override), "undo" (an undo that brought a
    // person's flag back) or "undo-detection" (an undo that withdrew the overrides before it:
    // `flag` is the one withdrawn, and detection's flag counts again).
    QString source;
    QString author;
    QDateTime createdAt;

    // A person's flag: overrides detection.
    bool isPersons() const { return source == u"user" || source == u"undo"; }
    bool isWithdrawal() const { return source == u"undo-detection"; }
};

// A whole-slide image (schema 5): the image record holds its level-0 size (core/slide/).
struct SlideFileRecord
{
    qint64 imageId = 0;
    QString vendor; // openslide.vendor
    std::optional<double> micronsPerPixel; // openslide.mpp-x; unset when the file does not say
    int levels = 0;
};

// A scanned cell's cached crop: PNG of `rect` (level-0 pixels of its slide, around the box).
struct CellCropRecord
{
    qint64 cellId = 0;
    QRect rect;
    QByteArray png;
};

// A model's prediction for one white cell (table predictions; cellId 0 for the image-level
// predictions of schema 2, kept as they were). Binary models predict the group classes
// (Polynuclear/Mononuclear), four-class models the cell classes.
struct PredictionRecord
{
    qint64 id = 0;
    qint64 imageId = 0;
    qint64 cellId = 0;
    qint64 modelId = 0;
    CellClass predicted = CellClass::Neutrophil;
    QList<QPair<CellClass, double>> probabilities; // the model's class order, sums to 1
    QString createdAt;                             // ISO 8601 UTC; set on storing when empty

    double confidence() const; // probability of `predicted`, 0 when it is not listed
};

// An annotator's latest label of one white cell (agreement, adjudication, training labels).
// Adjudication entries are not an annotator's label and are left out.
struct AnnotatorLabel
{
    qint64 cellId = 0;
    QString annotator; // the label's author
    CellLabel label;
    qint64 labelId = 0; // the history entry
};

struct ProjectStats
{
    int images = 0;
    QMap<CellClass, int> singleLabeled; // images whose current label is exactly one class
    int multiCellLabeled = 0; // images labelled with several classes, or with an unresolved note
    int unlabeled = 0;
    int wbcBoxes = 0; // annotated white-cell boxes
    int slides = 0;
    int cells = 0; // white cells
    QMap<QString, int> cellsLabelled; // by label name (classes and special choices)
    int cellsUnlabelled = 0;
};

// A WBC Studio project: one SQLite file (WAL, foreign keys, synchronous=FULL) with a schema
// version and forward migrations. Every write runs in a transaction, so a crash at any moment
// leaves the last committed state. One object owns one connection and must be used from the
// thread that opened it. SQL is kept to standard forms for a later PostgreSQL store.
class ProjectStore
{
public:
    static constexpr int kSchemaVersion = 5; // 4: label audits, 5: slide files (core/slide/)
    static const QString kSuffix; // ".wbc"

    ProjectStore();
    ~ProjectStore();
    ProjectStore(const ProjectStore &) = delete;
    ProjectStore &operator=(const ProjectStore &) = delete;

    // ReadOnly: an existing project, never written (another instance holds its ProjectLock).
    enum class OpenMode { OpenOrCreate, OpenExisting, ReadOnly };
    // Opens (and migrates) or creates a project. On failure returns false and error names the
    // file and what is wrong (not a project, newer schema, corrupt, ...).
    // path: a project file or a postgresql:// URL (projectlocation.h). A shared project is
    // created (schema and its security) only in an empty database the connecting role owns.
    bool open(const QString &path, OpenMode mode = OpenMode::OpenOrCreate,
              QString *error = nullptr);
    bool open(const ProjectLocation &location, OpenMode mode = OpenMode::OpenOrCreate,
              QString *error = nullptr);
    // For tests of migrations: creates a new project at an older schema version.
    static bool createAtVersion(const QString &path, int version, QString *error = nullptr);
    void close();

    bool isOpen() const { return m_db.isOpen(); }
    bool isReadOnly() const { return m_readOnly; }
    // The file's absolute path, or a shared project's URL (never with a password).
    QString path() const { return m_path; }
    ProjectLocation location() const { return m_location; }
    bool isShared() const { return m_location.isShared(); }
    // Who is connected: the PostgreSQL session user for a shared project, else
    // currentUserName(). What the server records as the author of their labels.
    QString userName() const;
    // The connected user's role in the project (projectrole.h); Owner for an SQLite project.
    ProjectRole role() const { return m_role; }
    // Blind mode (shared projects): annotators see only their own labels. Owner only.
    bool blindMode() const;
    bool setBlindMode(bool on);
    // Shared projects: where this client finds the images. Image paths are stored relative to
    // the dataset root (meta "dataset_root", the folder of the first import); a client maps it
    // to its own path (Preferences, per project) with setDatasetRoot. Files: the project's folder.
    void setDatasetRoot(const QString &localPath);
    QString storedDatasetRoot() const { return meta(QStringLiteral("dataset_root")); }
    // Shared projects: a cheap round trip to the server; false when the connection is gone.
    bool ping();
    // Shared projects, any thread: opens a second, short-lived connection like this store's (same
    // server, role and password, cloned from `connectionName`) and runs one query. What a
    // keepalive runs off the GUI thread, so a cut network never freezes a window.
    static bool probe(const QString &connectionName, QString *error = nullptr);
    QString connectionName() const { return m_connectionName; }
    // Shared projects: closes and opens the connection again (after a server restart).
    bool reconnect(QString *error = nullptr);
    // Shared projects (projectshared.cpp): gives an existing PostgreSQL role its rights for `role`
    // (GRANTs; the policies read the members table), or takes them (ProjectRole::None). Only the
    // database's owner can; it creates no role (the lab's administrator does, CREATE ROLE).
    bool grantRole(const QString &member, ProjectRole role);
    // Shared projects: each member and their role, by name (the database's owner included).
    QList<QPair<QString, ProjectRole>> members() const;
    QDir baseDir() const;
    int schemaVersion() const;
    QString lastError() const { return m_lastError; }
    QSqlDatabase database() const { return m_db; }

    // Runs fn inside one transaction; commits when it returns true, rolls back otherwise.
    bool transaction(const std::function<bool()> &fn);

    // Paths
    QString storedPath(const QString &absolutePath) const;
    QString absolutePath(const ImageRecord &image) const;
    // Whether an image's stored path is absolute or leaves the project's folder (a shared
    // project: its dataset root). A project file is input: such a path is shown as what it is,
    // and the app only ever reads the file it names.
    bool isOutsideRoot(const ImageRecord &image) const;

    // Images
    std::optional<ImageRecord> imageByHash(const QString &sha256) const;
    std::optional<ImageRecord> image(qint64 id) const;
    QList<ImageRecord> images() const;
    qint64 addImage(const ImageRecord &image); // returns the new id, 0 on error
    bool setImageSlide(qint64 imageId, qint64 slideId);

    // Slides (projectslides.cpp)
    QList<SlideRecord> slides() const; // by name
    std::optional<SlideRecord> slide(qint64 id) const;
    std::optional<SlideRecord> slideByName(const QString &name) const;
    // The slide of that name, created when missing; 0 on error.
    qint64 ensureSlide(const QString &name);
    // Renames or edits a slide; fails (lastError) when another slide has the name.
    bool updateSlide(const SlideRecord &slide);
    // Removes slides that hold no image.
    bool removeEmptySlides();
    QList<SlideSummary> slideSummaries() const;

    // Boxes (projectcells.cpp). Deleted boxes are kept, marked, and left out of every query,
    // so a deleted white cell's label history survives and undo restores the same cell.
    QList<CellRecord> cells(qint64 imageId, const QString &source = {}) const;
    // Replaces the boxes of one source on an image (import, detection). White cells that carry
    // a label history are kept (a new box overlapping one by IoU >= 0.5 is not added again).
    bool replaceCells(qint64 imageId, const QString &source, const QList<CellRecord> &cells);
    std::optional<CellRecord> cell(qint64 cellId) const;
    // The images of these cells (deleted boxes too), each once: what a notification of changed
    // cells refreshes.
    QList<qint64> imagesOfCells(const QList<qint64> &cellIds) const;
    // Single-box edits by a person (each in its own transaction). addCell returns the new id.
    qint64 addCell(const CellRecord &cell);
    // Box, kind, source and score of cell.id; with cell.editedBy, records who and when.
    bool updateCell(const CellRecord &cell);
    bool deleteCell(qint64 cellId);
    bool restoreCell(qint64 cellId);

    // White cells: the WBC boxes of an image, one per cell (a detected box that repeats an
    // annotated or drawn one, IoU >= 0.5, is the same cell and left out unless it was labelled
    // itself), in id order. The one definition training, prediction, review, the gallery and
    // the report share.
    QList<CellRecord> whiteCells(qint64 imageId) const;
    QHash<qint64, QList<CellRecord>> whiteCellsByImage() const; // by image id
    // The whole-field cell of an image, created when missing (0 on error).
    qint64 ensureWholeFieldCell(qint64 imageId);

    // Cell labels (append-only history; projectcells.cpp). addCellLabel appends in its own
    // transaction unless one is already open. auditId: the label audit (audithistory.h) whose
    // suspect this label decides, 0 for none.
    bool addCellLabel(qint64 cellId, const CellLabel &label, LabelOrigin origin,
                      const QString &author, qint64 auditId = 0);
    std::optional<CellLabelRecord> currentCellLabel(qint64 cellId) const;
    QHash<qint64, CellLabelRecord> currentCellLabels() const; // by cell id
    QList<CellLabelRecord> cellLabelHistory(qint64 cellId) const;
    QList<CellLabelRecord> imageCellLabelHistory(qint64 imageId) const; // all its cells

    // Image-level multi-cell labels that could not be put on cells (import, migration): shown as
    // a hint while the image "needs per-cell labels". Empty text removes the note.
    QHash<qint64, QString> unresolvedLabels() const;
    bool setUnresolvedLabel(qint64 imageId, const QString &text);

    // Image labels, derived from the cells: the classes of its labelled white cells in cell
    // order (so one class for a field with one labelled cell). Source, author and time are the
    // newest cell label's. Images without any cell label entry are absent.
    std::optional<LabelRecord> currentLabel(qint64 imageId) const;
    QHash<qint64, LabelRecord> currentLabels() const;
    // The image's cells' label histories as image-level entries, oldest first.
    QList<LabelRecord> labelHistory(qint64 imageId) const;
    // Labels an image's white cells: one class (or none) labels each white cell (a whole-field
    // cell is made when it has none); as many classes as it has white cells labels them in
    // order; otherwise the classes are kept as an unresolved note. source: a LabelOrigin name.
    bool addLabel(qint64 imageId, const ImageLabel &label, const QString &source,
                  const QString &author);

    // Flags (append-only history). The effective flag is the newest one a person set (since the
    // last withdrawal by undo), else the newest from detection: re-running detection never
    // undoes a person's override.
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
    // Records with a cellId replace that cell's prediction, others the image-level one.
    bool replacePredictions(qint64 modelId, const QList<PredictionRecord> &records);
    // By image id: the prediction of the image's single predicted white cell (images with
    // several predicted cells are absent), else an image-level one of schema 2.
    QHash<qint64, PredictionRecord> predictions(qint64 modelId) const;
    // By cell id: the newest prediction of each white cell.
    QHash<qint64, PredictionRecord> cellPredictions(qint64 modelId) const;

    ProjectStats stats() const;

    // For DatasetImporter (projectcells.cpp): the boxes of an image that a person deleted, in id
    // order, so a re-import can tell a person's deletion from a box the annotation file adds.
    QList<CellRecord> deletedCells(qint64 imageId) const;

    // Annotators (projectannotators.cpp): each author's latest label of each live white cell,
    // adjudications left out (so a reviewer's adjudication is not counted as their own vote).
    QList<AnnotatorLabel> annotatorLabels() const;

    // Whole-slide images (projectslidefiles.cpp). A slide file's scan state (SlideScanState as
    // JSON) is kept while it runs so a cancelled scan continues; complete once every tile is.
    bool addSlideFile(const SlideFileRecord &slide);
    std::optional<SlideFileRecord> slideFile(qint64 imageId) const;
    QHash<qint64, SlideFileRecord> slideFiles() const; // by image id
    bool setSlideScan(qint64 imageId, const QByteArray &state, bool complete);
    QByteArray slideScan(qint64 imageId, bool *complete = nullptr) const; // empty: never scanned
    bool setCellCrop(const CellCropRecord &crop);
    QHash<qint64, CellCropRecord> cellCrops(const QList<qint64> &cellIds) const; // by cell id

    QString meta(const QString &key) const;
    bool setMeta(const QString &key, const QString &value);

private:
    bool fail(const QString &message) const;
    bool migrate(int from, int to);
    bool configureConnection();
    bool openShared(const ProjectLocation &location, OpenMode mode, QString *error);
    bool openSharedConnection(QString *error);

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    ProjectLocation m_location;
    ProjectRole m_role = ProjectRole::Owner;
    QString m_datasetRoot; // shared projects: this client's mapping (empty: stored root)
    bool m_readOnly = false;
    int m_transactionDepth = 0;
    mutable QString m_lastError;
};

// resolveUserName() without a command-line name (base/identity.h): empty when there is none.
QString currentUserName();

} // namespace wbc
