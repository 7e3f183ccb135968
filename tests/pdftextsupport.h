#pragma once

// What poppler-utils (a test dependency: packaging/install-deps.sh) reads from a PDF the app
// wrote: its page count (pdfinfo) and its text (pdftotext).

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QString>

namespace wbc::test {

// pdfinfo's page count; -1 when it is missing, which fails the comparison.
inline int pdfPageCount(const QString &path)
{
    const QString pdfinfo = QStandardPaths::findExecutable("pdfinfo");
    if (pdfinfo.isEmpty())
        return -1;
    QProcess p;
    p.start(pdfinfo, {path});
    p.waitForFinished();
    const QRegularExpressionMatch m = QRegularExpression("Pages:\\s+(\\d+)")
                                          .match(QString::fromUtf8(p.readAllStandardOutput()));
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

// The PDF's text (pdftotext), or a null string when poppler-utils is missing.
inline QString pdfText(const QString &path)
{
    const QString pdftotext = QStandardPaths::findExecutable("pdftotext");
    if (pdftotext.isEmpty())
        return {};
    QProcess p;
    p.start(pdftotext, {"-layout", path, "-"});
    p.waitForFinished();
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace wbc::test
