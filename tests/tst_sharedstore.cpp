#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "pgtestsupport.h"
#include "project/projectnotifier.h"
#include "project/projectstore.h"
#include "sharedstoresupport.h"
#include "testsupport.h"

using namespace wbc;

// A shared project on the test cluster (tests/pgtestsupport.h): creating and opening it, who may
// do what (GRANTs and row-level security, tried with psql as well as through the store and the
// command line), blind mode and live notifications. Each test makes databases of its own.
// tst_sharedconcurrency has the concurrent annotators and the killed server, tst_sharedcopy the
// SQLite <-> PostgreSQL round trip and agreement on both.
class TestSharedStore : public QObject
{
    Q_OBJECT

    test::TestDatabases m_databases;
    QTemporaryDir m_tmp;

    QString newDatabase(const QString &prefix = "shared") { return m_databases.create(prefix); }

private Q_SLOTS:
    void initTestCase()
    {
        WBC_REQUIRE_PG();
        QVERIFY(m_tmp.isValid());
    }

    void cleanup() { m_databases.dropAll(); }

    // --- Creating and opening ---------------------------------------------------------------

    void importCreatesProjectInEmptyDatabase()
    {
        const QString dataset = m_tmp.filePath("create-data");
        QString error;
        QVERIFY2(writeSyntheticDataset(dataset, test::smallDataset(6), &error), qPrintable(error));
        const QString db = newDatabase();
        QVERIFY(!db.isEmpty());
        const QString url = test::pgUrl(db);
        const test::CliRun run = test::runCli({ "import", dataset, "--project", url, "--quiet" });
        QVERIFY2(run.status == 0, run.err.constData());
        ProjectStore store;
        QVERIFY2(store.open(url, ProjectStore::OpenMode::OpenExisting, &error), qPrintable(error));
        QCOMPARE(store.schemaVersion(), ProjectStore::kSchemaVersion);
        QCOMPARE(store.images().size(), 6);
        QCOMPARE(store.role(), ProjectRole::Owner);
        QCOMPARE(QDir(store.storedDatasetRoot()).canonicalPath(), QDir(dataset).canonicalPath());
        // The images are found through the dataset root.
        for (const ImageRecord &image : store.images())
            QVERIFY2(QFileInfo::exists(store.absolutePath(image)), qPrintable(image.path));
        // The import's labels were recorded as the connected role's.
        const QHash<qint64, CellLabelRecord> labels = store.currentCellLabels();
        QVERIFY(!labels.isEmpty());
        for (const CellLabelRecord &r : labels)
            QCOMPARE(r.author, QString("wbc_owner"));
        const test::CliRun stats = test::runCli({ "stats", "--project", url, "--json" });
        QVERIFY2(stats.status == 0, stats.err.constData());
        QCOMPARE(QJsonDocument::fromJson(stats.out).object().value("images").toInt(), 6);
    }

    void importRefusesDatabaseWithOtherTables()
    {
        const QString dataset = m_tmp.filePath("foreign-data");
        QString error;
        QVERIFY2(writeSyntheticDataset(dataset, test::smallDataset(3), &error), qPrintable(error));
        const QString db = newDatabase();
        QString out;
        QVERIFY2(test::psqlExec(db,
                     "wbc_owner",
                     "CREATE TABLE patients (id int PRIMARY KEY, name text); "
                     "INSERT INTO patients VALUES (1, 'x')",
                     &out),
            qPrintable(out));
        const QString url = test::pgUrl(db);
        const test::CliRun run = test::runCli({ "import", dataset, "--project", url, "--quiet" });
        QCOMPARE(run.status, 1);
        QVERIFY2(run.err.contains("not a WBC Studio project"), run.err.constData());
        QVERIFY2(run.err.contains(url.toUtf8()), run.err.constData());
        // Nothing was added to the lab's database.
        QVERIFY(test::psqlExec(db,
            "wbc_owner",
            "SELECT string_agg(tablename, ',') FROM pg_tables "
            "WHERE schemaname = 'public'",
            &out));
        QCOMPARE(out, QString("patients"));
    }

