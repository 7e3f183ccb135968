#include "base/savefile.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace wbc {

namespace {

// The context of this file's messages (lupdate reads it from Q_DECLARE_TR_FUNCTIONS).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SaveFile)
};

} // namespace

bool saveFileAtomically(const QString &path, QByteArrayView data, QString *error)
{
    QSaveFile file(path);
    const auto fail = [&](bool knownCause) {
        if (error)
            *error = knownCause ? file.errorString()
                                : Tr::tr("the data was not completely written (disk full?)");
        file.cancelWriting();
        return false;
    };
    if (!file.open(QIODevice::WriteOnly))
        return fail(true);
    // Write until done or refused: after a short write, the next one reports why (ENOSPC, EFBIG).
    qint64 written = 0;
    while (written < data.size()) {
        const qint64 n = file.write(data.data() + written, data.size() - written);
        if (n <= 0)
            return fail(file.error() != QFileDevice::NoError);
        written += n;
    }
    // A buffered write fails only here, often without a cause ("Unknown error"), and QSaveFile's
    // commit() would not notice it at all (Qt 6.4).
    if (!file.flush())
        return fail(false);
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace wbc
