#pragma once

#include <QString>

#include <functional>

namespace wbc {

class ProjectStore;

// Copies a whole project (slides, images, cells, label histories with their authors and times,
// flags, notes, runs and their epochs, models' records, predictions, label audits) into a new,
// empty project: SQLite to PostgreSQL, back, or between two of either. Ids are kept, so the copy
// is the same project row for row; image and model paths are re-based so they name the same
// files (a shared project's dataset root becomes the source's folder). One transaction: a
// failure leaves the target empty. Into PostgreSQL only its owner can copy (authors are kept
// through the wbc.preserve_authors session setting, which the server honours for the owner only).
// progress(table, rows) after each table. Returns false with error naming the table.
bool copyProject(ProjectStore &from, ProjectStore &to, QString *error,
                 const std::function<void(const QString &, qint64)> &progress = {});

// The tables copyProject copies, in an order that keeps foreign keys valid.
const QStringList &projectTables();

} // namespace wbc