    void onlyTheDatabasesOwnerCreates()
    {
        const QString dataset = m_tmp.filePath("nonowner-data");
        QString error;
        QVERIFY2(writeSyntheticDataset(dataset, test::smallDataset(3), &error), qPrintable(error));
        const QString db = newDatabase();
        const QString url = test::pgUrl(db, "ann1");
        ProjectStore store;
        QVERIFY(!store.open(url, ProjectStore::OpenMode::OpenOrCreate, &error));
        QVERIFY2(error.contains("permission denied") && error.contains(url), qPrintable(error));
        QVERIFY(!store.isOpen());
        const test::CliRun run = test::runCli({ "import", dataset, "--project", url, "--quiet" });
        QCOMPARE(run.status, 1);
        QVERIFY2(run.err.contains("permission denied"), run.err.constData());
        QString out;
        QVERIFY(test::psqlExec(
            db, "wbc_owner", "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'", &out));
        QCOMPARE(out, QString("0"));
    }

    void outsiderGetsPermissionDenied()
    {
        const QString db = newDatabase();
        QList<qint64> cells;
        QString error;
        QVERIFY2(test::makeTeamProject(db, 3, &cells, &error), qPrintable(error));
        const QString url = test::pgUrl(db, "outsider");
        ProjectStore store;
        QVERIFY(!store.open(url, ProjectStore::OpenMode::OpenExisting, &error));
        QVERIFY2(error.contains("permission denied") && error.contains(url), qPrintable(error));
        QVERIFY(!error.contains('\n'));
        QVERIFY(!store.isOpen());
        for (const QStringList &args : { QStringList { "stats", "--project", url },
                 QStringList { "agreement", "--project", url },
                 QStringList { "label",
                     "images/team.png",
                     "NEUTROPHIL",
                     "--project",
                     url,
                     "--cell",
                     QString::number(cells.first()) } }) {
            const test::CliRun run = test::runCli(args, 30000);
            QVERIFY2(run.status == 1, qPrintable(args.first() + ": " + run.err));
            QVERIFY2(test::isOneLine(run.err), run.err.constData());
            QVERIFY2(run.err.contains("permission denied") && run.err.contains(url.toUtf8()),
                run.err.constData());
        }
        // With psql too: no table of the project reads for them.
        QString out;
        QVERIFY(!test::psqlExec(db, "outsider", "SELECT count(*) FROM cell_labels", &out));
        QVERIFY2(out.contains("permission denied"), qPrintable(out));
    }

    // A role with a password: from memory (the GUI) or PGPASSWORD (libpq), never in the URL,
    // the project or a message.
    void passwordRoleConnects()
    {
        const QString db = newDatabase();
        QList<qint64> cells;
        QString error;
        QVERIFY2(test::makeTeamProject(db, 1, &cells, &error), qPrintable(error));
        {
            ProjectStore owner;
            QVERIFY2(owner.open(test::pgUrl(db), ProjectStore::OpenMode::OpenExisting, &error),
                qPrintable(error));
            QVERIFY2(
                owner.grantRole("wbc_pw", ProjectRole::Annotator), qPrintable(owner.lastError()));
        }
        const QString url = test::pgUrl(db, "wbc_pw");
        std::optional<ProjectLocation> location = ProjectLocation::parse(url, &error);
        QVERIFY2(location, qPrintable(error));
        location->password = "wrong-pw";
        ProjectStore store;
        QVERIFY(!store.open(*location, ProjectStore::OpenMode::OpenExisting, &error));
        QVERIFY2(error.contains("permission denied") && error.contains(url), qPrintable(error));
        QVERIFY(!error.contains("wrong-pw"));
        location->password = test::pgPwRolePassword();
        QVERIFY2(
            store.open(*location, ProjectStore::OpenMode::OpenExisting, &error), qPrintable(error));
        QCOMPARE(store.path(), url);
        QVERIFY(!store.location().url().contains(test::pgPwRolePassword()));
        QVERIFY(store.location().password.isEmpty());
        QVERIFY2(store.reconnect(&error), qPrintable(error)); // the connection kept it
        QVERIFY(store.addCellLabel(
            cells.first(), CellLabel::ofClass(CellClass::Basophil), LabelOrigin::Key, {}));
        QCOMPARE(store.currentCellLabel(cells.first())->author, QString("wbc_pw"));
        // In the URL: refused, and the message does not repeat it.
        QString withPassword = url;
        withPassword.replace("wbc_pw@", "wbc_pw:" + test::pgPwRolePassword() + "@");
        QVERIFY(!store.open(withPassword, ProjectStore::OpenMode::OpenExisting, &error));
        QVERIFY2(error.contains("PGPASSWORD"), qPrintable(error));
        QVERIFY2(!error.contains(test::pgPwRolePassword()), qPrintable(error));
        // The command line: PGPASSWORD works; without a password it fails at once, in one line.
        const auto cli = [&](const QString &password) {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert("PGPASSFILE", "/nonexistent/wbc-test-pgpass");
            if (password.isEmpty())
                env.remove("PGPASSWORD");
            else
                env.insert("PGPASSWORD", password);
            QProcess p;
            p.setProcessEnvironment(env);
            p.start(test::cliPath(), { "stats", "--project", url, "--json" });
            if (!p.waitForFinished(30000)) {
                test::killChild(p);
                return test::CliRun { -2, {}, {} };
            }
            return test::CliRun {
                p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()
            };
        };
        test::CliRun run = cli(test::pgPwRolePassword());
        QVERIFY2(run.status == 0, run.err.constData());
        QCOMPARE(QJsonDocument::fromJson(run.out)
                     .object()
                     .value("cells")
                     .toObject()
                     .value("total")
                     .toInt(),
            1);
        QElapsedTimer timer;
        timer.start();
        run = cli({});
        QCOMPARE(run.status, 1);
        QVERIFY(timer.elapsed() < 10000);
        QVERIFY2(
            test::isOneLine(run.err) && run.err.contains("permission denied"), run.err.constData());
    }

