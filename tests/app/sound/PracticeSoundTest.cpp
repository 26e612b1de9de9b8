#include "sound/PracticeSound.h"

#include "TestSupport.h"
#include "practice/CheckInFlow.h"
#include "practice/ManualClock.h"
#include "practice/TestBreathPatterns.h"
#include "sound/RecordingSoundOutput.h"
#include "sound/SoundWording.h"

#include <QTest>

using namespace toward;
using test::ManualClock;
using test::RecordingSoundOutput;
using test::RecordingVoiceOutput;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

namespace {

CurrentCue currentCue(int breaths, int index = 0, int count = 3)
{
    CurrentCue current;
    current.cue.id = QStringLiteral("sitting-bones-back");
    current.cue.title = QStringLiteral("Sitting bones back");
    current.cue.text = QStringLiteral("Let the sitting bones slide back.");
    current.breaths = breaths;
    current.index = index;
    current.count = count;
    return current;
}

SoundSchedule tonesOnly(int breaths, const BreathPattern &pattern = test::Box)
{
    return SoundSchedule::forCue(currentCue(breaths), pattern, AfterCue::Rate, Speech::Off);
}

// Sleeps through the timer's wake-ups as the event loop would, exactly on time, until `until`
// in the driver's practice time or until nothing more is due.
void runUntil(PracticeSound &sound, ManualClock &clock, milliseconds until)
{
    while (sound.isTimerActive() && *sound.wakeAt() <= until) {
        clock.advance(*sound.wakeAt() - sound.elapsed());
        sound.catchUp();
    }
    if (sound.elapsed() < until && sound.isPlaying() && !sound.isPaused())
        clock.advance(until - sound.elapsed());
}

RecordingSoundOutput::Heard tone(milliseconds at, BreathPhase phase)
{
    return {at, phase};
}

struct Fixture {
    ManualClock clock;
    RecordingSoundOutput output;
    PracticeSound sound {clock, output};

    Fixture() { output.setTimeSource(&sound); }
};

struct VoicedFixture {
    ManualClock clock;
    RecordingSoundOutput output;
    RecordingVoiceOutput voice;
    PracticeSound sound {clock, output, &voice};
    int breathsBegun = 0;

    VoicedFixture()
    {
        output.setTimeSource(&sound);
        voice.setTimeSource(&sound);
        QObject::connect(&sound, &PracticeSound::breathsBegin, &sound, [this] { ++breathsBegun; });
    }
};

SoundSchedule spoken(int breaths, int index = 0, int count = 3)
{
    return SoundSchedule::forCue(
        currentCue(breaths, index, count), test::Box, AfterCue::Rate, Speech::On);
}

RecordingVoiceOutput::Said said(milliseconds at, const QString &words)
{
    return {at, words};
}

} // namespace

TEST_CASE("Practice sound plays each tone exactly when the schedule puts it", "[sound]")
{
    Fixture f;
    const SoundSchedule schedule = tonesOnly(2);
    f.sound.play(schedule);
    REQUIRE(f.sound.isTimerActive());
    CHECK(f.sound.wakeAt() == SoundSchedule::LeadIn);

    runUntil(f.sound, f.clock, 60s);

    QList<RecordingSoundOutput::Heard> expected;
    for (const SoundEvent &event : schedule.eventsBetween(SoundSchedule::BeforeStart, 60s))
        expected.append(tone(event.at, event.phase));
    REQUIRE(expected.size() == 8);
    CHECK(f.output.heard == expected);
    CHECK(expected.constFirst() == tone(2s, BreathPhase::Inhale));
    CHECK(expected.constLast() == tone(2s + 28s, BreathPhase::HoldOut));
    // Nothing more to come: no timer wakes the app for nothing.
    CHECK_FALSE(f.sound.isTimerActive());
}

TEST_CASE("Practice sound arms one timer for the next event and wakes no sooner", "[sound]")
{
    Fixture f;
    f.sound.play(tonesOnly(1));
    f.clock.advance(1500ms);
    f.sound.catchUp(); // woken early, by something else
    CHECK(f.output.heard.isEmpty());
    REQUIRE(f.sound.isTimerActive());
    CHECK(f.sound.wakeAt() == 2s);
    f.clock.advance(499ms);
    f.sound.catchUp();
    CHECK(f.output.heard.isEmpty());
    f.clock.advance(1ms);
    f.sound.catchUp();
    CHECK(f.output.heard == QList {tone(2s, BreathPhase::Inhale)});
    CHECK(f.sound.wakeAt() == 6s);
}

