// The main window's keyboard shortcuts: in each of the four languages no two actions (menus,
// docks, label keys; enabled or not) share a key, and no action lists the same key twice (Qt then
// reports "Ambiguous shortcut overload" and the key does nothing); Redo, Preferences and the
// Mark-as commands have keys, and Redo's keys redo.
#include <QAction>
#include <QApplication>
#include <QMap>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QUndoCommand>
#include <QUndoStack>

#include "guisupport.h"
#include "i18n.h"
#include "mainwindow.h"
#include "slidebrowser.h"

using namespace wbc;

namespace {

void removeTranslators()
{
    for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

// The stand-ins that take a label key while a shared project's server is away: enabled only
// while their label action is disabled (MainWindow::rebuildLabelActions), so never ambiguous.
bool isOfflineStandIn(const QAction *a)
{
    return a->objectName() == QStringLiteral("offlineLabelKey");
}

QString describe(const QAction *a)
{
    QString text = a->text();
    text.remove(QLatin1Char('&'));
    return QStringLiteral("\"%1\"").arg(text);
}

// Every key of every action of the window, one entry per (action, key) pair.
QMultiMap<QString, const QAction *> shortcutsOf(const MainWindow &w)
{
    QMultiMap<QString, const QAction *> keys;
    for (const QAction *a : w.findChildren<QAction *>()) {
        if (isOfflineStandIn(a))
            continue;
        for (const QKeySequence &key : a->shortcuts()) {
            if (!key.isEmpty())
                keys.insert(key.toString(QKeySequence::PortableText), a);
        }
    }
    return keys;
}

QAction *actionNamed(const MainWindow &w, const QString &source)
{
    const QString text = MainWindow::tr(source.toUtf8().constData());
    for (QAction *a : w.findChildren<QAction *>()) {
        if (a->text() == text && !isOfflineStandIn(a))
            return a;
    }
    return nullptr;
}

// Counts how often it is redone.
class CountingCommand : public QUndoCommand
{
public:
    explicit CountingCommand(int *redone)
        : QUndoCommand(QStringLiteral("count"))
        , m_redone(redone)
    { }
    void redo() override { ++*m_redone; }
    void undo() override { }

private:
    int *m_redone;
};

} // namespace

class TestShortcuts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { removeTranslators(); }

    void noTwoActionsShareAKey_data()
    {
        QTest::addColumn<QString>("language");
        for (const i18n::Language &l : i18n::languages())
            QTest::newRow(qPrintable(l.code)) << l.code;
    }

    void noTwoActionsShareAKey()
    {
        QFETCH(QString, language);
        QCOMPARE(i18n::install(qApp, language), language);
        MainWindow w;
        const QMultiMap<QString, const QAction *> keys = shortcutsOf(w);
        QVERIFY(keys.size() > 20); // the menus, the docks and the label keys are all there
        QStringList clashes;
        for (const QString &key : keys.uniqueKeys()) {
            const QList<const QAction *> owners = keys.values(key);
            if (owners.size() < 2)
                continue;
            QStringList names;
            for (const QAction *a : owners)
                names.append(describe(a));
            clashes.append(QStringLiteral("%1: %2").arg(key, names.join(QStringLiteral(", "))));
        }
        if (!clashes.isEmpty())
            QFAIL(qPrintable(QStringLiteral("Shared shortcuts (%1):\n  %2")
                                 .arg(language, clashes.join(QStringLiteral("\n  ")))));
    }

    void commandsHaveKeys_data() { noTwoActionsShareAKey_data(); }

    void commandsHaveKeys()
    {
        QFETCH(QString, language);
        i18n::install(qApp, language);
        MainWindow w;
        QAction *redo = actionNamed(w, QStringLiteral("&Redo"));
        QVERIFY(redo);
        for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::Redo))
            QVERIFY2(redo->shortcuts().contains(key), qPrintable(key.toString()));
        QAction *prefs = actionNamed(w, QStringLiteral("&Preferences..."));
        QVERIFY(prefs);
        QVERIFY(!prefs->shortcuts().isEmpty());
        for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::Preferences))
            QVERIFY2(prefs->shortcuts().contains(key), qPrintable(key.toString()));
        for (const char *mark :
            { "Mark as &Single Cell", "Mark as &Several Cells", "Mark as &No White Cell" }) {
            QAction *a = actionNamed(w, QString::fromLatin1(mark));
            QVERIFY2(a, mark);
            QVERIFY2(!a->shortcut().isEmpty(), mark);
        }
    }

    // Each of Redo's keys redoes, from whichever widget has the focus.
    void redoKeysRedo()
    {
        MainWindow w;
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QAction *redo = actionNamed(w, QStringLiteral("&Redo"));
        QVERIFY(redo);
        int redone = 0;
        w.undoStack()->push(new CountingCommand(&redone));
        QCOMPARE(redone, 1);
        for (const QKeySequence &key : redo->shortcuts()) {
            w.undoStack()->undo();
            QVERIFY(redo->isEnabled());
            const int before = redone;
            QTest::keySequence(w.focusWidget() ? w.focusWidget() : &w, key);
            QVERIFY2(redone == before + 1, qPrintable(key.toString()));
        }
    }

    // Alt+1, Alt+2 and Alt+0 mark the field's white cells as one, several and none.
    void markKeysSetTheFlag()
    {
        QTemporaryDir dir;
        MainWindow w;
        QVERIFY(test::showActive(w));
        QVERIFY(w.openProject(test::makeUnlabeledProject(dir.path(), 2)));
        const qint64 id = w.browser()->currentImageId();
        QVERIFY(id);
        const std::pair<Qt::Key, CellCountFlag> marks[] = { { Qt::Key_2, CellCountFlag::Multi },
            { Qt::Key_0, CellCountFlag::None },
            { Qt::Key_1, CellCountFlag::Single } };
        for (const auto &[key, flag] : marks) {
            QTest::keyClick(w.focusWidget() ? w.focusWidget() : &w, key, Qt::AltModifier);
            QVERIFY(w.store()->effectiveFlag(id));
            QCOMPARE(w.store()->effectiveFlag(id)->flag, flag);
        }
        QCOMPARE(w.undoStack()->count(), 3);
    }
};

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    TestShortcuts tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}

#include "tst_shortcuts.moc"
