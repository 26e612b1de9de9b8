#include "practice/PacerWidget.h"

#include "TestSupport.h"
#include "practice/BreathEasing.h"
#include "practice/ManualClock.h"
#include "style/AppStyle.h"

#include <QImage>
#include <QTest>

#include <utility>

using namespace toward;
using test::ManualClock;
using namespace std::chrono_literals;

namespace {

// 4 s in, 2 s held, 4 s out: a 10 s breath.
BreathPattern heldPattern()
{
    BreathPattern pattern;
    pattern.id = QStringLiteral("held");
    pattern.name = QStringLiteral("Held");
    pattern.inhale = 4s;
    pattern.holdIn = 2s;
    pattern.exhale = 4s;
    return pattern;
}

using Announcement = std::pair<BreathPhase, int>;

} // namespace

TEST_CASE("The pacer widget shows the phase, the seconds left and the breath", "[pacer-widget]")
{
    ManualClock clock;
    BreathPacer pacer(heldPattern(), clock, 3);
    PacerWidget widget;
    widget.setPacer(&pacer);
    widget.start();

    CHECK(widget.phaseText() == QStringLiteral("Inhale"));
    CHECK(widget.countdownText() == QStringLiteral("4"));
    CHECK(widget.breathText() == QStringLiteral("Breath 1 of 3"));
    CHECK(widget.accessibleName() == QStringLiteral("Inhale, breath 1"));

    clock.advance(1500ms);
    CHECK(widget.countdownText() == QStringLiteral("3")); // 2.5 s left rounds up

    clock.advance(2700ms);
    widget.tick();
    CHECK(widget.phaseText() == QStringLiteral("Hold"));
    CHECK(widget.countdownText() == QStringLiteral("2"));
    CHECK(widget.accessibleName() == QStringLiteral("Hold, breath 1"));

    clock.advance(7s);
    widget.tick();
    CHECK(widget.phaseText() == QStringLiteral("Inhale"));
    CHECK(widget.breathText() == QStringLiteral("Breath 2 of 3"));

    BreathPacer endless(heldPattern(), clock);
    widget.setPacer(&endless);
    endless.start();
    CHECK(widget.breathText() == QStringLiteral("Breath 1"));
}

TEST_CASE("The pacer widget announces every phase change, even after a stall", "[pacer-widget]")
{
    ManualClock clock;
    BreathPacer pacer(heldPattern(), clock, 3);
    PacerWidget widget;
    widget.setPacer(&pacer);
    QList<Announcement> announced;
    int finishedCount = 0;
    QObject::connect(
        &widget, &PacerWidget::phaseChanged, &widget, [&](BreathPhase phase, int breath) {
            announced.append({phase, breath});
        });
    QObject::connect(&widget, &PacerWidget::finished, &widget, [&] { ++finishedCount; });

    widget.start();
    clock.advance(10500ms); // one stall across three changes
    widget.tick();
    CHECK(announced
        == QList<Announcement> {{BreathPhase::Inhale, 1}, {BreathPhase::HoldIn, 1},
            {BreathPhase::Exhale, 1}, {BreathPhase::Inhale, 2}});

    clock.advance(60s);
    widget.tick();
    widget.tick();
    CHECK(announced.size() == 9);
    CHECK(announced.constLast() == Announcement {BreathPhase::Exhale, 3});
    CHECK(finishedCount == 1);
    CHECK(widget.phaseText() == QStringLiteral("Done"));
}

TEST_CASE("The pacer widget wakes only while it runs and can be seen", "[pacer-widget]")
{
    ManualClock clock;
    BreathPacer pacer(heldPattern(), clock, 1);
    PacerWidget widget;
    widget.setPacer(&pacer);
    widget.show();
    REQUIRE(QTest::qWaitForWindowExposed(&widget));
    CHECK_FALSE(widget.isTimerActive()); // not started

    widget.start();
    CHECK(widget.isTimerActive());
    CHECK(widget.timerInterval() == 16ms);

    widget.pause();
    CHECK_FALSE(widget.isTimerActive());
    clock.advance(5s);
    widget.tick();
    CHECK_FALSE(widget.isTimerActive());
    CHECK(widget.countdownText() == QStringLiteral("4"));

    widget.resume();
    CHECK(widget.isTimerActive());

    widget.hide();
    CHECK_FALSE(widget.isTimerActive());
    widget.tick();
    CHECK_FALSE(widget.isTimerActive());
    widget.show();
    CHECK(widget.isTimerActive());

    clock.advance(11s);
    widget.tick();
    CHECK_FALSE(widget.isTimerActive()); // finished
}

