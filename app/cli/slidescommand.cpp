#include "command.h"

#include "project/projectstore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace wbc::cli {

namespace {

// The context of this file's messages (lupdate reads it from Q_DECLARE_TR_FUNCTIONS).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(WbcSlides)
};

int runSlides(QCommandLineParser &parser)
{
    QString projectPath;
    if (!requireOption(parser, QStringLiteral("slides"), QStringLiteral("project"), &projectPath))
        return Usage;
    ProjectStore store;
    QString error;
    if (!store.open(projectPath, ProjectStore::OpenMode::OpenExisting, &error)) {
        err() << "wbc slides: " << error << Qt::endl;
        return Failure;
    }
    const QList<SlideSummary> slides = store.slideSummaries();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray a;
        for (const SlideSummary &s : slides)
            a.append(QJsonObject{{QStringLiteral("id"), s.slide.id},
                                 {QStringLiteral("name"), s.slide.name},
                                 {QStringLiteral("specimen"), s.slide.specimen},
                                 {QStringLiteral("images"), s.images},
                                 {QStringLiteral("cells"), s.cells},
                                 {QStringLiteral("labelled"), s.labelled}});
        out() << QJsonDocument(QJsonObject{{QStringLiteral("slides"), a}})
                     .toJson(QJsonDocument::Compact)
              << Qt::endl;
        return Ok;
    }
    for (const SlideSummary &s : slides)
        out() << Tr::tr("%1: %2 images, %3 white cells, %4 labelled")
                     .arg(s.slide.name)
                     .arg(s.images)
                     .arg(s.cells)
                     .arg(s.labelled)
              << Qt::endl;
    return Ok;
}

} // namespace

Command slidesCommand()
{
    return {QStringLiteral("slides"),
            Tr::tr("List the slides of a project with their counts"),
            [](QCommandLineParser &p) {
                p.addOption(
                    {QStringLiteral("project"), Tr::tr("Project file or postgresql:// URL"), QStringLiteral("FILE")});
                p.addOption({QStringLiteral("json"), Tr::tr("Print one JSON object")});
            },
            runSlides};
}

} // namespace wbc::cli
