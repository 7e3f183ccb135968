#include "base/task.h"

namespace wbc {

QString taskName(Task task)
{
    return task == Task::Binary ? QStringLiteral("binary") : QStringLiteral("four");
}

std::optional<Task> parseTask(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.compare(u"binary", Qt::CaseInsensitive) == 0)
        return Task::Binary;
    if (t.compare(u"four", Qt::CaseInsensitive) == 0)
        return Task::Four;
    return std::nullopt;
}

QStringList taskClassNames(Task task)
{
    if (task == Task::Binary)
        return {QStringLiteral("POLYNUCLEAR"), QStringLiteral("MONONUCLEAR")};
    return {cellClassName(CellClass::Neutrophil),
            cellClassName(CellClass::Eosinophil),
            cellClassName(CellClass::Lymphocyte),
            cellClassName(CellClass::Monocyte)};
}

int taskClassCount(Task task)
{
    return task == Task::Binary ? 2 : 4;
}

int taskClassIndex(Task task, CellClass cls)
{
    if (cls == CellClass::Basophil)
        return -1;
    if (task == Task::Binary)
        return isPolynuclear(cls) ? 0 : 1; // groups and their classes alike
    switch (cls) {
    case CellClass::Neutrophil:
        return 0;
    case CellClass::Eosinophil:
        return 1;
    case CellClass::Lymphocyte:
        return 2;
    case CellClass::Monocyte:
        return 3;
    case CellClass::Basophil:
    case CellClass::Polynuclear: // a group label does not say which of the four
    case CellClass::Mononuclear:
        break;
    }
    return -1;
}

} // namespace wbc
