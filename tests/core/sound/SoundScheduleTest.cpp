#include "sound/SoundSchedule.h"

#include "TestSupport.h"
#include "practice/CheckInFixture.h"
#include "practice/CheckInFlow.h"
#include "practice/ManualClock.h"
#include "practice/PracticeStopwatch.h"
#include "practice/TestBreathPatterns.h"
#include "sound/SoundWording.h"

#include <QRandomGenerator>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace toward;
using test::ManualClock;
using namespace std::chrono_literals;

namespace Catch {
template<>
struct StringMaker<SoundEvent> {
    static std::string convert(const SoundEvent &event)
    {
        const char *kinds[] = {"opening", "tone", "prompt", "practice end"};
        std::string text = std::to_string(event.at.count()) + " ms " + kinds[int(event.kind)];
        if (event.kind == SoundEventKind::Tone) {
            text += " phase " + std::to_string(int(event.phase)) + " of breath "
                + std::to_string(event.breath);
        }
        return text;
    }
};
} // namespace Catch

namespace {

using test::Box;
using test::FourSevenEight;
using test::Resonance;

// Cue `index` (0-based) of `count`, with `breaths` breaths.
CurrentCue currentCue(int breaths, int index = 0, int count = 3)
{
    CurrentCue current;
    current.cue.id = QStringLiteral("sitting-bones-back");
    current.cue.title = QStringLiteral("Sitting bones back");
    current.cue.text = QStringLiteral("Let the sitting bones slide back until the low back curves "
                                      "in again.");
    current.breaths = breaths;
    current.index = index;
    current.count = count;
    return current;
}

SoundEvent spoken(milliseconds at, SoundEventKind kind, const QString &words)
{
    return {.at = at, .kind = kind, .words = words};
}

// Every tone of `breaths` breaths beginning at `start`, worked out independently of the schedule.
QList<SoundEvent> tones(const BreathPattern &p, int breaths, milliseconds start)
{
    QList<SoundEvent> events;
    milliseconds at = start;
    for (int breath = 1; breath <= breaths; ++breath) {
        for (const auto &[phase, length] : test::phasesOf(p)) {
            if (length == 0ms)
                continue;
            events.append({.at = at,
                .kind = SoundEventKind::Tone,
                .phase = phase,
                .breath = breath,
                .words = {}});
            at += length;
        }
    }
    return events;
}

// A cue of `breaths` breaths that is rated afterwards, not the last one, whose words took
// `opening` to say.
QList<SoundEvent> expectedCue(const BreathPattern &p, int breaths, milliseconds opening)
{
    return QList<SoundEvent> {
               spoken(0ms, SoundEventKind::Opening, SoundWording::cue(currentCue(breaths).cue))}
    + tones(p, breaths, opening)
        + QList<SoundEvent> {
            spoken(opening + p.cycle() * breaths, SoundEventKind::Prompt, SoundWording::rateCue())};
}

QList<SoundEvent> everyEvent(const SoundSchedule &schedule)
{
    return schedule.eventsBetween(SoundSchedule::BeforeStart, 1h);
}

// Plays a schedule the way the app will: a stopwatch for practice time, one wake-up per event
// that comes `late`, and the voice reporting when it has said the opening.
class RecordingPlayer {
public:
    RecordingPlayer(SoundSchedule schedule, const ManualClock &clock)
        : m_schedule(std::move(schedule))
        , m_stopwatch(clock)
    {
        m_stopwatch.start();
    }

    // Whatever is due now; the opening is taken to be `openingLength` long.
    void wake(milliseconds openingLength)
    {
        const milliseconds now = m_stopwatch.elapsed();
        if (!m_schedule.breathsStart() && now >= openingLength)
            m_schedule.setOpeningLength(openingLength);
        for (const SoundEvent &event : m_schedule.eventsBetween(m_heardUntil, now))
            m_heard.append({event, now});
        m_heardUntil = now;
    }

