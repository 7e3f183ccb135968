#pragma once

#include <QColor>
#include <QString>

#include "base/cellclass.h"

// How the cell classes look wherever the UI names them (thumbnail badges, the key legend, boxes
// in the viewer): one fixed colour per class, dark enough for white text (contrast >= 4.5:1)
// and distinct on light and dark palettes, and a one-letter code. Free functions, any thread.
namespace wbc::cellstyle {

QColor classColor(CellClass cls);
// "N", "E", "L", "M", "B" (translatable).
QString classCode(CellClass cls);
// Text that sits on the class colours and on the tags below.
QColor badgeTextColor();
// Label badge of an image whose label lists several cells.
QColor multiLabelColor();
// Corner tags from the multi-cell flag.
QColor multiFlagColor();
QColor noCellFlagColor();

} // namespace wbc::cellstyle
