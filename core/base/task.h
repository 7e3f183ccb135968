#pragma once

#include "base/cellclass.h"

#include <QStringList>

#include <optional>

namespace wbc {

// What a classifier is trained to tell apart. Binary: polynuclear (neutrophil, eosinophil) versus
// mononuclear (lymphocyte, monocyte). Four: those four classes. Basophils are too rare in the
// data and are excluded from both (classIndex() is -1).
enum class Task { Binary, Four };

// "binary" / "four", as on the command line and in model files.
QString taskName(Task task);
std::optional<Task> parseTask(QStringView text);

// Upper-case class names of the task in output order ("POLYNUCLEAR", "MONONUCLEAR" or the four
// cell class names).
QStringList taskClassNames(Task task);
int taskClassCount(Task task);
// Index of a cell class in the task's output, -1 when the class is not part of the task.
int taskClassIndex(Task task, CellClass cls);

} // namespace wbc
