// Plays a practice's breath tones through the real sound plugin, as the check-in does, and prints
// each tone's phase and scheduled time (ms from the first), then when each was sent, for
// sound_e2e.py (and bench/audio) to find in a recording. Exits 77 (skipped) when there is no sound
// to be had.
//
//   sound_player [--pattern IN,HOLD,OUT,HOLD] [--breaths N] [--stall-seed S] PLUGIN_FOLDER
//
// By default two short breaths with holds, for the test. With --stall-seed the GUI thread's event
// loop is kept busy now and then, as a slow page or a large journal might, to see what the tones
// make of it.
#include "practice/CheckInFlow.h"
#include "practice/MonotonicClock.h"
#include "sound/PracticeSound.h"
#include "sound/SoundOutputLoader.h"
#include "sound/SoundSchedule.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <cstdio>
#include <random>

using namespace toward;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

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

// Keeps the event loop busy for 20 to 200 ms every 2 to 5 s, at moments drawn from the seed.
class EventLoopStaller final : public QObject {
public:
    explicit EventLoopStaller(unsigned seed)
        : m_random(seed)
    {
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, &EventLoopStaller::stall);
        armTimer();
    }

private:
    void stall()
    {
        const int length = std::uniform_int_distribution(20, 200)(m_random);
        QElapsedTimer busy;
        busy.start();
        while (busy.elapsed() < length) { }
        armTimer();
    }
    void armTimer() { m_timer.start(std::uniform_int_distribution(2000, 5000)(m_random)); }

    std::mt19937 m_random;
    QTimer m_timer;
};

std::optional<BreathPattern> patternFrom(const QString &seconds)
{
    const QStringList parts = seconds.split(u',');
    if (parts.size() != 4)
        return std::nullopt;
    std::array<milliseconds, 4> phases {};
    for (std::size_t i = 0; i < phases.size(); ++i) {
        bool ok = false;
        phases.at(i) = milliseconds(qRound64(parts.at(qsizetype(i)).toDouble(&ok) * 1000));
        if (!ok || phases.at(i) < 0ms)
            return std::nullopt;
    }
    BreathPattern pattern;
    pattern.id = u"player"_s;
    pattern.inhale = phases[0];
    pattern.holdIn = phases[1];
    pattern.exhale = phases[2];
    pattern.holdOut = phases[3];
    return pattern;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(u"plugin-folder"_s, u"Where toward_sound_output is."_s);
    parser.addOption({u"pattern"_s, u"Seconds in, held, out, held (default 2,1,2.5,1.5)."_s,
        u"IN,HOLD,OUT,HOLD"_s, u"2,1,2.5,1.5"_s});
    parser.addOption({u"breaths"_s, u"How many breaths (default 2)."_s, u"N"_s, u"2"_s});
    parser.addOption({u"stall-seed"_s, u"Stall the event loop at moments drawn from S."_s, u"S"_s});
    parser.process(app);
    const std::optional<BreathPattern> pattern = patternFrom(parser.value(u"pattern"_s));
    const int breaths = parser.value(u"breaths"_s).toInt();
    if (parser.positionalArguments().size() != 1 || !pattern || pattern->cycle() <= 0ms
        || breaths < 1) {
        parser.showHelp(2);
    }
    const std::unique_ptr<SoundOutput> output =
        SoundOutputLoader::open(0.6, {parser.positionalArguments().constFirst()});
    if (!output->isAvailable()) {
        std::fprintf(stderr, "%s\n", qPrintable(output->problem()));
        return 77;
    }

    CurrentCue current;
    current.cue.title = u"Listen"_s;
    current.breaths = breaths;
    current.count = 1;
    const SoundSchedule schedule =
        SoundSchedule::forCue(current, *pattern, AfterCue::MoveOn, Speech::Off);
    const milliseconds start = schedule.breathsStart().value_or(0ms);
    const milliseconds end = start + breaths * pattern->cycle();
    for (const SoundEvent &event : schedule.eventsBetween(start - 1ms, end)) {
        if (event.kind == SoundEventKind::Tone)
            std::printf("tone %d %lld\n", int(event.phase), qint64((event.at - start).count()));
    }
    std::fflush(stdout);

    SteadyClock clock;
    TimedOutput timed(*output, start);
    PracticeSound sound(clock, timed);
    timed.setSound(sound);
    std::optional<EventLoopStaller> staller;
    if (parser.isSet(u"stall-seed"_s))
        staller.emplace(parser.value(u"stall-seed"_s).toUInt());
    sound.play(schedule, start);
    // The last tone's sound lasts 600 ms past it.
    QTimer::singleShot(end - start + 1000ms, &app, &QCoreApplication::quit);
    return app.exec();
}
