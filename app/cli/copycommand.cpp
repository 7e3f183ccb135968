#include "command.h"

#include "project/projectcopy.h"
#include "project/projectlock.h"
#include "project/projectstore.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace wbc::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(WbcCopy)
};

int failure(const QString &message)
{
    err() << "wbc copy: " << message << Qt::endl;
    return Failure;
}

int runCopy(QCommandLineParser &parser)
{
    const QString command = QStringLiteral("copy");
    QString fromPath;
    QString toPath;
    if (!requireOption(parser, command, QStringLiteral("from"), &fromPath)
        || !requireOption(parser, command, QStringLiteral("to"), &toPath))
        return Usage;
    const bool toFile = !ProjectLocation::looksLikeUrl(toPath);
    if (toFile && QFileInfo(toPath).exists() && QFileInfo(toPath).size() > 0)
        return failure(Tr::tr("%1: exists; copy into a new project file").arg(toPath));
    ProjectStore from;
    QString error;
    if (!from.open(fromPath, ProjectStore::OpenMode::ReadOnly, &error))
        return failure(error);
    ProjectLock lock(toPath);
    if (!lockProject(lock, command))
        return Failure;
    ProjectStore to;
    if (!to.open(toPath, ProjectStore::OpenMode::OpenOrCreate, &error))
        return failure(error);
    const bool ok = copyProject(from, to, &error, [](const QString &table, qint64 rows) {
        out() << Tr::tr("%1: %n rows", nullptr, int(rows)).arg(table) << Qt::endl;
    });
    if (!ok) {
        to.close();
        if (toFile) // nothing was copied: leave no empty project behind
            QFile::remove(toPath);
        return failure(error);
    }
    out() << Tr::tr("copied %1 to %2").arg(from.path(), to.path()) << Qt::endl;
    return Ok;
}

int runGrant(QCommandLineParser &parser)
{
    const QString command = QStringLiteral("grant");
    QString projectPath;
    QString user;
    QString roleName;
    if (!requireOption(parser, command, QStringLiteral("project"), &projectPath)
        || !requireOption(parser, command, QStringLiteral("user"), &user)
        || !requireOption(parser, command, QStringLiteral("role"), &roleName))
        return Usage;
    std::optional<ProjectRole> role = parseProjectRole(roleName);
    if (!role && roleName.compare(u"none", Qt::CaseInsensitive) == 0)
        role = ProjectRole::None;
    if (!role)
        return usageError(command, Tr::tr("unknown role \"%1\" (annotator, reviewer, owner or "
                                          "none)")
                                       .arg(roleName));
    if (!ProjectLocation::looksLikeUrl(projectPath))
        return usageError(command, Tr::tr("roles need a shared project (postgresql://...)"));
    ProjectStore store;
    QString error;
    if (!store.open(projectPath, ProjectStore::OpenMode::OpenExisting, &error)) {
        err() << "wbc grant: " << error << Qt::endl;
        return Failure;
    }
    if (!store.grantRole(user, *role)) {
        err() << "wbc grant: " << store.lastError() << Qt::endl;
        return Failure;
    }
    out() << (*role == ProjectRole::None
                  ? Tr::tr("%1: %2 has no role any more").arg(store.path(), user)
                  : Tr::tr("%1: %2 is %3").arg(store.path(), user, projectRoleName(*role)))
          << Qt::endl;
    return Ok;
}

} // namespace

Command copyCommand()
{
    return {QStringLiteral("copy"),
            Tr::tr("Copy a whole project between files and PostgreSQL databases"),
            [](QCommandLineParser &p) {
                p.addOption({QStringLiteral("from"), Tr::tr("Project file or postgresql:// URL"),
                             QStringLiteral("FILE_OR_URL")});
                p.addOption({QStringLiteral("to"),
                             Tr::tr("New project file, or the URL of an empty database"),
                             QStringLiteral("FILE_OR_URL")});
            },
            runCopy};
}

Command grantCommand()
{
    return {QStringLiteral("grant"),
            Tr::tr("Give a PostgreSQL role its rights in a shared project"),
            [](QCommandLineParser &p) {
                p.addOption({QStringLiteral("project"), Tr::tr("Shared project (postgresql:// URL)"),
                             QStringLiteral("URL")});
                p.addOption({QStringLiteral("user"), Tr::tr("An existing PostgreSQL role"),
                             QStringLiteral("NAME")});
                p.addOption({QStringLiteral("role"), Tr::tr("annotator, reviewer, owner or none"),
                             QStringLiteral("ROLE")});
            },
            runGrant};
}

} // namespace wbc::cli
