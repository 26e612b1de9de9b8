#pragma once

#include "journal/CheckIn.h"
#include "practice/BreathPacer.h"
#include "practice/MonotonicClock.h"

#include <QWidget>

#include <memory>

namespace Ui {
class CheckInPracticeStep;
}

namespace toward {

class CheckInFlow;
class PacerWidget;
class PracticeSound;
class SoundDevices;
struct PracticeModel;
struct SoundSettings;

// The practice: "Exhale fully. Inhale deeply.", then each cue with its region on the spine and the
// breath pacer for the cue's breaths, then how the cue felt. The breath pacer lives here; which
// cue is current is the flow's.
class CheckInPracticeStep final : public QWidget {
    Q_OBJECT

public:
    explicit CheckInPracticeStep(QWidget *parent = nullptr);
    ~CheckInPracticeStep() override;

    // Paces with `clock` from the next cue on; it must outlive the step. By default the system's
    // steady clock.
    void setClock(const MonotonicClock &clock);

    void setModel(const PracticeModel &model);
    void setReducedMotion(bool reduced);
    // What is heard, from the next cue on; they become the sound devices' settings. With tones
    // each cue's phases are heard as well as seen, and the practice goes on while the window is
    // hidden or minimised. With the voice each cue is said first, and its pacer starts when the
    // voice is done, so eye and ear begin the breaths together.
    void setSoundSettings(const SoundSettings &settings);
    const SoundSettings &soundSettings() const;
    // Where the sound goes, with its settings; not owned, it must outlive the step. By default the
    // sound card and the speech engine, through the plugins opened when sound is first wanted.
    void setSoundDevices(SoundDevices &devices);
    // The sound's driver while the intro or a cue is heard; none otherwise.
    PracticeSound *practiceSound() const { return m_sound.get(); }
    // The cue is being said: its pacer has not started yet.
    bool isListening() const { return m_listening; }
    void showFlow(const CheckInFlow &flow);
    // Paces the current cue's breaths from the start. `paused`: wait for the person to go on.
    void startPacing(const CheckInFlow &flow, bool paused = false);
    void togglePause();
    bool isPaused() const;
    PacerWidget *pacerWidget() const;

signals:
    void breathsDone();
    void feelingChosen(toward::CueFeeling feeling);

protected:
    void hideEvent(QHideEvent *event) override;

private:
    void showIntro(const CheckInFlow &flow);
    void showCue(const CheckInFlow &flow);
    void showKeys(const CheckInFlow &flow);
    QString practisingKeys() const;
    // A driver for what the settings let be heard, its outputs opened on first use; none when
    // nothing can be heard. Shows the outputs' problems, or hides them.
    std::unique_ptr<PracticeSound> newPracticeSound();
    void beginBreaths();
    // Silences the sound; a pacer still waiting for the voice starts.
    void dropSound();

    std::unique_ptr<Ui::CheckInPracticeStep> m_ui;
    SteadyClock m_steadyClock;
    const MonotonicClock *m_clock;
    std::unique_ptr<BreathPacer> m_pacer;
    std::unique_ptr<SoundDevices> m_ownSoundDevices;
    SoundDevices *m_soundDevices;
    std::unique_ptr<PracticeSound> m_sound; // the intro's or the cue's, on the pacer's clock
    bool m_listening = false;
};

} // namespace toward