    // When the next wake-up is due, from now; none when the schedule has nothing more.
    std::optional<milliseconds> untilNextEvent(milliseconds openingLength) const
    {
        std::optional<milliseconds> next = m_schedule.nextEventAfter(m_heardUntil);
        if (!m_schedule.breathsStart())
            next = openingLength; // the voice says when it is done
        if (!next)
            return std::nullopt;
        return *next - m_stopwatch.elapsed();
    }

    QList<SoundEvent> heard() const
    {
        QList<SoundEvent> events;
        for (const auto &[event, at] : m_heard)
            events.append(event);
        return events;
    }
    // How late each event was heard.
    QList<milliseconds> lateness() const
    {
        QList<milliseconds> late;
        for (const auto &[event, at] : m_heard)
            late.append(at - event.at);
        return late;
    }

    PracticeStopwatch &stopwatch() { return m_stopwatch; }

private:
    SoundSchedule m_schedule;
    PracticeStopwatch m_stopwatch;
    milliseconds m_heardUntil = SoundSchedule::BeforeStart;
    QList<std::pair<SoundEvent, milliseconds>> m_heard;
};

} // namespace

TEST_CASE("A cue's words come first, then a tone at each phase change, then the prompt", "[sound]")
{
    const BreathPattern &tested = GENERATE(Resonance, Box, FourSevenEight);
    SoundSchedule schedule =
        SoundSchedule::forCue(currentCue(3), tested, AfterCue::Rate, Speech::On);

    // Until the voice is done, only the words are known.
    CHECK(everyEvent(schedule)
        == QList<SoundEvent> {spoken(0ms, SoundEventKind::Opening,
            u"Sitting bones back. Let the sitting bones slide back until the low back curves in "
            "again."_s)});
    CHECK(schedule.nextEventAfter(SoundSchedule::BeforeStart) == 0ms);
    CHECK_FALSE(schedule.nextEventAfter(0ms).has_value());
    CHECK_FALSE(schedule.breathsStart().has_value());

    schedule.setOpeningLength(4300ms);
    CHECK(schedule.breathsStart() == 4300ms);
    CHECK(everyEvent(schedule) == expectedCue(tested, 3, 4300ms));
}

TEST_CASE("The length of the opening moves the breaths, once", "[sound]")
{
    SoundSchedule quick = SoundSchedule::forCue(currentCue(2), Box, AfterCue::Rate, Speech::On);
    quick.setOpeningLength(2500ms);
    SoundSchedule slow = SoundSchedule::forCue(currentCue(2), Box, AfterCue::Rate, Speech::On);
    slow.setOpeningLength(9750ms);
    CHECK(everyEvent(quick) == expectedCue(Box, 2, 2500ms));
    CHECK(everyEvent(slow) == expectedCue(Box, 2, 9750ms));

    // The breaths may have begun: a second report cannot move them.
    slow.setOpeningLength(1s);
    CHECK(slow.breathsStart() == 9750ms);
}

TEST_CASE("Without a voice nothing is said and the breaths begin after the lead-in", "[sound]")
{
    const BreathPattern &tested = GENERATE(Resonance, Box);
    const int index = GENERATE(0, 2); // the last cue too: its end is not spoken either
    const SoundSchedule schedule =
        SoundSchedule::forCue(currentCue(4, index), tested, AfterCue::Rate, Speech::Off);
    CHECK(schedule.breathsStart() == SoundSchedule::LeadIn);
    CHECK(SoundSchedule::LeadIn == 2s);
    CHECK(everyEvent(schedule) == tones(tested, 4, 2s));
    CHECK(schedule.nextEventAfter(SoundSchedule::BeforeStart) == 2s);
    CHECK_FALSE(schedule.nextEventAfter(2s + tested.cycle() * 4).has_value());
}

