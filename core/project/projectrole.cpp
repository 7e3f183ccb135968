#include "project/projectrole.h"

#include <QCoreApplication>

namespace wbc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ProjectRole)
};

} // namespace

QString projectRoleName(ProjectRole role)
{
    switch (role) {
    case ProjectRole::Annotator:
        return QStringLiteral("annotator");
    case ProjectRole::Reviewer:
        return QStringLiteral("reviewer");
    case ProjectRole::Owner:
        return QStringLiteral("owner");
    case ProjectRole::None:
        break;
    }
    return {};
}

QString projectRoleDisplayName(ProjectRole role)
{
    switch (role) {
    case ProjectRole::Annotator:
        return Tr::tr("annotator");
    case ProjectRole::Reviewer:
        return Tr::tr("reviewer");
    case ProjectRole::Owner:
        return Tr::tr("owner");
    case ProjectRole::None:
        break;
    }
    return Tr::tr("no access");
}

std::optional<ProjectRole> parseProjectRole(QStringView name)
{
    for (ProjectRole r : {ProjectRole::Annotator, ProjectRole::Reviewer, ProjectRole::Owner}) {
        if (name.compare(projectRoleName(r), Qt::CaseInsensitive) == 0)
            return r;
    }
    return std::nullopt;
}

} // namespace wbc
