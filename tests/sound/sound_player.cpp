// Plays a short practice's breath tones through the real sound plugin, as the check-in does, and
// prints each tone's phase and scheduled time (ms from the first), then when each was sent, for
// sound_e2e.py to find in a recording. Exits 77 (skipped) when there is no sound to be had.
#include "practice/CheckInFlow.h"
#include "practice/MonotonicClock.h"
#include "sound/PracticeSound.h"
#include "sound/SoundOutputLoader.h"
#include "sound/SoundSchedule.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

using namespace toward;
using namespace std::chrono_literals;

namespace {

// Passes the tones on and prints when each was sent, in the schedule's time: a loaded machine
// wakes the player late, and the test tells that apart from the sound's own delay.
class TimedOutput final : public SoundOutput {
public:
    TimedOutput(SoundOutput &output, milliseconds start)
        : m_output(output)
        , m_start(start)
    {
    }

    void setSound(const PracticeSound &sound) { m_sound = &sound; }

    void playTone(BreathPhase phase) override
    {
        m_output.playTone(phase);
        std::printf("sent %d %lld\n", int(phase), qint64((m_sound->elapsed() - m_start).count()));
        std::fflush(stdout);
    }
    void setVolume(double volume) override { m_output.setVolume(volume); }
    bool isAvailable() const override { return m_output.isAvailable(); }
    QString problem() const override { return m_output.problem(); }

private:
    SoundOutput &m_output;
    milliseconds m_start;
    const PracticeSound *m_sound = nullptr;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: sound_player PLUGIN_FOLDER\n");
        return 2;
    }
    const std::unique_ptr<SoundOutput> output =
        SoundOutputLoader::open(0.6, {QString::fromLocal8Bit(argv[1])});
    if (!output->isAvailable()) {
        std::fprintf(stderr, "%s\n", qPrintable(output->problem()));
        return 77;
    }

    BreathPattern pattern;
    pattern.id = QStringLiteral("e2e");
    pattern.inhale = 2000ms;
    pattern.holdIn = 1000ms;
    pattern.exhale = 2500ms;
    pattern.holdOut = 1500ms;
    CurrentCue current;
    current.cue.title = QStringLiteral("Listen");
    current.breaths = 2;
    current.count = 1;
    const SoundSchedule schedule =
        SoundSchedule::forCue(current, pattern, AfterCue::MoveOn, Speech::Off);
    const milliseconds start = schedule.breathsStart().value_or(0ms);
    const milliseconds end = start + 2 * pattern.cycle();
    for (const SoundEvent &event : schedule.eventsBetween(start - 1ms, end)) {
        if (event.kind == SoundEventKind::Tone)
            std::printf("tone %d %lld\n", int(event.phase), qint64((event.at - start).count()));
    }
    std::fflush(stdout);

    SteadyClock clock;
    TimedOutput timed(*output, start);
    PracticeSound sound(clock, timed);
    timed.setSound(sound);
    sound.play(schedule, start);
    // The last tone's sound lasts 600 ms past it.
    QTimer::singleShot(end - start + 1000ms, &app, &QCoreApplication::quit);
    return app.exec();
}
