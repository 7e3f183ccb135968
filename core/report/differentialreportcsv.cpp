// writeReportCsv (differentialreport.h): one header row and data rows a script can read.
#include "report/differentialreport.h"

#include "base/csvwriter.h"
#include "base/savefile.h"

#include <QCoreApplication>

namespace wbc {

namespace {

// The context of this file's messages (lupdate reads it from Q_DECLARE_TR_FUNCTIONS).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DifferentialReport)
};

// 0-100 with two decimals and a '.' whatever the locale; empty when not shown.
void percent(CsvWriter &out, bool shown, double value)
{
    if (shown)
        out.number(value, 'f', 2);
    else
        out.empty();
}

void cellCount(CsvWriter &out, bool shown, int value)
{
    if (shown)
        out.number(value);
    else
        out.empty();
}

void appendSection(CsvWriter &out, const DifferentialReport &report,
                   const DifferentialCount &count)
{
    const auto start = [&](const QString &cls) -> CsvWriter & {
        return out.text(count.slide).text(cls);
    };
    const bool labelled = count.labelledTotal > 0;
    for (const DifferentialCount::Row &row : count.rows) {
        const bool predicts = report.predicts(row);
        start(cellClassName(row.cls)).number(row.labelled);
        percent(out, labelled, row.labelledPercent);
        percent(out, labelled, row.labelledInterval.low);
        percent(out, labelled, row.labelledInterval.high);
        cellCount(out, predicts, row.predicted);
        percent(out, predicts && count.predictedTotal > 0, row.predictedPercent);
        out.endRow();
    }
    start(QStringLiteral("TOTAL")).number(count.labelledTotal);
    percent(out, labelled, 100.0);
    out.empty().empty();
    cellCount(out, report.hasModel(), count.predictedTotal);
    percent(out, report.hasModel() && count.predictedTotal > 0, 100.0);
    out.endRow();
    const auto countOnly = [&](const QString &name, int n) {
        start(name).number(n).empty().empty().empty().empty().empty();
        out.endRow();
    };
    for (const auto &[label, n] : count.notCounted)
        countOnly(label.name(), n);
    countOnly(QStringLiteral("UNLABELLED"), count.unlabelled);
}

} // namespace

bool writeReportCsv(const DifferentialReport &report, const QString &path, QString *error)
{
    QByteArray preamble; // the typed title and sample id, as comment lines
    for (const auto &[key, value] :
         {std::pair{"title", report.titleGiven ? report.title : QString()},
          std::pair{"sample", report.sampleId}}) {
        QString line = value.simplified(); // one line, whatever was pasted
        if (!line.isEmpty())
            preamble += "# " + QByteArray(key) + ": " + line.toUtf8() + "\r\n";
    }
    CsvWriter out(CsvWriter::LineEnd::CrLf);
    out.row({QStringLiteral("slide"),
             QStringLiteral("class"),
             QStringLiteral("labelled_cells"),
             QStringLiteral("labelled_percent"),
             QStringLiteral("ci_low"),
             QStringLiteral("ci_high"),
             QStringLiteral("predicted_cells"),
             QStringLiteral("predicted_percent")});
    for (const DifferentialCount &count : report.slides)
        appendSection(out, report, count);
    if (report.slides.size() > 1)
        appendSection(out, report, report.total);

    QString why;
    if (!saveFileAtomically(path, preamble + out.data(), &why)) {
        if (error)
            *error = Tr::tr("%1: cannot write: %2").arg(path, why);
        return false;
    }
    return true;
}

} // namespace wbc