TEST_CASE("The end of a cue says what comes next; the last cue ends the practice", "[sound]")
{
    const auto closing = [](int index, AfterCue after) {
        SoundSchedule schedule =
            SoundSchedule::forCue(currentCue(1, index, 3), Resonance, after, Speech::On);
        schedule.setOpeningLength(3s);
        const QList<SoundEvent> events = schedule.eventsBetween(3s, 1h);
        QList<SoundEvent> spokenAtEnd;
        for (const SoundEvent &event : events) {
            if (event.kind != SoundEventKind::Tone) {
                CHECK(event.at == 14s);
                spokenAtEnd.append(event);
            }
        }
        return spokenAtEnd;
    };
    CHECK(closing(0, AfterCue::Rate)
        == QList<SoundEvent> {spoken(14s, SoundEventKind::Prompt, SoundWording::rateCue())});
    CHECK(closing(1, AfterCue::MoveOn)
        == QList<SoundEvent> {spoken(14s, SoundEventKind::Prompt, SoundWording::nextCue())});
    CHECK(closing(2, AfterCue::Rate)
        == QList<SoundEvent> {spoken(14s, SoundEventKind::Prompt, SoundWording::rateCue()),
            spoken(14s, SoundEventKind::PracticeEnd, SoundWording::practiceEnd())});
    CHECK(closing(2, AfterCue::MoveOn)
        == QList<SoundEvent> {
            spoken(14s, SoundEventKind::PracticeEnd, SoundWording::practiceEnd())});
}

TEST_CASE("The intro says \"Exhale fully. Inhale deeply.\" and nothing more", "[sound]")
{
    SoundSchedule intro = SoundSchedule::forIntro(Speech::On);
    intro.setOpeningLength(2s);
    CHECK(everyEvent(intro)
        == QList<SoundEvent> {
            spoken(0ms, SoundEventKind::Opening, u"Exhale fully. Inhale deeply."_s)});
    CHECK_FALSE(intro.nextEventAfter(0ms).has_value());
    CHECK(everyEvent(SoundSchedule::forIntro(Speech::Off)).isEmpty());
}

TEST_CASE("A sample is the intro's words and one breath, to try the sound with", "[sound]")
{
    SoundSchedule sample = SoundSchedule::forSample(Box, Speech::On);
    sample.setOpeningLength(2500ms);
    QList<SoundEvent> tones = everyEvent(sample);
    REQUIRE(tones.size() == 5);
    CHECK(tones.takeFirst()
        == spoken(0ms, SoundEventKind::Opening, u"Exhale fully. Inhale deeply."_s));
    QList<milliseconds> times;
    for (const SoundEvent &tone : tones) {
        CHECK(tone.kind == SoundEventKind::Tone);
        CHECK(tone.breath == 1);
        times.append(tone.at);
    }
    CHECK(times == QList<milliseconds> {2500ms, 6500ms, 10500ms, 14500ms});
    CHECK(everyEvent(SoundSchedule::forSample(Box, Speech::Off)).constFirst().at
        == SoundSchedule::LeadIn);
}

TEST_CASE("The next event is the first one listed after the time asked about", "[sound]")
{
    const BreathPattern &tested = GENERATE(Resonance, Box, FourSevenEight);
    const AfterCue after = GENERATE(AfterCue::Rate, AfterCue::MoveOn);
    const Speech speech = GENERATE(Speech::On, Speech::Off);
    SoundSchedule schedule = SoundSchedule::forCue(currentCue(3, 2), tested, after, speech);
    schedule.setOpeningLength(3210ms);
    const QList<SoundEvent> events = everyEvent(schedule);
    REQUIRE_FALSE(events.isEmpty());
    for (milliseconds time = SoundSchedule::BeforeStart; time <= events.constLast().at + 1s;
         time += 1ms) {
        const auto later = std::find_if(events.cbegin(), events.cend(),
            [time](const SoundEvent &event) { return event.at > time; });
        const std::optional<milliseconds> expected =
            later == events.cend() ? std::nullopt : std::optional(later->at);
        REQUIRE(schedule.nextEventAfter(time) == expected);
    }
}

