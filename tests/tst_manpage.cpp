// wbc(1)'s COMMANDS section from QCommandLineParser help texts (app/cli/manpage.h): real
// parsers' help texts, wrapped by Qt, must come back as the descriptions they were given.
#include "manpage.h"

#include <QCommandLineParser>
#include <QTest>

using wbc::cli::manPageCommand;

namespace {

// What `wbc help NAME` prints for a parser set up like a command's (command.cpp's setupParser).
QString helpOf(const QString &name, const QList<QCommandLineOption> &options,
               const QStringList &arguments = {})
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Summary of %1").arg(name));
    parser.addHelpOption();
    parser.addPositionalArgument(name, QStringLiteral("Command"), name);
    for (const QCommandLineOption &option : options)
        parser.addOption(option);
    for (const QString &argument : arguments)
        parser.addPositionalArgument(argument, QStringLiteral("About %1").arg(argument));
    return parser.helpText().replace(QCoreApplication::arguments().first(), QStringLiteral("wbc"));
}

// The roff text that follows an option's .TP line, i.e. its description.
QString descriptionAfter(const QString &roff, const QString &namesLine)
{
    const QStringList lines = roff.split(u'\n');
    const qsizetype at = lines.indexOf(namesLine);
    return at >= 0 ? lines.value(at + 1) : QString();
}

} // namespace

class TestManPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escape_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("roff");
        QTest::newRow("plain") << "Print JSON" << "Print JSON";
        QTest::newRow("minus") << "--json or -v" << "\\-\\-json or \\-v";
        QTest::newRow("backslash") << "C:\\data" << "C:\\edata";
        QTest::newRow("leading dot") << ".wbc files" << "\\&.wbc files";
        QTest::newRow("leading quote") << "'x' marks" << "\\&'x' marks";
        QTest::newRow("dot inside") << "a.wbc" << "a.wbc";
        QTest::newRow("non-ASCII") << QString::fromUtf8("5 \xc2\xb5m \xe2\x80\x94 ok")
                                   << "5 \\[u00B5]m \\[u2014] ok";
        QTest::newRow("beyond BMP") << QString::fromUtf8("\xf0\x9f\xa9\xb8") << "\\[u1FA78]";
    }
    void escape()
    {
        QFETCH(QString, text);
        QFETCH(QString, roff);
        QCOMPARE(wbc::cli::roffEscape(text), roff);
    }

    // Descriptions long enough for Qt to wrap, at spaces and, for a word longer than the line,
    // inside the word: each must come back whole, exactly once.
    void descriptionsSurviveWrapping_data()
    {
        QTest::addColumn<QString>("description");
        QTest::newRow("short") << "Project file";
        QTest::newRow("wrapped at spaces")
            << "Checkpoint file, written every epoch and removed when the run finishes; an "
               "existing one resumes the run when its size and checksum check out and it belongs "
               "to a run of the same parameters and data";
        QTest::newRow("word longer than a line")
            << "csv: one row per white cell (slide,image,cell,x0,y0,x1,y1,label,author,"
               "labelled_at,origin,predicted,probability,and,more,columns,still) then text";
        QTest::newRow("two long words")
            << QStringLiteral("a ") + QString(130, u'x') + u' ' + QString(90, u'y') + " end";
    }
    void descriptionsSurviveWrapping()
    {
        QFETCH(QString, description);
        const QCommandLineOption option(QStringLiteral("out"), description, QStringLiteral("FILE"));
        const QCommandLineOption flag(QStringLiteral("label-smoothing"), QStringLiteral("Flag"));
        const QString help = helpOf(QStringLiteral("train"), {option, flag});
        QVERIFY2(help.count(u'\n') > 5, qPrintable(help));
        const QString roff = manPageCommand(QStringLiteral("train"), QStringLiteral("Train"), help);
        QCOMPARE(descriptionAfter(roff, QStringLiteral("\\fB\\-\\-out\\fR \\fIFILE\\fR")),
                 wbc::cli::roffEscape(description));
        QCOMPARE(descriptionAfter(roff, QStringLiteral("\\fB\\-\\-label\\-smoothing\\fR")),
                 QStringLiteral("Flag"));
    }

    void section()
    {
        const QList<QCommandLineOption> options = {
            {QStringLiteral("project"), QStringLiteral("Project file"), QStringLiteral("FILE")},
            {{QStringLiteral("q"), QStringLiteral("quiet")}, QStringLiteral("No output")}};
        const QString help = helpOf(QStringLiteral("import"), options, {QStringLiteral("DIR")});
        const QString roff = manPageCommand(
            QStringLiteral("import"), QStringLiteral("Import a dataset folder"), help);
        const QStringList lines = roff.split(u'\n');
        QCOMPARE(lines.value(0), QStringLiteral(".SS import"));
        QCOMPARE(lines.value(1), QStringLiteral("\\fBwbc import\\fR [\\fIoptions\\fR] \\fIDIR\\fR"));
        QCOMPARE(lines.value(3), QStringLiteral("Import a dataset folder."));
        QCOMPARE(descriptionAfter(roff, QStringLiteral("\\fB\\-q\\fR, \\fB\\-\\-quiet\\fR")),
                 QStringLiteral("No output"));
        QCOMPARE(descriptionAfter(roff, QStringLiteral("\\fIDIR\\fR")), QStringLiteral("About DIR"));
        // --help and --help-all are the same for every command (the page's OPTIONS), and Qt lists
        // the command's own name as an argument: neither belongs in the section.
        QVERIFY(!roff.contains(QStringLiteral("help")));
        QVERIFY(!roff.contains(QStringLiteral("\\fIimport\\fR")));
        QCOMPARE(roff.count(QStringLiteral(".TP\n")), 3);
    }
};

QTEST_GUILESS_MAIN(TestManPage)
#include "tst_manpage.moc"
