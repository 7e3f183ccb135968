#include "command.h"

#include "project/projectstore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace wbc::cli {

namespace {

// The context of this file's messages (lupdate reads it from Q_DECLARE_TR_FUNCTIONS).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(WbcStats)
};

int runStats(QCommandLineParser &parser)
{
    QString projectPath;
    if (!requireOption(parser, QStringLiteral("stats"), QStringLiteral("project"), &projectPath))
        return Usage;
    ProjectStore store;
    QString error;
    if (!store.open(projectPath, ProjectStore::OpenMode::OpenExisting, &error)) {
        err() << "wbc stats: " << error << Qt::endl;
        return Failure;
    }
    const ProjectStats s = store.stats();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject classes;
        for (CellClass cls : kAllCellClasses)
            classes.insert(cellClassName(cls), s.singleLabeled.value(cls));
        QJsonObject labelled;
        for (auto it = s.cellsLabelled.cbegin(); it != s.cellsLabelled.cend(); ++it)
            labelled.insert(it.key(), it.value());
        const QJsonObject cells{{QStringLiteral("total"), s.cells},
                                {QStringLiteral("labelled"), labelled},
                                {QStringLiteral("unlabelled"), s.cellsUnlabelled}};
        const QJsonObject o{{QStringLiteral("images"), s.images},
                            {QStringLiteral("classes"), classes},
                            {QStringLiteral("multi_cell_labeled"), s.multiCellLabeled},
                            {QStringLiteral("unlabeled"), s.unlabeled},
                            {QStringLiteral("wbc_boxes"), s.wbcBoxes},
                            {QStringLiteral("schema_version"), store.schemaVersion()},
                            {QStringLiteral("slides"), s.slides},
                            {QStringLiteral("cells"), cells}};
        out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
        return Ok;
    }
    out() << Tr::tr("Project %1\n  images: %2\n").arg(store.path()).arg(s.images);
    for (CellClass cls : kAllCellClasses)
        out() << QStringLiteral("  %1 %2\n")
                     .arg(cellClassDisplayName(cls) + u':', -12)
                     .arg(s.singleLabeled.value(cls));
    out() << Tr::tr("  multi-cell labels: %1\n  unlabeled: %2\n  annotated WBC boxes: %3\n")
                 .arg(s.multiCellLabeled)
                 .arg(s.unlabeled)
                 .arg(s.wbcBoxes);
    out() << Tr::tr("  slides: %1\n  white cells: %2 (%3 unlabelled)\n")
                 .arg(s.slides)
                 .arg(s.cells)
                 .arg(s.cellsUnlabelled);
    for (auto it = s.cellsLabelled.cbegin(); it != s.cellsLabelled.cend(); ++it)
        out() << QStringLiteral("    %1 %2\n").arg(it.key() + u':', -14).arg(it.value());
    return Ok;
}

} // namespace

Command statsCommand()
{
    return {QStringLiteral("stats"),
            Tr::tr("Print counts of images and labels in a project"),
            [](QCommandLineParser &p) {
                p.addOption(
                    {QStringLiteral("project"), Tr::tr("Project file or postgresql:// URL"), QStringLiteral("FILE")});
                p.addOption({QStringLiteral("json"), Tr::tr("Print one JSON object")});
            },
            runStats};
}

} // namespace wbc::cli
