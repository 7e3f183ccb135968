#pragma once

#include "base/cellclass.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace wbc {

// Why a white cell is not counted in a differential (CellaVision's "smudge", "artefact", ...).
enum class NotCounted { Smudge, Artefact, Damaged };

// What a person said about one white cell: nothing yet, a cell class, "unidentified" (a white
// cell nobody can name), or "not counted" with a reason. Unidentified and not-counted cells are
// never trained on and are listed, not silently dropped, in a differential count.
class CellLabel
{
public:
    enum class Kind { Unlabelled, Class, Unidentified, NotCounted };

    CellLabel() = default;
    static CellLabel ofClass(CellClass cls);
    static CellLabel unidentified();
    static CellLabel notCounted(NotCounted reason);

    Kind kind() const { return m_kind; }
    bool isUnlabelled() const { return m_kind == Kind::Unlabelled; }
    // The class, for Kind::Class only.
    std::optional<CellClass> cellClass() const;
    std::optional<NotCounted> notCountedReason() const;

    // Stored and exported name: a class name (NEUTROPHIL), UNIDENTIFIED, SMUDGE, ARTEFACT,
    // DAMAGED, or empty when unlabelled.
    QString name() const;
    // Translated, for display.
    QString displayName() const;
    // Case-insensitive; "" is unlabelled; nullopt for anything else.
    static std::optional<CellLabel> parse(QStringView text);

    bool operator==(const CellLabel &other) const = default;

private:
    Kind m_kind = Kind::Unlabelled;
    CellClass m_class = CellClass::Neutrophil;
    NotCounted m_reason = NotCounted::Smudge;
};

// The special choices after the classes, in the order menus and the gallery list them.
QList<CellLabel> specialCellLabels();

// Where a label entry came from: the single list the store, the history panel and exports use.
enum class LabelOrigin { Import, Key, Bulk, Review, Undo, Audit, Adjudication };

QString labelOriginName(LabelOrigin origin); // "import", "key", ...
QString labelOriginDisplayName(LabelOrigin origin);
// Also reads the v2 sources: "user" is a key press.
std::optional<LabelOrigin> parseLabelOrigin(QStringView name);

} // namespace wbc
