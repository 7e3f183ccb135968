#include "command.h"

#include "manpage.h"

#include "base/identity.h"

#include "project/projectlock.h"

#include <QCoreApplication>

namespace wbc::cli {

namespace {

// The context of this file's messages (lupdate reads it from Q_DECLARE_TR_FUNCTIONS).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(WbcCli)
};

QString toolHelp()
{
    QString text = Tr::tr("Usage: wbc COMMAND [OPTIONS]\n\n"
                      "WBC Studio command line: import, inspect and export white-blood-cell "
                      "datasets.\n\nCommands:\n");
    for (const Command &c : commands())
        text += QStringLiteral("  %1  %2\n").arg(c.name.leftJustified(10), c.summary);
    text += Tr::tr("  help       Show help for a command\n\n"
               "Options:\n  -h, --help     Show this help\n  -v, --version  Show the version\n\n"
               "Run 'wbc help COMMAND' for a command's options.\n");
    return text;
}

const Command *findCommand(const QString &name)
{
    for (const Command &c : commands()) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

void setupParser(QCommandLineParser &parser, const Command &command)
{
    parser.setApplicationDescription(command.summary);
    parser.addHelpOption();
    parser.addPositionalArgument(command.name, Tr::tr("Command"), command.name);
    command.setup(parser);
}

} // namespace

QString commandHelp(const Command &command)
{
    QCommandLineParser parser;
    setupParser(parser, command);
    return parser.helpText().replace(QCoreApplication::arguments().first(), QStringLiteral("wbc"));
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int usageError(const QString &command, const QString &message)
{
    out().flush();
    err() << "wbc " << command << ": " << message << Qt::endl;
    return Usage;
}

bool requireOption(QCommandLineParser &parser, const QString &command, const QString &option,
                   QString *value)
{
    if (!parser.isSet(option) || parser.value(option).isEmpty()) {
        usageError(command, Tr::tr("--%1 is required (see 'wbc help %2')").arg(option, command));
        return false;
    }
    *value = parser.value(option);
    return true;
}

bool resolveUser(const QCommandLineParser &parser, const QString &command, QString *user)
{
    *user = resolveUserName(parser.isSet(QStringLiteral("user")) ? parser.value(QStringLiteral("user"))
                                                                 : QString());
    if (!user->isEmpty())
        return true;
    err() << "wbc " << command << ": "
          << Tr::tr("no user name to record: give --user NAME or set WBC_USER") << Qt::endl;
    return false;
}

QCommandLineOption userOption()
{
    return {QStringLiteral("user"),
            Tr::tr("Who labels (default: $WBC_USER, else the name in Preferences, else the login "
                   "name)"),
            QStringLiteral("NAME")};
}

bool openLockedProject(ProjectLock &lock,
                       ProjectStore &store,
                       const QString &path,
                       const QString &command,
                       ProjectStore::OpenMode mode)
{
    if (!lockProject(lock, command))
        return false;
    QString error;
    if (!store.open(path, mode, &error)) {
        err() << "wbc " << command << ": " << error << Qt::endl;
        return false;
    }
    return true;
}

bool lockProject(ProjectLock &lock, const QString &command)
{
    switch (lock.tryLock()) {
    case ProjectLock::Result::Locked:
    case ProjectLock::Result::HeldHere:
    case ProjectLock::Result::Unavailable: // read-only folder: opening the project says the rest
        return true;
    case ProjectLock::Result::HeldByOther:
        break;
    }
    err() << "wbc " << command << ": "
          << Tr::tr("%1; close it there first (reading commands such as 'wbc stats' still work)")
                 .arg(lock.heldMessage())
          << Qt::endl;
    return false;
}

const QList<Command> &commands()
{
    static const QList<Command> list = {importCommand(),
                                        statsCommand(),
                                        slidesCommand(),
                                        labelCommand(),
                                        exportCommand(),
                                        detectCommand(),
                                        trainCommand(),
                                        evaluateCommand(),
                                        predictCommand(),
                                        reportCommand(),
                                        cvCommand(),
                                        auditCommand(),
                                        benchCommand(),
                                        agreementCommand(),
                                        copyCommand(),
                                        grantCommand()};
    return list;
}

int main(const QStringList &arguments)
{
    const QStringList args = arguments.mid(1);
    if (args.isEmpty())
        return usageError(QStringLiteral("help"), Tr::tr("no command given; try 'wbc --help'"));
    const QString first = args.first();
    if (first == u"--help" || first == u"-h") {
        out() << toolHelp();
        return Ok;
    }
    if (first == u"--version" || first == u"-v") {
        out() << "wbc " << QCoreApplication::applicationVersion() << Qt::endl;
        return Ok;
    }
    if (first == u"help") {
        if (args.size() < 2) {
            out() << toolHelp();
            return Ok;
        }
        if (args.at(1) == u"--man") { // hidden: the manual's COMMANDS section (manpage.h)
            for (const Command &c : commands())
                out() << manPageCommand(c.name, c.summary, commandHelp(c));
            return Ok;
        }
        const Command *command = findCommand(args.at(1));
        if (!command)
            return usageError(
                QStringLiteral("help"), Tr::tr("unknown command \"%1\"").arg(args.at(1)));
        out() << commandHelp(*command);
        return Ok;
    }
    const Command *command = findCommand(first);
    if (!command)
        return usageError(first, Tr::tr("unknown command; try 'wbc --help'"));
    QCommandLineParser parser;
    setupParser(parser, *command);
    QStringList parseArgs = args;
    parseArgs.prepend(arguments.first());
    if (!parser.parse(parseArgs))
        return usageError(command->name, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText().replace(arguments.first(), QStringLiteral("wbc"));
        return Ok;
    }
    const int status = command->run(parser);
    out().flush();
    err().flush();
    return status;
}

} // namespace wbc::cli
