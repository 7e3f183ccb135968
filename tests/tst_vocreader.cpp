#include "dataset/vocreader.h"

#include <QTest>

using namespace wbc;

namespace {

QByteArray voc(const QByteArray &objects, const QByteArray &prolog = {})
{
    return prolog + "<annotation>\n<filename>a.jpg</filename>\n"
                    "<size><width>640</width><height>480</height><depth>3</depth></size>\n"
           + objects + "</annotation>\n";
}

QByteArray object(const char *name, const char *xmin, const char *ymin, const char *xmax,
                  const char *ymax)
{
    return QByteArray("<object>\n<name>") + name + "</name>\n<bndbox><xmin>" + xmin
           + "</xmin><ymin>" + ymin + "</ymin><xmax>" + xmax + "</xmax><ymax>" + ymax
           + "</ymax></bndbox>\n</object>\n";
}

// A BCCD-style file with a typo in a coordinate, like the fuzz finding that the corpus keeps in
// tests/fuzz/corpus/voc/uaf-xmin-not-a-number (run by the fuzz target under ASan in CI).
const char test_bccdTypo[]
    = "<annotation>\n\t<folder>JPEGImages</folder>\n\t<filename>BloodImage_00000.jpg</filename>\n"
      "\t<size><width>640</width><height>480</height><depth>3</depth></size>\n"
      "\t<object><name>WBC</name><pose>Unspecified</pose><truncated>0</truncated>"
      "<difficult>0</difficult>\n\t\t<bndbox><xmin>26F</xmin><ymin>177</ymin><xmax>491</xmax>"
      "<ymax>376</ymax></bndbox></object>\n</annotation>\n";

} // namespace

class TestVocReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("wbc");
        QTest::addColumn<int>("objects");
        QTest::addColumn<QRect>("firstBox");
        QTest::addColumn<QStringList>("problemWords");

        QTest::newRow("one WBC, two RBC")
            << voc(object("WBC", "260", "177", "491", "376") + object("RBC", "78", "336", "184", "435")
                   + object("RBC", "1", "2", "30", "40"))
            << true << 1 << 3 << QRect(260, 177, 231, 199) << QStringList{};
        QTest::newRow("objects named by class are white cells")
            << voc(object("NEUTROPHIL", "1", "1", "9", "9")
                   + object("eosinophil", "1", "1", "9", "9") + object("Smudge", "1", "1", "9", "9")
                   + object("RBC", "1", "1", "9", "9"))
            << true << 3 << 4 << QRect(1, 1, 8, 8) << QStringList{};
        QTest::newRow("platelets and unknown kinds")
            << voc(object("Platelets", "10", "10", "20", "20") + object("Blast", "1", "1", "5", "5"))
            << true << 0 << 2 << QRect(10, 10, 10, 10) << QStringList{};
        QTest::newRow("fractional coordinates")
            << voc(object("WBC", "10.4", "10.6", "100.5", "90")) << true << 1 << 1
            << QRect(10, 11, 91, 79) << QStringList{};
        QTest::newRow("negative box is clipped")
            << voc(object("WBC", "-20", "-5", "100", "90")) << true << 1 << 1
            << QRect(0, 0, 100, 90) << QStringList{"outside", "clipped"};
        QTest::newRow("box beyond the image is clipped")
            << voc(object("WBC", "600", "400", "700", "500")) << true << 1 << 1
            << QRect(600, 400, 40, 80) << QStringList{"outside"};
        QTest::newRow("size after the objects still clips") // fuzz finding
            << QByteArray("<annotation>\n" + object("WBC", "600", "400", "700", "500")
                          + "<size><width>640</width><height>480</height></size>\n</annotation>")
            << true << 1 << 1 << QRect(600, 400, 40, 80) << QStringList{"outside"};
        QTest::newRow("box entirely outside is dropped")
            << voc(object("WBC", "700", "500", "800", "600")) << true << 0 << 0 << QRect()
            << QStringList{"empty box"};
        QTest::newRow("inverted corners are swapped")
            << voc(object("WBC", "100", "90", "10", "10")) << true << 1 << 1
            << QRect(10, 10, 90, 80) << QStringList{"inverted"};
        QTest::newRow("not a number")
            << voc(object("WBC", "ten", "10", "20", "20")) << true << 0 << 0 << QRect()
            << QStringList{"not a number", "no complete"};
        // fuzz_vocreader finding: the element name was read after the reader's buffer moved.
        QTest::newRow("typo in a BCCD-style file")
            << QByteArray(test_bccdTypo) << true << 0 << 0 << QRect()
            << QStringList{"<xmin> is not a number: \"26F\"", "no complete"};
        QTest::newRow("missing bndbox")
            << voc("<object><name>WBC</name></object>\n") << true << 0 << 0 << QRect()
            << QStringList{"no complete"};
        QTest::newRow("malformed XML")
            << QByteArray("<annotation><object><name>WBC</name>\n</annotation>") << false << 0 << 0
            << QRect() << QStringList{"malformed XML", ":2:"};
        QTest::newRow("DOCTYPE with entities (billion laughs)")
            << voc(object("WBC", "1", "1", "9", "9"),
                   "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                   "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>\n")
            << false << 0 << 0 << QRect() << QStringList{"DOCTYPE"};
        QTest::newRow("external entity")
            << QByteArray("<?xml version=\"1.0\"?>\n<!DOCTYPE a [<!ENTITY x SYSTEM "
                          "\"file:///etc/passwd\">]>\n<annotation>&x;</annotation>")
            << false << 0 << 0 << QRect() << QStringList{"DOCTYPE"};
        QTest::newRow("wrong root") << QByteArray("<html><body/></html>") << false << 0 << 0
                                    << QRect() << QStringList{"expected <annotation>"};
        QTest::newRow("empty file") << QByteArray() << false << 0 << 0 << QRect()
                                    << QStringList{"empty"};
    }
    void parse()
    {
        QFETCH(QByteArray, xml);
        QFETCH(bool, ok);
        QFETCH(int, wbc);
        QFETCH(int, objects);
        QFETCH(QRect, firstBox);
        QFETCH(QStringList, problemWords);
        const VocAnnotation ann = VocReader::parse(xml, QStringLiteral("a.xml"));
        QCOMPARE(ann.ok, ok);
        QCOMPARE(ann.count(CellKind::Wbc), wbc);
        QCOMPARE(ann.objects.size(), objects);
        if (objects > 0)
            QCOMPARE(ann.objects.first().box, firstBox);
        QString all;
        for (const Problem &p : ann.problems) {
            QCOMPARE(p.file, QStringLiteral("a.xml"));
            all += p.toString() + u'\n';
        }
        for (const QString &word : problemWords)
            QVERIFY2(all.contains(word), qPrintable(all));
        if (problemWords.isEmpty())
            QVERIFY2(ann.problems.isEmpty(), qPrintable(all));
    }

    void problemsNameTheLine()
    {
        const VocAnnotation ann = VocReader::parse(voc(object("WBC", "-1", "0", "10", "10")),
                                                   QStringLiteral("a.xml"));
        QCOMPARE(ann.problems.size(), 1);
        QCOMPARE(ann.problems.first().line, 4); // the <object> line
    }

    void objectLabels_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("label"); // CellLabel::name(), "" for unlabelled

        QTest::newRow("WBC") << "WBC" << int(CellKind::Wbc) << "";
        QTest::newRow("wbc, lower case") << "wbc" << int(CellKind::Wbc) << "";
        QTest::newRow("NEUTROPHIL") << "NEUTROPHIL" << int(CellKind::Wbc) << "NEUTROPHIL";
        QTest::newRow("Eosinophil") << "Eosinophil" << int(CellKind::Wbc) << "EOSINOPHIL";
        QTest::newRow("lymphocyte") << " lymphocyte " << int(CellKind::Wbc) << "LYMPHOCYTE";
        QTest::newRow("Monocyte") << "Monocyte" << int(CellKind::Wbc) << "MONOCYTE";
        QTest::newRow("BASOPHIL") << "BASOPHIL" << int(CellKind::Wbc) << "BASOPHIL";
        QTest::newRow("group class") << "Polynuclear" << int(CellKind::Wbc) << "POLYNUCLEAR";
        QTest::newRow("UNIDENTIFIED") << "UNIDENTIFIED" << int(CellKind::Wbc) << "UNIDENTIFIED";
        QTest::newRow("SMUDGE") << "smudge" << int(CellKind::Wbc) << "SMUDGE";
        QTest::newRow("ARTEFACT") << "ARTEFACT" << int(CellKind::Wbc) << "ARTEFACT";
        QTest::newRow("DAMAGED") << "Damaged" << int(CellKind::Wbc) << "DAMAGED";
        QTest::newRow("RBC") << "RBC" << int(CellKind::Rbc) << "";
        QTest::newRow("Platelets") << "Platelets" << int(CellKind::Platelet) << "";
        QTest::newRow("unknown") << "Blast" << int(CellKind::Other) << "";
        QTest::newRow("two classes are no class") << "NEUTROPHIL,LYMPHOCYTE" << int(CellKind::Other)
                                                  << "";
    }
    void objectLabels()
    {
        QFETCH(QString, name);
        QFETCH(int, kind);
        QFETCH(QString, label);
        const QByteArray n = name.toUtf8();
        const VocAnnotation ann = VocReader::parse(voc(object(n.constData(), "1", "1", "9", "9")),
                                                   QStringLiteral("a.xml"));
        QVERIFY(ann.ok);
        QCOMPARE(ann.objects.size(), 1);
        const VocObject &o = ann.objects.first();
        QCOMPARE(int(o.kind), kind);
        QCOMPARE(o.label.name(), label);
        QCOMPARE(o.name, name.trimmed()); // as written
        QCOMPARE(o.cellClass().has_value(), o.label.kind() == CellLabel::Kind::Class);
    }

    void writeRoundTrip()
    {
        const QList<VocObject> objects
            = {{CellKind::Wbc, QString(), QRect(5, 6, 70, 80)},
               {CellKind::Rbc, QString(), QRect(1, 2, 3, 4)},
               {CellKind::Platelet, QString(), QRect(9, 9, 5, 5)},
               {CellKind::Wbc, QString(), QRect(20, 20, 30, 30), 0,
                CellLabel::ofClass(CellClass::Monocyte)},
               {CellKind::Wbc, QString(), QRect(60, 20, 30, 30), 0,
                CellLabel::notCounted(NotCounted::Artefact)}};
        const QByteArray xml = writeVoc(QStringLiteral("x.png"), 160, 120, objects);
        QVERIFY(xml.contains("<name>MONOCYTE</name>"));
        QVERIFY(xml.contains("<name>ARTEFACT</name>"));
        QVERIFY(xml.contains("<name>WBC</name>"));
        const VocAnnotation back = VocReader::parse(xml, QStringLiteral("x.xml"));
        QVERIFY(back.ok);
        QCOMPARE(back.fileName, QStringLiteral("x.png"));
        QCOMPARE(back.width, 160);
        QCOMPARE(back.objects.size(), objects.size());
        for (qsizetype i = 0; i < objects.size(); ++i) {
            QCOMPARE(back.objects[i].kind, objects[i].kind);
            QCOMPARE(back.objects[i].box, objects[i].box);
            QCOMPARE(back.objects[i].label, objects[i].label);
        }
    }
};

QTEST_GUILESS_MAIN(TestVocReader)
#include "tst_vocreader.moc"
