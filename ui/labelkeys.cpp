#include "labelkeys.h"

#include <QSettings>

namespace wbc {

namespace {

QString settingsKey(std::optional<CellClass> cls)
{
    return QStringLiteral("labelkeys/") + (cls ? cellClassName(*cls) : QStringLiteral("CLEAR"));
}

} // namespace

QKeySequence defaultKeyFor(std::optional<CellClass> cls)
{
    if (!cls)
        return QKeySequence(Qt::Key_0);
    if (*cls == CellClass::Polynuclear)
        return QKeySequence(Qt::Key_P);
    if (*cls == CellClass::Mononuclear)
        return QKeySequence(Qt::Key_M);
    return QKeySequence(Qt::Key_1 + int(*cls));
}

bool binaryLabelMode()
{
    return QSettings().value(QStringLiteral("labeling/binaryMode"), false).toBool();
}

void setBinaryLabelMode(bool on)
{
    QSettings().setValue(QStringLiteral("labeling/binaryMode"), on);
}

QList<LabelKey> labelKeys()
{
    QSettings settings;
    QList<LabelKey> keys;
    QList<std::optional<CellClass>> all;
    if (binaryLabelMode()) {
        for (CellClass c : kGroupClasses)
            all.append(c);
    } else {
        for (CellClass c : kAllCellClasses)
            all.append(c);
    }
    all.append(std::nullopt);
    for (const std::optional<CellClass> &cls : all) {
        const QString stored = settings.value(settingsKey(cls)).toString();
        const QKeySequence key = stored.isEmpty() ? defaultKeyFor(cls)
                                                  : QKeySequence::fromString(stored);
        keys.append({cls, key});
    }
    return keys;
}

void setLabelKey(std::optional<CellClass> cls, const QKeySequence &key)
{
    QSettings().setValue(settingsKey(cls), key.toString());
}

void resetLabelKeys()
{
    QSettings().remove(QStringLiteral("labelkeys"));
}

} // namespace wbc
