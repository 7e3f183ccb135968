#include <QTest>

#include "base/csvwriter.h"
#include "dataset/csvreader.h"

using namespace wbc;

// The one CSV writer: RFC 4180 quoting, text cells neutralised for spreadsheets (OWASP CSV
// injection), numbers written as they are, and CsvReader reading every text cell back.
class TestCsvWriter : public QObject
{
    Q_OBJECT

private:
    static void addHostileRows()
    {
        QTest::newRow("HYPERLINK") << R"x(=HYPERLINK("http://x","y"))x"
                                   << R"x("'=HYPERLINK(""http://x"",""y"")")x";
        QTest::newRow("plus") << "+1"
                              << "'+1";
        QTest::newRow("minus") << "-2+3"
                               << "'-2+3";
        QTest::newRow("at") << "@SUM(A1)"
                            << "'@SUM(A1)";
        QTest::newRow("tab") << "\tx"
                             << "'\tx";
        QTest::newRow("carriage return") << "\rx"
                                         << "\"'\rx\"";
        QTest::newRow("formula after apostrophes") << "'=x"
                                                   << "''=x";
        QTest::newRow("minus alone") << "-"
                                     << "'-";
    }

private Q_SLOTS:
    void textField_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("written");
        addHostileRows();
        QTest::newRow("plain") << "BloodImage_1.jpg"
                               << "BloodImage_1.jpg";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("formula character later") << "a=b+c"
                                                 << "a=b+c";
        QTest::newRow("apostrophe alone") << "'"
                                          << "'";
        QTest::newRow("apostrophe and text") << "'a"
                                             << "'a";
        QTest::newRow("comma") << "NEUTROPHIL,EOSINOPHIL"
                               << "\"NEUTROPHIL,EOSINOPHIL\"";
        QTest::newRow("quote") << "a\"b"
                               << "\"a\"\"b\"";
        QTest::newRow("newline") << "a\nb"
                                 << "\"a\nb\"";
        QTest::newRow("leading space") << " a"
                                       << "\" a\"";
        QTest::newRow("leading BOM character") << QString(QChar(0xFEFF)) + "a"
                                               << "\"" + QString(QChar(0xFEFF)) + "a\"";
    }
    void textField()
    {
        QFETCH(QString, value);
        QFETCH(QString, written);
        QCOMPARE(CsvWriter::textField(value), written);
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("written");
        addHostileRows();
        QTest::newRow("comma") << "NEUTROPHIL,EOSINOPHIL" << QString();
        QTest::newRow("quote") << "a\"b" << QString();
        QTest::newRow("newline") << "a\nb" << QString();
        QTest::newRow("CRLF inside") << "a\r\nb" << QString();
        QTest::newRow("leading space") << " a" << QString();
        QTest::newRow("leading BOM character") << QString(QChar(0xFEFF)) + "a" << QString();
        QTest::newRow("apostrophes") << "''a'" << QString();
        QTest::newRow("everything") << "=a,\"b\"\n'c" << QString();
    }
    // What the writer writes, CsvReader gives back: in the first column, a middle one, the last.
    void roundTrip()
    {
        QFETCH(QString, value);
        for (const QStringList &row : { QStringList { value, "x" },
                 QStringList { "x", value, "y" },
                 QStringList { "x", value } }) {
            for (const CsvWriter::LineEnd end :
                { CsvWriter::LineEnd::Lf, CsvWriter::LineEnd::CrLf }) {
                CsvWriter w(end);
                w.row({ "a", "b" });
                w.row(row);
                const CsvDocument doc = CsvReader::parse(w.data(), QStringLiteral("t"));
                QVERIFY(doc.problems.isEmpty());
                QCOMPARE(doc.records.size(), 2);
                QCOMPARE(doc.records.at(1).fields, row);
            }
        }
    }

    // Numbers the app computes are not text: a negative value or a percentage stays a number.
    void numbersAreWrittenAsTheyAre()
    {
        CsvWriter w;
        w.number(-2).number(qint64(-9000000000)).number(-12.5, 'f', 2).number(37.5, 'f', 2);
        w.number(-0.000123, 'g', 6).empty().text("-2").endRow();
        QCOMPARE(w.data(), QByteArray("-2,-9000000000,-12.50,37.50,-0.000123,,'-2\n"));
        const CsvDocument doc = CsvReader::parse(w.data(), QStringLiteral("t"));
        QCOMPARE(doc.records.first().fields,
            (QStringList { "-2", "-9000000000", "-12.50", "37.50", "-0.000123", "", "-2" }));
    }

    void rowsAndLineEnds()
    {
        CsvWriter lf;
        lf.row({ "image", "label" });
        lf.text("a.png").text("NEUTROPHIL").endRow();
        QCOMPARE(lf.data(), QByteArray("image,label\na.png,NEUTROPHIL\n"));
        CsvWriter crlf(CsvWriter::LineEnd::CrLf);
        crlf.row({ "slide", "class" });
        crlf.text("S1").empty().endRow();
        QCOMPARE(crlf.data(), QByteArray("slide,class\r\nS1,\r\n"));
        // UTF-8 out, whatever the text.
        CsvWriter utf8;
        utf8.row({ QString::fromUtf8("Zürich ✓") });
        QCOMPARE(utf8.data(), QByteArray("Zürich ✓\n"));
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
