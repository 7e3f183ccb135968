#pragma once

#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace wbc {

// The five white-cell classes a smear label can name, in the order the keyboard legend uses,
// and the two groups a pathologist labels in binary mode when only the nucleus shape matters.
enum class CellClass { Neutrophil, Eosinophil, Lymphocyte, Monocyte, Basophil, Polynuclear, Mononuclear };

inline constexpr std::array<CellClass, 5> kAllCellClasses = {CellClass::Neutrophil,
                                                             CellClass::Eosinophil,
                                                             CellClass::Lymphocyte,
                                                             CellClass::Monocyte,
                                                             CellClass::Basophil};
// Binary-mode labels: polynuclear (neutrophil, eosinophil) or mononuclear (lymphocyte, monocyte).
inline constexpr std::array<CellClass, 2> kGroupClasses = {CellClass::Polynuclear,
                                                           CellClass::Mononuclear};

// Canonical upper-case name as stored in projects and CSV files ("NEUTROPHIL").
QString cellClassName(CellClass cls);
// Human name for display, translated ("Neutrophil").
QString cellClassDisplayName(CellClass cls);
// Case-insensitive, surrounding spaces ignored.
std::optional<CellClass> parseCellClass(QStringView text);
// Neutrophils and eosinophils (segmented nuclei) are polynuclear; the rest mononuclear.
// Basophils are neither group in the binary task (see taskClassIndex).
bool isPolynuclear(CellClass cls);

// What a pathologist said about one image: nothing (unlabeled), one cell class, or a list of
// classes when the image shows several white cells.
class ImageLabel
{
public:
    ImageLabel() = default;
    explicit ImageLabel(QList<CellClass> cells)
        : m_cells(std::move(cells))
    {}

    // Parses "NEUTROPHIL", " neutrophil , EOSINOPHIL" or "" (unlabeled). Returns nullopt and sets
    // *error for an unknown class name.
    static std::optional<ImageLabel> parse(QStringView text, QString *error = nullptr);

    const QList<CellClass> &cells() const { return m_cells; }
    bool isUnlabeled() const { return m_cells.isEmpty(); }
    bool isSingle() const { return m_cells.size() == 1; }
    bool isMultiCell() const { return m_cells.size() > 1; }
    std::optional<CellClass> single() const
    {
        return isSingle() ? std::optional<CellClass>(m_cells.first()) : std::nullopt;
    }
    // Canonical text: class names joined by ",", empty when unlabeled.
    QString toString() const;

    bool operator==(const ImageLabel &other) const = default;

private:
    QList<CellClass> m_cells;
};

} // namespace wbc
