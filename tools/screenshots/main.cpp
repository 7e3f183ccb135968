// wbc-screenshots: makes the documentation's screenshots (docs/SCREENSHOTS.md). Each one builds
// its own project in a temporary folder (BCCD where it is there, synthetic smears otherwise),
// with the settings of a fresh installation, and leaves the user's settings alone. Runs headless:
// offscreen where there is no display, or under xvfb-run for a window manager's maximized window.
//
//   wbc-screenshots --list
//   wbc-screenshots NAME OUT.png [options]
//   wbc-screenshots --all OUTDIR [options]      (OUTDIR/NAME.png for each)
#include <cstdio>

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTranslator>

#include "i18n.h"
#include "screenshot.h"

using namespace wbc;

namespace {

void print(FILE *to, const QString &text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), to);
}

// Runs one screenshot with fresh settings; prints what became of it.
bool make(
    const screenshots::Screenshot &shot, const screenshots::Options &options, const QString &out)
{
    QSettings().clear(); // default docks, keys and language
    const QString error = shot.make(options, out);
    if (!error.isEmpty()) {
        print(stderr, QStringLiteral("wbc-screenshots: %1: %2").arg(shot.name, error));
        return false;
    }
    print(stdout, QStringLiteral("%1: %2").arg(shot.name, out));
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    // Without a display, the offscreen platform: the tool runs headless anyway.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // Settings of their own (QStandardPaths' test mode): a screenshot never sees or changes the
    // user's, and always shows a fresh installation's layout.
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("WBC Studio Screenshots"));
    QApplication::setApplicationName(QStringLiteral("WBC Studio"));
    i18n::install(&app, QStringLiteral("en"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Makes the screenshots of docs/images."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("name"), QStringLiteral("Screenshot (--list)"));
    parser.addPositionalArgument(QStringLiteral("out"), QStringLiteral("PNG file to write"));
    const QCommandLineOption list(QStringLiteral("list"), QStringLiteral("List the screenshots"));
    const QCommandLineOption all(QStringLiteral("all"),
        QStringLiteral("Make every screenshot, as DIR/NAME.png"),
        QStringLiteral("DIR"));
    const QCommandLineOption project(QStringLiteral("project"),
        QStringLiteral("gallery: the project to show"),
        QStringLiteral("FILE"));
    const QCommandLineOption slide(QStringLiteral("slide"),
        QStringLiteral("gallery: the slide to select"),
        QStringLiteral("NAME"));
    const QCommandLineOption bccd(QStringLiteral("bccd"),
        QStringLiteral("The BCCD set (default: $WBC_BCCD_DIR, else ") + QStringLiteral(WBC_BCCD_DIR)
            + QStringLiteral(")"),
        QStringLiteral("DIR"));
    const QCommandLineOption synthetic(
        QStringLiteral("synthetic"), QStringLiteral("Synthetic smears even where BCCD is there"));
    const QCommandLineOption user(QStringLiteral("user"),
        QStringLiteral("Who labels (default: $WBC_USER, else pathologist)"),
        QStringLiteral("NAME"));
    const QCommandLineOption dark(
        QStringLiteral("dark"), QStringLiteral("slide-browser: dark palette"));
    const QCommandLineOption width(QStringLiteral("width"),
        QStringLiteral("slide-browser: width (900)"),
        QStringLiteral("PX"));
    const QCommandLineOption chip(
        QStringLiteral("chip"), QStringLiteral("slide-browser: a \"showing only\" chip"));
    const QCommandLineOption root(QStringLiteral("root"),
        QStringLiteral("viewer-two-cells: the whole X screen (ImageMagick import)"));
    const QCommandLineOption language(QStringLiteral("language"),
        QStringLiteral("The window's language: en, de, fr or es (default en)"),
        QStringLiteral("CODE"));
    parser.addOptions(
        { list, all, project, slide, bccd, synthetic, user, dark, width, chip, root, language });
    parser.process(app);

    if (parser.isSet(language)) {
        const QString code = parser.value(language);
        bool known = false;
        for (const i18n::Language &l : i18n::languages())
            known = known || l.code == code;
        if (!known) {
            print(stderr,
                QStringLiteral("wbc-screenshots: no language %1 (en, de, fr, es)").arg(code));
            return 2;
        }
        for (QTranslator *t : app.findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        i18n::install(&app, code);
    }

    if (parser.isSet(bccd))
        qputenv("WBC_BCCD_DIR", QFile::encodeName(parser.value(bccd)));
    if (parser.isSet(synthetic))
        qputenv("WBC_BCCD_DIR", QByteArray()); // set and empty: no data set (testsupport.h)
    if (parser.isSet(user))
        qputenv("WBC_USER", parser.value(user).toUtf8());
    else if (qEnvironmentVariable("WBC_USER").trimmed().isEmpty())
        qputenv("WBC_USER", "pathologist");
    screenshots::Options options;
    options.project = parser.value(project);
    options.slide = parser.value(slide);
    options.dark = parser.isSet(dark);
    options.width = parser.value(width).toInt();
    options.chip = parser.isSet(chip);
    options.rootWindow = parser.isSet(root);

    const QList<screenshots::Screenshot> shots = screenshots::all();
    if (parser.isSet(list)) {
        for (const screenshots::Screenshot &shot : shots)
            print(stdout, QStringLiteral("%1\t%2").arg(shot.name, shot.description));
        return 0;
    }
    if (parser.isSet(all)) {
        const QDir dir(parser.value(all));
        if (!QDir().mkpath(dir.path())) {
            print(stderr, QStringLiteral("wbc-screenshots: cannot make %1").arg(dir.path()));
            return 1;
        }
        bool ok = true;
        for (const screenshots::Screenshot &shot : shots)
            ok = make(shot, options, dir.filePath(shot.name + QStringLiteral(".png"))) && ok;
        return ok ? 0 : 1;
    }
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2) {
        print(stderr, QStringLiteral("wbc-screenshots: give NAME OUT.png, --all DIR or --list"));
        return 2;
    }
    for (const screenshots::Screenshot &shot : shots) {
        if (shot.name == args.at(0))
            return make(shot, options, args.at(1)) ? 0 : 1;
    }
    print(
        stderr, QStringLiteral("wbc-screenshots: no screenshot named %1 (--list)").arg(args.at(0)));
    return 2;
}
