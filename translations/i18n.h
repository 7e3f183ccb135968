#pragma once

#include <QList>
#include <QLocale>
#include <QString>

class QCoreApplication;

namespace wbc::i18n {

// A language the user can pick in Preferences: its code ("de") and its name in itself.
struct Language
{
    QString code;
    QString nativeName;
};

// The languages WBC Studio is translated into, English (the source language) first.
QList<Language> languages();

// Installs the translators for `language` on `app`: WBC Studio's own messages (compiled .ts
// files embedded under :/i18n) and, when present, Qt's qtbase_*.qm from
// QLibraryInfo::TranslationsPath, for the standard dialogs' buttons. An empty `language` follows
// the system's UI languages. Returns the language used ("en" when no translation matches).
// Call once, on the main thread, after the QCoreApplication exists; the translators are children
// of `app`.
QString install(QCoreApplication *app, const QString &language = QString());

} // namespace wbc::i18n
