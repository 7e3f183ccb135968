#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace wbc {

// Builds the CSV files the app writes (labels, cells, report, predictions, metrics): RFC 4180,
// UTF-8, one row at a time. Spreadsheets open these files, so a text cell that would start with
// '=', '+', '-', '@', tab or carriage return (a formula to Excel or LibreOffice, OWASP "CSV
// injection") is written with a leading apostrophe; a cell holding a comma, quote, line break,
// leading or trailing space, or a leading U+FEFF is quoted. Numbers the app computes go through
// number() and are written as they are (a negative value stays a number). CsvReader reads every
// text cell back as it was given. A plain value; any thread.
class CsvWriter
{
public:
    enum class LineEnd { Lf, CrLf };

    explicit CsvWriter(LineEnd lineEnd = LineEnd::Lf);

    // A cell of text from anywhere (a name, a path, a label): quoted and neutralised as needed.
    CsvWriter &text(const QString &value);
    // A number the app computed, in the C locale ('.' decimal point whatever the user's locale).
    CsvWriter &number(qint64 value);
    CsvWriter &number(int value) { return number(qint64(value)); }
    CsvWriter &number(double value, char format, int precision);
    CsvWriter &number(double value) = delete; // say how: number(value, 'f', 2)
    CsvWriter &empty();
    // Ends the current row.
    void endRow();
    // A whole row of text cells (a header row, for one).
    void row(const QStringList &texts);

    // The rows written so far, each ended by the line end.
    const QByteArray &data() const { return m_data; }

    // How text() writes one cell.
    static QString textField(const QString &value);
    // Whether a text cell starting like this gets an apostrophe: it starts with one of the
    // formula characters after any apostrophes (so that CsvReader can tell the two apart).
    static bool needsApostrophe(QStringView value);
    // What CsvReader gives back for a field textField() wrote (after unquoting): the value.
    static QString readBack(const QString &field);

private:
    void append(const QString &field);

    QByteArray m_data;
    QByteArray m_lineEnd;
    bool m_rowOpen = false;
};

} // namespace wbc