TEST_CASE("Without motion the pacer widget wakes only when the countdown changes", "[pacer-widget]")
{
    ManualClock clock;
    BreathPacer pacer(heldPattern(), clock, 2);
    PacerWidget widget;
    widget.setPacer(&pacer);
    widget.setReducedMotion(true);
    widget.show();
    REQUIRE(QTest::qWaitForWindowExposed(&widget));

    widget.start();
    CHECK(widget.timerInterval() == 1000ms);

    clock.advance(1500ms);
    widget.tick();
    CHECK(widget.timerInterval() == 500ms); // 2.5 s left: the next whole second

    clock.advance(2400ms);
    widget.tick();
    CHECK(widget.timerInterval() == 100ms); // the phase ends first

    widget.setReducedMotion(false);
    CHECK(widget.timerInterval() == 16ms);

    clock.advance(200ms); // into the hold: the circle stands still
    widget.tick();
    CHECK(widget.timerInterval() == 900ms);
}

namespace {

QColor windowOf(const QWidget &widget)
{
    return widget.palette().color(QPalette::Window);
}

// From the right edge along the middle row, where the circle first tints the window.
qreal drawnRadius(QWidget &widget)
{
    const QImage image = widget.grab().toImage();
    const int row = image.height() / 2;
    for (int x = image.width() - 1; x >= 0; --x) {
        if (image.pixelColor(x, row).rgb() != windowOf(widget).rgb())
            return x + 1 - image.width() / 2.0;
    }
    return 0;
}

int brightPixels(const QImage &image)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixelColor(x, y).lightness() > 240)
                ++count;
        }
    }
    return count;
}

} // namespace

TEST_CASE("The pacer's circle eases with the breath and glows while it is held", "[pacer-widget]")
{
    ManualClock clock;
    BreathPacer pacer(heldPattern(), clock, 2);
    PacerWidget widget;
    widget.setPalette(AppStyle::paletteFor({true, false}, widget.palette()));
    widget.resize(200, 200);
    widget.setPacer(&pacer);
    widget.start();

    const qreal smallest = 100 * 0.35;
    const qreal largest = 100 * 0.82;
    const auto expected = [&](double openness) {
        return smallest + (largest - smallest) * openness;
    };
    CHECK(drawnRadius(widget) == Approx(expected(0)).margin(2));
    clock.advance(1s); // a quarter of the inhale: eased, well short of a quarter of the way
    CHECK(drawnRadius(widget)
        == Approx(expected(breathOpenness(BreathPhase::Inhale, 0.25))).margin(2));
    CHECK(drawnRadius(widget) < expected(0.25) - 3);

    const QImage inhaling = widget.grab().toImage();
    CHECK(brightPixels(inhaling) == 0); // a dark palette gets no bright fill
    const QColor rim = inhaling.pixelColor(100 + int(expected(0.15)) - 4, 100);
    const QColor accent = widget.palette().color(QPalette::Highlight);
    CHECK(std::abs(rim.hslHue() - accent.hslHue()) < 15);

    clock.advance(3500ms); // into the hold
    const int justOutside = 100 + int(largest * 1.04);
    CHECK(widget.grab().toImage().pixelColor(justOutside, 100).rgb() != windowOf(widget).rgb());
    clock.advance(2s); // exhaling: no glow
    CHECK(drawnRadius(widget) < largest);

    widget.setReducedMotion(true);
    const qreal still = drawnRadius(widget);
    clock.advance(1s);
    CHECK(drawnRadius(widget) == Approx(still));
}
