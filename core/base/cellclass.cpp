#include "base/cellclass.h"

#include <QCoreApplication>
#include <QStringList>

namespace wbc {

QString cellClassName(CellClass cls)
{
    switch (cls) {
    case CellClass::Neutrophil:
        return QStringLiteral("NEUTROPHIL");
    case CellClass::Eosinophil:
        return QStringLiteral("EOSINOPHIL");
    case CellClass::Lymphocyte:
        return QStringLiteral("LYMPHOCYTE");
    case CellClass::Monocyte:
        return QStringLiteral("MONOCYTE");
    case CellClass::Basophil:
        return QStringLiteral("BASOPHIL");
    case CellClass::Polynuclear:
        return QStringLiteral("POLYNUCLEAR");
    case CellClass::Mononuclear:
        return QStringLiteral("MONONUCLEAR");
    }
    return {};
}

QString cellClassDisplayName(CellClass cls)
{
    switch (cls) {
    case CellClass::Neutrophil:
        return QCoreApplication::translate("CellClass", "Neutrophil");
    case CellClass::Eosinophil:
        return QCoreApplication::translate("CellClass", "Eosinophil");
    case CellClass::Lymphocyte:
        return QCoreApplication::translate("CellClass", "Lymphocyte");
    case CellClass::Monocyte:
        return QCoreApplication::translate("CellClass", "Monocyte");
    case CellClass::Basophil:
        return QCoreApplication::translate("CellClass", "Basophil");
    case CellClass::Polynuclear:
        return QCoreApplication::translate("CellClass", "Polynuclear");
    case CellClass::Mononuclear:
        return QCoreApplication::translate("CellClass", "Mononuclear");
    }
    return {};
}

std::optional<CellClass> parseCellClass(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    for (CellClass cls : kAllCellClasses) {
        if (trimmed.compare(cellClassName(cls), Qt::CaseInsensitive) == 0)
            return cls;
    }
    for (CellClass cls : kGroupClasses) {
        if (trimmed.compare(cellClassName(cls), Qt::CaseInsensitive) == 0)
            return cls;
    }
    return std::nullopt;
}

bool isPolynuclear(CellClass cls)
{
    return cls == CellClass::Neutrophil || cls == CellClass::Eosinophil
           || cls == CellClass::Polynuclear;
}

std::optional<ImageLabel> ImageLabel::parse(QStringView text, QString *error)
{
    QList<CellClass> cells;
    if (text.trimmed().isEmpty())
        return ImageLabel();
    for (QStringView part : text.split(u',')) {
        if (part.trimmed().isEmpty())
            continue;
        const std::optional<CellClass> cls = parseCellClass(part);
        if (!cls) {
            if (error)
                *error = QCoreApplication::translate("ImageLabel", "unknown cell class \"%1\"")
                             .arg(part.trimmed().toString());
            return std::nullopt;
        }
        cells.append(*cls);
    }
    return ImageLabel(std::move(cells));
}

QString ImageLabel::toString() const
{
    QStringList names;
    names.reserve(m_cells.size());
    for (CellClass cls : m_cells)
        names.append(cellClassName(cls));
    return names.join(u',');
}

} // namespace wbc
