#pragma once

#include "base/cellclass.h"

#include <QKeySequence>
#include <QList>

#include <optional>

namespace wbc {

// What one labeling key does: label the image as a class, or clear its label.
struct LabelKey
{
    std::optional<CellClass> cls; // nullopt: clear the label
    QKeySequence key;
};

// The keyboard map for labeling: defaults 1 Neutrophil, 2 Eosinophil, 3 Lymphocyte, 4 Monocyte,
// 5 Basophil, 0 clear; in binary mode P Polynuclear, M Mononuclear, 0 clear. Each key can be
// changed in Preferences and is kept in the settings.
QList<LabelKey> labelKeys();
bool binaryLabelMode();
void setBinaryLabelMode(bool on);
QKeySequence defaultKeyFor(std::optional<CellClass> cls);
void setLabelKey(std::optional<CellClass> cls, const QKeySequence &key);
void resetLabelKeys();

} // namespace wbc
