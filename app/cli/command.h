#pragma once

#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QTextStream>

#include "project/projectstore.h"

#include <functional>

namespace wbc {
class ProjectLock;
}

namespace wbc::cli {

// One `wbc` subcommand: its options live in setup(), its work in run(). run() returns the exit
// status: 0 success, 1 failure, 2 usage error.
struct Command
{
    QString name;
    QString summary;
    std::function<void(QCommandLineParser &)> setup;
    std::function<int(QCommandLineParser &)> run;
};

const QList<Command> &commands();
// A command's options as `wbc help COMMAND` prints them (also the source of the man page).
QString commandHelp(const Command &command);

// Exit statuses of the command line contract.
enum ExitCode { Ok = 0, Failure = 1, Usage = 2 };

QTextStream &out();
QTextStream &err();

// Prints "wbc NAME: message" on stderr and returns Usage.
int usageError(const QString &command, const QString &message);
// Required option or usage error; returns false when missing.
bool requireOption(QCommandLineParser &parser, const QString &command, const QString &option,
                   QString *value);
// Who is labelling (base/identity.h): --user, WBC_USER, Preferences, the login name. When there
// is none, prints how to give one and returns false (the command line never prompts).
bool resolveUser(const QCommandLineParser &parser, const QString &command, QString *user);
// The --user option, for the commands that record who labelled.
QCommandLineOption userOption();
// For a command that writes a project: takes its lock, or prints who holds it and returns false.
// Read-only commands (stats, export, train --project's reading) never lock.
bool lockProject(ProjectLock &lock, const QString &command);
// lockProject(), then opens the project; prints "wbc COMMAND: ERROR" and returns false when
// either fails.
bool openLockedProject(ProjectLock &lock,
                       ProjectStore &store,
                       const QString &path,
                       const QString &command,
                       ProjectStore::OpenMode mode = ProjectStore::OpenMode::OpenExisting);

// Declared by each command's file; commands.cpp lists them.
Command importCommand();
Command statsCommand();
Command slidesCommand();
Command labelCommand();
Command exportCommand();
Command detectCommand();
Command trainCommand();
Command evaluateCommand();
Command predictCommand();
Command reportCommand();
Command cvCommand();
Command auditCommand();
Command benchCommand();
Command agreementCommand();
Command copyCommand();
Command grantCommand();

int main(const QStringList &arguments);

} // namespace wbc::cli
