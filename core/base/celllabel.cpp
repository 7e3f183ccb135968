#include "base/celllabel.h"

#include <QCoreApplication>

namespace wbc {

namespace {

struct NotCountedName
{
    NotCounted reason;
    const char *name;
};

constexpr NotCountedName kNotCountedNames[] = {{NotCounted::Smudge, "SMUDGE"},
                                               {NotCounted::Artefact, "ARTEFACT"},
                                               {NotCounted::Damaged, "DAMAGED"}};

constexpr const char *kUnidentified = "UNIDENTIFIED";

} // namespace

CellLabel CellLabel::ofClass(CellClass cls)
{
    CellLabel l;
    l.m_kind = Kind::Class;
    l.m_class = cls;
    return l;
}

CellLabel CellLabel::unidentified()
{
    CellLabel l;
    l.m_kind = Kind::Unidentified;
    return l;
}

CellLabel CellLabel::notCounted(NotCounted reason)
{
    CellLabel l;
    l.m_kind = Kind::NotCounted;
    l.m_reason = reason;
    return l;
}

std::optional<CellClass> CellLabel::cellClass() const
{
    return m_kind == Kind::Class ? std::optional<CellClass>(m_class) : std::nullopt;
}

std::optional<NotCounted> CellLabel::notCountedReason() const
{
    return m_kind == Kind::NotCounted ? std::optional<NotCounted>(m_reason) : std::nullopt;
}

QString CellLabel::name() const
{
    switch (m_kind) {
    case Kind::Unlabelled:
        return {};
    case Kind::Class:
        return cellClassName(m_class);
    case Kind::Unidentified:
        return QLatin1String(kUnidentified);
    case Kind::NotCounted:
        for (const NotCountedName &n : kNotCountedNames) {
            if (n.reason == m_reason)
                return QLatin1String(n.name);
        }
        break;
    }
    return {};
}

QString CellLabel::displayName() const
{
    switch (m_kind) {
    case Kind::Unlabelled:
        return QCoreApplication::translate("CellLabel", "Unlabelled");
    case Kind::Class:
        return cellClassDisplayName(m_class);
    case Kind::Unidentified:
        return QCoreApplication::translate("CellLabel", "Unidentified");
    case Kind::NotCounted:
        switch (m_reason) {
        case NotCounted::Smudge:
            return QCoreApplication::translate("CellLabel", "Not counted: smudge cell");
        case NotCounted::Artefact:
            return QCoreApplication::translate("CellLabel", "Not counted: artefact");
        case NotCounted::Damaged:
            return QCoreApplication::translate("CellLabel", "Not counted: damaged cell");
        }
        break;
    }
    return {};
}

std::optional<CellLabel> CellLabel::parse(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.isEmpty())
        return CellLabel();
    if (const std::optional<CellClass> cls = parseCellClass(t))
        return ofClass(*cls);
    if (t.compare(QLatin1String(kUnidentified), Qt::CaseInsensitive) == 0)
        return unidentified();
    for (const NotCountedName &n : kNotCountedNames) {
        if (t.compare(QLatin1String(n.name), Qt::CaseInsensitive) == 0)
            return notCounted(n.reason);
    }
    return std::nullopt;
}

QList<CellLabel> specialCellLabels()
{
    return {CellLabel::unidentified(),
            CellLabel::notCounted(NotCounted::Smudge),
            CellLabel::notCounted(NotCounted::Artefact),
            CellLabel::notCounted(NotCounted::Damaged)};
}

namespace {

struct OriginName
{
    LabelOrigin origin;
    const char *name;
};

constexpr OriginName kOriginNames[] = {{LabelOrigin::Import, "import"},
                                       {LabelOrigin::Key, "key"},
                                       {LabelOrigin::Bulk, "bulk"},
                                       {LabelOrigin::Review, "review"},
                                       {LabelOrigin::Undo, "undo"},
                                       {LabelOrigin::Audit, "audit"},
                                       {LabelOrigin::Adjudication, "adjudication"}};

} // namespace

QString labelOriginName(LabelOrigin origin)
{
    for (const OriginName &o : kOriginNames) {
        if (o.origin == origin)
            return QLatin1String(o.name);
    }
    return {};
}

QString labelOriginDisplayName(LabelOrigin origin)
{
    switch (origin) {
    case LabelOrigin::Import:
        return QCoreApplication::translate("LabelOrigin", "imported");
    case LabelOrigin::Key:
        return QCoreApplication::translate("LabelOrigin", "key");
    case LabelOrigin::Bulk:
        return QCoreApplication::translate("LabelOrigin", "several at once");
    case LabelOrigin::Review:
        return QCoreApplication::translate("LabelOrigin", "review");
    case LabelOrigin::Undo:
        return QCoreApplication::translate("LabelOrigin", "undo");
    case LabelOrigin::Audit:
        return QCoreApplication::translate("LabelOrigin", "label check");
    case LabelOrigin::Adjudication:
        return QCoreApplication::translate("LabelOrigin", "adjudication");
    }
    return {};
}

std::optional<LabelOrigin> parseLabelOrigin(QStringView name)
{
    for (const OriginName &o : kOriginNames) {
        if (name.compare(QLatin1String(o.name), Qt::CaseInsensitive) == 0)
            return o.origin;
    }
    if (name.compare(u"user", Qt::CaseInsensitive) == 0)
        return LabelOrigin::Key;
    return std::nullopt;
}

} // namespace wbc
