#include "command.h"

#include "project/projectlock.h"
#include "project/projectstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace wbc::cli {

namespace {

// The context of this file's messages (lupdate reads it from Q_DECLARE_TR_FUNCTIONS).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(WbcLabel)
};

int failure(const QString &message)
{
    err() << "wbc label: " << message << Qt::endl;
    return Failure;
}

// The image a user names: its stored path, a path ending in the name, or its file name; several
// matches are an error that lists them.
std::optional<ImageRecord> findImage(const ProjectStore &store, const QString &name,
                                     QString *error)
{
    const QString wanted = QDir::cleanPath(QDir::fromNativeSeparators(name));
    QList<ImageRecord> matches;
    for (const ImageRecord &img : store.images()) {
        const QString path = QDir::cleanPath(img.path);
        if (path == wanted)
            return img;
        if (path.endsWith(u'/' + wanted) || QFileInfo(path).fileName() == wanted)
            matches.append(img);
    }
    if (matches.size() == 1)
        return matches.first();
    if (matches.isEmpty()) {
        *error = Tr::tr("%1: no image \"%2\" in the project").arg(store.path(), name);
    } else {
        QStringList paths;
        for (const ImageRecord &m : matches)
            paths.append(m.path);
        *error = Tr::tr("\"%1\" names several images (%2); give its path")
                     .arg(name, paths.join(QStringLiteral(", ")));
    }
    return std::nullopt;
}

int runLabel(QCommandLineParser &parser)
{
    const QString command = QStringLiteral("label");
    QString projectPath;
    if (!requireOption(parser, command, QStringLiteral("project"), &projectPath))
        return Usage;
    const QStringList args = parser.positionalArguments().mid(1);
    if (args.size() != 2)
        return usageError(command, Tr::tr("give an image and a class"));
    const QString classText = args.at(1).trimmed();
    std::optional<CellLabel> label;
    if (classText == u"0" || classText.compare(u"none", Qt::CaseInsensitive) == 0)
        label = CellLabel();
    else if (!classText.isEmpty())
        label = CellLabel::parse(classText);
    if (!label) {
        QStringList names;
        for (CellClass cls : kAllCellClasses)
            names.append(cellClassName(cls));
        for (CellClass cls : kGroupClasses)
            names.append(cellClassName(cls));
        for (const CellLabel &special : specialCellLabels())
            names.append(special.name());
        return failure(Tr::tr("unknown class \"%1\" (one of %2, or 0/none to clear)")
                           .arg(classText, names.join(QStringLiteral(", "))));
    }
    qint64 cellId = 0;
    if (parser.isSet(QStringLiteral("cell"))) {
        bool ok = false;
        cellId = parser.value(QStringLiteral("cell")).toLongLong(&ok);
        if (!ok || cellId <= 0)
            return usageError(command, Tr::tr("--cell must be a cell id (a positive integer)"));
    }
    QString user;
    if (!resolveUser(parser, command, &user))
        return Failure;

    ProjectLock lock(projectPath);
    if (!lockProject(lock, command))
        return Failure;
    ProjectStore store;
    QString error;
    if (!store.open(projectPath, ProjectStore::OpenMode::OpenExisting, &error))
        return failure(error);
    const std::optional<ImageRecord> image = findImage(store, args.at(0), &error);
    if (!image)
        return failure(error);
    const QList<CellRecord> cells = store.whiteCells(image->id);
    if (cellId == 0) {
        if (cells.size() > 1) {
            QStringList ids;
            for (const CellRecord &c : cells)
                ids.append(QString::number(c.id));
            return failure(Tr::tr("%1 has %2 white cells (%3): choose one with --cell")
                               .arg(image->path)
                               .arg(cells.size())
                               .arg(ids.join(QStringLiteral(", "))));
        }
        if (cells.isEmpty()) {
            if (label->isUnlabelled())
                return Ok; // nothing to clear
            cellId = store.ensureWholeFieldCell(image->id);
            if (cellId == 0)
                return failure(Tr::tr("%1: write failed: %2").arg(store.path(), store.lastError()));
        } else {
            cellId = cells.first().id;
        }
    } else if (std::none_of(cells.cbegin(), cells.cend(),
                            [&](const CellRecord &c) { return c.id == cellId; })) {
        return failure(Tr::tr("%1 has no white cell %2").arg(image->path).arg(cellId));
    }
    if (!store.addCellLabel(cellId, *label, LabelOrigin::Key, user))
        return failure(Tr::tr("%1: write failed: %2").arg(store.path(), store.lastError()));
    out() << Tr::tr("%1, cell %2: %3").arg(image->path).arg(cellId).arg(label->isUnlabelled()
                                                                         ? Tr::tr("cleared")
                                                                         : label->name())
          << Qt::endl;
    return Ok;
}

} // namespace

Command labelCommand()
{
    return {QStringLiteral("label"),
            Tr::tr("Set the label of a white cell"),
            [](QCommandLineParser &p) {
                p.addPositionalArgument(QStringLiteral("image"),
                                        Tr::tr("Image: file name or path in the project"),
                                        QStringLiteral("IMAGE"));
                p.addPositionalArgument(QStringLiteral("class"),
                                        Tr::tr("NEUTROPHIL, ..., UNIDENTIFIED, SMUDGE, ARTEFACT, "
                                               "DAMAGED; 0 or none clears"),
                                        QStringLiteral("CLASS"));
                p.addOption(
                    {QStringLiteral("project"), Tr::tr("Project file or postgresql:// URL"), QStringLiteral("FILE")});
                p.addOption({QStringLiteral("cell"),
                             Tr::tr("Cell id (required when the image has several white cells)"),
                             QStringLiteral("ID")});
                p.addOption(userOption());
            },
            runLabel};
}

} // namespace wbc::cli
