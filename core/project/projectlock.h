#pragma once

#include <QLockFile>
#include <QString>

namespace wbc {

// Marks a project as in use by one writer: a QLockFile beside it ("<project>.lock") holding the
// process id, program and host. The GUI holds it while a project is open and the CLI while a
// command writes; a second instance then opens the project read-only and names the holder. A lock
// left by a process that died (crash, SIGKILL) is taken over. Readers never need it: SQLite (WAL)
// keeps concurrent readers consistent. A shared project (a postgresql:// URL) needs no lock: tryLock
// always succeeds. Owned by whoever opened the project; any thread.
class ProjectLock
{
public:
    explicit ProjectLock(const QString &projectPath);
    ~ProjectLock();
    ProjectLock(const ProjectLock &) = delete;
    ProjectLock &operator=(const ProjectLock &) = delete;

    enum class Result {
        Locked,      // this object holds the lock
        HeldHere,    // another ProjectLock of this process holds it
        HeldByOther, // another live process holds it: see holder()
        Unavailable, // the lock file cannot be written (read-only folder): see errorString()
    };
    Result tryLock();
    void unlock();
    bool isLocked() const { return m_lock.isLocked(); }

    QString lockFilePath() const { return m_path; }
    // "process 1234 (wbc-studio) on host lab-pc-3", from the lock file; empty if unknown.
    QString holder() const;
    QString errorString() const { return m_error; }
    // "<project> is in use by <holder>", for a refusal or a read-only notice.
    QString heldMessage() const;

    static QString lockFilePathFor(const QString &projectPath);

private:
    QString m_path;
    QLockFile m_lock;
    bool m_shared = false; // a postgresql:// URL: nothing to lock
    QString m_error;
};

} // namespace wbc
