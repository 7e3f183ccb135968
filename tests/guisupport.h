#pragma once

// Helpers for the GUI tests (they link wbc_ui) and for tools/screenshots.

#include "cellgallerymodel.h"
#include "dataset/datasetimporter.h"
#include "dataset/syntheticsmear.h"
#include "imagefilterproxy.h"
#include "labelkeys.h"
#include "mainwindow.h"
#include "project/projectstore.h"
#include "slidebrowser.h"
#include "testsupport.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QWidget>

namespace wbc::test {

// Imports a small synthetic dataset into dir/NAME (p.wbc) and strips its labels, so there is
// something to label: single cells, or about multiCellFraction of the fields with two white
// cells. Returns the project path.
inline QString makeUnlabeledProject(const QString &dir,
    int images = 8,
    double multiCellFraction = 0,
    const QString &name = QStringLiteral("p.wbc"))
{
    const QString data = dir + QStringLiteral("/smears");
    SyntheticDatasetSpec spec = smallDataset(images);
    spec.multiCellFraction = multiCellFraction;
    writeSyntheticDataset(data, spec);
    QFile::remove(data + QStringLiteral("/labels.csv"));
    const QString project = dir + QLatin1Char('/') + name;
    ProjectStore store;
    store.open(project);
    DatasetImporter(store, QStringLiteral("import")).run(data);
    return project;
}

// Synthetic fields without labels, half of them (about) with two white cells: dir/cells.wbc.
inline QString makeTwoCellProject(const QString &dir, int images = 8)
{
    return makeUnlabeledProject(dir, images, 0.5, QStringLiteral("cells.wbc"));
}

// The first image in the browser's order with `cells` white cells; 0 when there is none.
inline qint64 imageWithCells(MainWindow &w, int cells)
{
    SlideBrowser *b = w.browser();
    for (int row = 0; row < b->proxy()->rowCount(); ++row) {
        const qint64 id = b->proxy()->imageIdAt(b->proxy()->index(row, 0));
        if (w.store()->whiteCells(id).size() == cells)
            return id;
    }
    return 0;
}

// Waits (20 s at most) until the cell gallery's model has read the project.
inline bool waitLoaded(CellGalleryModel *model)
{
    if (!model->isLoading())
        return true;
    QSignalSpy loaded(model, &CellGalleryModel::loaded);
    return loaded.wait(20000);
}

// Shortcuts only reach an active window.
inline bool showActive(QWidget &w)
{
    w.show();
    w.activateWindow();
    return QTest::qWaitForWindowActive(&w);
}

// The key that sets label (the current label keys: labelkeys.h); empty when none does.
inline QKeySequence keyFor(const CellLabel &label)
{
    for (const LabelKey &k : labelKeys()) {
        if (k.label == label)
            return k.key;
    }
    return {};
}

} // namespace wbc::test
