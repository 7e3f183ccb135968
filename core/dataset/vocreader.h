#pragma once

#include "base/celllabel.h"
#include "base/problem.h"

#include <QList>
#include <QRect>
#include <QString>

#include <optional>

namespace wbc {

// What a Pascal VOC box is of. BCCD names them WBC, RBC and Platelets; an object named after a
// cell class or a special label (see VocObject::label) is a white cell too.
enum class CellKind { Wbc, Rbc, Platelet, Other };

QString cellKindName(CellKind kind);
CellKind parseCellKind(QStringView name);

struct VocObject
{
    VocObject() = default;
    VocObject(CellKind kind, QString name, QRect box, int line = 0, CellLabel label = {})
        : kind(kind)
        , name(std::move(name))
        , box(box)
        , line(line)
        , label(label)
    {}

    CellKind kind = CellKind::Other;
    QString name; // as written in the file
    QRect box;    // pixel box, xmin/ymin inclusive, width = xmax - xmin
    int line = 0;
    // A white cell's label when <name> is a cell class (NEUTROPHIL, Eosinophil, ...; any case)
    // or a special choice (UNIDENTIFIED, SMUDGE, ARTEFACT, DAMAGED): kind is then Wbc. Unlabelled
    // for "WBC" and every other kind.
    CellLabel label;

    std::optional<CellClass> cellClass() const { return label.cellClass(); }
};

struct VocAnnotation
{
    QString fileName; // <filename>, may be empty
    int width = 0;    // <size>, 0 when absent
    int height = 0;
    QList<VocObject> objects;
    Problems problems;
    bool ok = false; // false when the file could not be read or parsed at all

    int count(CellKind kind) const;
};

// Reads Pascal VOC XML. Never expands entities: a document with a DOCTYPE is refused, which
// rules out billion-laughs and external-entity attacks. Boxes that are inverted, empty or
// outside the image are clipped or dropped and reported with their line.
class VocReader
{
public:
    static constexpr qint64 kMaxFileBytes = 8 * 1024 * 1024;

    static VocAnnotation parse(const QByteArray &xml, const QString &fileName);
    static VocAnnotation readFile(const QString &path);
};

// Writes a VOC document for one image; the inverse of VocReader::parse for the fields it reads.
// An object without a name is named by its label (a labelled white cell), else by its kind.
QByteArray writeVoc(const QString &imageFileName, int width, int height,
                    const QList<VocObject> &objects);

} // namespace wbc
