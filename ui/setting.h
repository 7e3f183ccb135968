#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

namespace wbc {

// A typed QSettings entry declared where it is used:
//   Setting<QByteArray> geometry{"mainwindow/geometry"};
// Reads and writes go straight to the application's QSettings.
template<typename T>
class Setting
{
public:
    explicit Setting(const char *key, T defaultValue = T())
        : m_key(QString::fromLatin1(key))
        , m_default(std::move(defaultValue))
    {}

    T value() const
    {
        const QVariant v = QSettings().value(m_key);
        return v.isValid() && v.canConvert<T>() ? v.value<T>() : m_default;
    }
    void setValue(const T &value) const { QSettings().setValue(m_key, QVariant::fromValue(value)); }
    QString key() const { return m_key; }

private:
    QString m_key;
    T m_default;
};

} // namespace wbc
