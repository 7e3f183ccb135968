// wbc: the command-line tool. Thin: everything it does lives in wbc_core.
#include "command.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("wbc"));
    QCoreApplication::setOrganizationName(QStringLiteral("WBC Studio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WBC_VERSION));
    return wbc::cli::main(QCoreApplication::arguments());
}
