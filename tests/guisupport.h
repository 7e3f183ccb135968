#pragma once

// Helpers for the GUI tests (they link wbc_ui).

#include "dataset/datasetimporter.h"
#include "project/projectstore.h"
#include "dataset/syntheticsmear.h"
#include "testsupport.h"

#include <QFile>
#include <QTest>
#include <QWidget>

namespace wbc::test {

// Imports a small synthetic dataset (single cells) into dir/p.wbc and strips its labels, so
// there is something to label. Returns the project path.
inline QString makeUnlabeledProject(const QString &dir, int images = 8)
{
    const QString data = dir + QStringLiteral("/smears");
    SyntheticDatasetSpec spec = smallDataset(images);
    spec.multiCellFraction = 0;
    writeSyntheticDataset(data, spec);
    QFile::remove(data + QStringLiteral("/labels.csv"));
    const QString project = dir + QStringLiteral("/p.wbc");
    ProjectStore store;
    store.open(project);
    DatasetImporter(store, QStringLiteral("import")).run(data);
    return project;
}

// Shortcuts only reach an active window.
inline bool showActive(QWidget &w)
{
    w.show();
    w.activateWindow();
    return QTest::qWaitForWindowActive(&w);
}

} // namespace wbc::test
