#pragma once

#include "model/PracticeModel.h"
#include "sound/SoundDevices.h"
#include "sound/SoundSettings.h"

#include <QObject>

#include <array>
#include <functional>
#include <utility>

class QAction;
class QActionGroup;
class QWidget;

namespace toward {

class AppSettings;

// The Sound menu: off, breath tones, or voice and tones, and the settings dialog. It keeps the
// choice in settings.ini and owns the sound devices the check-in and the dialog share.
class SoundMenu final : public QObject {
    Q_OBJECT

public:
    struct Actions {
        QAction *off;
        QAction *tones;
        QAction *voice;
        QAction *settings;
    };

    // `settings` must outlive the menu. `samplePattern` gives the breath pattern the dialog's
    // try-out plays: the person's own, as the next check-in will.
    SoundMenu(AppSettings &settings, Actions actions, std::function<BreathPattern()> samplePattern,
        QWidget *dialogParent);

    const SoundSettings &settings() const { return m_devices.settings(); }
    SoundDevices &devices() { return m_devices; }

    // For this run only, not kept: what `--sound` asks for.
    void overrideMode(SoundMode mode);
    void openSettingsDialog();

signals:
    void settingsChanged(const toward::SoundSettings &settings);

private:
    // Keeps the settings unless `forThisRunOnly`.
    void use(const SoundSettings &sound, bool forThisRunOnly = false);
    void useMode(SoundMode mode, bool forThisRunOnly = false);
    void showMode();
    std::array<std::pair<QAction *, SoundMode>, 3> modeActions() const;

    AppSettings &m_settings;
    Actions m_actions;
    std::function<BreathPattern()> m_samplePattern;
    QWidget *m_dialogParent;
    SoundDevices m_devices;
};

} // namespace toward
