#include "dataset/vocreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <cmath>

namespace wbc {

namespace {

// The context of this file's messages (lupdate reads it from Q_DECLARE_TR_FUNCTIONS).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(VocReader)
};

struct RawBox
{
    double xmin = NAN, ymin = NAN, xmax = NAN, ymax = NAN;
};

bool parseNumber(const QString &text, double *out)
{
    bool ok = false;
    const double v = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return false;
    *out = v;
    return true;
}

void readBndbox(QXmlStreamReader &xml, RawBox &box, Problems &problems, const QString &fileName)
{
    while (xml.readNextStartElement()) {
        // A copy: xml.name() views the reader's buffer, which readElementText() may reallocate
        // (found by tests/fuzz/fuzz_vocreader: heap-use-after-free on "<xmin>26F</xmin>").
        const QString name = xml.name().toString();
        double *target = name == u"xmin"   ? &box.xmin
                         : name == u"ymin" ? &box.ymin
                         : name == u"xmax" ? &box.xmax
                         : name == u"ymax" ? &box.ymax
                                           : nullptr;
        if (!target) {
            xml.skipCurrentElement();
            continue;
        }
        const int line = int(xml.lineNumber());
        const QString text = xml.readElementText();
        if (!parseNumber(text, target))
            problems.append({ fileName,
                line,
                Tr::tr("<%1> is not a number: \"%2\"").arg(name, text) });
    }
}

// Turns the raw corners into a valid box inside the image, or reports why it can't.
bool finishBox(const RawBox &raw, const VocAnnotation &ann, VocObject &obj, Problems &problems,
               const QString &fileName)
{
    if (std::isnan(raw.xmin) || std::isnan(raw.ymin) || std::isnan(raw.xmax)
        || std::isnan(raw.ymax)) {
        problems.append({ fileName,
            obj.line,
            Tr::tr("object \"%1\" has no complete <bndbox>; skipped").arg(obj.name) });
        return false;
    }
    double x0 = std::min(raw.xmin, raw.xmax), x1 = std::max(raw.xmin, raw.xmax);
    double y0 = std::min(raw.ymin, raw.ymax), y1 = std::max(raw.ymin, raw.ymax);
    if (raw.xmin > raw.xmax || raw.ymin > raw.ymax)
        problems.append({fileName, obj.line, Tr::tr("object \"%1\" has inverted corners; swapped")
                                                 .arg(obj.name)});
    const bool sized = ann.width > 0 && ann.height > 0;
    const double maxX = sized ? ann.width : 1e9, maxY = sized ? ann.height : 1e9;
    if (x0 < 0 || y0 < 0 || x1 > maxX || y1 > maxY) {
        problems.append({ fileName,
            obj.line,
            Tr::tr("object \"%1\" box (%2,%3)-(%4,%5) lies outside "
                   "the image; clipped")
                .arg(obj.name)
                .arg(raw.xmin)
                .arg(raw.ymin)
                .arg(raw.xmax)
                .arg(raw.ymax) });
        x0 = std::clamp(x0, 0.0, maxX);
        x1 = std::clamp(x1, 0.0, maxX);
        y0 = std::clamp(y0, 0.0, maxY);
        y1 = std::clamp(y1, 0.0, maxY);
    }
    const int ix0 = int(std::lround(x0)), iy0 = int(std::lround(y0));
    const int ix1 = int(std::lround(x1)), iy1 = int(std::lround(y1));
    if (ix1 - ix0 < 1 || iy1 - iy0 < 1) {
        problems.append({fileName, obj.line, Tr::tr("object \"%1\" has an empty box; skipped")
                                                 .arg(obj.name)});
        return false;
    }
    obj.box = QRect(ix0, iy0, ix1 - ix0, iy1 - iy0);
    return true;
}

struct PendingObject
{
    VocObject object;
    RawBox box;
};

// Reads one <object>; its box is finished once the whole document (and so <size>) is read.
void readObject(QXmlStreamReader &xml, VocAnnotation &ann, QList<PendingObject> &pending,
                const QString &fileName)
{
    VocObject obj;
    obj.line = int(xml.lineNumber());
    RawBox raw;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"name") {
            obj.name = xml.readElementText().trimmed();
            obj.kind = parseCellKind(obj.name);
            if (obj.kind == CellKind::Other) {
                // "NEUTROPHIL", "Eosinophil", "UNIDENTIFIED", ...: a labelled white cell.
                if (const std::optional<CellLabel> label = CellLabel::parse(obj.name);
                    label && !label->isUnlabelled()) {
                    obj.kind = CellKind::Wbc;
                    obj.label = *label;
                }
            }
        } else if (xml.name() == u"bndbox") {
            readBndbox(xml, raw, ann.problems, fileName);
        } else {
            xml.skipCurrentElement();
        }
    }
    if (!xml.hasError())
        pending.append({obj, raw});
}

void readSize(QXmlStreamReader &xml, VocAnnotation &ann, const QString &fileName)
{
    while (xml.readNextStartElement()) {
        int *target = xml.name() == u"width"    ? &ann.width
                      : xml.name() == u"height" ? &ann.height
                                                : nullptr;
        if (!target) {
            xml.skipCurrentElement();
            continue;
        }
        const int line = int(xml.lineNumber());
        bool ok = false;
        const int v = xml.readElementText().trimmed().toInt(&ok);
        if (!ok || v < 0) {
            ann.problems.append({fileName, line, Tr::tr("invalid image size; ignored")});
            continue;
        }
        *target = v;
    }
}

} // namespace

