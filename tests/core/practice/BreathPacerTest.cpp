#include "practice/BreathPacer.h"

#include "TestSupport.h"
#include "practice/ManualClock.h"
#include "practice/TestBreathPatterns.h"

#include <QRandomGenerator>

using namespace toward;
using test::ManualClock;
using namespace std::chrono_literals;

namespace {

using test::Box;
using test::FourSevenEight;
using test::Resonance;

// Every phase change a pattern puts in [0, until), worked out independently of the pacer.
QList<PhaseChange> expectedChanges(const BreathPattern &p, milliseconds until)
{
    QList<PhaseChange> changes;
    for (int breath = 1;; ++breath) {
        milliseconds at = p.cycle() * (breath - 1);
        for (const auto &[phase, length] : test::phasesOf(p)) {
            if (length == 0ms)
                continue;
            if (at >= until)
                return changes;
            changes.append({at, phase, breath});
            at += length;
        }
    }
}

} // namespace

TEST_CASE("The pacer's phase, progress and breath follow the pattern", "[pacer]")
{
    ManualClock clock;
    BreathPacer pacer(Resonance, clock);
    CHECK(pacer.stateAt(0ms) == PacerState {BreathPhase::Inhale, 0.0, 1, 5500ms, false});
    CHECK(pacer.stateAt(2750ms) == PacerState {BreathPhase::Inhale, 0.5, 1, 2750ms, false});
    CHECK(pacer.stateAt(5499ms).phase == BreathPhase::Inhale);
    CHECK(pacer.stateAt(5500ms) == PacerState {BreathPhase::Exhale, 0.0, 1, 5500ms, false});
    CHECK(pacer.stateAt(11000ms) == PacerState {BreathPhase::Inhale, 0.0, 2, 5500ms, false});

    BreathPacer box(Box, clock);
    CHECK(box.stateAt(4s).phase == BreathPhase::HoldIn);
    CHECK(box.stateAt(8s).phase == BreathPhase::Exhale);
    CHECK(box.stateAt(12s).phase == BreathPhase::HoldOut);
    CHECK(box.stateAt(15999ms).phaseLeft == 1ms);
    CHECK(box.stateAt(16s).breath == 2);

    // No hold after the exhale: the next inhale follows it directly.
    BreathPacer withoutHoldOut(FourSevenEight, clock);
    CHECK(withoutHoldOut.stateAt(18999ms).phase == BreathPhase::Exhale);
    CHECK(withoutHoldOut.stateAt(19s) == PacerState {BreathPhase::Inhale, 0.0, 2, 4s, false});
}

TEST_CASE("The pacer finishes after its breaths", "[pacer]")
{
    ManualClock clock;
    BreathPacer pacer(Box, clock, 3);
    CHECK(pacer.totalLength() == 48s);
    CHECK_FALSE(pacer.stateAt(47999ms).finished);
    CHECK(pacer.stateAt(48s).finished);
    CHECK(pacer.stateAt(48s).breath == 3);
    CHECK(pacer.changesBetween(47s, 60s).isEmpty());

    pacer.start();
    clock.advance(50s);
    CHECK(pacer.state().finished);
    CHECK_FALSE(pacer.untilNextChange().has_value());
}

TEST_CASE("Ten minutes of irregular ticks and stalls find every phase change exactly", "[pacer]")
{
    const BreathPattern &tested = GENERATE(Resonance, Box, FourSevenEight);
    ManualClock clock;
    BreathPacer pacer(tested, clock);
    pacer.start();

    QRandomGenerator random(424242);
    QList<PhaseChange> seen;
    milliseconds last {-1};
    while (pacer.elapsed() < 10min) {
        // Mostly a frame or two late, sometimes a long stall of the event loop.
        const auto step = random.bounded(50) == 0
            ? std::chrono::microseconds(random.bounded(500'000, 6'000'000))
            : std::chrono::microseconds(random.bounded(1'000, 40'000));
        clock.advance(step);
        const milliseconds now = pacer.elapsed();
        const milliseconds until = std::min(now, milliseconds(10min) - 1ms);
        seen.append(pacer.changesBetween(last, until));
        last = until;

        // The state at any tick is what the schedule says, however late the tick.
        const QList<PhaseChange> upToNow = expectedChanges(tested, now + 1ms);
        REQUIRE(pacer.state().phase == upToNow.constLast().phase);
        REQUIRE(pacer.state().breath == upToNow.constLast().breath);
    }
    CHECK(seen == expectedChanges(tested, 10min));
}

TEST_CASE("Pausing stops practice time; resuming goes on where it stopped", "[pacer]")
{
    ManualClock clock;
    BreathPacer pacer(Resonance, clock);
    CHECK(pacer.elapsed() == 0ms);
    CHECK_FALSE(pacer.untilNextChange().has_value());

    pacer.start();
    clock.advance(3s);
    CHECK(pacer.untilNextChange() == 2500ms);
    pacer.pause();
    CHECK(pacer.isPaused());
    clock.advance(10min);
    CHECK(pacer.elapsed() == 3s);
    CHECK_FALSE(pacer.untilNextChange().has_value()); // nothing to wake up for while paused

    pacer.resume();
    clock.advance(2500ms);
    CHECK(pacer.elapsed() == 5500ms);
    CHECK(pacer.state().phase == BreathPhase::Exhale);

    pacer.pause();
    clock.advance(1s);
    pacer.resume();
    pacer.resume(); // a second resume changes nothing
    clock.advance(5500ms);
    CHECK(pacer.state() == PacerState {BreathPhase::Inhale, 0.0, 2, 5500ms, false});
}
