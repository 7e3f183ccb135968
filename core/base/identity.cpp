#include "base/identity.h"

#include <QSettings>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace wbc {

namespace {

const char *kPreferencesKey = "labeling/user";

// The GUI's settings file, whichever program asks (the CLI's own is "wbc").
QSettings studioSettings()
{
    return QSettings(QSettings::UserScope, QStringLiteral("WBC Studio"), QStringLiteral("WBC Studio"));
}

QString loginName()
{
#ifdef Q_OS_UNIX
    if (const passwd *pw = getpwuid(geteuid()); pw && pw->pw_name && *pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
#endif
    for (const char *var : {"USERNAME", "USER"}) {
        const QString v = qEnvironmentVariable(var).trimmed();
        if (!v.isEmpty())
            return v;
    }
    return {};
}

} // namespace

QString preferencesUserName()
{
    return studioSettings().value(QLatin1String(kPreferencesKey)).toString().trimmed();
}

void setPreferencesUserName(const QString &name)
{
    QSettings s = studioSettings();
    if (name.trimmed().isEmpty())
        s.remove(QLatin1String(kPreferencesKey));
    else
        s.setValue(QLatin1String(kPreferencesKey), name.trimmed());
}

QString resolveUserName(const QString &commandLineUser)
{
    for (const QString &name : {commandLineUser.trimmed(), qEnvironmentVariable("WBC_USER").trimmed(),
                                preferencesUserName()}) {
        if (!name.isEmpty())
            return name;
    }
    return loginName();
}

} // namespace wbc
