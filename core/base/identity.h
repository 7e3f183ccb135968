#pragma once

#include <QString>

namespace wbc {

// Who is labelling: the name the label history, exports and reports record. In this order:
// the command line's --user, the WBC_USER environment variable, the name set in Preferences
// (the GUI's settings, also read by `wbc`), the login name (getpwuid; %USERNAME% on Windows,
// since $USER is often unset). Empty when there is none: nothing ever records "unknown" (the GUI
// then asks once and keeps the answer in Preferences; the command line says how to give one).
// A shared project records the server's role instead (ProjectStore::userName()).
QString resolveUserName(const QString &commandLineUser = {});

QString preferencesUserName();
void setPreferencesUserName(const QString &name);

} // namespace wbc
