// wbc: the command-line tool. Thin: everything it does lives in wbc_core.
#include "command.h"
#include "i18n.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstring>
#include <memory>

namespace {

QtMessageHandler g_previousHandler = nullptr;

// The offscreen platform looks up XDG_RUNTIME_DIR, which a PDF does not need; its warning (root
// shells, CI) would break the one-line-per-error contract of the command line.
void dropRuntimeDirWarning(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    const bool runtimeDir = text.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR")); // notr
    if (!runtimeDir && g_previousHandler)
        g_previousHandler(type, context, text);
}

} // namespace

int main(int argc, char *argv[])
{
    // `wbc report` paints a PDF, and fonts need a QGuiApplication; the offscreen platform needs
    // no display. Every other command stays a plain QCoreApplication.
    const bool paints = argc > 1 && std::strcmp(argv[1], "report") == 0;
    std::unique_ptr<QCoreApplication> app;
    if (paints) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        g_previousHandler = qInstallMessageHandler(dropRuntimeDirWarning);
        app = std::make_unique<QGuiApplication>(argc, argv);
        qInstallMessageHandler(g_previousHandler);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("wbc"));
    QCoreApplication::setOrganizationName(QStringLiteral("WBC Studio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WBC_VERSION));
    wbc::i18n::install(app.get()); // the system's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG)
    return wbc::cli::main(QCoreApplication::arguments());
}
