#pragma once

#include <functional>

#include <QList>
#include <QString>

class QWidget;

// One picture of the documentation: a name (`wbc-screenshots NAME OUT.png`), what it shows, and
// the function that builds its project in a temporary folder, shows the widgets and saves them.
// The functions run on the GUI thread of the tool's QApplication, one after the other; each
// returns an empty string on success, else what went wrong. Developer text, not translated.
namespace wbc::screenshots {

struct Options
{
    QString project; // gallery: the project to show (else a synthetic one)
    QString slide; // gallery: the slide to select
    bool dark = false; // slide-browser: a dark palette
    int width = 0; // slide-browser: the widget's width (0: 900)
    bool chip = false; // slide-browser: a "showing only" chip
    bool rootWindow = false; // viewer-two-cells: the whole X screen (ImageMagick `import`)
};

struct Screenshot
{
    QString name;
    QString description;
    std::function<QString(const Options &, const QString &out)> make;
};

// Every screenshot, in the order --list and --all use.
QList<Screenshot> all();

// "FILE:LINE: what failed": the error a CHECK returns.
QString failure(const char *what, const char *file, int line);
// Saves a picture of the widget to out; an error when it cannot.
QString save(QWidget &widget, const QString &out);

QString viewerTwoCells(const Options &options, const QString &out);
QString gallery(const Options &options, const QString &out);
QString slideBrowser(const Options &options, const QString &out);
QString reviewTable(const Options &options, const QString &out);
QString sharedProject(const Options &options, const QString &out);
QString slideViewer(const Options &options, const QString &out);
QString slideGallery(const Options &options, const QString &out);
QString trainingDashboard(const Options &options, const QString &out);

} // namespace wbc::screenshots

// In a screenshot function: stop with an error naming the condition when it does not hold.
#define WBC_SHOT_CHECK(condition)                                                                  \
    do {                                                                                           \
        if (!(condition))                                                                          \
            return wbc::screenshots::failure(#condition, __FILE__, __LINE__);                      \
    } while (false)
