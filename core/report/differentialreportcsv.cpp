// writeReportCsv (differentialreport.h): one header row and data rows a script can read.
#include "report/differentialreport.h"

#include "base/savefile.h"

#include <QCoreApplication>
#include <QStringList>

namespace wbc {

namespace {

// The context of this file's messages (lupdate reads it from Q_DECLARE_TR_FUNCTIONS).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DifferentialReport)
};

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n')
        && !text.contains(u'\r'))
        return text;
    return u'"' + QString(text).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

// 0-100 with two decimals and a '.' whatever the locale (QString::number is C locale).
QString number(double percent)
{
    return QString::number(percent, 'f', 2);
}

void appendSection(QStringList &lines, const DifferentialReport &report,
                   const DifferentialCount &count)
{
    const QString slide = csvField(count.slide);
    const auto line = [&](const QString &cls, const QStringList &values) {
        lines.append(slide + u',' + cls + u',' + values.join(u','));
    };
    const bool labelled = count.labelledTotal > 0;
    for (const DifferentialCount::Row &row : count.rows) {
        const bool predicts = report.predicts(row);
        line(cellClassName(row.cls),
             {QString::number(row.labelled),
              labelled ? number(row.labelledPercent) : QString(),
              labelled ? number(row.labelledInterval.low) : QString(),
              labelled ? number(row.labelledInterval.high) : QString(),
              predicts ? QString::number(row.predicted) : QString(),
              predicts && count.predictedTotal > 0 ? number(row.predictedPercent) : QString()});
    }
    line(QStringLiteral("TOTAL"),
         {QString::number(count.labelledTotal),
          labelled ? number(100.0) : QString(),
          QString(),
          QString(),
          report.hasModel() ? QString::number(count.predictedTotal) : QString(),
          report.hasModel() && count.predictedTotal > 0 ? number(100.0) : QString()});
    for (const auto &[label, n] : count.notCounted)
        line(label.name(), {QString::number(n), {}, {}, {}, {}, {}});
    line(QStringLiteral("UNLABELLED"), {QString::number(count.unlabelled), {}, {}, {}, {}, {}});
}

} // namespace

bool writeReportCsv(const DifferentialReport &report, const QString &path, QString *error)
{
    QStringList lines{QStringLiteral("slide,class,labelled_cells,labelled_percent,ci_low,ci_high,"
                                     "predicted_cells,predicted_percent")};
    for (const DifferentialCount &count : report.slides)
        appendSection(lines, report, count);
    if (report.slides.size() > 1)
        appendSection(lines, report, report.total);

    QString why;
    if (!saveFileAtomically(path,
                            (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8(),
                            &why)) {
        if (error)
            *error = Tr::tr("%1: cannot write: %2").arg(path, why);
        return false;
    }
    return true;
}

} // namespace wbc
