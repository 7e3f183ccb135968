#include "dataset/datasetexporter.h"

#include "dataset/csvreader.h"
#include "project/projectstore.h"
#include "base/savefile.h"
#include "dataset/vocreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace wbc {

namespace {

// The context of this file's messages (lupdate reads it from Q_DECLARE_TR_FUNCTIONS).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DatasetExporter)
};

bool writeAtomically(const QString &path, const QByteArray &data, QString *error)
{
    QString reason;
    if (!saveFileAtomically(path, data, &reason)) {
        if (error)
            *error = Tr::tr("%1: cannot write: %2").arg(path, reason);
        return false;
    }
    return true;
}

} // namespace

bool DatasetExporter::exportCsv(const ProjectStore &store, const QString &csvPath, QString *error)
{
    const QDir csvDir = QFileInfo(csvPath).absoluteDir();
    const QHash<qint64, LabelRecord> labels = store.currentLabels();
    const QList<ImageRecord> images = store.images();
    QSet<QString> names;
    for (const ImageRecord &img : images)
        names.insert(QFileInfo(img.path).fileName());
    const bool plainNames = names.size() == images.size();
    QByteArray out = "image,label\n";
    for (const ImageRecord &img : images) {
        const LabelRecord label = labels.value(img.id);
        // Plain file names (as BCCD writes them) when unique: the CSV then sits beside images/.
        const QString name = plainNames ? QFileInfo(img.path).fileName()
                                        : csvDir.relativeFilePath(store.absolutePath(img));
        out += csvQuote(name).toUtf8() + ',' + csvQuote(label.label.toString()).toUtf8() + '\n';
    }
    return writeAtomically(csvPath, out, error);
}

bool DatasetExporter::exportVoc(const ProjectStore &store, const QString &outDir, int *written,
                                QString *error)
{
    if (!QDir().mkpath(outDir)) {
        if (error)
            *error = Tr::tr("%1: cannot create folder").arg(outDir);
        return false;
    }
    int count = 0;
    for (const ImageRecord &img : store.images()) {
        QList<VocObject> objects;
        for (const CellRecord &c : store.cells(img.id)) {
            if (c.source == u"detected")
                continue;
            VocObject o;
            o.kind = c.kind;
            o.box = c.box;
            objects.append(o);
        }
        if (objects.isEmpty())
            continue;
        const QFileInfo imageFile(store.absolutePath(img));
        const QString path = QDir(outDir).absoluteFilePath(imageFile.completeBaseName()
                                                           + QStringLiteral(".xml"));
        if (!writeAtomically(path, writeVoc(imageFile.fileName(), img.width, img.height, objects),
                             error))
            return false;
        ++count;
    }
    if (written)
        *written = count;
    return true;
}

} // namespace wbc
