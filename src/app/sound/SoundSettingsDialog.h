#pragma once

#include "model/PracticeModel.h"
#include "practice/MonotonicClock.h"
#include "sound/SoundSettings.h"

#include <QDialog>

#include <array>
#include <memory>
#include <utility>

class QRadioButton;

namespace Ui {
class SoundSettingsDialog;
}

namespace toward {

class PracticeSound;
class SoundDevices;

// Off, tones, or voice and tones; the volume, the voice and its pace, with "Play one breath" to
// hear them as the practice will. Changes are heard at once through the shared devices; Cancel
// puts the devices back as they were, OK leaves the settings for the caller to keep.
class SoundSettingsDialog final : public QDialog {
    Q_OBJECT

public:
    // `devices` is not owned and must outlive the dialog. `sample`: the breath pattern the try-out
    // plays one breath of.
    SoundSettingsDialog(SoundDevices &devices, BreathPattern sample, QWidget *parent = nullptr);
    ~SoundSettingsDialog() override;

    SoundSettings settings() const { return m_settings; }

    // Plays with this clock instead of the system's; it must outlive the dialog. For tests.
    void setClock(const MonotonicClock &clock);
    // The try-out's player while it plays; none otherwise.
    PracticeSound *trySound() const { return m_trySound.get(); }

    void reject() override;

private:
    std::array<std::pair<SoundMode, QRadioButton *>, 3> modeButtons() const;
    void showSettings();
    void takeSettings();
    void listVoices();
    void showProblem();
    void playOneBreath();

    std::unique_ptr<Ui::SoundSettingsDialog> m_ui;
    SoundDevices &m_devices;
    BreathPattern m_sample;
    const SoundSettings m_before;
    SoundSettings m_settings;
    bool m_voicesListed = false;
    SteadyClock m_steadyClock;
    const MonotonicClock *m_clock;
    std::unique_ptr<PracticeSound> m_trySound;
};

} // namespace toward
