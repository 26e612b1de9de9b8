#include "practice/BreathEasing.h"

#include "TestSupport.h"

using namespace toward;

TEST_CASE("A breath eases in and out over each phase", "[pacer-widget][breath-easing]")
{
    CHECK(breathOpenness(BreathPhase::Inhale, 0) == Approx(0).margin(1e-12));
    CHECK(breathOpenness(BreathPhase::Inhale, 1) == Approx(1));
    CHECK(breathOpenness(BreathPhase::Inhale, 0.5) == Approx(0.5));
    CHECK(breathOpenness(BreathPhase::Exhale, 0) == Approx(1));
    CHECK(breathOpenness(BreathPhase::Exhale, 1) == Approx(0).margin(1e-12));
    CHECK(breathOpenness(BreathPhase::HoldIn, 0.3) == 1);
    CHECK(breathOpenness(BreathPhase::HoldOut, 0.3) == 0);

    double previous = 0;
    for (int step = 1; step <= 100; ++step) {
        const double progress = step / 100.0;
        const double open = breathOpenness(BreathPhase::Inhale, progress);
        INFO(progress);
        CHECK(open > previous);
        // Symmetric: as far from full late in the inhale as from empty early in it.
        CHECK(open == Approx(1 - breathOpenness(BreathPhase::Inhale, 1 - progress)).margin(1e-12));
        CHECK(breathOpenness(BreathPhase::Exhale, progress) == Approx(1 - open).margin(1e-12));
        previous = open;
    }
    // Slow at the ends, quick in the middle: not linear.
    CHECK(breathOpenness(BreathPhase::Inhale, 0.1) < 0.05);
    CHECK(
        breathOpenness(BreathPhase::Inhale, 0.6) - breathOpenness(BreathPhase::Inhale, 0.4) > 0.3);
}
