#include "labelkeys.h"

#include <QCoreApplication>
#include <QSettings>

namespace wbc {

namespace {

QString settingsKey(const CellLabel &label)
{
    return QStringLiteral("labelkeys/")
           + (label.isUnlabelled() ? QStringLiteral("CLEAR") : label.name());
}

} // namespace

QKeySequence defaultKeyFor(const CellLabel &label)
{
    if (label.isUnlabelled())
        return QKeySequence(Qt::Key_0);
    if (const auto cls = label.cellClass()) {
        if (*cls == CellClass::Polynuclear)
            return QKeySequence(Qt::Key_P);
        if (*cls == CellClass::Mononuclear)
            return QKeySequence(Qt::Key_M);
        return QKeySequence(Qt::Key_1 + int(*cls));
    }
    const QList<CellLabel> special = specialCellLabels();
    const int index = int(special.indexOf(label));
    return index >= 0 ? QKeySequence(Qt::Key_6 + index) : QKeySequence();
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
    QList<CellLabel> all;
    if (binaryLabelMode()) {
        for (CellClass c : kGroupClasses)
            all.append(CellLabel::ofClass(c));
    } else {
        for (CellClass c : kAllCellClasses)
            all.append(CellLabel::ofClass(c));
    }
    all.append(specialCellLabels());
    all.append(CellLabel());
    QList<LabelKey> keys;
    for (const CellLabel &label : std::as_const(all)) {
        const QString stored = settings.value(settingsKey(label)).toString();
        const QKeySequence key = stored.isEmpty() ? defaultKeyFor(label)
                                                  : QKeySequence::fromString(stored);
        keys.append({label, key});
    }
    return keys;
}

void setLabelKey(const CellLabel &label, const QKeySequence &key)
{
    QSettings().setValue(settingsKey(label), key.toString());
}

void resetLabelKeys()
{
    QSettings().remove(QStringLiteral("labelkeys"));
}

QString labelKeyDisplayName(const CellLabel &label)
{
    return label.isUnlabelled() ? QCoreApplication::translate("LabelKeys", "Clear label")
                                : label.displayName();
}

} // namespace wbc