QString cellKindName(CellKind kind)
{
    switch (kind) {
    case CellKind::Wbc:
        return QStringLiteral("WBC");
    case CellKind::Rbc:
        return QStringLiteral("RBC");
    case CellKind::Platelet:
        return QStringLiteral("Platelets");
    case CellKind::Other:
        break;
    }
    return QStringLiteral("Other");
}

CellKind parseCellKind(QStringView name)
{
    const QStringView n = name.trimmed();
    if (n.compare(u"WBC", Qt::CaseInsensitive) == 0)
        return CellKind::Wbc;
    if (n.compare(u"RBC", Qt::CaseInsensitive) == 0)
        return CellKind::Rbc;
    if (n.compare(u"Platelets", Qt::CaseInsensitive) == 0
        || n.compare(u"Platelet", Qt::CaseInsensitive) == 0)
        return CellKind::Platelet;
    return CellKind::Other;
}

int VocAnnotation::count(CellKind kind) const
{
    return int(std::count_if(objects.cbegin(), objects.cend(),
                             [kind](const VocObject &o) { return o.kind == kind; }));
}

VocAnnotation VocReader::parse(const QByteArray &data, const QString &fileName)
{
    VocAnnotation ann;
    if (data.trimmed().isEmpty()) {
        ann.problems.append({fileName, 0, Tr::tr("empty XML document; file skipped")});
        return ann;
    }
    QXmlStreamReader xml(data);
    bool sawRoot = false;
    QList<PendingObject> pending;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::DTD) {
            ann.problems.append({fileName, int(xml.lineNumber()),
                                 Tr::tr("DOCTYPE declarations are not allowed in annotations; "
                                    "file skipped")});
            ann.objects.clear();
            return ann;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (!sawRoot) {
            sawRoot = true;
            if (xml.name() != u"annotation") {
                ann.problems.append({fileName, int(xml.lineNumber()),
                                     Tr::tr("root element is <%1>, expected <annotation>; file "
                                        "skipped")
                                         .arg(xml.name().toString())});
                return ann;
            }
            continue;
        }
        if (xml.name() == u"filename")
            ann.fileName = xml.readElementText().trimmed();
        else if (xml.name() == u"size")
            readSize(xml, ann, fileName);
        else if (xml.name() == u"object")
            readObject(xml, ann, pending, fileName);
        else
            xml.skipCurrentElement();
    }
    if (xml.hasError()) {
        ann.problems.append({fileName, int(xml.lineNumber()),
                             Tr::tr("malformed XML: %1; file skipped").arg(xml.errorString())});
        ann.objects.clear();
        return ann;
    }
    if (!sawRoot) {
        ann.problems.append({fileName, 0, Tr::tr("empty XML document; file skipped")});
        return ann;
    }
    // Boxes are clipped to the image size however late <size> comes (fuzz_vocreader found
    // boxes kept outside an image whose <size> followed them).
    for (PendingObject &p : pending) {
        if (finishBox(p.box, ann, p.object, ann.problems, fileName))
            ann.objects.append(p.object);
    }
    ann.ok = true;
    return ann;
}

VocAnnotation VocReader::readFile(const QString &path)
{
    QFile file(path);
    VocAnnotation ann;
    if (!file.open(QIODevice::ReadOnly)) {
        ann.problems.append({path, 0, Tr::tr("cannot open: %1").arg(file.errorString())});
        return ann;
    }
    if (file.size() > kMaxFileBytes) {
        ann.problems.append({path, 0, Tr::tr("file is larger than %1 MiB; skipped")
                                          .arg(kMaxFileBytes >> 20)});
        return ann;
    }
    return parse(file.readAll(), path);
}

QByteArray writeVoc(const QString &imageFileName, int width, int height,
                    const QList<VocObject> &objects)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartElement(QStringLiteral("annotation"));
    xml.writeTextElement(QStringLiteral("filename"), imageFileName);
    xml.writeStartElement(QStringLiteral("size"));
    xml.writeTextElement(QStringLiteral("width"), QString::number(width));
    xml.writeTextElement(QStringLiteral("height"), QString::number(height));
    xml.writeTextElement(QStringLiteral("depth"), QStringLiteral("3"));
    xml.writeEndElement();
    for (const VocObject &obj : objects) {
        xml.writeStartElement(QStringLiteral("object"));
        QString name = obj.name;
        if (name.isEmpty())
            name = obj.kind == CellKind::Wbc && !obj.label.isUnlabelled() ? obj.label.name()
                                                                           : cellKindName(obj.kind);
        xml.writeTextElement(QStringLiteral("name"), name);
        xml.writeStartElement(QStringLiteral("bndbox"));
        xml.writeTextElement(QStringLiteral("xmin"), QString::number(obj.box.x()));
        xml.writeTextElement(QStringLiteral("ymin"), QString::number(obj.box.y()));
        xml.writeTextElement(QStringLiteral("xmax"), QString::number(obj.box.x() + obj.box.width()));
        xml.writeTextElement(QStringLiteral("ymax"),
                             QString::number(obj.box.y() + obj.box.height()));
        xml.writeEndElement();
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

} // namespace wbc
