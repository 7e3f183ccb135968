#pragma once

#include <QString>

#include <optional>

namespace wbc {

// What a person may do in a project. On PostgreSQL the server enforces it (GRANTs and
// row-level security, `wbc grant`); an SQLite project's user is its owner.
//   Annotator: label cells, add and edit their own boxes, flag fields.
//   Reviewer: also review predictions and adjudicate disagreements.
//   Owner: also import, detect, train, predict, audit and manage the project.
enum class ProjectRole { None, Annotator, Reviewer, Owner };

QString projectRoleName(ProjectRole role); // "annotator", "reviewer", "owner", "" for None
QString projectRoleDisplayName(ProjectRole role); // translated
std::optional<ProjectRole> parseProjectRole(QStringView name);

inline bool canReview(ProjectRole role)
{
    return role == ProjectRole::Reviewer || role == ProjectRole::Owner;
}
inline bool canManage(ProjectRole role)
{
    return role == ProjectRole::Owner;
}

} // namespace wbc
