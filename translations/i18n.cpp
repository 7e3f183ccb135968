#include "i18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace wbc::i18n {

namespace {

const QString kResourceDir = QStringLiteral(":/i18n");
const QString kBaseName = QStringLiteral("wbcstudio");

} // namespace

QList<Language> languages()
{
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("fr"), QStringLiteral("Français")},
            {QStringLiteral("es"), QStringLiteral("Español")}};
}

QString install(QCoreApplication *app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    // English has a translation too: the plural forms of the %n messages (wbcstudio_en.ts).
    // Without a match (an unknown language, the C locale) the UI stays in English.
    auto *own = new QTranslator(app);
    if (!own->load(locale, kBaseName, QStringLiteral("_"), kResourceDir)
        && !own->load(QLocale(QLocale::English), kBaseName, QStringLiteral("_"), kResourceDir)) {
        delete own;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(own);
    const QString used = own->language().section(u'_', 0, 0);
    // A language chosen in Preferences also formats dates and numbers in the UI ("1 Dec 2026"
    // in a German window otherwise); files the app writes use the C locale (CsvWriter).
    if (!language.isEmpty())
        QLocale::setDefault(QLocale(used));
    // Qt's own strings only in a language we translate too: no German buttons in an English UI.
    auto *qt = new QTranslator(app);
    if (used != u"en"
        && qt->load(QLocale(used), QStringLiteral("qtbase"), QStringLiteral("_"),
                    QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }
    return used;
}

} // namespace wbc::i18n
