#include "cellclassstyle.h"

#include <QCoreApplication>

namespace wbc::cellstyle {

QColor classColor(CellClass cls)
{
    switch (cls) {
    case CellClass::Neutrophil:
        return QColor(0x15, 0x65, 0xc0); // blue
    case CellClass::Eosinophil:
        return QColor(0xc2, 0x41, 0x0c); // orange
    case CellClass::Lymphocyte:
        return QColor(0x2e, 0x7d, 0x32); // green
    case CellClass::Monocyte:
        return QColor(0x6a, 0x1b, 0x9a); // purple
    case CellClass::Basophil:
        return QColor(0xad, 0x14, 0x57); // magenta
    case CellClass::Polynuclear:
        return QColor(0x0d, 0x47, 0xa1); // dark blue, the neutrophil family
    case CellClass::Mononuclear:
        return QColor(0x1b, 0x5e, 0x20); // dark green, the lymphocyte family
    }
    return QColor(0x37, 0x47, 0x4f);
}

QString classCode(CellClass cls)
{
    switch (cls) {
    case CellClass::Neutrophil:
        return QCoreApplication::translate("CellClassCode", "N", "Neutrophil");
    case CellClass::Eosinophil:
        return QCoreApplication::translate("CellClassCode", "E", "Eosinophil");
    case CellClass::Lymphocyte:
        return QCoreApplication::translate("CellClassCode", "L", "Lymphocyte");
    case CellClass::Monocyte:
        return QCoreApplication::translate("CellClassCode", "M", "Monocyte");
    case CellClass::Basophil:
        return QCoreApplication::translate("CellClassCode", "B", "Basophil");
    case CellClass::Polynuclear:
        return QCoreApplication::translate("CellClassCode", "PN", "Polynuclear");
    case CellClass::Mononuclear:
        return QCoreApplication::translate("CellClassCode", "MN", "Mononuclear");
    }
    return QStringLiteral("?");
}

QColor badgeTextColor()
{
    return QColor(Qt::white);
}

QColor multiLabelColor()
{
    return QColor(0x37, 0x47, 0x4f); // blue grey
}

QColor multiFlagColor()
{
    return QColor(0xc6, 0x28, 0x28); // red
}

QColor noCellFlagColor()
{
    return QColor(0x61, 0x61, 0x61); // grey
}

} // namespace wbc::cellstyle
