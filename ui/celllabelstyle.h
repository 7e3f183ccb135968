#pragma once

#include "base/celllabel.h"

#include <QColor>
#include <QString>

// How a white cell's label looks on its box in the viewer and on the thumbnail badges: a class
// takes its class colour and code (cellclassstyle.h); the special choices and "unlabelled" have
// their own. Free functions, any thread.
namespace wbc::cellstyle {

// "N", "L", ... for a class; "U" unidentified; "S", "A", "D" smudge, artefact, damaged (not
// counted); "?" unlabelled (translatable).
QString labelCode(const CellLabel &label);
// Fill of the label's badge; labelTextColor() is readable on it.
QColor labelColor(const CellLabel &label);
QColor labelTextColor(const CellLabel &label);

} // namespace wbc::cellstyle
