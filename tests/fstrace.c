/* LD_PRELOAD library for tst_atomicsave: logs the file-system calls a process makes under one
 * folder (WBC_TRACE_DIR) to a file (WBC_TRACE_FILE), one line per call, so the test can replay
 * them against a power-cut model. It changes nothing: every call goes to libc. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#define MAX_FDS 4096
static char traced[MAX_FDS]; /* fds opened under the folder */
static int logFd = -1;

static ssize_t (*realWrite)(int, const void *, size_t);

static void logLine(const char *fmt, ...)
{
    if (logFd < 0) {
        const char *path = getenv("WBC_TRACE_FILE");
        int (*realOpen)(const char *, int, ...) = dlsym(RTLD_NEXT, "open");
        if (!path || !realOpen)
            return;
        logFd = realOpen(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
        if (logFd < 0)
            return;
    }
    if (!realWrite)
        realWrite = dlsym(RTLD_NEXT, "write");
    char line[8192];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(line, sizeof line - 1, fmt, ap);
    va_end(ap);
    if (n < 0)
        return;
    if (n > (int)sizeof line - 2)
        n = (int)sizeof line - 2;
    line[n++] = '\n';
    realWrite(logFd, line, (size_t)n);
}

static int under(const char *path)
{
    const char *dir = getenv("WBC_TRACE_DIR");
    return dir && path && strncmp(path, dir, strlen(dir)) == 0;
}

static int fdTraced(int fd)
{
    return fd >= 0 && fd < MAX_FDS && traced[fd];
}

static void opened(int fd, const char *path, int flags)
{
    if (fd < 0 || fd >= MAX_FDS || fd == logFd || !under(path))
        return;
    traced[fd] = 1;
    logLine("open %d %s %s %s", fd, (flags & O_TMPFILE) == O_TMPFILE ? "tmpfile" : "named",
            (flags & O_TRUNC) ? "trunc" : "keep", path);
}

#define REAL(name, ret, args)                                                                    \
    static ret(*real_##name) args;                                                              \
    if (!real_##name)                                                                           \
    real_##name = (ret(*) args)dlsym(RTLD_NEXT, #name)

static int openCommon(const char *sym, int dirfd, const char *path, int flags, mode_t mode)
{
    int fd;
    if (dirfd == -1000) {
        int (*f)(const char *, int, ...) = dlsym(RTLD_NEXT, sym);
        fd = f(path, flags, mode);
    } else {
        int (*f)(int, const char *, int, ...) = dlsym(RTLD_NEXT, sym);
        fd = f(dirfd, path, flags, mode);
    }
    if (fd >= 0 && path && path[0] == '/')
        opened(fd, path, flags);
    return fd;
}

static mode_t modeArg(int flags, va_list ap)
{
    return (flags & O_CREAT) || (flags & O_TMPFILE) == O_TMPFILE ? (mode_t)va_arg(ap, int) : 0;
}

int open(const char *path, int flags, ...)
{
    va_list ap;
    va_start(ap, flags);
    mode_t mode = modeArg(flags, ap);
    va_end(ap);
    return openCommon("open", -1000, path, flags, mode);
}
int open64(const char *path, int flags, ...)
{
    va_list ap;
    va_start(ap, flags);
    mode_t mode = modeArg(flags, ap);
    va_end(ap);
    return openCommon("open64", -1000, path, flags, mode);
}
int openat(int dirfd, const char *path, int flags, ...)
{
    va_list ap;
    va_start(ap, flags);
    mode_t mode = modeArg(flags, ap);
    va_end(ap);
    return openCommon("openat", dirfd, path, flags, mode);
}
int openat64(int dirfd, const char *path, int flags, ...)
{
    va_list ap;
    va_start(ap, flags);
    mode_t mode = modeArg(flags, ap);
    va_end(ap);
    return openCommon("openat64", dirfd, path, flags, mode);
}

ssize_t write(int fd, const void *buf, size_t n)
{
    if (!realWrite)
        realWrite = dlsym(RTLD_NEXT, "write");
    ssize_t r = realWrite(fd, buf, n);
    if (r > 0 && fdTraced(fd))
        logLine("write %d %zd", fd, r);
    return r;
}

ssize_t pwrite64(int fd, const void *buf, size_t n, off_t off)
{
    REAL(pwrite64, ssize_t, (int, const void *, size_t, off_t));
    ssize_t r = real_pwrite64(fd, buf, n, off);
    if (r > 0 && fdTraced(fd))
        logLine("write %d %zd", fd, r);
    return r;
}

int ftruncate64(int fd, off_t size)
{
    REAL(ftruncate64, int, (int, off_t));
    int r = real_ftruncate64(fd, size);
    if (r == 0 && fdTraced(fd))
        logLine("truncate %d %lld", fd, (long long)size);
    return r;
}

int fsync(int fd)
{
    REAL(fsync, int, (int));
    int r = real_fsync(fd);
    if (r == 0 && fdTraced(fd))
        logLine("sync %d", fd);
    return r;
}

int fdatasync(int fd)
{
    REAL(fdatasync, int, (int));
    int r = real_fdatasync(fd);
    if (r == 0 && fdTraced(fd))
        logLine("sync %d", fd);
    return r;
}

int close(int fd)
{
    REAL(close, int, (int));
    const int was = fdTraced(fd);
    int r = real_close(fd);
    if (was) {
        traced[fd] = 0;
        logLine("close %d", fd);
    }
    return r;
}

/* A link from an open file (O_TMPFILE made visible): linkat(fd, "", ..., AT_EMPTY_PATH) or
 * linkat(AT_FDCWD, "/proc/self/fd/N", ..., AT_SYMLINK_FOLLOW). */
int linkat(int olddirfd, const char *oldpath, int newdirfd, const char *newpath, int flags)
{
    REAL(linkat, int, (int, const char *, int, const char *, int));
    int r = real_linkat(olddirfd, oldpath, newdirfd, newpath, flags);
    if (r == 0 && under(newpath)) {
        int fd = -1;
        if ((flags & AT_EMPTY_PATH) && oldpath && !*oldpath)
            fd = olddirfd;
        else if (oldpath && sscanf(oldpath, "/proc/self/fd/%d", &fd) != 1)
            fd = -1;
        if (fd >= 0)
            logLine("linkfd %d %s", fd, newpath);
        else
            logLine("link %s %s", oldpath, newpath);
    }
    return r;
}

int link(const char *oldpath, const char *newpath)
{
    REAL(link, int, (const char *, const char *));
    int r = real_link(oldpath, newpath);
    if (r == 0 && under(newpath))
        logLine("link %s %s", oldpath, newpath);
    return r;
}

int rename(const char *oldpath, const char *newpath)
{
    REAL(rename, int, (const char *, const char *));
    int r = real_rename(oldpath, newpath);
    if (r == 0 && under(newpath))
        logLine("rename %s %s", oldpath, newpath);
    return r;
}

int renameat(int od, const char *oldpath, int nd, const char *newpath)
{
    REAL(renameat, int, (int, const char *, int, const char *));
    int r = real_renameat(od, oldpath, nd, newpath);
    if (r == 0 && under(newpath))
        logLine("rename %s %s", oldpath, newpath);
    return r;
}

int renameat2(int od, const char *oldpath, int nd, const char *newpath, unsigned int flags)
{
    REAL(renameat2, int, (int, const char *, int, const char *, unsigned int));
    int r = real_renameat2(od, oldpath, nd, newpath, flags);
    if (r == 0 && under(newpath))
        logLine("rename %s %s", oldpath, newpath);
    return r;
}

int unlink(const char *path)
{
    REAL(unlink, int, (const char *));
    int r = real_unlink(path);
    if (r == 0 && under(path))
        logLine("unlink %s", path);
    return r;
}

ssize_t pwrite(int fd, const void *buf, size_t n, off_t off)
{
    return pwrite64(fd, buf, n, off);
}

int ftruncate(int fd, off_t size)
{
    return ftruncate64(fd, size);
}
