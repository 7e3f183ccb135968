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
    return QKeySequence(Qt::Key_1 + int(*cls));
}

QList<LabelKey> labelKeys()
{
    QSettings settings;
    QList<LabelKey> keys;
    QList<std::optional<CellClass>> all;
    for (CellClass c : kAllCellClasses)
        all.append(c);
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
