#include <QAction>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include "cellgallerymodel.h"
#include "cellgalleryview.h"
#include "cellviewer.h"
#include "dataset/datasetimporter.h"
#include "dataset/syntheticsmear.h"
#include "guisupport.h"
#include "imagelistmodel.h"
#include "labelhistorypanel.h"
#include "labelkeys.h"
#include "mainwindow.h"
#include "messagebanner.h"
#include "opensharedprojectdialog.h"
#include "pgtestsupport.h"
#include "preferencesdialog.h"
#include "project/projectnotifier.h"
#include "project/projectstore.h"
#include "slidebrowser.h"
#include "thumbnailloader.h"
#include "trainingdashboard.h"

using namespace wbc;
using namespace wbc::test;

// The main window on a shared project of a real PostgreSQL server (the CTest fixture's cluster;
// a private one for the test that kills it): another client's label appears live, a server that
// stops answering shows a banner and refuses labels without recording them, the window recovers
// when it is back, an annotator gets no owner's tools, the Open Shared Project dialog keeps its
// password out of the settings, and the image folder maps to this computer.
namespace {

// A shared project with a few unlabelled single-cell fields, imported by its owner; ann1 is an
// annotator and rev1 a reviewer. The database is dropped when it goes (a private cluster's goes
// with the cluster).
struct SharedProject
{
    QString database;
    QString dataDir;
    QString error;
    bool dropOnExit = true;

    SharedProject(const QString &dir, int images = 6)
    {
        const auto db = createPgDatabase(QStringLiteral("sharedwindow"), &error);
        if (!db)
            return;
        database = *db;
        dataDir = dir + QStringLiteral("/smears");
        SyntheticDatasetSpec spec = smallDataset(images);
        spec.multiCellFraction = 0;
        if (!writeSyntheticDataset(dataDir, spec)) {
            error = QStringLiteral("cannot write the synthetic set");
            return;
        }
        QFile::remove(dataDir + QStringLiteral("/labels.csv"));
        ProjectStore store;
        if (!store.open(url(), ProjectStore::OpenMode::OpenOrCreate, &error))
            return;
        const ImportReport report = DatasetImporter(store, QStringLiteral("import")).run(dataDir);
        if (!report.fatalError.isEmpty() || report.imported != images) {
            error = QStringLiteral("import: ") + report.fatalError;
            return;
        }
        if (!store.grantRole(QStringLiteral("ann1"), ProjectRole::Annotator)
            || !store.grantRole(QStringLiteral("rev1"), ProjectRole::Reviewer))
            error = store.lastError();
    }
    ~SharedProject()
    {
        if (dropOnExit && !database.isEmpty())
            dropPgDatabase(database);
    }
    bool ok() const { return !database.isEmpty() && error.isEmpty(); }
    QString url(const QString &role = QStringLiteral("wbc_owner")) const
    {
        return pgUrl(database, role);
    }
};

QString galleryLabel(MainWindow &w, qint64 cellId)
{
    return w.gallery()->model()->indexOfCell(cellId).data(CellGalleryModel::LabelRole).toString();
}

QAction *actionNamed(QWidget &w, const QString &text)
{
    for (QAction *a : w.findChildren<QAction *>()) {
        if (a->text() == text)
            return a;
    }
    return nullptr;
}


// The first white cell of the window's current field, made current in the viewer.
qint64 currentFirstCell(MainWindow &w)
{
    const qint64 image = w.browser()->currentImageId();
    const QList<CellRecord> cells = image ? w.store()->whiteCells(image) : QList<CellRecord>();
    if (cells.isEmpty())
        return 0;
    w.viewer()->selectCell(cells.first().id);
    return cells.first().id;
}

} // namespace

class TestSharedWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("WBC Studio Tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_sharedwindow"));
        WBC_REQUIRE_PG();
    }
    void init() { QSettings().clear(); }

    // Another client's label (an annotator's own connection) shows in the gallery, the viewer,
    // the image list and the label history within a second, without reloading the project.
    void anotherClientsLabelAppearsLive()
    {
        QTemporaryDir dir;
        SharedProject project(dir.path());
        QVERIFY2(project.ok(), qPrintable(project.error));
        MainWindow w;
        QVERIFY(showActive(w));
        QVERIFY(w.openProject(project.url()));
        QVERIFY(w.store()->isShared());
        QVERIFY(w.notifier());
        w.showGallery();
        QTRY_VERIFY(w.gallery()->model()->totalCount() > 0 && !w.gallery()->model()->isLoading());
        const qint64 image = w.browser()->currentImageId();
        QVERIFY(image);
        const qint64 cell = currentFirstCell(w);
        QVERIFY(cell);
        QTRY_COMPARE(w.viewer()->imageId(), image);
        QCOMPARE(galleryLabel(w, cell), QString());
        QCOMPARE(w.historyPanel()->entryCount(), 0);

        ProjectStore other;
        QString error;
        QVERIFY2(
            other.open(
                project.url(QStringLiteral("ann1")), ProjectStore::OpenMode::OpenExisting, &error),
            qPrintable(error));
        const CellLabel lymphocyte = CellLabel::ofClass(CellClass::Lymphocyte);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(other.addCellLabel(cell, lymphocyte, LabelOrigin::Key, QStringLiteral("ann1")));
        QTRY_VERIFY_WITH_TIMEOUT(galleryLabel(w, cell) == lymphocyte.name(), 1000);
        QTRY_VERIFY_WITH_TIMEOUT(w.viewer()->cellLabel(cell) == lymphocyte, 1000);
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
        const QModelIndex row = w.browser()->model()->indexOfImage(image);
        QCOMPARE(row.data(ImageListModel::LabelRole).toString(), lymphocyte.name());
        QCOMPARE(w.historyPanel()->entryCount(), 1);
        QCOMPARE(w.historyPanel()->entryText(0, LabelHistoryPanel::Who), QStringLiteral("ann1"));
        QCOMPARE(w.undoStack()->count(), 0); // someone else's label is no step of ours
    }

    // The server is killed: the banner shows within a few seconds, labels are refused and
    // nothing lands on the undo stack; once it is back the banner goes and labels are stored.
    void lostServerShowsBannerAndRecovers()
    {
        PrivatePgCluster cluster;
        QVERIFY2(cluster.isStarted(), qPrintable(cluster.error()));
        QTemporaryDir dir;
        SharedProject project(dir.path());
        project.dropOnExit = false; // the private cluster goes as a whole
        QVERIFY2(project.ok(), qPrintable(project.error));
        const CellLabel neutrophil = CellLabel::ofClass(CellClass::Neutrophil);
        QVERIFY(!test::keyFor(neutrophil).isEmpty());
        {
            MainWindow w;
            QVERIFY(showActive(w));
            QVERIFY(w.openProject(project.url()));
            const qint64 cell = currentFirstCell(w);
            QVERIFY(cell);
            QVERIFY(w.connectionBanner()->isHidden());

            QString output;
            QVERIFY2(pgCluster(QStringLiteral("kill"), &output), qPrintable(output));
            QElapsedTimer clock;
            clock.start();
            // A label right away (before the keepalive noticed): the write fails, nothing is
            // recorded as done.
            w.labelSelection(neutrophil);
            QCOMPARE(w.undoStack()->count(), 0);
            QTRY_VERIFY_WITH_TIMEOUT(w.connectionBanner()->isVisible(), 3000);
            QVERIFY2(clock.elapsed() < 3500, qPrintable(QString::number(clock.elapsed())));
            QVERIFY(w.connectionBanner()->text().contains(QStringLiteral("does not answer")));
            QVERIFY(w.connectionBanner()->text().contains(project.url()));
            QCOMPARE(w.connectionBanner()->kind(), MessageBanner::Kind::Error);
            // The label key now saves nothing and points at the banner (no dialog per key).
            QAction *labelAction = actionNamed(w, "Label as " + neutrophil.displayName());
            QVERIFY(labelAction);
            QVERIFY(!labelAction->isEnabled());
            currentFirstCell(w);
            QTest::keySequence(&w, test::keyFor(neutrophil));
            QVERIFY(w.connectionBanner()->isFlashing());
            QCOMPARE(w.undoStack()->count(), 0);
            w.labelSelection(neutrophil); // however it is asked
            QCOMPARE(w.undoStack()->count(), 0);

            QVERIFY2(pgCluster(QStringLiteral("restart"), &output), qPrintable(output));
            QTRY_VERIFY_WITH_TIMEOUT(w.connectionBanner()->isHidden(), 15000);
            QVERIFY(labelAction->isEnabled());
            QVERIFY(w.notifier()->isConnected());
            QCOMPARE(currentFirstCell(w), cell);
            QTest::keySequence(&w, test::keyFor(neutrophil));
            QCOMPARE(w.undoStack()->count(), 1);

            ProjectStore check;
            QString error;
            QVERIFY2(check.open(project.url(), ProjectStore::OpenMode::OpenExisting, &error),
                qPrintable(error));
            const auto stored = check.currentCellLabel(cell);
            QVERIFY(stored);
            QCOMPARE(stored->label, neutrophil);
            QCOMPARE(check.cellLabelHistory(cell).size(), 1); // the refused ones never reached it
        }
    }

    // The server refuses a label (the annotator's INSERT right taken away while the window is
    // open): one line in the status bar, no dialog, no banner, and no undo step claims it.
    void refusedLabelIsNotRecorded()
    {
        QTemporaryDir dir;
        SharedProject project(dir.path());
        QVERIFY2(project.ok(), qPrintable(project.error));
        MainWindow w;
        QVERIFY(showActive(w));
        QVERIFY(w.openProject(project.url(QStringLiteral("ann1"))));
        const qint64 cell = currentFirstCell(w);
        QVERIFY(cell);
        PgConnection owner(project.database);
        QVERIFY2(owner.exec("REVOKE INSERT ON cell_labels FROM ann1"), qPrintable(owner.error()));
        QTest::keySequence(&w, test::keyFor(CellLabel::ofClass(CellClass::Eosinophil)));
        QCOMPARE(w.undoStack()->count(), 0);
        QVERIFY(!w.store()->currentCellLabel(cell));
        const QString message = w.statusBar()->currentMessage();
        QVERIFY2(message.contains(QStringLiteral("permission denied")), qPrintable(message));
        QVERIFY(!message.contains(u'\n'));
        QVERIFY(w.connectionBanner()->isHidden());
        QVERIFY(w.notifier()->isConnected());
    }

    // An annotator sees who they are and gets no owner's tools (disabled, saying why), cannot
    // review, but labels as themselves.
    void annotatorGetsNoOwnersTools()
    {
        QTemporaryDir dir;
        SharedProject project(dir.path());
        QVERIFY2(project.ok(), qPrintable(project.error));
        MainWindow w;
        QVERIFY(showActive(w));
        QVERIFY(w.openProject(project.url(QStringLiteral("ann1"))));
        QCOMPARE(w.store()->role(), ProjectRole::Annotator);
        QVERIFY2(w.windowTitle().contains(QStringLiteral("ann1 (annotator)")),
            qPrintable(w.windowTitle()));
        for (const QString &text : { "&Import Folder...",
                 "&Start Training",
                 "&Detect White Cells in Project",
                 "Check &Labels...",
                 "&Predict with Active Model",
                 "&Move Images to Slide..." }) {
            QAction *a = actionNamed(w, text);
            QVERIFY2(a, qPrintable(text));
            QVERIFY2(!a->isEnabled(), qPrintable(text));
            QVERIFY2(a->toolTip().contains(QStringLiteral("owner")), qPrintable(a->toolTip()));
        }
        QVERIFY(!w.dashboard()->isEnabled());
        QVERIFY(!w.blindModeAction()->isEnabled());

        // Labelling is theirs; the server records them as the author.
        const qint64 cell = currentFirstCell(w);
        QVERIFY(cell);
        QTest::keySequence(&w, test::keyFor(CellLabel::ofClass(CellClass::Monocyte)));
        QCOMPARE(w.undoStack()->count(), 1);
        QCOMPARE(w.store()->currentCellLabel(cell)->author, QStringLiteral("ann1"));
        // A review label is a reviewer's: refused before it is tried, no undo step.
        QVERIFY(!w.gallery()->model()->relabel(
            { cell }, CellLabel::ofClass(CellClass::Basophil), LabelOrigin::Review));
        QCOMPARE(w.undoStack()->count(), 1);
        QCOMPARE(w.store()->currentCellLabel(cell)->label, CellLabel::ofClass(CellClass::Monocyte));

        // A role without access: one message naming the project, no window state changed.
        MainWindow outsider;
        QTest::ignoreMessage(
            QtWarningMsg, QRegularExpression("^postgresql://outsider@.*: permission denied"));
        QVERIFY(!outsider.openProject(project.url(QStringLiteral("outsider"))));
        QVERIFY(!outsider.store());

        // The owner has them all, and switches blind mode.
        MainWindow owner;
        QVERIFY(owner.openProject(project.url()));
        QVERIFY(actionNamed(owner, "&Start Training")->isEnabled());
        QVERIFY(owner.dashboard()->isEnabled());
        QVERIFY(owner.blindModeAction()->isEnabled());
        QVERIFY(!owner.blindModeAction()->isChecked());
        owner.blindModeAction()->trigger();
        QVERIFY(owner.store()->blindMode());
    }

    // The dialog makes the location typed, password included, and neither it nor opening the
    // project writes the password to the settings; the recent list has the URL without it.
    void openDialogKeepsThePasswordInMemory()
    {
        const QString password = QStringLiteral("pw-never-saved-7f3a");
        {
            OpenSharedProjectDialog dialog;
            dialog.findChild<QLineEdit *>(QStringLiteral("host"))
                ->setText(QStringLiteral("db.lab"));
            dialog.findChild<QSpinBox *>(QStringLiteral("port"))->setValue(6543);
            dialog.findChild<QLineEdit *>(QStringLiteral("database"))
                ->setText(QStringLiteral("smears"));
            dialog.findChild<QLineEdit *>(QStringLiteral("user"))->setText(QStringLiteral("ann1"));
            auto *pw = dialog.findChild<QLineEdit *>(QStringLiteral("password"));
            QCOMPARE(pw->echoMode(), QLineEdit::Password);
            pw->setText(password);
            auto *ssl = dialog.findChild<QComboBox *>(QStringLiteral("sslmode"));
            QCOMPARE(ssl->currentText(), QStringLiteral("prefer"));
            ssl->setCurrentIndex(ssl->findText(QStringLiteral("require")));
            dialog.accept();
            const ProjectLocation l = dialog.location();
            QVERIFY(l.isShared());
            QCOMPARE(l.host, QStringLiteral("db.lab"));
            QCOMPARE(l.port, 6543);
            QCOMPARE(l.database, QStringLiteral("smears"));
            QCOMPARE(l.user, QStringLiteral("ann1"));
            QCOMPARE(l.password, password);
            QCOMPARE(l.sslmode, QStringLiteral("require"));
            QCOMPARE(
                l.url(), QStringLiteral("postgresql://ann1@db.lab:6543/smears?sslmode=require"));
        }
        {
            OpenSharedProjectDialog again; // remembers all but the password
            QCOMPARE(again.location().host, QStringLiteral("db.lab"));
            QCOMPARE(again.location().password, QString());
        }

        // wbc_pw must give its password. Without one (and no PGPASSWORD or ~/.pgpass) the window
        // says so in one message (a test run has no one to ask); with it, the window and its
        // background readers connect, and the settings never see it.
        QTemporaryDir dir;
        SharedProject project(dir.path());
        QVERIFY2(project.ok(), qPrintable(project.error));
        {
            ProjectStore owner;
            QVERIFY(owner.open(project.url(), ProjectStore::OpenMode::OpenExisting));
            QVERIFY(owner.grantRole(QStringLiteral("wbc_pw"), ProjectRole::Reviewer));
        }
        const QByteArray pgpassword = qgetenv("PGPASSWORD");
        const QByteArray pgpassfile = qgetenv("PGPASSFILE");
        qunsetenv("PGPASSWORD");
        qputenv("PGPASSFILE", "/nonexistent/wbc-test-pgpass");
        const auto restoreEnv = qScopeGuard([&] {
            if (pgpassword.isNull())
                qunsetenv("PGPASSWORD");
            else
                qputenv("PGPASSWORD", pgpassword);
            if (pgpassfile.isNull())
                qunsetenv("PGPASSFILE");
            else
                qputenv("PGPASSFILE", pgpassfile);
        });
        const QString url = project.url(QStringLiteral("wbc_pw"));
        auto location = ProjectLocation::parse(url);
        QVERIFY(location);
        {
            MainWindow w;
            QTest::ignoreMessage(
                QtWarningMsg, QRegularExpression("permission denied.*no password supplied"));
            QVERIFY(!w.openSharedProject(*location));
            QVERIFY(!w.store());
        }
        const QString secret = pgPwRolePassword();
        location->password = secret;
        {
            MainWindow w;
            QVERIFY(w.openSharedProject(*location));
            QCOMPARE(w.store()->role(), ProjectRole::Reviewer);
            QCOMPARE(w.store()->path(), url); // never with the password
            w.showGallery(); // read on a worker thread, over a connection of its own
            QTRY_VERIFY(w.gallery()->model()->totalCount() > 0);
            w.close(); // writes geometry and state too
        }
        QSettings settings;
        settings.sync();
        const QStringList recent
            = settings.value(QStringLiteral("mainwindow/recentProjects")).toStringList();
        QVERIFY(recent.contains(url));
        QFile file(settings.fileName());
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
        const QByteArray written = file.readAll();
        QVERIFY(written.contains("sharedProject"));
        for (const QString &never : { password, secret }) {
            QVERIFY(!written.contains(never.toUtf8()));
            for (const QString &key : settings.allKeys())
                QVERIFY2(!settings.value(key).toString().contains(never), qPrintable(key));
        }

        // Reopened from the recent list: libpq's own ways apply (here PGPASSWORD), no prompt.
        qputenv("PGPASSWORD", secret.toUtf8());
        MainWindow again;
        QVERIFY(again.openPath(recent.first()));
        QCOMPARE(again.store()->path(), url);
    }

    // The images are not where they were imported from: a banner says so and points to
    // Preferences; the folder set there is applied before anything is read.
    void imageFolderMapsToThisComputer()
    {
        QTemporaryDir dir;
        SharedProject project(dir.path());
        QVERIFY2(project.ok(), qPrintable(project.error));
        const QString moved = dir.filePath(QStringLiteral("mounted-here"));
        QVERIFY(QDir().rename(project.dataDir, moved));
        {
            MainWindow w;
            QVERIFY(w.openProject(project.url(QStringLiteral("ann1"))));
            QVERIFY(!w.imagesBanner()->isHidden());
            QCOMPARE(w.imagesBanner()->kind(), MessageBanner::Kind::Warning);
            QVERIFY(w.imagesBanner()->text().contains(QStringLiteral("Preferences")));
        }
        PreferencesDialog::setImageFolderFor(project.url(QStringLiteral("ann1")), moved);
        MainWindow w;
        QVERIFY(w.openProject(project.url(QStringLiteral("ann1"))));
        QVERIFY(w.imagesBanner()->isHidden());
        const qint64 image = w.browser()->currentImageId();
        QVERIFY(image);
        const QString path
            = w.browser()->model()->indexOfImage(image).data(ImageListModel::PathRole).toString();
        QVERIFY2(path.startsWith(moved), qPrintable(path));
        QVERIFY(QFileInfo::exists(path));
        QTRY_VERIFY(w.viewer()->hasImage());
        // Other projects, and other users of this one, keep their own folders.
        QCOMPARE(PreferencesDialog::imageFolderFor(project.url()), QString());
    }
};

QTEST_MAIN(TestSharedWindow)
#include "tst_sharedwindow.moc"
