#include "manpage.h"

#include <QRegularExpression>
#include <QStringList>

// The manual is English (the C locale) and roff: nothing here is user-visible text to
// translate, hence the // notr marks.
namespace wbc::cli {

namespace {

// One entry of the help text's Options: or Arguments: list, its description unwrapped.
struct HelpEntry
{
    QString names; // "--project <FILE>", "-h, --help" or an argument's name
    QString description;
};

// Qt's help text: "Usage: ..." and the description, then "Options:" and "Arguments:" lists whose
// entries start two spaces in and whose wrapped descriptions continue further in. Qt breaks a
// line at its last space, dropping it, or, when a word fills the whole line (79 columns and
// more), inside the word: joining the pieces with a space, or without one after such a full
// line, gives the description back.
QList<HelpEntry> entriesOf(const QStringList &lines, const QString &heading)
{
    QList<HelpEntry> entries;
    const qsizetype start = lines.indexOf(heading);
    if (start < 0)
        return entries;
    static const QRegularExpression entry(QStringLiteral("^  (\\S.*?)(?:  +|$)(.*)$")); // notr
    bool brokenInsideWord = false;
    for (qsizetype i = start + 1; i < lines.size() && !lines.at(i).isEmpty(); ++i) {
        const QString &line = lines.at(i);
        const QRegularExpressionMatch m = entry.match(line);
        QString piece;
        if (m.hasMatch()) {
            piece = m.captured(2).trimmed();
            entries.append({m.captured(1).trimmed(), piece});
        } else if (!entries.isEmpty()) {
            piece = line.trimmed();
            QString &description = entries.last().description;
            if (!description.isEmpty() && !brokenInsideWord)
                description += u' ';
            description += piece;
        }
        brokenInsideWord = line.size() >= 79 && !piece.contains(u' ');
    }
    return entries;
}

// "--project <FILE>" -> \fB\-\-project\fR \fIFILE\fR; "-h, --help" -> both names in bold.
QString optionNames(const QString &names)
{
    static const QRegularExpression value(QStringLiteral("^(.*?) <([^>]*)>$"));
    const QRegularExpressionMatch m = value.match(names);
    const QString flags = m.hasMatch() ? m.captured(1) : names;
    QStringList bold;
    for (const QString &flag : flags.split(QStringLiteral(", ")))
        bold << QStringLiteral("\\fB%1\\fR").arg(roffEscape(flag)); // notr
    QString text = bold.join(QStringLiteral(", "));
    if (m.hasMatch())
        text += QStringLiteral(" \\fI%1\\fR").arg(roffEscape(m.captured(2))); // notr
    return text;
}

QString sentence(const QString &text)
{
    if (text.isEmpty() || (text.back().isPunct() && text.back() != u')'))
        return text;
    return text + u'.';
}

} // namespace

QString roffEscape(const QString &text)
{
    QString escaped;
    for (const char32_t c : text.toUcs4()) {
        if (c == U'\\')
            escaped += QStringLiteral("\\e");
        else if (c == U'-')
            escaped += QStringLiteral("\\-");
        else if (c < 0x80)
            escaped += QChar(char16_t(c));
        else
            escaped += QStringLiteral("\\[u%1]") // notr
                           .arg(QString::number(uint(c), 16).toUpper().rightJustified(4, u'0'));
    }
    if (escaped.startsWith(u'.') || escaped.startsWith(u'\''))
        escaped.prepend(QStringLiteral("\\&"));
    return escaped;
}

QString manPageCommand(const QString &name, const QString &summary, const QString &helpText)
{
    const QStringList lines = helpText.split(u'\n');
    // "Usage: wbc [options] import DATASET_DIR" -> "DATASET_DIR"
    QString arguments = lines.value(0).section(u' ', 1);
    arguments.remove(QRegularExpression(QStringLiteral("^wbc "))); // notr
    arguments.remove(QRegularExpression(QStringLiteral("^\\[options\\] ?"))); // notr
    arguments.remove(QRegularExpression(QStringLiteral("^") + QRegularExpression::escape(name)
                                        + QStringLiteral(" ?")));

    QString roff = QStringLiteral(".SS %1\n").arg(roffEscape(name)); // notr
    roff += QStringLiteral("\\fBwbc %1\\fR [\\fIoptions\\fR]").arg(roffEscape(name)); // notr
    if (!arguments.isEmpty())
        roff += QStringLiteral(" \\fI%1\\fR").arg(roffEscape(arguments)); // notr
    roff += QStringLiteral("\n.PP\n") + roffEscape(sentence(summary)) + u'\n'; // notr
    for (const HelpEntry &option : entriesOf(lines, QStringLiteral("Options:"))) {
        if (option.names.endsWith(QLatin1String("--help"))
            || option.names == u"--help-all") // the same for every command: under OPTIONS
            continue;
        roff += QStringLiteral(".TP\n") + optionNames(option.names) + u'\n' // notr
                + roffEscape(option.description) + u'\n';
    }
    for (const HelpEntry &argument : entriesOf(lines, QStringLiteral("Arguments:"))) {
        if (argument.names == name) // the command's own name, which Qt lists as an argument
            continue;
        roff += QStringLiteral(".TP\n\\fI%1\\fR\n").arg(roffEscape(argument.names)) // notr
                + roffEscape(argument.description) + u'\n';
    }
    return roff;
}

} // namespace wbc::cli
