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
class SoundOutput;
struct PracticeModel;

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
    // With breath tones each cue's phases are heard as well as seen, and the practice goes on
    // while the window is hidden or minimised. They start with the next cue.
    void setBreathTones(bool on);
    bool hasBreathTones() const { return m_breathTones; }
    // Where the tones go; not owned, it must outlive the step. By default the sound card, through
    // the sound plugin opened when tones are first wanted.
    void setSoundOutput(SoundOutput &output);
    // The tones' driver while a cue plays with tones; none otherwise.
    PracticeSound *practiceSound() const { return m_sound.get(); }
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
    // The output for the tones, opened on first use; none when it has a problem, then shown.
    SoundOutput *availableSoundOutput();

    std::unique_ptr<Ui::CheckInPracticeStep> m_ui;
    SteadyClock m_steadyClock;
    const MonotonicClock *m_clock;
    std::unique_ptr<BreathPacer> m_pacer;
    bool m_breathTones = false;
    SoundOutput *m_soundOutput = nullptr;
    std::unique_ptr<SoundOutput> m_ownSoundOutput;
    std::unique_ptr<PracticeSound> m_sound; // the cue's tones, on the pacer's clock
};

} // namespace toward
