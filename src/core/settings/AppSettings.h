#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QVariant>

namespace toward {

template<typename T>
struct SettingKey {
    const char *key;
    T defaultValue;
};

// Every setting Toward keeps, with its default, in one table.
namespace Setting {
inline const SettingKey<QByteArray> WindowGeometry {"window/geometry", {}};
inline const SettingKey<QByteArray> WindowState {"window/state", {}};
inline const SettingKey<QString> CustomModelPath {"model/customPath", {}}; // empty: built-in model
inline const SettingKey<QString> LastModelFolder {"model/lastFolder", {}};
// The breath pattern for practices that name none; empty: the model's first.
inline const SettingKey<QString> DefaultBreathPattern {"practice/breathPattern", {}};
inline const SettingKey<bool> ReducedMotion {"practice/reducedMotion", false};
inline const SettingKey<bool> RateCuesAtEnd {"practice/rateCuesAtEnd", false};
inline const SettingKey<bool> BreathTones {"practice/breathTones", false};
} // namespace Setting

// Typed access to the settings file in the data directory.
class AppSettings {
public:
    explicit AppSettings(const QString &filePath);

    template<typename T>
    T value(const SettingKey<T> &setting) const
    {
        const QVariant stored = m_settings.value(QLatin1StringView(setting.key));
        return stored.isValid() && stored.canConvert<T>() ? stored.value<T>()
                                                          : setting.defaultValue;
    }

    template<typename T>
    void setValue(const SettingKey<T> &setting, const T &value)
    {
        m_settings.setValue(QLatin1StringView(setting.key), QVariant::fromValue(value));
    }

    // Writes pending changes to disk; returns false with the reason when the file cannot be
    // written.
    bool sync(QString *error = nullptr);

private:
    QSettings m_settings;
};

} // namespace toward
