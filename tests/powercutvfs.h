#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>

// A test VFS for SQLite that simulates power cuts at the file-system boundary, the way SQLite's
// own crash tests do (test6.c): it passes every call to the real VFS, remembers for each file the
// content it had at its last xSync (what survives a power cut) and the writes since, and, when
// the operation counter reaches the armed cut point, "cuts the power": that operation and every
// one after it fail with an I/O error, as if the machine had stopped. restoreAfterCut() then
// puts on disk what a power cut leaves: each file's synced content plus a random subset of the
// writes since its last sync, in order, the last one possibly torn (a prefix of its 512-byte
// sectors). Registered as the default VFS, so Qt's SQLite driver (the system libsqlite3) uses it.
namespace wbc::test::powercut {

void install(); // once per process
// 0: never cut (count only). n: the n-th write, truncate or sync fails, and everything after.
void arm(std::int64_t cutAt, std::uint32_t seed);
std::int64_t operations(); // counted since the last arm()
bool cut(); // the power is off
// Writes the surviving state of every file the VFS saw, forgets them and disarms.
void restoreAfterCut();
// Forgets all files (after a clean close) and disarms.
void reset();

} // namespace wbc::test::powercut
