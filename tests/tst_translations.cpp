// The translations: every .qm embedded by wbc_i18n loads and translates key strings (cell
// classes, a menu, a plural form); the .ts files are complete (no unfinished message, the same
// placeholders and accelerators as the source); i18n::install() follows the requested language;
// the wbc command line speaks the system's language.
#include "i18n.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void key_data();
    void key();
    void plural_data();
    void plural();
    void complete_data();
    void complete();
    void installFollowsLanguage();
    void commandLineFollowsSystem();
};

namespace {

void removeTranslators()
{
    for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

// %1..%99, %L1, %n, %Ln: must all survive translation.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?(\\d{1,2}|n)"));
    QStringList found;
    for (const QRegularExpressionMatch &m : re.globalMatch(text))
        found.append(m.captured());
    found.sort();
    return found;
}

// Keyboard accelerators: '&' before a letter ("&File"); "&&" is a literal ampersand.
int accelerators(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("(?<!&)&(?!&)(?=\\w)"),
                                       QRegularExpression::UseUnicodePropertiesOption);
    QString withoutEntities = text;
    withoutEntities.remove(QRegularExpression(QStringLiteral("&[a-z]+;")));
    return int(withoutEntities.count(re));
}

} // namespace

void TestTranslations::cleanup()
{
    removeTranslators();
}

void TestTranslations::key_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char *lang, const char *ctx, const char *src, const char *exp) {
        QTest::addRow("%s %s", lang, src) << lang << ctx << src << QString::fromUtf8(exp);
    };
    row("de", "CellClass", "Neutrophil", "Neutrophiler Granulozyt");
    row("de", "CellClass", "Eosinophil", "Eosinophiler Granulozyt");
    row("de", "CellClass", "Lymphocyte", "Lymphozyt");
    row("de", "CellClass", "Monocyte", "Monozyt");
    row("de", "CellClass", "Basophil", "Basophiler Granulozyt");
    row("de", "wbc::MainWindow", "&File", "&Datei");
    row("de", "wbc::PreferencesDialog", "&Language:", "&Sprache:");
    row("fr", "CellClass", "Neutrophil", "Polynucléaire neutrophile");
    row("fr", "CellClass", "Eosinophil", "Polynucléaire éosinophile");
    row("fr", "CellClass", "Lymphocyte", "Lymphocyte");
    row("fr", "CellClass", "Monocyte", "Monocyte");
    row("fr", "CellClass", "Basophil", "Polynucléaire basophile");
    row("fr", "wbc::MainWindow", "&File", "&Fichier");
    row("es", "CellClass", "Neutrophil", "Neutrófilo");
    row("es", "CellClass", "Eosinophil", "Eosinófilo");
    row("es", "CellClass", "Lymphocyte", "Linfocito");
    row("es", "CellClass", "Monocyte", "Monocito");
    row("es", "CellClass", "Basophil", "Basófilo");
    row("es", "wbc::MainWindow", "&File", "&Archivo");
}

void TestTranslations::key()
{
    QFETCH(QString, language);
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(QString, expected);
    QTranslator t;
    QVERIFY(t.load(QStringLiteral(":/i18n/wbcstudio_%1.qm").arg(language)));
    QCOMPARE(t.language(), language);
    QCOMPARE(t.translate(context.toUtf8(), source.toUtf8()), expected);
}

void TestTranslations::plural_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en 1") << "en" << 1 << "Move 1 image to slide %1";
    QTest::newRow("en 3") << "en" << 3 << "Move 3 images to slide %1";
    QTest::newRow("de 1") << "de" << 1 << QString::fromUtf8("1 Bild in Präparat %1 verschieben");
    QTest::newRow("de 3") << "de" << 3 << QString::fromUtf8("3 Bilder in Präparat %1 verschieben");
    QTest::newRow("fr 1") << "fr" << 1 << QString::fromUtf8("Déplacer 1 image vers la lame %1");
    QTest::newRow("fr 0") << "fr" << 0 << QString::fromUtf8("Déplacer 0 image vers la lame %1");
    QTest::newRow("fr 3") << "fr" << 3 << QString::fromUtf8("Déplacer 3 images vers la lame %1");
    QTest::newRow("es 1") << "es" << 1 << QString::fromUtf8("Mover 1 imagen a la preparación %1");
    QTest::newRow("es 3") << "es" << 3 << QString::fromUtf8("Mover 3 imágenes a la preparación %1");
}

