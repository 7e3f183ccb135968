// wbc-studio: the desktop application. Thin: the window lives in wbc_ui.
#include "agreementdialog.h"
#include "i18n.h"
#include "imagefilterproxy.h"
#include "mainwindow.h"
#include "imagelistmodel.h"
#include "slidelistdock.h"
#include "cellgallerymodel.h"
#include "cellgalleryview.h"
#include "preferencesdialog.h"
#include "project/projectstore.h"
#include "reportdialog.h"
#include "reviewmodel.h"
#include "reviewpanel.h"
#include "project/runhistory.h"
#include "slidebrowser.h"
#include "trainingdashboard.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>
#include <QJsonObject>
#include <QJsonDocument>
#include <QElapsedTimer>
#include <QTimer>

namespace {

// --measure-open: from the call to the moment nothing the window shows is still being read.
int measureOpening(QApplication &app, wbc::MainWindow &window, const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    window.openPath(path);
    const double openedMs = timer.nsecsElapsed() / 1e6;
    int result = 1;
    QTimer poll;
    poll.setInterval(5);
    QObject::connect(&poll, &QTimer::timeout, &app, [&] {
        const bool loading = !window.store() || window.gallery()->model()->isLoading()
                             || window.slideList()->isRefreshing();
        if (loading && timer.elapsed() < 120000)
            return;
        const QJsonObject o{{QStringLiteral("project"), path},
                            {QStringLiteral("opened"), window.store() != nullptr},
                            {QStringLiteral("open_call_ms"), openedMs},
                            {QStringLiteral("all_shown_ms"), timer.nsecsElapsed() / 1e6},
                            {QStringLiteral("images"), window.browser()->model()->rowCount()},
                            {QStringLiteral("gallery_rows"),
                             window.gallery()->model()->rowCount()}};
        QTextStream(stdout) << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
        result = window.store() && !loading ? 0 : 1;
        app.quit();
    });
    poll.start();
    app.exec();
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("WBC Studio"));
    QApplication::setOrganizationName(QStringLiteral("WBC Studio"));
    QApplication::setApplicationVersion(QStringLiteral(WBC_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("wbc-studio"));
    wbc::i18n::install(&app, wbc::PreferencesDialog::language()); // needs the names, for QSettings

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "WBC Studio"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("path"),
                                 QApplication::translate("main", "Project file or dataset folder"),
                                 QStringLiteral("[PATH]"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a picture of the window to FILE after a few "
                                        "seconds and quit (for documentation)"),
        QStringLiteral("FILE"));
    const QCommandLineOption select(QStringLiteral("select"),
                                    QApplication::translate("main", "Select the image named NAME"),
                                    QStringLiteral("NAME"));
    const QCommandLineOption filter(QStringLiteral("filter"),
                                    QApplication::translate("main", "Show only: multi, none, "
                                                                    "unlabeled"),
                                    QStringLiteral("FILTER"));
    const QCommandLineOption train(
        QStringLiteral("train"),
        QApplication::translate("main", "Start a training run on the project (with --screenshot)"));
    const QCommandLineOption delay(QStringLiteral("screenshot-delay"),
                                   QApplication::translate("main", "Seconds before the picture"),
                                   QStringLiteral("SECONDS"), QStringLiteral("6"));
    const QCommandLineOption show(
        QStringLiteral("show"),
        QApplication::translate("main", "With --screenshot: review (the review panel, predicting "
                                        "first if needed), saliency, report (the differential "
                                        "count dialog is pictured), gallery (the cell gallery), "
                                        "suspects (the label check's queue), adjudication "
                                        "(the adjudication queue), agreement (the agreement "
                                        "dialog is pictured); comma-separated"),
        QStringLiteral("WHAT"));
    const QCommandLineOption measureOpen(
        QStringLiteral("measure-open"),
        QApplication::translate("main", "Open PATH, print how long until the window shows it "
                                        "all (slide browser, cell gallery, slide list) as one "
                                        "JSON line, and quit (docs/BENCHMARKS.md)"));
    parser.addOption(measureOpen);
    parser.addOption(show);
    parser.addOption(train);
    parser.addOption(delay);
    parser.addOption(screenshot);
    parser.addOption(select);
    parser.addOption(filter);
    parser.process(app);

    wbc::MainWindow window;
    window.show();
    if (parser.isSet(measureOpen)) {
        if (parser.positionalArguments().isEmpty())
            parser.showHelp(2);
        return measureOpening(app, window, parser.positionalArguments().first());
    }
    if (!parser.positionalArguments().isEmpty())
        window.openPath(parser.positionalArguments().first());
    else
        window.reopenLastProject();
    wbc::ReportDialog *report = nullptr;
    if (parser.isSet(screenshot)) {
        QTimer::singleShot(2500, &window, [&] {
            const QString f = parser.value(filter);
            if (f == u"multi")
                window.browser()->setFilter(wbc::ImageFilter::MultiCell);
            else if (f == u"none")
                window.browser()->setFilter(wbc::ImageFilter::NoCell);
            else if (f == u"unlabeled")
                window.browser()->setFilter(wbc::ImageFilter::Unlabeled);
            if (parser.isSet(select))
                window.browser()->selectImageNamed(parser.value(select));
            const QStringList shown = parser.value(show).split(QLatin1Char(','));
            if (shown.contains(QStringLiteral("review"))) {
                window.showReview();
                if (window.review()->model()->predictionCount() == 0)
                    window.predictImages();
            }
            if (shown.contains(QStringLiteral("gallery")))
                window.showGallery();
            if (shown.contains(QStringLiteral("suspects"))) { // the newest label check's queue
                window.showReview();
                window.review()->setSuspectQueue(true);
            }
            if (shown.contains(QStringLiteral("adjudication")))
                window.showAdjudication();
            if (shown.contains(QStringLiteral("agreement")))
                window.showAgreement();
            if (shown.contains(QStringLiteral("saliency")))
                window.setSaliencyVisible(true);
            if (shown.contains(QStringLiteral("report")) && window.store()) {
                report = new wbc::ReportDialog(*window.store(),
                                               wbc::RunHistory(*window.store()).activeModelId(),
                                               window.browser()->selectedImageIds(), &window);
                report->show();
            }
            if (parser.isSet(train)) {
                window.showDashboard();
                window.dashboard()->start();
            }
        });
        QTimer::singleShot(int(parser.value(delay).toDouble() * 1000), &window, [&] {
            QWidget *agreement = window.agreementDialog();
            (report ? static_cast<QWidget *>(report) : agreement ? agreement : &window)
                ->grab()
                .save(parser.value(screenshot));
            app.quit();
        });
    }
    return app.exec();
}
