// ProjectCommands' slide edits: rename and move images between slides, undoable.

#include "project/projectstore.h"
#include "projectcommands.h"
#include "slidedetailsdialog.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace wbc;

class TestSlideCommands : public QObject
{
    Q_OBJECT

    qint64 addImage(ProjectStore &store, const QString &name, qint64 slide)
    {
        ImageRecord r;
        r.path = name;
        r.sha256 = name;
        r.width = 64;
        r.height = 48;
        r.slideId = slide;
        return store.addImage(r);
    }

    QString slideOf(const ProjectStore &store, qint64 image)
    {
        const auto slide = store.slide(store.image(image)->slideId);
        return slide ? slide->name : QString();
    }

private Q_SLOTS:
    void renameIsUndoable()
    {
        QTemporaryDir dir;
        ProjectStore store;
        QVERIFY(store.open(dir.filePath("p.wbc")));
        const qint64 a = store.ensureSlide("a");
        store.ensureSlide("b");
        QUndoStack stack;
        ProjectCommands commands(&stack);
        commands.setStore(&store, "tester");
        QSignalSpy changed(&commands, &ProjectCommands::slidesChanged);
        QSignalSpy failed(&commands, &ProjectCommands::writeFailed);
        QVERIFY(commands.renameSlide(a, "patient-7"));
        QCOMPARE(store.slide(a)->name, QString("patient-7"));
        QCOMPARE(stack.undoText(), QString("Rename slide a to patient-7"));
        QCOMPARE(changed.size(), 1);
        stack.undo();
        QCOMPARE(store.slide(a)->name, QString("a"));
        stack.redo();
        QCOMPARE(store.slide(a)->name, QString("patient-7"));
        // A taken name is refused with a message, and nothing is pushed.
        QVERIFY(!commands.renameSlide(a, "b"));
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().first().toString().contains("already"));
        QCOMPARE(stack.count(), 1);
    }

    void detailsAreUndoable()
    {
        QTemporaryDir dir;
        ProjectStore store;
        QVERIFY(store.open(dir.filePath("p.wbc")));
        const qint64 a = store.ensureSlide("a");
        QUndoStack stack;
        ProjectCommands commands(&stack);
        commands.setStore(&store, "tester");
        SlideRecord edited = *store.slide(a);
        edited.specimen = "S-2026-0042";
        edited.collectedOn = "2026-11-30";
        edited.stain = "May-Grünwald-Giemsa";
        edited.notes = "ward 3";
        QVERIFY(commands.updateSlide(edited));
        QCOMPARE(stack.undoText(), QString("Edit the details of slide a"));
        QCOMPARE(store.slide(a)->specimen, QString("S-2026-0042"));
        QCOMPARE(store.slide(a)->stain, QString("May-Grünwald-Giemsa"));
        stack.undo();
        QVERIFY(store.slide(a)->specimen.isEmpty());
        QVERIFY(store.slide(a)->notes.isEmpty());
        stack.redo();
        QCOMPARE(store.slide(a)->notes, QString("ward 3"));
        QVERIFY(commands.updateSlide(*store.slide(a))); // unchanged: nothing pushed
        QCOMPARE(stack.count(), 1);
    }

    void detailsDialogEditsTheRecord()
    {
        SlideRecord r;
        r.id = 7;
        r.name = "p1";
        r.specimen = "old";
        SlideDetailsDialog dialog(r);
        const auto edits = dialog.findChildren<QLineEdit *>();
        QCOMPARE(edits.size(), 4);
        QCOMPARE(edits.at(0)->text(), QString("p1"));
        edits.at(1)->setText(" S-9 ");
        edits.at(3)->setText("Wright");
        dialog.findChild<QPlainTextEdit *>()->setPlainText("re-stained");
        const SlideRecord out = dialog.slide();
        QCOMPARE(out.id, qint64(7));
        QCOMPARE(out.specimen, QString("S-9"));
        QCOMPARE(out.stain, QString("Wright"));
        QCOMPARE(out.notes, QString("re-stained"));
        // No name, no OK.
        edits.at(0)->clear();
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
    }

    void moveImagesIsUndoable()
    {
        QTemporaryDir dir;
        ProjectStore store;
        QVERIFY(store.open(dir.filePath("p.wbc")));
        const qint64 a = store.ensureSlide("a");
        const qint64 b = store.ensureSlide("b");
        const qint64 i1 = addImage(store, "1.png", a);
        const qint64 i2 = addImage(store, "2.png", a);
        const qint64 i3 = addImage(store, "3.png", b);
        QUndoStack stack;
        ProjectCommands commands(&stack);
        commands.setStore(&store, "tester");
        QSignalSpy images(&commands, &ProjectCommands::imageChanged);
        // To a new slide: created; the emptied slide b is removed.
        QVERIFY(commands.moveImagesToSlide({i2, i3}, "c"));
        QVERIFY(stack.undoText().startsWith("Move 2 image")); // plural from the English .qm
        QVERIFY(stack.undoText().endsWith(" to slide c"));
        QCOMPARE(slideOf(store, i1), QString("a"));
        QCOMPARE(slideOf(store, i2), QString("c"));
        QCOMPARE(slideOf(store, i3), QString("c"));
        QVERIFY(!store.slideByName("b"));
        QCOMPARE(images.size(), 2);
        // Undo puts each image back on its own slide, b included, and removes c.
        stack.undo();
        QCOMPARE(slideOf(store, i2), QString("a"));
        QCOMPARE(slideOf(store, i3), QString("b"));
        QVERIFY(!store.slideByName("c"));
        stack.redo();
        QCOMPARE(slideOf(store, i3), QString("c"));
        // Moving to the slide it is on already changes nothing.
        QVERIFY(commands.moveImagesToSlide({i1}, "a"));
        QCOMPARE(stack.count(), 1);
        QVERIFY(commands.moveImagesToSlide({i1}, "c"));
        QCOMPARE(stack.undoText(), QString("Move 1 to slide c"));
        QCOMPARE(store.slides().size(), 1);
    }
};

QTEST_MAIN(TestSlideCommands)
#include "tst_slidecommands.moc"
