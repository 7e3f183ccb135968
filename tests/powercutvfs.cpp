#include "powercutvfs.h"

#include <QFile>
#include <QRandomGenerator>

#include <sqlite3.h>

#include <cstring>
#include <map>
#include <mutex>
#include <string>
#include <vector>

namespace wbc::test::powercut {

namespace {

struct Write
{
    std::int64_t offset = 0;
    QByteArray data;
    bool truncate = false; // data empty; offset is the new size
};

struct FileState
{
    QByteArray durable; // content at the last xSync (or when first opened)
    bool durableExists = false;
    std::vector<Write> pending; // since the last xSync
};

struct PcFile
{
    sqlite3_file base;
    sqlite3_file *real;
    std::string path;
};

std::mutex g_mutex;
std::map<std::string, FileState> g_files;
sqlite3_vfs *g_real = nullptr;
sqlite3_vfs g_vfs;
sqlite3_io_methods g_methods;
std::int64_t g_cutAt = 0;
std::int64_t g_ops = 0;
bool g_dead = false;
std::uint32_t g_seed = 1;

QByteArray readWhole(const std::string &path, bool *exists)
{
    QFile f(QString::fromStdString(path));
    *exists = f.exists();
    if (!*exists || !f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

// Counts a mutating operation; true when the power is (now) off.
bool countAndCheck()
{
    if (g_dead)
        return true;
    ++g_ops;
    if (g_cutAt > 0 && g_ops >= g_cutAt)
        g_dead = true;
    return g_dead;
}

PcFile *pc(sqlite3_file *f)
{
    return reinterpret_cast<PcFile *>(f);
}

int xClose(sqlite3_file *f)
{
    PcFile *p = pc(f);
    const int rc = p->real->pMethods ? p->real->pMethods->xClose(p->real) : SQLITE_OK;
    p->path.~basic_string();
    return rc;
}

int xRead(sqlite3_file *f, void *buf, int n, sqlite3_int64 off)
{
    {
        std::lock_guard lock(g_mutex);
        if (g_dead)
            return SQLITE_IOERR_READ;
    }
    return pc(f)->real->pMethods->xRead(pc(f)->real, buf, n, off);
}

int xWrite(sqlite3_file *f, const void *buf, int n, sqlite3_int64 off)
{
    PcFile *p = pc(f);
    std::lock_guard lock(g_mutex);
    if (countAndCheck())
        return SQLITE_IOERR_WRITE;
    const int rc = p->real->pMethods->xWrite(p->real, buf, n, off);
    if (rc == SQLITE_OK)
        g_files[p->path].pending.push_back({off, QByteArray(static_cast<const char *>(buf), n)});
    return rc;
}

int xTruncate(sqlite3_file *f, sqlite3_int64 size)
{
    PcFile *p = pc(f);
    std::lock_guard lock(g_mutex);
    if (countAndCheck())
        return SQLITE_IOERR_TRUNCATE;
    const int rc = p->real->pMethods->xTruncate(p->real, size);
    if (rc == SQLITE_OK)
        g_files[p->path].pending.push_back({size, {}, true});
    return rc;
}

int xSync(sqlite3_file *f, int)
{
    PcFile *p = pc(f);
    std::lock_guard lock(g_mutex);
    if (countAndCheck())
        return SQLITE_IOERR_FSYNC;
    // What is on "disk" now survives; the real fsync is skipped (the simulation decides).
    FileState &s = g_files[p->path];
    s.durable = readWhole(p->path, &s.durableExists);
    s.pending.clear();
    return SQLITE_OK;
}

int xFileSize(sqlite3_file *f, sqlite3_int64 *size)
{
    return pc(f)->real->pMethods->xFileSize(pc(f)->real, size);
}
int xLock(sqlite3_file *f, int l)
{
    return pc(f)->real->pMethods->xLock(pc(f)->real, l);
}
int xUnlock(sqlite3_file *f, int l)
{
    return pc(f)->real->pMethods->xUnlock(pc(f)->real, l);
}
int xCheckReservedLock(sqlite3_file *f, int *out)
{
    return pc(f)->real->pMethods->xCheckReservedLock(pc(f)->real, out);
}
int xFileControl(sqlite3_file *f, int op, void *arg)
{
    return pc(f)->real->pMethods->xFileControl(pc(f)->real, op, arg);
}
int xSectorSize(sqlite3_file *f)
{
    return pc(f)->real->pMethods->xSectorSize(pc(f)->real);
}
int xDeviceCharacteristics(sqlite3_file *f)
{
    // Claim nothing (no atomic or sequential writes), so SQLite assumes the worst.
    (void)f;
    return 0;
}
int xShmMap(sqlite3_file *f, int pg, int sz, int extend, void volatile **pp)
{
    return pc(f)->real->pMethods->xShmMap(pc(f)->real, pg, sz, extend, pp);
}
int xShmLock(sqlite3_file *f, int offset, int n, int flags)
{
    return pc(f)->real->pMethods->xShmLock(pc(f)->real, offset, n, flags);
}
void xShmBarrier(sqlite3_file *f)
{
    pc(f)->real->pMethods->xShmBarrier(pc(f)->real);
}
int xShmUnmap(sqlite3_file *f, int deleteFlag)
{
    return pc(f)->real->pMethods->xShmUnmap(pc(f)->real, deleteFlag);
}

int vfsOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *f, int flags, int *outFlags)
{
    PcFile *p = pc(f);
    p->real = reinterpret_cast<sqlite3_file *>(p + 1);
    new (&p->path) std::string(name ? name : "");
    p->base.pMethods = nullptr;
    const int rc = g_real->xOpen(g_real, name, p->real, flags, outFlags);
    if (rc != SQLITE_OK) {
        p->path.~basic_string();
        return rc;
    }
    p->base.pMethods = &g_methods;
    if (!p->path.empty()) {
        std::lock_guard lock(g_mutex);
        if (!g_files.count(p->path)) {
            FileState &s = g_files[p->path];
            s.durable = readWhole(p->path, &s.durableExists);
        }
    }
    return SQLITE_OK;
}

int vfsDelete(sqlite3_vfs *, const char *name, int syncDir)
{
    {
        std::lock_guard lock(g_mutex);
        if (countAndCheck())
            return SQLITE_IOERR_DELETE;
        FileState &s = g_files[name];
        s.durable.clear();
        s.durableExists = false;
        s.pending.clear();
    }
    return g_real->xDelete(g_real, name, syncDir);
}

int vfsAccess(sqlite3_vfs *, const char *name, int flags, int *out)
{
    return g_real->xAccess(g_real, name, flags, out);
}
int vfsFullPathname(sqlite3_vfs *, const char *name, int n, char *out)
{
    return g_real->xFullPathname(g_real, name, n, out);
}
void *vfsDlOpen(sqlite3_vfs *, const char *name)
{
    return g_real->xDlOpen(g_real, name);
}
void vfsDlError(sqlite3_vfs *, int n, char *msg)
{
    g_real->xDlError(g_real, n, msg);
}
void (*vfsDlSym(sqlite3_vfs *, void *h, const char *sym))(void)
{
    return g_real->xDlSym(g_real, h, sym);
}
void vfsDlClose(sqlite3_vfs *, void *h)
{
    g_real->xDlClose(g_real, h);
}
int vfsRandomness(sqlite3_vfs *, int n, char *out)
{
    return g_real->xRandomness(g_real, n, out);
}
int vfsSleep(sqlite3_vfs *, int us)
{
    return g_real->xSleep(g_real, us);
}
int vfsCurrentTime(sqlite3_vfs *, double *t)
{
    return g_real->xCurrentTime(g_real, t);
}
int vfsGetLastError(sqlite3_vfs *, int n, char *msg)
{
    return g_real->xGetLastError ? g_real->xGetLastError(g_real, n, msg) : 0;
}
int vfsCurrentTimeInt64(sqlite3_vfs *, sqlite3_int64 *t)
{
    return g_real->xCurrentTimeInt64(g_real, t);
}

void applyWrite(QByteArray &content, const Write &w, int bytes)
{
    if (w.truncate) {
        content.resize(w.offset);
        return;
    }
    const qsizetype end = w.offset + bytes;
    if (content.size() < end)
        content.resize(end, '\0');
    std::memcpy(content.data() + w.offset, w.data.constData(), size_t(bytes));
}

} // namespace

void install()
{
    if (g_real)
        return;
    g_real = sqlite3_vfs_find(nullptr);
    std::memset(&g_methods, 0, sizeof g_methods);
    g_methods.iVersion = 2; // shared memory (WAL), no memory-mapped I/O
    g_methods.xClose = xClose;
    g_methods.xRead = xRead;
    g_methods.xWrite = xWrite;
    g_methods.xTruncate = xTruncate;
    g_methods.xSync = xSync;
    g_methods.xFileSize = xFileSize;
    g_methods.xLock = xLock;
    g_methods.xUnlock = xUnlock;
    g_methods.xCheckReservedLock = xCheckReservedLock;
    g_methods.xFileControl = xFileControl;
    g_methods.xSectorSize = xSectorSize;
    g_methods.xDeviceCharacteristics = xDeviceCharacteristics;
    g_methods.xShmMap = xShmMap;
    g_methods.xShmLock = xShmLock;
    g_methods.xShmBarrier = xShmBarrier;
    g_methods.xShmUnmap = xShmUnmap;
    std::memset(&g_vfs, 0, sizeof g_vfs);
    g_vfs.iVersion = 2;
    g_vfs.szOsFile = int(sizeof(PcFile)) + g_real->szOsFile;
    g_vfs.mxPathname = g_real->mxPathname;
    g_vfs.zName = "powercut";
    g_vfs.xOpen = vfsOpen;
    g_vfs.xDelete = vfsDelete;
    g_vfs.xAccess = vfsAccess;
    g_vfs.xFullPathname = vfsFullPathname;
    g_vfs.xDlOpen = vfsDlOpen;
    g_vfs.xDlError = vfsDlError;
    g_vfs.xDlSym = vfsDlSym;
    g_vfs.xDlClose = vfsDlClose;
    g_vfs.xRandomness = vfsRandomness;
    g_vfs.xSleep = vfsSleep;
    g_vfs.xCurrentTime = vfsCurrentTime;
    g_vfs.xGetLastError = vfsGetLastError;
    g_vfs.xCurrentTimeInt64 = vfsCurrentTimeInt64;
    sqlite3_vfs_register(&g_vfs, 1);
}

void arm(std::int64_t cutAt, std::uint32_t seed)
{
    std::lock_guard lock(g_mutex);
    g_cutAt = cutAt;
    g_ops = 0;
    g_dead = false;
    g_seed = seed;
}

std::int64_t operations()
{
    std::lock_guard lock(g_mutex);
    return g_ops;
}

bool cut()
{
    std::lock_guard lock(g_mutex);
    return g_dead;
}

void restoreAfterCut()
{
    std::lock_guard lock(g_mutex);
    QRandomGenerator rng(g_seed);
    for (auto &[path, state] : g_files) {
        QByteArray content = state.durable;
        bool exists = state.durableExists;
        for (size_t i = 0; i < state.pending.size(); ++i) {
            const Write &w = state.pending[i];
            if (rng.bounded(2) == 0)
                continue; // this write never reached the platter
            int bytes = int(w.data.size());
            const bool last = i + 1 == state.pending.size();
            if (last && !w.truncate && bytes > 512 && rng.bounded(2) == 0)
                bytes = 512 * int(rng.bounded(quint32(bytes / 512))); // torn: some sectors only
            applyWrite(content, w, bytes);
            exists = true;
        }
        const QString name = QString::fromStdString(path);
        if (name.endsWith(QLatin1String("-shm"))) {
            QFile::remove(name); // shared memory: rebuilt by the first connection after a reboot
            continue;
        }
        if (!exists) {
            QFile::remove(name);
            continue;
        }
        QFile f(name);
        if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            f.write(content);
    }
    g_files.clear();
    g_cutAt = 0;
    g_dead = false;
}

void reset()
{
    std::lock_guard lock(g_mutex);
    g_files.clear();
    g_cutAt = 0;
    g_ops = 0;
    g_dead = false;
}

} // namespace wbc::test::powercut
