// slide-browser: the slide browser alone over BCCD (or 40 synthetic smears) with some of
// everything: flags, an unlabelled image, a multi-cell label, predictions, a selection.
#include <QApplication>
#include <QListView>
#include <QPalette>
#include <QTemporaryDir>
#include <QTest>

#include "browserfixture.h"
#include "dataset/datasetimporter.h"
#include "imagefilterproxy.h"
#include "project/projectstore.h"
#include "screenshot.h"
#include "slidebrowser.h"
#include "testsupport.h"
#include "thumbnailloader.h"

namespace wbc::screenshots {

namespace {

    QPalette darkPalette()
    {
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x38));
        dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xc6));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        dark.setColor(QPalette::Mid, QColor(0x50, 0x50, 0x50));
        return dark;
    }

} // namespace

QString slideBrowser(const Options &options, const QString &out)
{
    QTemporaryDir dir;
    ProjectStore store;
    QString data = test::bccdDir();
    if (data.isEmpty()) {
        data = dir.filePath(QStringLiteral("smears"));
        WBC_SHOT_CHECK(writeSyntheticDataset(data, test::smallDataset(40)));
    }
    WBC_SHOT_CHECK(store.open(dir.filePath(QStringLiteral("browser.wbc"))));
    WBC_SHOT_CHECK(DatasetImporter(store, QStringLiteral("tester")).run(data).fatalError.isEmpty());
    const QList<ImageRecord> images = store.images();
    WBC_SHOT_CHECK(images.size() >= 12);
    const QString user = QStringLiteral("t");
    const QString detected = QStringLiteral("detected");
    WBC_SHOT_CHECK(store.addFlag(images.at(1).id, CellCountFlag::Multi, detected, user));
    WBC_SHOT_CHECK(store.addFlag(images.at(4).id, CellCountFlag::None, detected, user));
    store.addLabel(images.at(2).id, ImageLabel(), QStringLiteral("user"), user);
    store.addLabel(
        images.at(6).id, test::label("NEUTROPHIL,LYMPHOCYTE"), QStringLiteral("user"), user);

    const QPalette palette = QApplication::palette();
    if (options.dark)
        QApplication::setPalette(darkPalette());
    SlideBrowser browser;
    browser.resize(options.width > 0 ? options.width : 900, 620);
    browser.setProject(&store);
    browser.setPrediction(images.at(3).id, QStringLiteral("MONOCYTE"), 0.91);
    browser.setPrediction(images.at(7).id, QStringLiteral("EOSINOPHIL"), 0.55);
    if (options.chip)
        browser.showOnly({ images.at(0).id, images.at(1).id, images.at(3).id, images.at(4).id },
            QStringLiteral("true Neutrophil, predicted Monocyte"));
    browser.show();
    WBC_SHOT_CHECK(QTest::qWaitForWindowExposed(&browser));
    browser.view()->setFocus();
    browser.selectImage(images.at(3).id);
    browser.view()->selectionModel()->select(
        browser.proxy()->indexOfImage(images.at(5).id), QItemSelectionModel::Select);
    WBC_SHOT_CHECK(
        QTest::qWaitFor([&] { return browser.thumbnailLoader()->pendingCount() == 0; }, 30000));
    QTest::qWait(100);
    const QString error = save(browser, out);
    QApplication::setPalette(palette); // for the next screenshot of --all
    return error;
}

} // namespace wbc::screenshots
