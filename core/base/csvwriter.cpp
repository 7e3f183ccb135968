#include "base/csvwriter.h"

namespace wbc {

namespace {

    bool isFormulaStart(QChar c)
    {
        return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
    }

    bool needsQuotes(const QString &field)
    {
        // A leading U+FEFF would be read back as a byte order mark (found by fuzz_csvreader).
        return field.contains(u',') || field.contains(u'"') || field.contains(u'\n')
            || field.contains(u'\r') || field != field.trimmed() || field.startsWith(QChar(0xFEFF));
    }

} // namespace

CsvWriter::CsvWriter(LineEnd lineEnd)
    : m_lineEnd(lineEnd == LineEnd::CrLf ? QByteArrayLiteral("\r\n") : QByteArrayLiteral("\n"))
{ }

bool CsvWriter::needsApostrophe(QStringView value)
{
    qsizetype i = 0;
    while (i < value.size() && value.at(i) == u'\'')
        ++i;
    return i < value.size() && isFormulaStart(value.at(i));
}

QString CsvWriter::textField(const QString &value)
{
    QString field = needsApostrophe(value) ? u'\'' + value : value;
    if (!needsQuotes(field))
        return field;
    field.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + field + u'"';
}

QString CsvWriter::readBack(const QString &field)
{
    return field.startsWith(u'\'') && needsApostrophe(field) ? field.mid(1) : field;
}

void CsvWriter::append(const QString &field)
{
    if (m_rowOpen)
        m_data += ',';
    m_data += field.toUtf8();
    m_rowOpen = true;
}

CsvWriter &CsvWriter::text(const QString &value)
{
    append(textField(value));
    return *this;
}

CsvWriter &CsvWriter::number(qint64 value)
{
    append(QString::number(value));
    return *this;
}

CsvWriter &CsvWriter::number(double value, char format, int precision)
{
    append(QString::number(value, format, precision));
    return *this;
}

CsvWriter &CsvWriter::empty()
{
    append(QString());
    return *this;
}

void CsvWriter::endRow()
{
    m_data += m_lineEnd;
    m_rowOpen = false;
}

void CsvWriter::row(const QStringList &texts)
{
    for (const QString &t : texts)
        text(t);
    endRow();
}

} // namespace wbc
