#include "celllabelstyle.h"

#include "cellclassstyle.h"

#include <QCoreApplication>

namespace wbc::cellstyle {

QString labelCode(const CellLabel &label)
{
    switch (label.kind()) {
    case CellLabel::Kind::Unlabelled:
        return QCoreApplication::translate("CellLabelCode", "?", "Unlabelled cell");
    case CellLabel::Kind::Class:
        return classCode(*label.cellClass());
    case CellLabel::Kind::Unidentified:
        return QCoreApplication::translate("CellLabelCode", "U", "Unidentified");
    case CellLabel::Kind::NotCounted:
        switch (*label.notCountedReason()) {
        case NotCounted::Smudge:
            return QCoreApplication::translate("CellLabelCode", "S", "Smudge cell");
        case NotCounted::Artefact:
            return QCoreApplication::translate("CellLabelCode", "A", "Artefact");
        case NotCounted::Damaged:
            return QCoreApplication::translate("CellLabelCode", "D", "Damaged cell");
        }
        break;
    }
    return QStringLiteral("?");
}

QColor labelColor(const CellLabel &label)
{
    switch (label.kind()) {
    case CellLabel::Kind::Unlabelled:
        return QColor(0xf5, 0xf5, 0xf5); // near white: "nothing yet"
    case CellLabel::Kind::Class:
        return classColor(*label.cellClass());
    case CellLabel::Kind::Unidentified:
        return QColor(0x8d, 0x5b, 0x00); // dark amber
    case CellLabel::Kind::NotCounted:
        return noCellFlagColor(); // grey: left out of the count
    }
    return noCellFlagColor();
}

QColor labelTextColor(const CellLabel &label)
{
    return label.isUnlabelled() ? QColor(0x26, 0x32, 0x38) : badgeTextColor();
}

} // namespace wbc::cellstyle
