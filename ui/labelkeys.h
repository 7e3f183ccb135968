#pragma once

#include "base/cellclass.h"
#include "base/celllabel.h"

#include <QKeySequence>
#include <QList>

namespace wbc {

// What one labeling key does: label the selected cells with a class or a special choice
// (unidentified, not counted), or clear their label (an unlabelled CellLabel).
struct LabelKey
{
    CellLabel label;
    QKeySequence key;
};

// The keyboard map for labeling: defaults 1 Neutrophil, 2 Eosinophil, 3 Lymphocyte, 4 Monocyte,
// 5 Basophil (in binary mode P Polynuclear, M Mononuclear), then 6 Unidentified, 7 smudge cell,
// 8 artefact, 9 damaged cell (not counted), 0 clear. Each key can be changed in Preferences and
// is kept in the settings.
QList<LabelKey> labelKeys();
bool binaryLabelMode();
void setBinaryLabelMode(bool on);
QKeySequence defaultKeyFor(const CellLabel &label);
void setLabelKey(const CellLabel &label, const QKeySequence &key);
void resetLabelKeys();
// What a key does, for menus, the legend and Preferences: "Neutrophil", "Clear label", ...
QString labelKeyDisplayName(const CellLabel &label);

} // namespace wbc
