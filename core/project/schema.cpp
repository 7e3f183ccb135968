#include "project/schema.h"

namespace wbc {

const QList<SchemaMigration> &schemaMigrations()
{
    static const QList<SchemaMigration> migrations = {
        // 0 -> 1: images, boxes and label history.
        {{
            QStringLiteral("CREATE TABLE meta (key VARCHAR(64) PRIMARY KEY, value TEXT)"),
            QStringLiteral(
                "CREATE TABLE images (id INTEGER PRIMARY KEY, path TEXT NOT NULL, "
                "sha256 CHAR(64) NOT NULL UNIQUE, width INTEGER NOT NULL, "
                "height INTEGER NOT NULL, file_size BIGINT NOT NULL, imported_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX images_path ON images (path)"),
            QStringLiteral(
                "CREATE TABLE cells (id INTEGER PRIMARY KEY, "
                "image_id INTEGER NOT NULL REFERENCES images (id) ON DELETE CASCADE, "
                "kind VARCHAR(16) NOT NULL, x INTEGER NOT NULL, y INTEGER NOT NULL, "
                "w INTEGER NOT NULL, h INTEGER NOT NULL, source VARCHAR(16) NOT NULL, "
                "score REAL NOT NULL DEFAULT 1.0, created_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX cells_image ON cells (image_id, source)"),
            QStringLiteral(
                "CREATE TABLE labels (id INTEGER PRIMARY KEY, "
                "image_id INTEGER NOT NULL REFERENCES images (id) ON DELETE CASCADE, "
                "label TEXT NOT NULL, source VARCHAR(16) NOT NULL, author TEXT NOT NULL, "
                "created_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX labels_image ON labels (image_id, id)"),
        }, {}},
        // 1 -> 2: multi-cell flags (detected or set by the user), training runs, models and
        // predictions.
        {{
            QStringLiteral(
                "CREATE TABLE image_flags (id INTEGER PRIMARY KEY, "
                "image_id INTEGER NOT NULL REFERENCES images (id) ON DELETE CASCADE, "
                "flag VARCHAR(8) NOT NULL, source VARCHAR(16) NOT NULL, author TEXT NOT NULL, "
                "created_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX image_flags_image ON image_flags (image_id, id)"),
            QStringLiteral(
                "CREATE TABLE runs (id INTEGER PRIMARY KEY, created_at TEXT NOT NULL, "
                "task VARCHAR(16) NOT NULL, model VARCHAR(32) NOT NULL, params TEXT NOT NULL, "
                "split TEXT, status VARCHAR(16) NOT NULL, finished_at TEXT, summary TEXT)"),
            QStringLiteral(
                "CREATE TABLE run_epochs (run_id INTEGER NOT NULL REFERENCES runs (id) "
                "ON DELETE CASCADE, epoch INTEGER NOT NULL, metrics TEXT NOT NULL, "
                "PRIMARY KEY (run_id, epoch))"),
            QStringLiteral(
                "CREATE TABLE models (id INTEGER PRIMARY KEY, "
                "run_id INTEGER REFERENCES runs (id) ON DELETE SET NULL, path TEXT NOT NULL, "
                "task VARCHAR(16) NOT NULL, arch VARCHAR(32) NOT NULL, metrics TEXT, "
                "created_at TEXT NOT NULL, active INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral(
                "CREATE TABLE predictions (id INTEGER PRIMARY KEY, "
                "image_id INTEGER NOT NULL REFERENCES images (id) ON DELETE CASCADE, "
                "model_id INTEGER NOT NULL REFERENCES models (id) ON DELETE CASCADE, "
                "predicted VARCHAR(16) NOT NULL, probabilities TEXT NOT NULL, "
                "created_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX predictions_image ON predictions (image_id, model_id)"),
        }, {}},
        // 2 -> 3: the cell and the slide become the unit. Slides (specimens) group images; each
        // white cell has its own label history and predictions; boxes a person edited keep who
        // and when; deleted boxes are kept (deleted_at) so undo and the history lose nothing;
        // image-level multi-cell labels that could not be resolved stay as notes. The v2 table
        // `labels` stays as it was (read-only archive of the image-level history).
        {{
            QStringLiteral(
                "CREATE TABLE slides (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, "
                "specimen TEXT NOT NULL DEFAULT '', collected_on TEXT NOT NULL DEFAULT '', "
                "stain TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT '', "
                "created_at TEXT NOT NULL)"),
            QStringLiteral("ALTER TABLE images ADD COLUMN slide_id INTEGER REFERENCES slides (id)"),
            QStringLiteral("CREATE INDEX images_slide ON images (slide_id)"),
            QStringLiteral("ALTER TABLE cells ADD COLUMN edited_by TEXT"),
            QStringLiteral("ALTER TABLE cells ADD COLUMN edited_at TEXT"),
            QStringLiteral("ALTER TABLE cells ADD COLUMN deleted_at TEXT"),
            QStringLiteral(
                "CREATE TABLE cell_labels (id INTEGER PRIMARY KEY, "
                "cell_id INTEGER NOT NULL REFERENCES cells (id) ON DELETE CASCADE, "
                "label VARCHAR(16) NOT NULL, origin VARCHAR(16) NOT NULL, author TEXT NOT NULL, "
                "created_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX cell_labels_cell ON cell_labels (cell_id, id)"),
            QStringLiteral(
                "ALTER TABLE predictions ADD COLUMN cell_id INTEGER REFERENCES cells (id) "
                "ON DELETE CASCADE"),
            QStringLiteral("CREATE INDEX predictions_cell ON predictions (cell_id, model_id)"),
            QStringLiteral(
                "CREATE TABLE image_notes (image_id INTEGER PRIMARY KEY REFERENCES images (id) "
                "ON DELETE CASCADE, unresolved_label TEXT NOT NULL, created_at TEXT NOT NULL)"),
        },
         migrateImageLabelsToCells},
        // 3 -> 4: label audits (core/review/labelaudit.h). An audit run keeps its parameters and
        // summary; each audited cell its out-of-fold probabilities, label quality and rank, so a
        // later audit can be compared with it. `ranking` is 1 for the most likely mislabelled.
        {{
            QStringLiteral(
                "CREATE TABLE audit_runs (id INTEGER PRIMARY KEY, created_at TEXT NOT NULL, "
                "task VARCHAR(16) NOT NULL, folds INTEGER NOT NULL, seed BIGINT NOT NULL, "
                "params TEXT NOT NULL, status VARCHAR(16) NOT NULL, finished_at TEXT, "
                "summary TEXT)"),
            QStringLiteral(
                "CREATE TABLE audit_cells (audit_id INTEGER NOT NULL REFERENCES audit_runs (id) "
                "ON DELETE CASCADE, cell_id INTEGER NOT NULL REFERENCES cells (id) "
                "ON DELETE CASCADE, ranking INTEGER NOT NULL, fold INTEGER NOT NULL, "
                "label VARCHAR(16) NOT NULL, suggested VARCHAR(16) NOT NULL, score REAL NOT NULL, "
                "probabilities TEXT NOT NULL, PRIMARY KEY (audit_id, cell_id))"),
            QStringLiteral("CREATE INDEX audit_cells_rank ON audit_cells (audit_id, ranking)"),
            QStringLiteral("CREATE INDEX audit_cells_cell ON audit_cells (cell_id)"),
            // A label set while reviewing an audit's suspects names the audit (else NULL).
            QStringLiteral("ALTER TABLE cell_labels ADD COLUMN audit_id INTEGER "
                           "REFERENCES audit_runs (id) ON DELETE SET NULL"),
        }, {}},
        // 4 -> 5: whole-slide images (core/slide/). A slide file is one image whose width and
        // height are its level-0 size; slide_files says it is one, with its vendor and pixel
        // size (openslide.mpp-x, NULL when the file does not say). slide_scans keeps a scan's
        // progress (SlideScanState as JSON: tiles done, cells found) so a cancelled scan
        // continues. cell_crops keeps each scanned cell's crop as PNG with its rectangle in
        // level-0 pixels, so gallery, training and prediction never decode the slide for it.
        {{
            QStringLiteral(
                "CREATE TABLE slide_files (image_id INTEGER PRIMARY KEY REFERENCES images (id) "
                "ON DELETE CASCADE, vendor TEXT NOT NULL, microns_per_pixel REAL, "
                "levels INTEGER NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE slide_scans (image_id INTEGER PRIMARY KEY REFERENCES images (id) "
                "ON DELETE CASCADE, state TEXT NOT NULL, complete INTEGER NOT NULL DEFAULT 0, "
                "updated_at TEXT NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE cell_crops (cell_id INTEGER PRIMARY KEY REFERENCES cells (id) "
                "ON DELETE CASCADE, x INTEGER NOT NULL, y INTEGER NOT NULL, w INTEGER NOT NULL, "
                "h INTEGER NOT NULL, png BLOB NOT NULL)"),
        }, {}},
    };
    return migrations;
}

} // namespace wbc
