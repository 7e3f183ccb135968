#pragma once

#include <QString>

namespace wbc::cli {

// The COMMANDS section of wbc(1) is rendered from the same QCommandLineParser help text that
// `wbc help COMMAND` prints (commandHelp(), command.cpp), so the manual cannot drift from the
// program: `wbc help --man` prints it, and packaging/gzipdoc.cmake splices it into docs/wbc.1.in
// at build time, under the C locale so the manual is English. Pure functions; any thread.

// One command's help text, as `wbc help COMMAND` shows it, turned into roff: a .SS section with
// the synopsis, the summary, each option (value name in italics) and each argument.
QString manPageCommand(const QString &name, const QString &summary, const QString &helpText);

// Text made safe for roff: backslashes, minus signs, a leading dot or quote, and characters
// outside ASCII as groff's \[uXXXX] escapes.
QString roffEscape(const QString &text);

} // namespace wbc::cli
