// training-dashboard: the main window's training dashboard after a short real run (LeNet, four
// classes, three epochs) on synthetic smears: the loss and accuracy curves with their legends,
// the validation confusion matrix with the four class names, the runs table.
#include <QDockWidget>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "guisupport.h"
#include "mainwindow.h"
#include "screenshot.h"
#include "training/trainingjob.h"
#include "trainingdashboard.h"
#include "trainingform.h"

namespace wbc::screenshots {

QString trainingDashboard(const Options &, const QString &out)
{
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("smears"));
    SyntheticDatasetSpec spec = test::smallDataset(40);
    spec.multiCellFraction = 0;
    writeSyntheticDataset(data, spec);
    const QString project = dir.filePath(QStringLiteral("training.wbc"));
    {
        ProjectStore store;
        WBC_SHOT_CHECK(store.open(project));
        WBC_SHOT_CHECK(
            DatasetImporter(store, QStringLiteral("import")).run(data).fatalError.isEmpty());
    }
    MainWindow w;
    w.resize(1600, 1000);
    WBC_SHOT_CHECK(test::showActive(w));
    w.setWindowState(Qt::WindowMaximized);
    WBC_SHOT_CHECK(w.openProject(project));
    w.showDashboard();
    TrainParams p;
    p.task = Task::Four;
    p.arch = ModelArch::LeNet;
    p.epochs = 3;
    p.perClass = 24;
    p.batch = 8;
    p.lr = 1e-3;
    p.seed = 3;
    p.device = QStringLiteral("cpu");
    TrainingDashboard *dashboard = w.dashboard();
    dashboard->form()->setParams(p);
    dashboard->refreshCounts();
    WBC_SHOT_CHECK(dashboard->form()->canStart());
    QSignalSpy finished(dashboard->job(), &TrainingJob::finished);
    WBC_SHOT_CHECK(dashboard->start());
    WBC_SHOT_CHECK(finished.wait(300000));
    QTest::qWait(500); // the plots replot on a queued event
    return save(w, out);
}

} // namespace wbc::screenshots