TEST_CASE(
    "Practice sound is silent and sleeps while paused, and goes on where it stopped", "[sound]")
{
    Fixture f;
    f.sound.play(tonesOnly(1));
    runUntil(f.sound, f.clock, 3s);
    REQUIRE(f.output.heard.size() == 1);

    f.sound.pause();
    CHECK(f.sound.isPaused());
    CHECK_FALSE(f.sound.isTimerActive());
    f.clock.advance(60s);
    f.sound.catchUp();
    CHECK(f.output.heard.size() == 1);
    CHECK(f.sound.elapsed() == 3s);

    f.sound.resume();
    REQUIRE(f.sound.isTimerActive());
    CHECK(f.sound.wakeAt() == 6s);
    runUntil(f.sound, f.clock, 60s);
    CHECK(f.output.heard.size() == 4);
    CHECK(f.output.heard.at(1) == tone(6s, BreathPhase::HoldIn));
}

TEST_CASE("Practice sound started paused waits for resume", "[sound]")
{
    Fixture f;
    f.sound.play(tonesOnly(1), 0ms, true);
    CHECK_FALSE(f.sound.isTimerActive());
    f.clock.advance(10s);
    f.sound.catchUp();
    CHECK(f.output.heard.isEmpty());
    f.sound.resume();
    CHECK(f.sound.wakeAt() == 2s);
}

TEST_CASE("Practice sound after a stall plays only the latest late tone and every word", "[sound]")
{
    VoicedFixture f;
    SoundSchedule schedule = spoken(1, 2, 3);
    schedule.setOpeningLength(3s);
    f.sound.play(schedule);
    CHECK(f.voice.said == QList {said(0s, SoundWording::cue(currentCue(1).cue))});

    // Inhale at 3 s, holds and exhale at 7, 11 and 15 s, then the prompt and the end at 19 s.
    runUntil(f.sound, f.clock, 12s);
    REQUIRE(f.output.heard.size() == 3);
    f.clock.advance(10s); // the event loop stalls through the hold out and the end
    f.sound.catchUp();

    CHECK(f.output.heard.mid(3) == QList {tone(22s, BreathPhase::HoldOut)});
    // Said as one, or the end would cut the prompt short.
    CHECK(f.voice.said.constLast()
        == said(22s, SoundWording::rateCue() + u' ' + SoundWording::practiceEnd()));
    CHECK_FALSE(f.sound.isTimerActive());
}

TEST_CASE(
    "Practice sound after a 3 s stall drops older tones but keeps a tone just late", "[sound]")
{
    Fixture f;
    // Box with quick phases: tones every second.
    const BreathPattern quick = test::breathPattern(1s, 1s, 1s, 1s);
    f.sound.play(tonesOnly(3, quick));
    runUntil(f.sound, f.clock, 2s);
    REQUIRE(f.output.heard.size() == 1);

    f.clock.advance(3s + 200ms); // tones due at 3, 4 and 5 s; now 5.2 s
    f.sound.catchUp();
    const QList<RecordingSoundOutput::Heard> late = f.output.heard.mid(1);
    // 4 s is 1.2 s late: dropped. 5 s is 200 ms late and the latest: played.
    CHECK(late == QList {tone(5200ms, BreathPhase::HoldOut)});
    CHECK(f.sound.wakeAt() == 6s);

    f.clock.advance(900ms); // 6.1 s: 100 ms late, within the limit
    f.sound.catchUp();
    CHECK(f.output.heard.constLast() == tone(6100ms, BreathPhase::Inhale));
}

TEST_CASE("Practice sound starts a new schedule on skip and back, from a chosen time", "[sound]")
{
    Fixture f;
    f.sound.play(tonesOnly(2));
    runUntil(f.sound, f.clock, 7s);
    REQUIRE(f.output.heard.size() == 2);

    // Back to the cue's start, joining the visual pacer as its breaths begin.
    const SoundSchedule again = tonesOnly(1);
    f.sound.play(again, *again.breathsStart());
    CHECK(f.sound.elapsed() == 2s);
    CHECK(f.output.heard.constLast() == tone(2s, BreathPhase::Inhale));
    CHECK(f.sound.wakeAt() == 6s);

    f.sound.stop();
    CHECK_FALSE(f.sound.isPlaying());
    CHECK_FALSE(f.sound.isTimerActive());
    f.clock.advance(10s);
    f.sound.catchUp();
    CHECK(f.output.heard.size() == 3);
}

