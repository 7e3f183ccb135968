// The Help menu and the file dialogs as a lab user meets them: Help > User Guide shows the guide
// shipped with the program (its text and pictures from the program's resources, no network),
// Help > Keyboard Shortcuts lists every command that has a key with exactly its keys, and the
// file dialogs open in the project's folder, not the folder the program was started from.
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QMenuBar>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

#include "dialogfolder.h"
#include "guisupport.h"
#include "mainwindow.h"
#include "shortcutsdialog.h"
#include "userguidedialog.h"

using namespace wbc;

namespace {

QAction *helpAction(const MainWindow &w, const char *source)
{
    const QString text = MainWindow::tr(source);
    for (QAction *a : w.findChildren<QAction *>()) {
        if (a->text() == text)
            return a;
    }
    return nullptr;
}

QString plain(QString text)
{
    text.remove(u'&');
    text.remove(QStringLiteral("..."));
    return text.trimmed();
}

} // namespace

class TestHelpMenu : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void userGuideIsTheShippedOne()
    {
        MainWindow w;
        QVERIFY(test::showActive(w));
        QAction *guide = helpAction(w, "&User Guide");
        QVERIFY(guide);
        QVERIFY(guide->shortcuts().contains(QKeySequence(QKeySequence::HelpContents).isEmpty()
                ? QKeySequence()
                : QKeySequence(QKeySequence::HelpContents)));
        guide->trigger();
        auto *dialog = w.findChild<UserGuideDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        // The same text as docs/USER_GUIDE.md (the resource is that file).
        QFile shipped(QStringLiteral(":/docs/USER_GUIDE.md"));
        QVERIFY(shipped.open(QIODevice::ReadOnly));
        QFile source(QStringLiteral(WBC_SOURCE_DIR "/docs/USER_GUIDE.md"));
        QVERIFY(source.open(QIODevice::ReadOnly));
        QCOMPARE(shipped.readAll(), source.readAll());
        source.seek(0);
        const QString shown = dialog->browser()->toPlainText();
        QVERIFY(shown.size() > 2000);
        QVERIFY(!shown.contains(QStringLiteral("](images/"))); // rendered, not Markdown source
        // Its pictures come with it: every one it shows is in the resource (ui/CMakeLists.txt).
        const QRegularExpression picture(QStringLiteral("\\]\\((images/[^)]+)\\)"));
        int pictures = 0;
        for (auto m = picture.globalMatch(QString::fromUtf8(source.readAll())); m.hasNext();) {
            const QString file = m.next().captured(1);
            ++pictures;
            QVERIFY2(QFile::exists(QStringLiteral(":/docs/") + file), qPrintable(file));
        }
        QVERIFY(pictures >= 3);
        QVERIFY(!dialog->browser()
                     ->document()
                     ->resource(
                         QTextDocument::ImageResource, QUrl(QStringLiteral("images/gallery.png")))
                     .isNull());
        // Once: a second trigger raises the same window.
        guide->trigger();
        QCOMPARE(w.findChildren<UserGuideDialog *>().size(), 1);
    }

    void shortcutsListEveryKey()
    {
        MainWindow w;
        QVERIFY(helpAction(w, "&Keyboard Shortcuts"));
        ShortcutsDialog dialog(&w);
        const QStringList rows = dialog.rows();
        int keyed = 0;
        for (const QAction *a : w.findChildren<QAction *>()) {
            if (a->shortcuts().isEmpty() || a->text().isEmpty() || !a->isVisible()
                || a->objectName() == QStringLiteral("offlineLabelKey"))
                continue;
            ++keyed;
            QStringList keys;
            for (const QKeySequence &k : a->shortcuts())
                keys.append(k.toString(QKeySequence::NativeText));
            const QString row = plain(a->text()) + u'\t' + keys.join(QStringLiteral(", "));
            QVERIFY2(rows.contains(row), qPrintable(row));
        }
        QVERIFY(keyed > 20);
        QCOMPARE(rows.size(), keyed);
        // Redo with its platform keys, Preferences, a label key.
        QVERIFY(rows.filter(plain(MainWindow::tr("&Redo"))).size() == 1);
        QVERIFY(!rows.filter(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText))
                     .isEmpty());
    }

    void dialogsOpenInTheProjectFolder()
    {
        QTemporaryDir dir;
        QTemporaryDir elsewhere;
        const QString launch = QDir::currentPath();
        QDir::setCurrent(elsewhere.path()); // where the program was started
        MainWindow w;
        QVERIFY(test::showActive(w));
        const QString project = test::makeUnlabeledProject(dir.path(), 2);
        QVERIFY(w.openProject(project));
        const QString folder = QFileInfo(project).absolutePath();
        QCOMPARE(dialogFolder(w.store()), folder);
        QCOMPARE(dialogPath(w.store(), QStringLiteral("labels.csv")),
            QDir(folder).filePath(QStringLiteral("labels.csv")));

        // File > Export Labels > As CSV opens there.
        QString shownDir;
        QTimer::singleShot(0, &w, [&] {
            QTRY_VERIFY(qobject_cast<QFileDialog *>(QApplication::activeModalWidget()));
            auto *d = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            shownDir = d->directory().absolutePath();
            d->reject();
        });
        QAction *csv = helpAction(w, "As &CSV...");
        QVERIFY(csv);
        csv->trigger();
        QCOMPARE(QFileInfo(shownDir).canonicalFilePath(), QFileInfo(folder).canonicalFilePath());
        QDir::setCurrent(launch);
    }

    void withoutAProjectTheLastFolder()
    {
        QTemporaryDir dir;
        rememberDialogFolder(dir.filePath(QStringLiteral("x.wbc")));
        QCOMPARE(dialogFolder(nullptr), QFileInfo(dir.path()).absoluteFilePath());
        rememberDialogFolder(dir.path());
        QCOMPARE(dialogFolder(nullptr), QFileInfo(dir.path()).absoluteFilePath());
    }
};

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // Qt's own file dialog (a widget this test can find), whatever the desktop offers.
    QApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
    TestHelpMenu tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}

#include "tst_helpmenu.moc"
