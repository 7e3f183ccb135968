#include "base/cellclass.h"

#include <QTest>

using namespace wbc;

class TestCellClass : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("canonical");
        QTest::addColumn<int>("cells");
        QTest::newRow("single") << "NEUTROPHIL" << true << "NEUTROPHIL" << 1;
        QTest::newRow("lower case, spaces") << "  eosinophil " << true << "EOSINOPHIL" << 1;
        QTest::newRow("empty is unlabeled") << "" << true << "" << 0;
        QTest::newRow("blank is unlabeled") << "   " << true << "" << 0;
        QTest::newRow("multi with space") << "NEUTROPHIL, EOSINOPHIL" << true
                                          << "NEUTROPHIL,EOSINOPHIL" << 2;
        QTest::newRow("multi no space") << "NEUTROPHIL,NEUTROPHIL" << true
                                        << "NEUTROPHIL,NEUTROPHIL" << 2;
        QTest::newRow("binary-mode group") << "polynuclear" << true << "POLYNUCLEAR" << 1;
        QTest::newRow("unknown") << "PLATELET" << false << "" << 0;
        QTest::newRow("one unknown of two") << "MONOCYTE, BLAST" << false << "" << 0;
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(QString, canonical);
        QFETCH(int, cells);
        QString error;
        const auto label = ImageLabel::parse(text, &error);
        QCOMPARE(label.has_value(), ok);
        if (!ok) {
            QVERIFY(error.contains(u"unknown cell class"));
            return;
        }
        QCOMPARE(label->toString(), canonical);
        QCOMPARE(label->cells().size(), cells);
        QCOMPARE(label->isMultiCell(), cells > 1);
        QCOMPARE(ImageLabel::parse(label->toString()).value(), *label);
    }

    void polynuclear()
    {
        QVERIFY(isPolynuclear(CellClass::Neutrophil));
        QVERIFY(isPolynuclear(CellClass::Eosinophil));
        QVERIFY(!isPolynuclear(CellClass::Lymphocyte));
        QVERIFY(!isPolynuclear(CellClass::Monocyte));
        for (CellClass cls : kAllCellClasses)
            QCOMPARE(parseCellClass(cellClassName(cls)), cls);
    }
};

QTEST_GUILESS_MAIN(TestCellClass)
#include "tst_cellclass.moc"