TEST_CASE("Practice sound wakes on the real event loop", "[sound]")
{
    SteadyClock clock;
    RecordingSoundOutput output;
    PracticeSound sound(clock, output);
    const BreathPattern quick = test::breathPattern(50ms, 0ms, 50ms, 0ms);
    const SoundSchedule schedule =
        SoundSchedule::forCue(currentCue(1), quick, AfterCue::Rate, Speech::Off);
    sound.play(schedule, *schedule.breathsStart());
    REQUIRE(output.heard.size() == 1);
    REQUIRE(QTest::qWaitFor([&] { return output.heard.size() == 2; }));
    CHECK_FALSE(sound.isTimerActive());
}

TEST_CASE("Practice sound says the opening, and the breaths begin when it has been said",
    "[sound][voice]")
{
    VoicedFixture f;
    f.sound.play(spoken(1));
    CHECK(f.voice.said == QList {said(0s, SoundWording::cue(currentCue(1).cue))});
    // Nothing more is known until the voice is done: no timer wakes.
    CHECK_FALSE(f.sound.isTimerActive());
    f.clock.advance(5300ms);
    f.sound.catchUp();
    CHECK(f.output.heard.isEmpty());
    CHECK(f.breathsBegun == 0);

    f.voice.finish();
    CHECK(f.breathsBegun == 1);
    CHECK(f.output.heard == QList {tone(5300ms, BreathPhase::Inhale)});
    CHECK(f.sound.wakeAt() == 5300ms + 4s);

    runUntil(f.sound, f.clock, 60s);
    CHECK(f.output.heard
        == QList {tone(5300ms, BreathPhase::Inhale), tone(9300ms, BreathPhase::HoldIn),
            tone(13300ms, BreathPhase::Exhale), tone(17300ms, BreathPhase::HoldOut)});
    CHECK(f.voice.said.constLast() == said(21300ms, SoundWording::rateCue()));
}

TEST_CASE("Practice sound paused during the opening stops the voice and says it again on resume",
    "[sound][voice]")
{
    VoicedFixture f;
    const QString opening = SoundWording::cue(currentCue(1).cue);
    f.sound.play(spoken(1));
    f.clock.advance(2s);
    f.sound.pause();
    CHECK(f.voice.stops == 1);
    CHECK_FALSE(f.voice.isSpeaking());
    f.clock.advance(30s);
    f.sound.catchUp();
    CHECK(f.voice.said.size() == 1);

    f.sound.resume();
    CHECK(f.voice.said == QList {said(0s, opening), said(2s, opening)});
    f.clock.advance(5s);
    f.voice.finish();
    CHECK(f.breathsBegun == 1);
    CHECK(f.output.heard == QList {tone(7s, BreathPhase::Inhale)});
}

TEST_CASE(
    "Practice sound paused after the opening goes on without saying it again", "[sound][voice]")
{
    VoicedFixture f;
    f.sound.play(spoken(1));
    f.clock.advance(3s);
    f.voice.finish();
    f.sound.pause();
    f.clock.advance(10s);
    f.sound.resume();
    CHECK(f.voice.said.size() == 1);
    CHECK(f.sound.wakeAt() == 7s);
}

TEST_CASE("Practice sound says each phase with its tone when asked to", "[sound][voice]")
{
    VoicedFixture f;
    f.sound.setSpeaksPhases(true);
    f.sound.play(spoken(1));
    f.voice.finish(); // at once
    runUntil(f.sound, f.clock, 15s);
    CHECK(f.voice.words()
        == QStringList {
            SoundWording::cue(currentCue(1).cue), u"in"_s, u"hold"_s, u"out"_s, u"hold"_s});
    CHECK(f.voice.said.at(3).at == 8s);
}

TEST_CASE("Practice sound without a voice plays the tones and counts the opening as said",
    "[sound][voice]")
{
    Fixture f;
    int breathsBegun = 0;
    QObject::connect(&f.sound, &PracticeSound::breathsBegin, &f.sound, [&] { ++breathsBegun; });
    f.sound.play(spoken(1));
    CHECK(breathsBegun == 1);
    CHECK(f.output.heard == QList {tone(0s, BreathPhase::Inhale)});
    CHECK(f.sound.wakeAt() == 4s);
}

TEST_CASE("Practice sound stops the voice when stopped or gone", "[sound][voice]")
{
    ManualClock clock;
    RecordingSoundOutput output;
    RecordingVoiceOutput voice;
    {
        PracticeSound sound(clock, output, &voice);
        sound.play(spoken(1));
        REQUIRE(voice.isSpeaking());
        sound.stop();
        CHECK_FALSE(voice.isSpeaking());
        sound.play(spoken(1));
        REQUIRE(voice.isSpeaking());
    }
    CHECK_FALSE(voice.isSpeaking());
    // A voice that says nothing more calls back nothing more.
    voice.finish();
}