void TestTranslations::plural()
{
    QFETCH(QString, language);
    QFETCH(int, n);
    QFETCH(QString, expected);
    QCOMPARE(wbc::i18n::install(qApp, language), language);
    QCOMPARE(QCoreApplication::translate("ProjectCommands", "Move %n image(s) to slide %1", nullptr,
                                         n),
             expected);
}

void TestTranslations::complete_data()
{
    QTest::addColumn<QString>("file");
    const QDir dir(QStringLiteral(WBC_TS_DIR));
    const QStringList files = dir.entryList({QStringLiteral("wbcstudio_*.ts")}, QDir::Files);
    QCOMPARE(files.size(), 4);
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << dir.filePath(f);
}

void TestTranslations::complete()
{
    QFETCH(QString, file);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&f);
    QString context;
    QString source;
    QStringList translations;
    bool numerus = false;
    int messages = 0;
    QStringList problems;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"name") {
                context = xml.readElementText();
            } else if (xml.name() == u"message") {
                numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
                translations.clear();
                ++messages;
            } else if (xml.name() == u"source") {
                source = xml.readElementText();
            } else if (xml.name() == u"translation") {
                const QStringView type = xml.attributes().value(QLatin1String("type"));
                if (!type.isEmpty())
                    problems << QStringLiteral("%1 / %2: %3").arg(context, source, type);
                if (!numerus)
                    translations << xml.readElementText();
            } else if (xml.name() == u"numerusform") {
                translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            if (translations.isEmpty() || (numerus && translations.size() != 2))
                problems << QStringLiteral("%1 / %2: no or wrong plural forms").arg(context, source);
            for (const QString &t : std::as_const(translations)) {
                if (t.isEmpty())
                    problems << QStringLiteral("%1 / %2: empty").arg(context, source);
                else if (placeholders(t) != placeholders(source)
                         && !(numerus && placeholders(t) + QStringList{QStringLiteral("%n")}
                                                 == placeholders(source)))
                    problems << QStringLiteral("%1 / %2: placeholders differ in \"%3\"")
                                    .arg(context, source, t);
                else if (accelerators(t) != accelerators(source))
                    problems << QStringLiteral("%1 / %2: accelerators differ in \"%3\"")
                                    .arg(context, source, t);
            }
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(messages > 0);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestTranslations::installFollowsLanguage()
{
    QCOMPARE(wbc::i18n::install(qApp, QStringLiteral("de")), QStringLiteral("de"));
    QCOMPARE(QCoreApplication::translate("CellClass", "Monocyte"), QStringLiteral("Monozyt"));
    // Dates in the UI's language too.
    QCOMPARE(QLocale().language(), QLocale::German);
    QVERIFY(!QLocale().toString(QDate(2026, 12, 1), QLocale::LongFormat).contains(u"December"));
    removeTranslators();
    QLocale::setDefault(QLocale::system());
    // No translation: English, with its plural forms.
    QCOMPARE(wbc::i18n::install(qApp, QStringLiteral("it")), QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("CellClass", "Monocyte"), QStringLiteral("Monocyte"));
    QCOMPARE(QCoreApplication::translate("ProjectCommands", "Move %n image(s) to slide %1", nullptr,
                                         1),
             QStringLiteral("Move 1 image to slide %1"));
    QCOMPARE(wbc::i18n::languages().size(), 4);
}

void TestTranslations::commandLineFollowsSystem()
{
    const auto help = [](const char *locale) {
        QProcess wbc;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("LANGUAGE"));
        env.insert(QStringLiteral("LC_ALL"), QString::fromLatin1(locale));
        wbc.setProcessEnvironment(env);
        wbc.start(QStringLiteral(WBC_CLI_PATH), {QStringLiteral("--help")});
        return wbc.waitForFinished(60000) ? QString::fromUtf8(wbc.readAllStandardOutput())
                                          : QString();
    };
    QVERIFY(help("C").contains(QStringLiteral("Commands:")));
    QVERIFY2(help("de_DE.UTF-8").contains(QStringLiteral("Befehle:")), qPrintable(help("de_DE.UTF-8")));
    QVERIFY(help("fr_FR.UTF-8").contains(QStringLiteral("Commandes :")));
    QVERIFY(help("es_ES.UTF-8").contains(QString::fromUtf8("Comandos:")));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
