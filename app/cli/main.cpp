// wbc: the command-line tool. Thin: everything it does lives in wbc_core.
#include "command.h"
#include "i18n.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("wbc"));
    QCoreApplication::setOrganizationName(QStringLiteral("WBC Studio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WBC_VERSION));
    wbc::i18n::install(&app); // the system's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG)
    return wbc::cli::main(QCoreApplication::arguments());
}
