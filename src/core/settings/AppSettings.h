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
// The language Toward speaks, by name ("en", "de"); empty: the system's. Read at start.
inline const SettingKey<QString> Language {"general/language", {}};
// Empty: follow the desktop; else "light", "dark" or "high-contrast".
inline const SettingKey<QString> ColorScheme {"look/colorScheme", {}};
inline const SettingKey<QString> CustomModelPath {"model/customPath", {}}; // empty: built-in model
inline const SettingKey<QString> LastModelFolder {"model/lastFolder", {}};
// The breath pattern for practices that name none; empty: the model's first.
inline const SettingKey<QString> DefaultBreathPattern {"practice/breathPattern", {}};
inline const SettingKey<bool> ReducedMotion {"practice/reducedMotion", false};
inline const SettingKey<bool> RateCuesAtEnd {"practice/rateCuesAtEnd", false};
// Before the [sound] settings: whether the tones were on. Read only when sound/mode is unset.
inline const SettingKey<bool> BreathTones {"practice/breathTones", false};
inline const SettingKey<QString> SoundMode {"sound/mode", {}}; // "off", "tones", "voice"
inline const SettingKey<int> SoundVolume {"sound/volume", 60}; // percent
inline const SettingKey<QString> SoundVoice {"sound/voice", {}}; // empty: the engine's default
inline const SettingKey<int> SoundRate {"sound/rate", 0}; // -10 (slower) to 10 (faster)
inline const SettingKey<bool> SpeakPhases {"sound/speakPhases", false};
inline const SettingKey<bool> CheckInReminders {"reminders/checkIns", false};
inline const SettingKey<QString> CheckInTimes {
    "reminders/checkInTimes", QStringLiteral("09:00,18:00")};
inline const SettingKey<bool> MovementPrompts {"reminders/movement", false};
inline const SettingKey<int> MovementMinutes {"reminders/movementMinutes", 50};
inline const SettingKey<int> NaturalBreakMinutes {"reminders/breakMinutes", 5};
inline const SettingKey<int> DailyPromptLimit {"reminders/dailyLimit", 8};
// Closing the window with reminders on keeps Toward in the tray: said once, the first time.
inline const SettingKey<bool> TrayExplained {"reminders/trayExplained", false};
// The welcome opens by itself until the person has closed it once.
inline const SettingKey<bool> WelcomeSeen {"welcome/seen", false};
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
