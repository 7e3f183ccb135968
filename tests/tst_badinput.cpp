#include "training/modelfile.h"
#include "training/models.h"
#include "project/projectstore.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <opencv2/imgcodecs.hpp>

#include <sys/stat.h>

using namespace wbc;

// The bad-input corpus end to end through `wbc`: each file is made here (the CMYK images come
// from tests/data/badinput), given to the commands that read it, and every run must end with a
// status (never a crash or a hang), name the file (and line) on stderr and leave the project as
// it was. docs/RELIABILITY.md lists the cases and what happens.

namespace {

const QString kCorpusDir = QStringLiteral(WBC_TEST_DATA_DIR "/badinput");

QByteArray encode(const cv::Mat &img, const char *ext)
{
    std::vector<uchar> buf;
    cv::imencode(ext, img, buf);
    return QByteArray(reinterpret_cast<const char *>(buf.data()), qsizetype(buf.size()));
}

cv::Mat noise(int w, int h, int type, int seed)
{
    cv::Mat img(h, w, type);
    cv::theRNG().state = quint64(seed);
    cv::randu(img, 0, CV_MAT_DEPTH(type) == CV_16U ? 65535 : 255);
    return img;
}

// A PNG whose header claims a huge size; the body is a few bytes (a decompression bomb).
QByteArray bombPng(quint32 w, quint32 h)
{
    QByteArray b("\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR", 16);
    for (quint32 v : {w, h}) {
        const quint32 be = qToBigEndian(v);
        b.append(reinterpret_cast<const char *>(&be), 4);
    }
    return b + QByteArray("\x08\x02\0\0\0", 5) + QByteArray(64, '\0');
}

// Inverts the middle third of a file: the header survives, the data does not.
QByteArray corruptMiddle(QByteArray b)
{
    for (qsizetype i = b.size() / 3; i < 2 * b.size() / 3; ++i)
        b[i] = char(~b.at(i));
    return b;
}

QByteArray corpusFile(const QString &name)
{
    return test::readFile(kCorpusDir + u'/' + name);
}

// True when one line of text contains every one of words.
bool hasLine(const QByteArray &text, const QStringList &words)
{
    for (const QByteArray &line : text.split('\n')) {
        const QString l = QString::fromUtf8(line);
        if (std::all_of(words.cbegin(), words.cend(), [&](const QString &w) { return l.contains(w); }))
            return true;
    }
    return false;
}

test::CliRun runWbc(const QStringList &args)
{
    return test::runCli(args, 120000);
}

#define VERIFY_CLEAN_EXIT(run)                                                                    \
    do {                                                                                          \
        QVERIFY2((run).status != -2, "wbc hung and was killed");                                  \
        QVERIFY2((run).status != -1, qPrintable("wbc crashed: " + (run).err));                    \
        QVERIFY2(!(run).err.contains("Sanitizer"), (run).err.constData());                        \
    } while (false)

QJsonObject stats(const QString &project)
{
    const test::CliRun r = runWbc({"stats", "--project", project, "--json"});
    return QJsonDocument::fromJson(r.out).object();
}

// A dataset folder: images/a.png, b.png, c.png (different pixels), optionally more files.
QString writeDataset(const QTemporaryDir &dir)
{
    const QString data = dir.filePath("data");
    for (int i = 0; i < 3; ++i)
        test::writeFile(QStringLiteral("%1/images/%2.png").arg(data).arg(QChar(u'a' + i)),
                        encode(noise(64, 48, CV_8UC3, i + 1), ".png"));
    return data;
}

QString importedProject(const QTemporaryDir &dir)
{
    const QString data = writeDataset(dir);
    test::writeFile(data + "/labels.csv", "image,label\na.png,NEUTROPHIL\nb.png,MONOCYTE\n");
    const QString project = dir.filePath("p.wbc");
    const test::CliRun r = runWbc({"import", data, "--project", project, "--quiet"});
    return r.status == 0 ? project : QString();
}

qint64 modelHeaderSize(const QByteArray &model)
{
    return qFromLittleEndian<quint32>(model.constData() + 12);
}

QByteArray withHash(QByteArray bytes)
{
    return bytes + QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

} // namespace

class TestBadInput : public QObject
{
    Q_OBJECT

