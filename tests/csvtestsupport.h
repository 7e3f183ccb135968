#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// What a spreadsheet makes of a CSV file the app wrote, for the CSV injection tests.
namespace wbc::test {

// The names the tests give slides, images and authors: each a formula to Excel or LibreOffice if
// written as it is (OWASP CSV injection), and one with quotes and commas to quote as well.
inline QStringList hostileNames()
{
    return { QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"),
        QStringLiteral("+1"),
        QStringLiteral("-2+3"),
        QStringLiteral("@SUM(A1)"),
        QStringLiteral("\tx"),
        QStringLiteral("\rx") };
}

// The cells of the file as a spreadsheet sees them (RFC 4180: quotes removed, "" made "), that
// start with a character that makes a formula of them: '=', '+', '-', '@', tab or CR.
inline QStringList formulaCells(const QByteArray &csv)
{
    const QString text = QString::fromUtf8(csv);
    QStringList found;
    QString cell;
    bool inQuotes = false;
    const auto endCell = [&] {
        if (!cell.isEmpty() && QStringView(u"=+-@\t\r").contains(cell.front()))
            found.append(cell);
        cell.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                cell += u'"';
                ++i;
            } else if (c == u'"') {
                inQuotes = false;
            } else {
                cell += c;
            }
        } else if (c == u'"' && cell.isEmpty()) {
            inQuotes = true;
        } else if (c == u',') {
            endCell();
        } else if (c == u'\n' || (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')) {
            endCell();
            if (c == u'\r')
                ++i;
        } else {
            cell += c;
        }
    }
    endCell();
    return found;
}

} // namespace wbc::test