    // --- Identity and roles -----------------------------------------------------------------

    void authorIsTheConnectedRole()
    {
        const QString db = newDatabase();
        QList<qint64> cells;
        QString error;
        QVERIFY2(test::makeTeamProject(db, 2, &cells, &error), qPrintable(error));
        ProjectStore ann1;
        QVERIFY2(test::openAs(ann1, db, "ann1", &error), qPrintable(error));
        QCOMPARE(ann1.role(), ProjectRole::Annotator);
        QCOMPARE(ann1.userName(), QString("ann1"));
        QVERIFY2(ann1.addCellLabel(cells.first(),
                     CellLabel::ofClass(CellClass::Monocyte),
                     LabelOrigin::Key,
                     "wbc_owner"),
            qPrintable(ann1.lastError()));
        QList<CellLabelRecord> history = ann1.cellLabelHistory(cells.first());
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().author, QString("ann1"));
        // psql, claiming another author and asking for the owner's copy setting: still ann1.
        QString out;
        QVERIFY2(test::psqlExec(db,
                     "ann1",
                     QString("SET wbc.preserve_authors = 'on'; INSERT INTO cell_labels "
                             "(cell_id, label, origin, author, created_at) VALUES "
                             "(%1, 'LYMPHOCYTE', 'key', 'rev1', 'x') RETURNING author")
                         .arg(cells.first()),
                     &out),
            qPrintable(out));
        QCOMPARE(out, QString("ann1"));
        history = ann1.cellLabelHistory(cells.first());
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.last().author, QString("ann1"));
        // A box an annotator draws is theirs, whatever the client says; so is a flag.
        CellRecord drawn = test::gridCells(1).first();
        drawn.imageId = ann1.cell(cells.first())->imageId;
        drawn.box.moveTo(500, 400);
        drawn.source = "user";
        drawn.editedBy = "wbc_owner";
        const qint64 id = ann1.addCell(drawn);
        QVERIFY2(id > 0, qPrintable(ann1.lastError()));
        QCOMPARE(ann1.cell(id)->editedBy, QString("ann1"));
        QVERIFY(ann1.addFlag(drawn.imageId, CellCountFlag::Multi, "user", "wbc_owner") > 0);
        QCOMPARE(ann1.effectiveFlag(drawn.imageId)->author, QString("ann1"));
        // Undoing it appends an entry, as undoing a label does; the server takes that too.
        QVERIFY2(ann1.addFlag(drawn.imageId, CellCountFlag::Multi, "undo-detection", {}) > 0,
                 qPrintable(ann1.lastError()));
        QVERIFY(ann1.addFlag(drawn.imageId, CellCountFlag::Multi, "undo", {}) > 0);
        // What no person enters is still refused: detection's own source.
        QCOMPARE(ann1.addFlag(drawn.imageId, CellCountFlag::None, "detected", {}), 0);
        // wbc label against the URL: the connecting role, not --user.
        const test::CliRun run = test::runCli({ "label",
            "images/team.png",
            "EOSINOPHIL",
            "--project",
            test::pgUrl(db, "ann2"),
            "--cell",
            QString::number(cells.at(1)),
            "--user",
            "wbc_owner" });
        QVERIFY2(run.status == 0, run.err.constData());
        QCOMPARE(ann1.currentCellLabel(cells.at(1))->author, QString("ann2"));
        QCOMPARE(
            ann1.currentCellLabel(cells.at(1))->label, CellLabel::ofClass(CellClass::Eosinophil));
    }

    void annotatorCannotRewriteHistory_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("UPDATE") << "UPDATE cell_labels SET label = 'BASOPHIL'";
        QTest::newRow("UPDATE author") << "UPDATE cell_labels SET author = 'ann1'";
        QTest::newRow("DELETE") << "DELETE FROM cell_labels";
        QTest::newRow("TRUNCATE") << "TRUNCATE cell_labels";
        QTest::newRow("TRUNCATE CASCADE") << "TRUNCATE cells CASCADE";
    }
    void annotatorCannotRewriteHistory()
    {
        QFETCH(QString, sql);
        const QString db = newDatabase();
        QList<qint64> cells;
        QString error;
        QVERIFY2(test::makeTeamProject(db, 2, &cells, &error), qPrintable(error));
        ProjectStore ann1;
        QVERIFY2(test::openAs(ann1, db, "ann1", &error), qPrintable(error));
        QVERIFY(ann1.addCellLabel(
            cells.at(0), CellLabel::ofClass(CellClass::Neutrophil), LabelOrigin::Key, {}));
        ProjectStore ann2;
        QVERIFY2(test::openAs(ann2, db, "ann2", &error), qPrintable(error));
        QVERIFY(ann2.addCellLabel(
            cells.at(0), CellLabel::ofClass(CellClass::Eosinophil), LabelOrigin::Key, {}));
        QString out;
        QVERIFY2(!test::psqlExec(db, "ann1", sql, &out), qPrintable(out));
        QVERIFY2(out.contains("permission denied"), qPrintable(out));
        // Through the store's own connection as well.
        QSqlQuery q(ann1.database());
        QVERIFY(!q.exec(sql));
        // The owner's connection cannot rewrite it either (no UPDATE or DELETE policy at all,
        // TRUNCATE revoked): the statements change nothing.
        test::psqlExec(db, "wbc_owner", sql, &out);
        QString rows;
        QVERIFY(test::psqlExec(db,
            "wbc_owner",
            "SELECT string_agg(author || ':' || label, ',' ORDER BY id) "
            "FROM cell_labels",
            &rows));
        QCOMPARE(rows, QString("ann1:NEUTROPHIL,ann2:EOSINOPHIL"));
    }

    void adjudicationIsForReviewers()
    {
        const QString db = newDatabase();
        QList<qint64> cells;
        QString error;
        QVERIFY2(test::makeTeamProject(db, 2, &cells, &error), qPrintable(error));
        const QString insert = QString("INSERT INTO cell_labels (cell_id, label, origin, author, "
                                       "created_at) VALUES (%1, 'MONOCYTE', '%2', '', 'x')")
                                   .arg(cells.first());
        QString out;
        for (const char *origin : { "adjudication", "review" }) {
            QVERIFY(!test::psqlExec(db, "ann1", insert.arg(origin), &out));
            QVERIFY2(out.contains("row-level security"), qPrintable(out));
        }
        QVERIFY2(test::psqlExec(db, "rev1", insert.arg("adjudication"), &out), qPrintable(out));
        // The same through the store.
        ProjectStore ann1;
        QVERIFY2(test::openAs(ann1, db, "ann1", &error), qPrintable(error));
        QVERIFY(!ann1.addCellLabel(
            cells.at(1), CellLabel::ofClass(CellClass::Basophil), LabelOrigin::Adjudication, {}));
        QVERIFY(ann1.addCellLabel(
            cells.at(1), CellLabel::ofClass(CellClass::Basophil), LabelOrigin::Key, {}));
        ProjectStore rev1;
        QVERIFY2(test::openAs(rev1, db, "rev1", &error), qPrintable(error));
        QCOMPARE(rev1.role(), ProjectRole::Reviewer);
        QVERIFY(rev1.addCellLabel(
            cells.at(1), CellLabel::ofClass(CellClass::Lymphocyte), LabelOrigin::Adjudication, {}));
        const std::optional<CellLabelRecord> current = ann1.currentCellLabel(cells.at(1));
        QVERIFY(current);
        QCOMPARE(current->origin, LabelOrigin::Adjudication);
        QCOMPARE(current->author, QString("rev1"));
        QCOMPARE(current->label, CellLabel::ofClass(CellClass::Lymphocyte));
        QCOMPARE(
            rev1.currentCellLabel(cells.first())->label, CellLabel::ofClass(CellClass::Monocyte));
    }

    void annotatorCannotManage_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("images") << "INSERT INTO images (path, sha256, width, height, file_size, "
                                   "imported_at) VALUES ('x.png', 'h', 1, 1, 1, 'x')";
        QTest::newRow("runs") << "INSERT INTO runs (created_at, task, model, params, status) "
                                 "VALUES ('x', 'binary', 'wbcnet', '{}', 'running')";
        QTest::newRow("models") << "INSERT INTO models (path, task, arch, created_at) VALUES "
                                   "('m', 'binary', 'wbcnet', 'x')";
        QTest::newRow("meta") << "UPDATE meta SET value = '1' WHERE key = 'blind_mode'";
        QTest::newRow("meta insert") << "INSERT INTO meta (key, value) VALUES ('blind_mode', '0')";
        QTest::newRow("slides") << "UPDATE slides SET name = 'mine'";
        QTest::newRow("members") << "INSERT INTO wbc_members (member, role, granted_at) VALUES "
                                    "('ann1', 'owner', 'x')";
        QTest::newRow("delete images") << "DELETE FROM images";
    }
    void annotatorCannotManage()
    {
        QFETCH(QString, sql);
        const QString db = newDatabase();
        QList<qint64> cells;
        QString error;
        QVERIFY2(test::makeTeamProject(db, 1, &cells, &error), qPrintable(error));
        QString out;
        QVERIFY2(!test::psqlExec(db, "ann1", sql, &out), qPrintable(out));
        QVERIFY2(out.contains("permission denied"), qPrintable(out));
        // The store says no too, and the role stays what it was.
        ProjectStore ann1;
        QVERIFY2(test::openAs(ann1, db, "ann1", &error), qPrintable(error));
        QVERIFY(!ann1.setBlindMode(true));
        QVERIFY(!ann1.blindMode());
        QCOMPARE(ann1.addImage(test::someImage("annotator")), 0);
        QVERIFY(!ann1.grantRole("ann1", ProjectRole::Owner));
        QCOMPARE(ann1.role(), ProjectRole::Annotator);
    }

    void annotatorEditsOnlyTheirOwnBoxes()
    {
        const QString db = newDatabase();
        QList<qint64> cells;
        QString error;
        QVERIFY2(test::makeTeamProject(db, 2, &cells, &error), qPrintable(error));
        QString out;
        QVERIFY2(test::psqlExec(db,
                     "ann1",
                     "INSERT INTO cells (image_id, kind, x, y, w, h, source, score, "
                     "created_at) SELECT id, 'WBC', 500, 400, 30, 30, 'user', 1.0, 'x' "
                     "FROM images RETURNING id",
                     &out),
            qPrintable(out));
        const qint64 mine = out.toLongLong();
        QVERIFY(mine > 0);
        // Their own box: moved. The owner's: no row to change (row-level security).
        QVERIFY2(test::psqlExec(db,
                     "ann1",
                     QString("UPDATE cells SET x = 501 WHERE id = %1 RETURNING id").arg(mine),
                     &out),
            qPrintable(out));
        QCOMPARE(out.toLongLong(), mine);
        QVERIFY(test::psqlExec(db,
            "ann1",
            QString("UPDATE cells SET x = 999 WHERE id = %1 RETURNING id").arg(cells.first()),
            &out));
        QCOMPARE(out, QString());
        // Nor can they make someone else's box theirs, or delete rows.
        QVERIFY(test::psqlExec(db,
            "ann1",
            QString("UPDATE cells SET created_by = 'ann1' WHERE id = %1 "
                    "RETURNING id")
                .arg(cells.first()),
            &out));
        QCOMPARE(out, QString());
        QVERIFY(!test::psqlExec(db, "ann1", "DELETE FROM cells", &out));
        QVERIFY2(out.contains("permission denied"), qPrintable(out));
        // Through the store: the same rules (ann2 may not move ann1's box).
        ProjectStore ann1;
        QVERIFY2(test::openAs(ann1, db, "ann1", &error), qPrintable(error));
        CellRecord box = *ann1.cell(mine);
        box.box.moveTo(480, 380);
        box.editedBy = "ann1";
        QVERIFY2(ann1.updateCell(box), qPrintable(ann1.lastError()));
        CellRecord theirs = *ann1.cell(cells.first());
        theirs.box.moveTo(300, 300);
        QVERIFY(!ann1.updateCell(theirs));
        QVERIFY(!ann1.deleteCell(cells.first())); // refused, not silently ignored
        QVERIFY(ann1.cell(cells.first()));
        QVERIFY2(ann1.deleteCell(mine), qPrintable(ann1.lastError()));
        QVERIFY(!ann1.cell(mine));
        QVERIFY2(ann1.restoreCell(mine), qPrintable(ann1.lastError()));
        ProjectStore ann2;
        QVERIFY2(test::openAs(ann2, db, "ann2", &error), qPrintable(error));
        box.box.moveTo(10, 300);
        QVERIFY(!ann2.updateCell(box));
        ProjectStore owner;
        QVERIFY2(owner.open(test::pgUrl(db), ProjectStore::OpenMode::OpenExisting, &error),
            qPrintable(error));
        QCOMPARE(owner.cell(mine)->box.topLeft(), QPoint(480, 380));
        QCOMPARE(owner.cell(mine)->editedBy, QString("ann1"));
        QCOMPARE(owner.cell(cells.first())->box, test::gridCells(1).first().box);
    }

    void grantIsTheOwners()
    {
        const QString db = newDatabase();
        QList<qint64> cells;
        QString error;
        QVERIFY2(test::makeTeamProject(db, 1, &cells, &error), qPrintable(error));
        for (const char *who : { "rev1", "ann1" }) {
            const test::CliRun run = test::runCli({ "grant",
                "--project",
                test::pgUrl(db, who),
                "--user",
                "ann5",
                "--role",
                "annotator" });
            QCOMPARE(run.status, 1);
            QVERIFY2(test::isOneLine(run.err) && run.err.contains("permission denied"),
                run.err.constData());
        }
        ProjectStore ann5;
        QVERIFY(!test::openAs(ann5, db, "ann5", &error));
        QVERIFY2(error.contains("permission denied"), qPrintable(error));
        // A role the cluster does not have is named, not created.
        test::CliRun run = test::runCli({ "grant",
            "--project",
            test::pgUrl(db),
            "--user",
            "nobody_here",
            "--role",
            "annotator" });
        QCOMPARE(run.status, 1);
        QVERIFY2(run.err.contains("nobody_here"), run.err.constData());
        QString out;
        QVERIFY(test::psqlExec("postgres",
            "wbc_owner",
            "SELECT count(*) FROM pg_roles WHERE rolname = 'nobody_here'",
            &out));
        QCOMPARE(out, QString("0"));
    }

    // An owner by grant manages the project as its database's owner does, but rewrites no
    // history either.
    void grantedOwnerManagesButKeepsHistory()
    {
        const QString db = newDatabase();
        QList<qint64> cells;
        QString error;
        QVERIFY2(test::makeTeamProject(db, 1, &cells, &error), qPrintable(error));
        const test::CliRun run = test::runCli(
            { "grant", "--project", test::pgUrl(db), "--user", "ann6", "--role", "owner" });
        QVERIFY2(run.status == 0, run.err.constData());
        ProjectStore ann6;
        QVERIFY2(test::openAs(ann6, db, "ann6", &error), qPrintable(error));
        QCOMPARE(ann6.role(), ProjectRole::Owner);
        QVERIFY2(ann6.addImage(test::someImage("by-ann6")) > 0, qPrintable(ann6.lastError()));
        QVERIFY2(ann6.setBlindMode(true), qPrintable(ann6.lastError()));
        QVERIFY(ann6.blindMode());
        QVERIFY(ann6.addCellLabel(
            cells.first(), CellLabel::ofClass(CellClass::Monocyte), LabelOrigin::Adjudication, {}));
        QString out;
        QVERIFY(!test::psqlExec(db, "ann6", "TRUNCATE cell_labels", &out));
        QVERIFY2(out.contains("permission denied"), qPrintable(out));
        QVERIFY(test::psqlExec(
            db, "ann6", "UPDATE cell_labels SET label = 'BASOPHIL' RETURNING id", &out));
        QCOMPARE(out, QString()); // no row to change
        QVERIFY(test::psqlExec(db, "ann6", "DELETE FROM cell_labels RETURNING id", &out));
        QCOMPARE(out, QString());
        QCOMPARE(ann6.cellLabelHistory(cells.first()).size(), 1);
        // Only the database's owner gives roles.
        QVERIFY(!ann6.grantRole("ann7", ProjectRole::Annotator));
        QVERIFY2(ann6.lastError().contains("permission denied"), qPrintable(ann6.lastError()));
    }

    void grantNoneRemovesAccess()
    {
        const QString db = newDatabase();
        QList<qint64> cells;
        QString error;
        QVERIFY2(test::makeTeamProject(db, 1, &cells, &error), qPrintable(error));
        const QString ownerUrl = test::pgUrl(db);
        test::CliRun run = test::runCli(
            { "grant", "--project", ownerUrl, "--user", "ann5", "--role", "reviewer" });
        QVERIFY2(run.status == 0, run.err.constData());
        {
            ProjectStore ann5;
            QVERIFY2(test::openAs(ann5, db, "ann5", &error), qPrintable(error));
            QCOMPARE(ann5.role(), ProjectRole::Reviewer);
            QVERIFY(ann5.addCellLabel(cells.first(),
                CellLabel::ofClass(CellClass::Neutrophil),
                LabelOrigin::Adjudication,
                {}));
        }
        ProjectStore owner;
        QVERIFY2(
            owner.open(ownerUrl, ProjectStore::OpenMode::OpenExisting, &error), qPrintable(error));
        QVERIFY(owner.members().contains(qMakePair(QString("ann5"), ProjectRole::Reviewer)));
        run = test::runCli({ "grant", "--project", ownerUrl, "--user", "ann5", "--role", "none" });
        QVERIFY2(run.status == 0, run.err.constData());
        QVERIFY(!owner.members().contains(qMakePair(QString("ann5"), ProjectRole::Reviewer)));
        ProjectStore ann5;
        QVERIFY(!test::openAs(ann5, db, "ann5", &error));
        QVERIFY2(error.contains("permission denied"), qPrintable(error));
        QString out;
        for (const char *sql : { "SELECT count(*) FROM cell_labels",
                 "INSERT INTO cell_labels (cell_id, label, origin, author, "
                 "created_at) VALUES (1, 'MONOCYTE', 'key', '', 'x')" }) {
            QVERIFY(!test::psqlExec(db, "ann5", sql, &out));
            QVERIFY2(out.contains("permission denied"), qPrintable(out));
        }
        // Their labels stay in the history.
        QCOMPARE(owner.cellLabelHistory(cells.first()).size(), 1);
        QCOMPARE(owner.cellLabelHistory(cells.first()).first().author, QString("ann5"));
    }

    // --- Blind mode and live updates --------------------------------------------------------

    void blindModeHidesOtherAnnotatorsLabels()
    {
        const QString db = newDatabase();
        QList<qint64> cells;
        QString error;
        QVERIFY2(test::makeTeamProject(db, 2, &cells, &error), qPrintable(error));
        ProjectStore owner;
        QVERIFY2(owner.open(test::pgUrl(db), ProjectStore::OpenMode::OpenExisting, &error),
            qPrintable(error));
        QVERIFY2(owner.setBlindMode(true), qPrintable(owner.lastError()));
        ProjectStore ann1, ann2, rev1;
        QVERIFY2(test::openAs(ann1, db, "ann1", &error), qPrintable(error));
        QVERIFY2(test::openAs(ann2, db, "ann2", &error), qPrintable(error));
        QVERIFY2(test::openAs(rev1, db, "rev1", &error), qPrintable(error));
        QVERIFY(ann1.blindMode());
        const qint64 cell = cells.first();
        QVERIFY(ann1.addCellLabel(
            cell, CellLabel::ofClass(CellClass::Neutrophil), LabelOrigin::Key, {}));
        QVERIFY(
            ann2.addCellLabel(cell, CellLabel::ofClass(CellClass::Monocyte), LabelOrigin::Key, {}));
        QVERIFY(ann2.addCellLabel(
            cells.at(1), CellLabel::ofClass(CellClass::Basophil), LabelOrigin::Key, {}));
        // ann1 sees their own label only: the current one is theirs, the other cell unlabelled.
        QHash<qint64, CellLabelRecord> seen = ann1.currentCellLabels();
        QCOMPARE(seen.size(), 1);
        QCOMPARE(seen.value(cell).author, QString("ann1"));
        QCOMPARE(seen.value(cell).label, CellLabel::ofClass(CellClass::Neutrophil));
        QCOMPARE(ann1.cellLabelHistory(cell).size(), 1);
        QCOMPARE(ann1.currentCellLabel(cell)->author, QString("ann1"));
        QVERIFY(!ann1.currentCellLabel(cells.at(1)));
        QCOMPARE(ann1.annotatorLabels().size(), 1);
        QString out;
        QVERIFY(test::psqlExec(db, "ann1", "SELECT count(*) FROM cell_labels", &out));
        QCOMPARE(out, QString("1"));
        QCOMPARE(ann2.cellLabelHistory(cell).size(), 1);
        QCOMPARE(ann2.currentCellLabel(cell)->author, QString("ann2"));
        // The reviewer and the owner see everyone's.
        QCOMPARE(rev1.cellLabelHistory(cell).size(), 2);
        QCOMPARE(rev1.currentCellLabels().size(), 2);
        QCOMPARE(rev1.currentCellLabel(cell)->author, QString("ann2"));
        QCOMPARE(rev1.annotatorLabels().size(), 3);
        QCOMPARE(owner.cellLabelHistory(cell).size(), 2);
        // Switched off, annotators see all again.
        QVERIFY(owner.setBlindMode(false));
        QCOMPARE(ann1.cellLabelHistory(cell).size(), 2);
        QCOMPARE(ann1.currentCellLabels().size(), 2);
    }

    void notificationReachesAnotherConnection()
    {
        const QString db = newDatabase();
        QList<qint64> cells;
        QString error;
        QVERIFY2(test::makeTeamProject(db, 3, &cells, &error), qPrintable(error));
        ProjectStore watcher;
        QVERIFY2(test::openAs(watcher, db, "ann1", &error), qPrintable(error));
        ProjectNotifier notifier(&watcher);
        QVERIFY(notifier.isConnected());
        QSignalSpy cellsSpy(&notifier, &ProjectNotifier::cellsChanged);
        QSignalSpy imagesSpy(&notifier, &ProjectNotifier::imagesChanged);
        ProjectStore writer;
        QVERIFY2(test::openAs(writer, db, "ann2", &error), qPrintable(error));
        const auto notified = [&cellsSpy](qint64 cell) {
            for (const QList<QVariant> &args : std::as_const(cellsSpy)) {
                if (args.at(0).value<QList<qint64>>().contains(cell))
                    return true;
            }
            return false;
        };
        for (const qint64 cell : { cells.at(1), cells.at(2) }) {
            QElapsedTimer timer;
            timer.start();
            QVERIFY(writer.addCellLabel(
                cell, CellLabel::ofClass(CellClass::Lymphocyte), LabelOrigin::Key, {}));
            QTRY_VERIFY_WITH_TIMEOUT(notified(cell), 1000);
            QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
        }
        // Only ids travel: the watcher reads the label itself (as row-level security allows).
        QCOMPARE(watcher.currentCellLabel(cells.at(2))->author, QString("ann2"));
        // A flag notifies its image; the owner's box edit notifies the cell.
        const qint64 image = watcher.cell(cells.first())->imageId;
        QVERIFY(writer.addFlag(image, CellCountFlag::Multi, "user", {}) > 0);
        QTRY_VERIFY_WITH_TIMEOUT(!imagesSpy.isEmpty(), 1000);
        QCOMPARE(imagesSpy.first().at(0).value<QList<qint64>>(), QList<qint64> { image });
        ProjectStore owner;
        QVERIFY2(owner.open(test::pgUrl(db), ProjectStore::OpenMode::OpenExisting, &error),
            qPrintable(error));
        CellRecord moved = *owner.cell(cells.first());
        moved.box.translate(3, 0);
        QVERIFY(owner.updateCell(moved));
        QTRY_VERIFY_WITH_TIMEOUT(notified(cells.first()), 1000);
    }
};

QTEST_GUILESS_MAIN(TestSharedStore)
#include "tst_sharedstore.moc"