    QTemporaryDir m_shared;
    QString m_goodProject; // imported once, copied or read by the cases that need one

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_shared.isValid());
        m_goodProject = importedProject(m_shared);
        QVERIFY(!m_goodProject.isEmpty());
    }

    // Images: unreadable ones are skipped and named; odd but valid ones are imported. All in one
    // dataset (one import, one detect run) to keep the test quick.
    void images()
    {
        struct Case
        {
            QString name;
            QByteArray bytes;
            QString words; // of the refusal; empty: imported
        };
        const cv::Mat img = noise(64, 48, CV_8UC3, 9);
        const QByteArray jpg = encode(img, ".jpg");
        const QByteArray png = encode(img, ".png");
        const QByteArray tif = encode(img, ".tiff");
        const QList<Case> cases = {
            {"zero.jpg", {}, "file is empty"},
            {"zero.png", {}, "file is empty"},
            {"zero.tif", {}, "file is empty"},
            {"text.jpg", "not an image at all\n", "not a JPEG, PNG, BMP or TIFF"},
            {"truncated.jpg", jpg.left(jpg.size() / 2), "image file is truncated"},
            {"truncated.png", png.left(png.size() / 2), "cannot decode"},
            {"truncated.tif", tif.left(tif.size() / 2), "truncated image header"},
            {"header-only.png", png.left(12), "truncated image header"},
            {"corrupt.png", corruptMiddle(png), "cannot decode"},
            {"bomb.png", bombPng(60000, 60000), "60000x60000 pixels, more than the 144 megapixel"},
            {"cmyk16.tif", corpusFile("cmyk16.tif"), "cannot decode"},
            // No checksum in the format: damaged data decodes to damaged pixels.
            {"corrupt.jpg", corruptMiddle(jpg), {}},
            {"corrupt.tif", corruptMiddle(tif), {}},
            {"rgb16.png", encode(noise(64, 48, CV_16UC3, 2), ".png"), {}},
            {"gray16.tif", encode(noise(64, 48, CV_16UC1, 3), ".tiff"), {}},
            {"gray.jpg", encode(noise(64, 48, CV_8UC1, 4), ".jpg"), {}},
            {"alpha.png", encode(noise(64, 48, CV_8UC4, 5), ".png"), {}},
            {"cmyk.jpg", corpusFile("cmyk.jpg"), {}},
            {"cmyk.tif", corpusFile("cmyk.tif"), {}},
        };
        QTemporaryDir dir;
        const QString data = writeDataset(dir);
        QStringList files;
        int good = 3;
        for (const Case &c : cases) {
            files.append(data + "/images/" + c.name);
            test::writeFile(files.last(), c.bytes);
            good += c.words.isEmpty();
        }
        const QString project = dir.filePath("p.wbc");
        const test::CliRun r = runWbc({"import", data, "--project", project, "--quiet"});
        VERIFY_CLEAN_EXIT(r);
        QVERIFY2(r.status == 0, r.err.constData());
        QCOMPARE(stats(project).value("images").toInt(), good);
        const test::CliRun d = runWbc(QStringList{"detect", "--json"} + files);
        VERIFY_CLEAN_EXIT(d);
        QCOMPARE(d.status, 1); // some failed
        for (qsizetype i = 0; i < cases.size(); ++i) {
            const Case &c = cases.at(i);
            if (c.words.isEmpty()) {
                QVERIFY2(!r.err.contains(c.name.toUtf8()), qPrintable(c.name + ": " + r.err));
                QVERIFY2(!d.err.contains(c.name.toUtf8()), qPrintable(c.name + ": " + d.err));
            } else {
                QVERIFY2(hasLine(r.err, {files.at(i) + ": ", c.words}), qPrintable(c.name + ": " + r.err));
                QVERIFY2(hasLine(d.err, {files.at(i) + ": ", c.words}), qPrintable(c.name + ": " + d.err));
            }
        }
        const QJsonArray detected = QJsonDocument::fromJson(d.out).array();
        QCOMPARE(detected.size(), good - 3);
    }

    // labels.csv: a bad row is reported with its line and skipped; the good rows go in.
    void csv_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<int>("line"); // of the problem; 0: not line-based, -1: no problem
        QTest::addColumn<QString>("words");
        QTest::addColumn<int>("labeled");
        QTest::newRow("BOM and CRLF")
            << QByteArray("\xEF\xBB\xBFimage,label\r\na.png,NEUTROPHIL\r\nb.png,MONOCYTE\r\n") << -1
            << "" << 2;
        QTest::newRow("unterminated quote")
            << QByteArray("image,label\na.png,\"NEUTROPHIL\nb.png,MONOCYTE\n") << 2
            << "unterminated quoted field" << 1;
        QTest::newRow("extra column (ignored)")
            << QByteArray("image,label\na.png,NEUTROPHIL,x\nb.png,MONOCYTE\n") << -1 << "" << 2;
        QTest::newRow("missing column") << QByteArray("image,label\na.png\nb.png,MONOCYTE\n") << 2
                                        << "row has 1 columns, the header 2" << 1;
        QTest::newRow("duplicate row")
            << QByteArray("image,label\na.png,NEUTROPHIL\na.png,NEUTROPHIL\n") << 3
            << "duplicate row" << 1;
        QTest::newRow("conflicting rows")
            << QByteArray("image,label\na.png,NEUTROPHIL\na.png,MONOCYTE\nb.png,MONOCYTE\n") << 3
            << "labeled again" << 2;
        QTest::newRow("unknown class")
            << QByteArray("image,label\na.png,PLATELET\nb.png,MONOCYTE\n") << 2
            << "unknown cell class" << 1;
        QTest::newRow("../ path") << QByteArray("image,label\n../a.png,NEUTROPHIL\nb.png,MONOCYTE\n")
                                  << 2 << "leaves the dataset" << 1;
        QTest::newRow("absolute path")
            << QByteArray("image,label\n/etc/passwd,NEUTROPHIL\nb.png,MONOCYTE\n") << 2
            << "absolute" << 1;
        QTest::newRow("very long line")
            << QByteArray("image,label\na.png," + QByteArray(200000, 'N') + "\nb.png,MONOCYTE\n")
            << 2 << "field longer than" << 1;
        QTest::newRow("image not in the dataset")
            << QByteArray("image,label\nnope.png,NEUTROPHIL\nb.png,MONOCYTE\n") << 2 << "nope.png"
            << 1;
        QTest::newRow("invalid UTF-8")
            << QByteArray("image,label\na.png,NEUTRO\xff\xfePHIL\nb.png,MONOCYTE\n") << 0
            << "not valid UTF-8" << 1;
        QTest::newRow("wrong header") << QByteArray("file,class\na.png,NEUTROPHIL\n") << 1
                                      << "header must name" << 0;
        QTest::newRow("empty file") << QByteArray() << 0 << "no header line" << 0;
    }
    void csv()
    {
        QFETCH(QByteArray, csv);
        QFETCH(int, line);
        QFETCH(QString, words);
        QFETCH(int, labeled);
        QTemporaryDir dir;
        const QString data = writeDataset(dir);
        const QString csvPath = data + "/labels.csv";
        test::writeFile(csvPath, csv);
        const QString project = dir.filePath("p.wbc");
        const test::CliRun r = runWbc({"import", data, "--project", project, "--quiet"});
        VERIFY_CLEAN_EXIT(r);
        QVERIFY2(r.status == 0, r.err.constData());
        if (line < 0)
            QVERIFY2(!r.err.contains("labels.csv"), r.err.constData());
        else if (line == 0)
            QVERIFY2(hasLine(r.err, {csvPath + ": ", words}), r.err.constData());
        else
            QVERIFY2(hasLine(r.err, {QStringLiteral("%1:%2: ").arg(csvPath).arg(line), words}),
                     r.err.constData());
        ProjectStore store;
        QVERIFY(store.open(project, ProjectStore::OpenMode::OpenExisting));
        QCOMPARE(store.stats().images, 3);
        QCOMPARE(store.stats().unlabeled, 3 - labeled);
    }

    // Pascal VOC: malformed or entity-laden files are skipped, bad boxes clipped or dropped. One
    // dataset, an image and its annotation file per case, one import.
    void voc()
    {
        struct Case
        {
            QByteArray xml;
            int line; // of the problem; 0: not line-based, -1: no problem
            QString words;
            int boxes; // WBC boxes stored for the image
        };
        const auto doc = [](const QByteArray &box) {
            return "<annotation>\n<size><width>64</width><height>48</height></size>\n<object>\n"
                   "<name>WBC</name>\n<bndbox>"
                   + box + "</bndbox>\n</object>\n</annotation>\n";
        };
        const QList<Case> cases = {
            {doc("<xmin>5</xmin><ymin>6</ymin><xmax>30</xmax><ymax>40</ymax>"), -1, {}, 1},
            {"<annotation>\n<object><name>WBC</name></annotation>\n", 2, "malformed XML", 0},
            {"<?xml version=\"1.0\"?>\n<!DOCTYPE a [<!ENTITY x \"xxxxxxxxxx\">"
             "<!ENTITY y \"&x;&x;&x;&x;&x;&x;&x;&x;&x;&x;\">"
             "<!ENTITY z \"&y;&y;&y;&y;&y;&y;&y;&y;&y;&y;\">]>\n"
             "<annotation><filename>&z;</filename></annotation>\n",
             2, "DOCTYPE declarations are not allowed", 0},
            {"<!DOCTYPE a [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n"
             "<annotation><filename>&e;</filename></annotation>\n",
             1, "DOCTYPE declarations are not allowed", 0},
            {doc("<xmin>-10</xmin><ymin>-4</ymin><xmax>20</xmax><ymax>30</ymax>"), 3,
             "lies outside the image; clipped", 1},
            {doc("<xmin>40</xmin><ymin>20</ymin><xmax>500</xmax><ymax>300</ymax>"), 3,
             "lies outside the image; clipped", 1},
            {doc("<xmin>100</xmin><ymin>100</ymin><xmax>200</xmax><ymax>200</ymax>"), 3,
             "empty box; skipped", 0},
            {doc("<xmin>30</xmin><ymin>40</ymin><xmax>5</xmax><ymax>6</ymax>"), 3,
             "inverted corners; swapped", 1},
            {doc("<xmin>five</xmin><ymin>6</ymin><xmax>30</xmax><ymax>40</ymax>"), 5,
             "<xmin> is not a number", 0},
            {"<html><body/></html>", 1, "expected <annotation>", 0},
            {{}, 0, "empty XML document", 0},
            {"<annotation>" + QByteArray(9 << 20, ' ') + "</annotation>", 0, "larger than 8 MiB", 0},
        };
        QTemporaryDir dir;
        const QString data = dir.filePath("data");
        QStringList xmlPaths;
        for (qsizetype i = 0; i < cases.size(); ++i) {
            const QString name = QStringLiteral("v%1").arg(i, 2, 10, QChar(u'0'));
            test::writeFile(data + "/images/" + name + ".png",
                            encode(noise(64, 48, CV_8UC3, int(i) + 100), ".png"));
            xmlPaths.append(data + "/annotations/" + name + ".xml");
            test::writeFile(xmlPaths.last(), cases.at(i).xml);
        }
        const QString project = dir.filePath("p.wbc");
        const test::CliRun r = runWbc({"import", data, "--project", project, "--quiet"});
        VERIFY_CLEAN_EXIT(r);
        QVERIFY2(r.status == 0, r.err.constData());
        ProjectStore store;
        QVERIFY(store.open(project, ProjectStore::OpenMode::OpenExisting));
        const QList<ImageRecord> images = store.images(); // by path: v00, v01, ...
        QCOMPARE(images.size(), cases.size());
        for (qsizetype i = 0; i < cases.size(); ++i) {
            const Case &c = cases.at(i);
            const QString &xml = xmlPaths.at(i);
            if (c.line < 0)
                QVERIFY2(!r.err.contains(QFileInfo(xml).fileName().toUtf8()), r.err.constData());
            else if (c.line == 0)
                QVERIFY2(hasLine(r.err, {xml + ": ", c.words}), qPrintable(xml + "\n" + r.err));
            else
                QVERIFY2(hasLine(r.err, {QStringLiteral("%1:%2: ").arg(xml).arg(c.line), c.words}),
                         qPrintable(xml + "\n" + r.err));
            QCOMPARE(store.cells(images.at(i).id, "annotation").size(), c.boxes);
        }
    }

    // Project files that are not (or no longer) usable: every command refuses, names the file and
    // leaves its bytes alone.
    void projects_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("words");
        QTest::newRow("not SQLite") << "text" << "not a WBC Studio project (the file holds something else)";
        QTest::newRow("truncated") << "truncated" << "malformed";
        QTest::newRow("corrupt pages") << "corrupt" << "damaged";
        QTest::newRow("other SQLite database") << "foreign" << "another program's database";
        QTest::newRow("newer schema") << "newer" << "made by a newer WBC Studio (schema 99";
        QTest::newRow("a folder") << "folder" << "is a folder";
    }
    void projects()
    {
        QFETCH(QString, kind);
        QFETCH(QString, words);
        QTemporaryDir dir;
        const QString data = m_shared.filePath("data");
        const QString good = m_goodProject;
        QVERIFY(!good.isEmpty());
        const QByteArray goodBytes = test::readFile(good);
        const QString project = dir.filePath("bad.wbc");
        if (kind == u"text") {
            test::writeFile(project, "hello, I am a text file\n");
        } else if (kind == u"truncated") {
            test::writeFile(project, goodBytes.left(goodBytes.size() / 2));
        } else if (kind == u"corrupt") {
            QByteArray b = goodBytes;
            for (qsizetype i = 4096; i < b.size(); i += 7)
                b[i] = char(b.at(i) ^ 0xA5);
            test::writeFile(project, b);
        } else if (kind == u"foreign") {
            QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "foreign");
            db.setDatabaseName(project);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec("CREATE TABLE recipes (name TEXT)"));
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase("foreign");
        } else if (kind == u"newer") {
            QVERIFY(QFile::copy(good, project));
            ProjectStore store;
            QVERIFY(store.open(project));
            QVERIFY(store.setMeta("schema_version", "99"));
        } else if (kind == u"folder") {
            QVERIFY(QDir().mkpath(project));
        }
        const QByteArray before = test::readFile(project);
        // A reading and a writing command (export and detect open projects the same way).
        const QList<QStringList> commands = {{"stats", "--project", project},
                                             {"import", data, "--project", project}};
        for (const QStringList &args : commands) {
            const test::CliRun r = runWbc(args);
            VERIFY_CLEAN_EXIT(r);
            QCOMPARE(r.status, 1);
            QVERIFY2(hasLine(r.err, {project, words}), r.err.constData());
            QCOMPARE(test::readFile(project), before);
        }
    }

    // Another process has the project open for writing: writing commands refuse and name it,
    // reading commands work, and a lock left by a killed process is taken over.
    void projectLockedByAnotherProcess()
    {
        QTemporaryDir dir;
        const QString project = importedProject(dir);
        QVERIFY(!project.isEmpty());
        QProcess holder;
        QVERIFY(test::startLockHolder(holder, project));
        const QString pid = QString::number(holder.processId());
        for (const QStringList &args :
             {QStringList{"import", dir.filePath("data"), "--project", project},
              QStringList{"detect", "--project", project}}) {
            const test::CliRun r = runWbc(args);
            VERIFY_CLEAN_EXIT(r);
            QCOMPARE(r.status, 1);
            QVERIFY2(hasLine(r.err, {project, "in use by process " + pid}), r.err.constData());
        }
        const test::CliRun s = runWbc({"stats", "--project", project, "--json"});
        QCOMPARE(s.status, 0);
        QCOMPARE(QJsonDocument::fromJson(s.out).object().value("images").toInt(), 3);
        test::killChild(holder);
        const test::CliRun after = runWbc({"detect", "--project", project});
        VERIFY_CLEAN_EXIT(after);
        QVERIFY2(after.status == 0, after.err.constData());
    }

    // Another process holds an SQLite write transaction: a writer waits (busy timeout), then
    // fails with a message instead of hanging; the project stays intact.
    void projectBusyInSqlite()
    {
        QTemporaryDir dir;
        const QString project = importedProject(dir);
        QVERIFY(!project.isEmpty());
        QProcess holder;
        holder.start(QCoreApplication::applicationFilePath(), {"--sqlite-write-lock", project});
        QVERIFY(holder.waitForStarted());
        QVERIFY(holder.waitForReadyRead(30000));
        QCOMPARE(holder.readLine().trimmed(), QByteArray("locked"));
        test::writeFile(dir.filePath("data/labels.csv"), "image,label\nc.png,EOSINOPHIL\n");
        const test::CliRun r = runWbc({"import", dir.filePath("data"), "--project", project});
        VERIFY_CLEAN_EXIT(r);
        QCOMPARE(r.status, 1);
        QVERIFY2(hasLine(r.err, {project, "locked"}), r.err.constData());
        test::killChild(holder);
        ProjectStore store;
        QVERIFY(store.open(project, ProjectStore::OpenMode::OpenExisting));
        QSqlQuery q(store.database());
        QVERIFY(q.exec("PRAGMA integrity_check") && q.next());
        QCOMPARE(q.value(0).toString(), QString("ok"));
        QCOMPARE(store.stats().unlabeled, 1);
    }

    // A project file the user may only read: reading works, writing is refused by name.
    void readOnlyProject()
    {
        QTemporaryDir dir;
        const QString project = importedProject(dir);
        QVERIFY(!project.isEmpty());
        QVERIFY(QFile::setPermissions(project, QFileDevice::ReadOwner | QFileDevice::ReadGroup
                                                   | QFileDevice::ReadOther));
        // As root, permissions restrict nothing: run wbc as "nobody" in a folder it may read.
        QVERIFY(::chmod(QFile::encodeName(dir.path()).constData(), 0755) == 0);
        const QByteArray before = test::readFile(project);
        const auto run = [](const QStringList &args) {
            QProcess p;
            if (::geteuid() == 0)
                p.setChildProcessModifier([] {
                    if (::setgid(65534) != 0 || ::setuid(65534) != 0)
                        ::_exit(99);
                });
            p.start(test::cliPath(), args);
            if (!p.waitForFinished(120000))
                test::killChild(p);
            return test::CliRun{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                                p.readAllStandardOutput(),
                                p.readAllStandardError()};
        };
        const test::CliRun s = run({"stats", "--project", project, "--json"});
        QVERIFY2(s.status == 0, s.err.constData());
        QCOMPARE(QJsonDocument::fromJson(s.out).object().value("images").toInt(), 3);
        const test::CliRun i = run({"import", dir.filePath("data"), "--project", project});
        VERIFY_CLEAN_EXIT(i);
        QCOMPARE(i.status, 1);
        QVERIFY2(hasLine(i.err, {project, "not open for writing"}), i.err.constData());
        QCOMPARE(test::readFile(project), before);
    }

    // Model files: refused before any weight is used, with the file and the reason.
    void models_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("words");
        const QByteArray good = serializeModel(untrainedModel(ModelArch::WbcNet, Task::Binary));
        const qint64 headerEnd = 16 + modelHeaderSize(good);
        QTest::newRow("zero bytes") << QByteArray() << "not a WBC Studio model file";
        QTest::newRow("PNG named .wbcmodel")
            << encode(noise(8, 8, CV_8UC3, 1), ".png") << "not a WBC Studio model file";
        QTest::newRow("TorchScript zip") << QByteArray("PK\x03\x04 archive/data.pkl")
                                         << "not a WBC Studio model file";
        QTest::newRow("truncated header") << good.left(40) << "the file is truncated";
        QTest::newRow("truncated weights") << good.left(good.size() / 2) << "checksum mismatch";
        QByteArray flipped = good;
        flipped[flipped.size() / 2] = char(flipped.at(flipped.size() / 2) ^ 1);
        QTest::newRow("corrupt weights") << flipped << "checksum mismatch";
        QByteArray newer = good;
        newer[8] = 2;
        QTest::newRow("newer format version") << newer << "model format version 2 is not supported";
        QByteArray huge = good;
        qToLittleEndian<quint32>(0xFFFFFFF0u, huge.data() + 12);
        QTest::newRow("huge header size") << huge << "larger than the limit";
        QByteArray json = good;
        json[16] = '[';
        QTest::newRow("header not JSON") << json << "not valid JSON";
        // Well-formed files (valid checksum) that lie.
        QByteArray dims = good.left(headerEnd);
        dims += QByteArray("\x01\0\0\0\x01\0w\x02", 8);
        for (qint64 d : {qint64(1) << 40, qint64(1) << 40}) {
            const qint64 le = qToLittleEndian(d);
            dims.append(reinterpret_cast<const char *>(&le), 8);
        }
        QTest::newRow("huge tensor") << withHash(dims) << "weight tensor sizes are invalid";
        QByteArray count = good.left(headerEnd) + QByteArray("\xff\xff\0\0", 4);
        QTest::newRow("too many tensors") << withHash(count) << "too many weight tensors";
        ModelFile other = untrainedModel(ModelArch::WbcNet, Task::Binary);
        other.header.arch = "lenet";
        QTest::newRow("weights of another architecture") << serializeModel(other) << "weight";
    }
    void models()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, words);
        QTemporaryDir dir;
        const QString data = writeDataset(dir);
        test::writeFile(data + "/labels.csv", "image,label\na.png,NEUTROPHIL\nb.png,MONOCYTE\n");
        const QString model = dir.filePath("m.wbcmodel");
        test::writeFile(model, bytes);
        // evaluate and the GUI load models through the same Classifier::load.
        const test::CliRun r = runWbc({"predict", "--model", model, data + "/images"});
        VERIFY_CLEAN_EXIT(r);
        QCOMPARE(r.status, 1);
        QVERIFY2(hasLine(r.err, {model + ": ", words}), r.err.constData());
    }

    // A file over the size limit is refused by its size, before anything is read.
    void modelOverSizeLimit()
    {
        QTemporaryDir dir;
        const QString model = dir.filePath("big.wbcmodel");
        QFile f(model);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.write(kModelMagic, 8) == 8);
        QVERIFY(f.resize(kMaxModelFileBytes + 1)); // sparse: no disk used
        f.close();
        const test::CliRun r = runWbc({"predict", "--model", model, dir.path()});
        VERIFY_CLEAN_EXIT(r);
        QCOMPARE(r.status, 1);
        QVERIFY2(hasLine(r.err, {model, "larger than the limit of 256 MiB"}), r.err.constData());
    }
};

// Child modes: hold a project's lock, or hold an SQLite write transaction, until killed.
static int sqliteWriteLockChild(const QString &project)
{
    QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE");
    db.setDatabaseName(project);
    if (!db.open() || !QSqlQuery(db).exec("BEGIN IMMEDIATE")
        || !QSqlQuery(db).exec("INSERT INTO meta (key, value) VALUES ('held', '1')"))
        return 1;
    std::puts("locked");
    std::fflush(stdout);
    for (;;)
        ::pause();
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--hold-lock") == 0)
        return test::holdLockChild(QString::fromLocal8Bit(argv[2]));
    if (argc == 3 && qstrcmp(argv[1], "--sqlite-write-lock") == 0)
        return sqliteWriteLockChild(QString::fromLocal8Bit(argv[2]));
    TestBadInput tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}

#include "tst_badinput.moc"