TEST_CASE("A player woken at each event hears it at its time, and after a stall all of them "
          "once",
    "[sound]")
{
    const BreathPattern &tested = GENERATE(Resonance, Box, FourSevenEight);
    ManualClock clock;
    RecordingPlayer player(
        SoundSchedule::forCue(currentCue(4), tested, AfterCue::Rate, Speech::On), clock);
    constexpr milliseconds OpeningLength = 6180ms;

    SECTION("on time")
    {
        player.wake(OpeningLength);
        while (const std::optional<milliseconds> until = player.untilNextEvent(OpeningLength)) {
            clock.advance(*until);
            player.wake(OpeningLength);
        }
        CHECK(player.heard() == expectedCue(tested, 4, OpeningLength));
        CHECK(player.lateness() == QList<milliseconds>(player.heard().size(), 0ms));
    }

    SECTION("through a 3-second stall and wake-ups up to 40 ms late")
    {
        QRandomGenerator random(20261129);
        int wakeUps = 0;
        player.wake(OpeningLength);
        while (const std::optional<milliseconds> until = player.untilNextEvent(OpeningLength)) {
            // The event loop freezes once, in the middle of the second breath.
            const bool stall = ++wakeUps == 6;
            clock.advance(*until + (stall ? 3s : milliseconds(random.bounded(40))));
            player.wake(OpeningLength);
        }
        CHECK(player.heard() == expectedCue(tested, 4, OpeningLength));
        const QList<milliseconds> late = player.lateness();
        CHECK(*std::max_element(late.cbegin(), late.cend()) >= 3s);
    }
}

TEST_CASE("A pause silences the schedule; resuming goes on where it stopped", "[sound]")
{
    ManualClock clock;
    RecordingPlayer player(
        SoundSchedule::forCue(currentCue(2), Resonance, AfterCue::Rate, Speech::On), clock);
    player.wake(3s);
    clock.advance(3s);
    player.wake(3s); // the opening is said: breaths from 3 s
    clock.advance(4s);
    player.wake(3s);
    REQUIRE(player.heard().size() == 2); // the opening and the first inhale

    player.stopwatch().pause();
    for (int i = 0; i < 60; ++i) {
        clock.advance(10s);
        player.wake(3s);
    }
    CHECK(player.heard().size() == 2);

    player.stopwatch().resume();
    clock.advance(1499ms);
    player.wake(3s);
    CHECK(player.heard().size() == 2);
    clock.advance(1ms);
    player.wake(3s);
    REQUIRE(player.heard().size() == 3);
    CHECK(player.heard().constLast().at == 8500ms); // the exhale, 5.5 s into the breaths
    CHECK(player.lateness().constLast() == 0ms);
    clock.advance(1min);
    player.wake(3s);
    CHECK(player.heard() == expectedCue(Resonance, 2, 3s));
}

TEST_CASE("Skipping or going back plans the new cue from its start", "[sound]")
{
    const test::ManualWallClock wallClock(test::morning());
    CheckInFlow flow = test::deskResetAt(CheckInStage::BreathIntro, wallClock);
    REQUIRE(flow.startPractice().error() == test::Accepted);
    const BreathPattern pattern = *flow.breathPattern();
    const auto plan = [&] {
        SoundSchedule schedule =
            SoundSchedule::forCue(*flow.currentCue(), pattern, AfterCue::Rate, Speech::On);
        schedule.setOpeningLength(5s);
        return everyEvent(schedule);
    };
    const QList<SoundEvent> first = plan();
    CHECK(first.constFirst().words == SoundWording::cue(flow.currentCue()->cue));

    REQUIRE(flow.skipCue().error() == test::Accepted);
    const QList<SoundEvent> second = plan();
    CHECK(second.constFirst().words == SoundWording::cue(flow.currentCue()->cue));
    CHECK(second.constFirst().words != first.constFirst().words);
    CHECK(second.constFirst().at == 0ms);
    CHECK(tones(pattern, flow.currentCue()->breaths, 5s) == second.mid(1, second.size() - 2));

    REQUIRE(flow.previousCue().error() == test::Accepted);
    CHECK(plan() == first);
}
