#include "ForestPlotPainter.h"

#include "TestSupport.h"

#include <QImage>
#include <QPainter>

using namespace Qt::StringLiterals;
using namespace toward;

namespace {

HelpEstimate estimate(int uses, std::optional<EffectInterval> effect)
{
    HelpEstimate made;
    made.title = u"Soft jaw"_s;
    made.evidence = {uses, uses, effect};
    made.verdict = made.evidence.verdict();
    return made;
}

} // namespace

TEST_CASE("The forest plot's axis is symmetrical, whole points, at least 2, fitted to the verdicts",
    "[report][whathelps]")
{
    const QImage device(10, 10, QImage::Format_RGB32);
    const auto reachOf = [&](const WhatHelps &helps) {
        return ForestPlotPainter(helps, &device, QFont(), 1, ForestPlotColours::forPrint()).reach();
    };
    WhatHelps helps;
    CHECK(reachOf(helps) == 2);
    helps.cues = {estimate(10, EffectInterval {-0.5, -1.0, 0.1})};
    CHECK(reachOf(helps) == 2);
    helps.practices = {estimate(20, EffectInterval {1.9, 1.2, 2.6})};
    CHECK(reachOf(helps) == 3);
    helps.cues.append(estimate(20, EffectInterval {-3.2, -4.1, -2.9}));
    CHECK(reachOf(helps) == 5);
    // Too few uses to judge: its interval may run off the edge rather than squeeze the others.
    helps.cues.append(estimate(2, EffectInterval {-4.0, -9.0, 1.0}));
    CHECK(reachOf(helps) == 5);
}

TEST_CASE("The forest plot grows a row at a time and draws what it is given", "[report][whathelps]")
{
    QImage image(600, 400, QImage::Format_RGB32);
    image.fill(Qt::white);
    WhatHelps helps;
    helps.cues = {estimate(10, EffectInterval {-1.5, -2.0, -1.0})};
    const ForestPlotPainter plot(helps, &image, QFont(), 1, ForestPlotColours::forPrint());
    CHECK(plot.groupHeight(2) - plot.groupHeight(1) == Approx(plot.rowHeight()));
    CHECK(plot.groupHeight(0) == plot.groupHeight(1)); // "None in these check-ins."
    CHECK(plot.height() == Approx(plot.groupHeight(0) + plot.groupHeight(1)));
    CHECK(plot.minimumWidth() < image.width());

    QPainter painter(&image);
    plot.paint(painter, QRectF(image.rect()));
    painter.end();
    // The interval of a cue that helps, in its colour, left of "your usual".
    const QColor helpsColour = ForestPlotColours::forPrint().helps;
    int helpsPixels = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width() / 2; ++x)
            helpsPixels += image.pixelColor(x, y) == helpsColour ? 1 : 0;
    }
    CHECK(helpsPixels > 50);
}
