#include "screenshot.h"

#include <QFileInfo>
#include <QPixmap>
#include <QWidget>

namespace wbc::screenshots {

QList<Screenshot> all()
{
    return {
        { QStringLiteral("viewer-two-cells"),
            QStringLiteral("the window with a two-cell field labelled through the keys (BCCD's "
                           "BloodImage_00043, else synthetic smears); docs/images/"
                           "viewer-two-cells.png"),
            viewerTwoCells },
        { QStringLiteral("gallery"),
            QStringLiteral("the window with the cell gallery of --project (docs/images/gallery.png:"
                           " tools/screenshots/make-demo-project.sh), else of six synthetic "
                           "fields"),
            gallery },
        { QStringLiteral("slide-browser"),
            QStringLiteral("the slide browser over BCCD (else synthetic smears) with flags, "
                           "labels and predictions; --dark, --width, --chip"),
            slideBrowser },
        { QStringLiteral("review-table"),
            QStringLiteral("the review table of cells over synthetic two-cell fields (an "
                           "untrained model's predictions, a few cells labelled)"),
            reviewTable },
        { QStringLiteral("training-dashboard"),
            QStringLiteral("the training dashboard after a short real run on synthetic smears "
                           "(four classes, three epochs): curves, confusion matrix, runs"),
            trainingDashboard },
        { QStringLiteral("shared-project"),
            QStringLiteral("an annotator's window on a shared project (a private PostgreSQL "
                           "cluster: needs the server installed) with a reviewer's label that "
                           "arrived live, just after the server went away"),
            sharedProject },
        { QStringLiteral("slide-viewer"),
            QStringLiteral("the window on a scanned slide (a synthetic pyramidal TIFF) in the "
                           "slide viewer: cells in their labels' colours, the overview inset; "
                           "docs/images/slide-viewer.png"),
            slideViewer },
        { QStringLiteral("slide-gallery"),
            QStringLiteral("the cell gallery of that slide's white cells, a few labelled; "
                           "docs/images/slide-gallery.png"),
            slideGallery },
    };
}

QString failure(const char *what, const char *file, int line)
{
    return QStringLiteral("%1:%2: %3 failed")
        .arg(QFileInfo(QString::fromUtf8(file)).fileName())
        .arg(line)
        .arg(QString::fromUtf8(what));
}

QString save(QWidget &widget, const QString &out)
{
    if (!widget.grab().save(out))
        return QStringLiteral("cannot write %1").arg(out);
    return {};
}

} // namespace wbc::screenshots
