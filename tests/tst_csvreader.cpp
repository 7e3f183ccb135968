#include "dataset/csvreader.h"

#include <QTest>

using namespace wbc;

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QStringList>("expected"); // records joined with '|', fields with ';'
        QTest::addColumn<QList<int>>("lines");
        QTest::addColumn<QList<int>>("problemLines");

        QTest::newRow("plain LF") << QByteArray("a,b\n1,2\n") << QStringList{"a;b", "1;2"}
                                  << QList<int>{1, 2} << QList<int>{};
        QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n") << QStringList{"a;b", "1;2"}
                              << QList<int>{1, 2} << QList<int>{};
        QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF" "a,b\n1,2") << QStringList{"a;b", "1;2"}
                             << QList<int>{1, 2} << QList<int>{};
        QTest::newRow("quoted comma") << QByteArray("x,\"N, E\"\n")
                                      << QStringList{"x;N, E"} << QList<int>{1} << QList<int>{};
        QTest::newRow("escaped quote") << QByteArray("\"a \"\"b\"\"\",c\n")
                                       << QStringList{"a \"b\";c"} << QList<int>{1}
                                       << QList<int>{};
        QTest::newRow("newline in quotes") << QByteArray("\"a\nb\",c\nd,e\n")
                                           << QStringList{"a\nb;c", "d;e"} << QList<int>{1, 3}
                                           << QList<int>{};
        QTest::newRow("blank lines skipped") << QByteArray("a\n\n\nb\n") << QStringList{"a", "b"}
                                             << QList<int>{1, 4} << QList<int>{};
        QTest::newRow("empty fields") << QByteArray("a,,\n") << QStringList{"a;;"}
                                      << QList<int>{1} << QList<int>{};
        QTest::newRow("unterminated quote recovers")
            << QByteArray("h,l\nx.jpg,\"NEUTROPHIL\ny.jpg,MONOCYTE\n") << QStringList{"h;l", "y.jpg;MONOCYTE"}
            << QList<int>{1, 3} << QList<int>{2};
        QTest::newRow("empty file") << QByteArray() << QStringList{} << QList<int>{}
                                    << QList<int>{};
        QTest::newRow("very long line") << (QByteArray("h\n") + QByteArray(100000, 'x') + "\nok\n")
                                        << QStringList{"h", "ok"} << QList<int>{1, 3}
                                        << QList<int>{2};
    }
    void parse()
    {
        QFETCH(QByteArray, data);
        QFETCH(QStringList, expected);
        QFETCH(QList<int>, lines);
        QFETCH(QList<int>, problemLines);
        const CsvDocument doc = CsvReader::parse(data, QStringLiteral("labels.csv"));
        QStringList got;
        QList<int> gotLines;
        for (const CsvRecord &r : doc.records) {
            got.append(r.fields.join(u';'));
            gotLines.append(r.line);
        }
        QCOMPARE(got, expected);
        QCOMPARE(gotLines, lines);
        QList<int> gotProblems;
        for (const Problem &p : doc.problems) {
            gotProblems.append(p.line);
            QCOMPARE(p.file, QStringLiteral("labels.csv"));
            QVERIFY(p.toString().startsWith(QStringLiteral("labels.csv:")));
        }
        QCOMPARE(gotProblems, problemLines);
    }

    void invalidUtf8IsReported()
    {
        const CsvDocument doc = CsvReader::parse(QByteArray("a,\xff\xfe\n"), QStringLiteral("f.csv"));
        QCOMPARE(doc.records.size(), 1);
        QCOMPARE(doc.problems.size(), 1);
        QVERIFY(doc.problems.first().message.contains(u"UTF-8"));
    }

    void missingFile()
    {
        const CsvDocument doc = CsvReader::readFile(QStringLiteral("/nonexistent/labels.csv"));
        QVERIFY(doc.records.isEmpty());
        QCOMPARE(doc.problems.size(), 1);
        QVERIFY(doc.problems.first().toString().contains(u"/nonexistent/labels.csv"));
    }

    // A field CsvWriter neutralised for spreadsheets reads back without its apostrophe; other
    // apostrophes stay (tst_csvwriter has the round trips).
    void neutralisedFieldsReadBack()
    {
        const CsvDocument doc = CsvReader::parse(
            "'=1+2,''@x,'a,',\"'-2\",\"'\rb\",'\tc\n", QStringLiteral("t"));
        QVERIFY(doc.problems.isEmpty());
        QCOMPARE(doc.records.size(), 1);
        QCOMPARE(doc.records.first().fields,
                 (QStringList{"=1+2", "'@x", "'a", "'", "-2", "\rb", "\tc"}));
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
