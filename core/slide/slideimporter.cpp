#include "slide/slideimporter.h"

#include <limits>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include "project/projectstore.h"
#include "slide/slidereader.h"

namespace wbc {

namespace {

    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(SlideImporter)
    };

    QString sha256Of(const QString &path, QString *error)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            *error = f.errorString();
            return {};
        }
        QCryptographicHash hash(QCryptographicHash::Sha256);
        if (!hash.addData(&f)) {
            *error = f.errorString();
            return {};
        }
        return QString::fromLatin1(hash.result().toHex());
    }

    QString slideName(const QString &file, const QString &root)
    {
        const QFileInfo info(file);
        if (root.isEmpty())
            return info.completeBaseName();
        const QString rel = QDir(root).relativeFilePath(info.absoluteFilePath());
        if (rel.startsWith(QStringLiteral("..")))
            return info.completeBaseName();
        const QString dir = QFileInfo(rel).path();
        return dir == u"." ? info.completeBaseName() : dir + u'/' + info.completeBaseName();
    }

} // namespace

QStringList findSlideFiles(const QString &dir)
{
    QStringList out;
    const QStringList suffixes = SlideReader::slideSuffixes();
    QDirIterator it(dir, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.contains(QStringLiteral("/."))) // notr: hidden folders and files
            continue;
        if (!suffixes.contains(QFileInfo(path).suffix().toLower()))
            continue;
        const bool tiff = QFileInfo(path).suffix().toLower().startsWith(QStringLiteral("tif"));
        // A .tif is a slide only when OpenSlide opens it as one; an .svs that is not is a
        // damaged slide, which import reports.
        if (!tiff || SlideReader::isSlideFile(path))
            out.append(QFileInfo(path).absoluteFilePath());
    }
    out.sort();
    return out;
}

SlideImporter::SlideImporter(ProjectStore &store)
    : m_store(store)
{ }

SlideImportReport SlideImporter::run(const QStringList &files, const QString &root)
{
    SlideImportReport report;
    report.found = int(files.size());
    if (!m_store.isOpen() || m_store.isReadOnly()) {
        report.fatalError = Tr::tr("%1: project is not open for writing").arg(m_store.path());
        return report;
    }
    for (const QString &file : files) {
        const QString path = QFileInfo(file).absoluteFilePath();
        QString error;
        const auto reader = SlideReader::open(path, &error);
        if (!reader) {
            ++report.failed;
            // error names the file already ("FILE: REASON").
            const qsizetype colon = error.indexOf(QStringLiteral(": "));
            report.problems.append({ path, 0, colon >= 0 ? error.mid(colon + 2) : error });
            continue;
        }
        if (reader->width() > std::numeric_limits<int>::max()
            || reader->height() > std::numeric_limits<int>::max()) {
            ++report.failed;
            report.problems.append({ path,
                0,
                Tr::tr("the slide is larger than 2^31 pixels on a "
                       "side") });
            continue;
        }
        const QString sha = sha256Of(path, &error);
        if (sha.isEmpty()) {
            ++report.failed;
            report.problems.append({ path, 0, Tr::tr("cannot be read: %1").arg(error) });
            continue;
        }
        if (const auto existing = m_store.imageByHash(sha)) {
            ++report.unchanged;
            report.imageIds.append(existing->id);
            if (!m_store.slideFile(existing->id)) {
                // Imported as a field before slides were known: now it is one.
                SlideFileRecord record { existing->id,
                    reader->vendor(),
                    reader->micronsPerPixelX(),
                    int(reader->levels().size()) };
                if (!m_store.addSlideFile(record)) {
                    report.fatalError
                        = Tr::tr("%1: write failed: %2").arg(m_store.path(), m_store.lastError());
                    return report;
                }
            }
            continue;
        }
        qint64 imageId = 0;
        const bool ok = m_store.transaction([&] {
            const qint64 slideId = m_store.ensureSlide(slideName(path, root));
            if (slideId == 0)
                return false;
            ImageRecord image;
            image.path = m_store.storedPath(path);
            image.sha256 = sha;
            image.width = int(reader->width());
            image.height = int(reader->height());
            image.fileSize = QFileInfo(path).size();
            image.slideId = slideId;
            imageId = m_store.addImage(image);
            if (imageId == 0)
                return false;
            return m_store.addSlideFile({ imageId,
                reader->vendor(),
                reader->micronsPerPixelX(),
                int(reader->levels().size()) });
        });
        if (!ok) {
            report.fatalError
                = Tr::tr("%1: write failed: %2").arg(m_store.path(), m_store.lastError());
            return report;
        }
        ++report.imported;
        report.imageIds.append(imageId);
    }
    return report;
}

} // namespace wbc
