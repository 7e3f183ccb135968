#include "command.h"

#include "dataset/datasetexporter.h"
#include "project/projectstore.h"

#include <QCoreApplication>

namespace wbc::cli {

namespace {

// The context of this file's messages (lupdate reads it from Q_DECLARE_TR_FUNCTIONS).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(WbcExport)
};

int runExport(QCommandLineParser &parser)
{
    const QString name = QStringLiteral("export");
    QString projectPath, format, outPath;
    if (!requireOption(parser, name, QStringLiteral("project"), &projectPath)
        || !requireOption(parser, name, QStringLiteral("format"), &format)
        || !requireOption(parser, name, QStringLiteral("out"), &outPath))
        return Usage;
    if (format != u"csv" && format != u"voc")
        return usageError(name, Tr::tr("--format must be csv or voc, not \"%1\"").arg(format));
    ProjectStore store;
    QString error;
    if (!store.open(projectPath, ProjectStore::OpenMode::OpenExisting, &error)) {
        err() << "wbc export: " << error << Qt::endl;
        return Failure;
    }
    if (format == u"csv") {
        if (!DatasetExporter::exportCsv(store, outPath, &error)) {
            err() << "wbc export: " << error << Qt::endl;
            return Failure;
        }
        out() << Tr::tr("labels written to %1\n").arg(outPath);
        return Ok;
    }
    int written = 0;
    if (!DatasetExporter::exportVoc(store, outPath, &written, &error)) {
        err() << "wbc export: " << error << Qt::endl;
        return Failure;
    }
    out() << Tr::tr("%1 annotation files written to %2\n").arg(written).arg(outPath);
    return Ok;
}

} // namespace

Command exportCommand()
{
    return {QStringLiteral("export"),
            Tr::tr("Export labels (CSV) or boxes (Pascal VOC) from a project"),
            [](QCommandLineParser &p) {
                p.addOption(
                    {QStringLiteral("project"), Tr::tr("Project file"), QStringLiteral("FILE")});
                p.addOption(
                    {QStringLiteral("format"), Tr::tr("csv or voc"), QStringLiteral("FORMAT")});
                p.addOption({QStringLiteral("out"),
                    Tr::tr("CSV file, or folder for the VOC files"),
                    QStringLiteral("PATH")});
            },
            runExport};
}

} // namespace wbc::cli
