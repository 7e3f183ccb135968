// wbc-studio: the desktop application. Thin: the window lives in wbc_ui.
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("WBC Studio"));
    QApplication::setOrganizationName(QStringLiteral("WBC Studio"));
    QApplication::setApplicationVersion(QStringLiteral(WBC_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("wbc-studio"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "WBC Studio"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("path"),
                                 QApplication::translate("main", "Project file or dataset folder"),
                                 QStringLiteral("[PATH]"));
    parser.process(app);

    wbc::MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openPath(parser.positionalArguments().first());
    return app.exec();
}
