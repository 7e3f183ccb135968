#include "dataset/datasetfiles.h"

#include "base/imagefile.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace wbc {

namespace {

// Deeper folders are not a slide layout anyone made; stops a runaway walk.
constexpr int kMaxDepth = 32;

bool isNamed(const QFileInfo &info, QLatin1String name)
{
    return info.fileName().compare(name, Qt::CaseInsensitive) == 0;
}

QFileInfoList filesIn(const QString &dir)
{
    if (dir.isEmpty())
        return {};
    return QDir(dir).entryInfoList(QDir::Files | QDir::Readable, QDir::Name);
}

QString existingFile(const QString &dir, const QString &name)
{
    if (dir.isEmpty())
        return {};
    const QString path = QDir(dir).absoluteFilePath(name);
    return QFileInfo(path).isFile() ? path : QString();
}

class Walker
{
public:
    explicit Walker(QString rootName)
        : m_rootName(std::move(rootName))
    { }

    void walk(const QDir &dir, const QString &rel, int depth);
    DatasetFiles finish();

private:
    QString m_rootName;
    DatasetFiles m_out;
    QSet<QString> m_xml; // every .xml file where annotations may lie
    QSet<QString> m_used; // those that are an image's annotation
};

void Walker::walk(const QDir &dir, const QString &rel, int depth)
{
    QString imagesDir, annotationsDir;
    QFileInfoList children;
    for (const QFileInfo &info : dir.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (info.isSymLink())
            continue;
        if (isNamed(info, QLatin1String("images")) && imagesDir.isEmpty())
            imagesDir = info.absoluteFilePath();
        else if (isNamed(info, QLatin1String("annotations")) && annotationsDir.isEmpty())
            annotationsDir = info.absoluteFilePath();
        else
            children.append(info);
    }
    const QString prefix = rel.isEmpty() ? QString() : rel + u'/';
    for (const QString &d : {dir.absolutePath(), imagesDir, annotationsDir}) {
        for (const QFileInfo &info : filesIn(d)) {
            if (info.suffix().compare(u"xml", Qt::CaseInsensitive) == 0)
                m_xml.insert(info.absoluteFilePath());
        }
    }
    const auto add = [&](const QFileInfo &info, bool inImagesDir) {
        if (!isImageFileName(info.fileName()))
            return;
        DatasetImageFile f;
        f.path = info.absoluteFilePath();
        f.slide = rel.isEmpty() ? m_rootName : rel;
        const QString xmlName = info.completeBaseName() + QStringLiteral(".xml");
        f.annotation = existingFile(annotationsDir, xmlName);
        if (f.annotation.isEmpty())
            f.annotation = existingFile(info.absolutePath(), xmlName);
        if (f.annotation.isEmpty() && inImagesDir)
            f.annotation = existingFile(dir.absolutePath(), xmlName);
        if (!f.annotation.isEmpty())
            m_used.insert(f.annotation);
        if (inImagesDir) {
            f.labelKeys.append(prefix + QFileInfo(imagesDir).fileName() + u'/' + info.fileName());
        }
        f.labelKeys.append(prefix + info.fileName());
        m_out.images.append(f);
    };
    for (const QFileInfo &info : filesIn(dir.absolutePath()))
        add(info, false);
    for (const QFileInfo &info : filesIn(imagesDir))
        add(info, true);
    if (depth >= kMaxDepth)
        return;
    for (const QFileInfo &child : children)
        walk(QDir(child.absoluteFilePath()), prefix + child.fileName(), depth + 1);
}

DatasetFiles Walker::finish()
{
    std::sort(m_out.images.begin(),
        m_out.images.end(),
        [](const DatasetImageFile &a, const DatasetImageFile &b) { return a.path < b.path; });
    for (const QString &xml : std::as_const(m_xml)) {
        if (!m_used.contains(xml))
            m_out.orphanAnnotations.append(xml);
    }
    std::sort(m_out.orphanAnnotations.begin(), m_out.orphanAnnotations.end());
    return std::move(m_out);
}

} // namespace

DatasetFiles findDatasetFiles(const QString &root)
{
    const QDir dir(QDir(root).absolutePath());
    QString rootName = dir.dirName();
    if (rootName.isEmpty() || rootName == u"." || rootName == u"..")
        rootName = QStringLiteral("slide"); // as slideNamesForFolders names a nameless root
    Walker walker(rootName);
    walker.walk(dir, QString(), 0);
    return walker.finish();
}

} // namespace wbc
