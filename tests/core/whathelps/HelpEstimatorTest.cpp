#include "whathelps/HelpEstimator.h"

#include "whathelps/SimulatedJournal.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <random>

using namespace Qt::StringLiterals;
using namespace toward;

namespace {

constexpr qint64 HourMs = 3600 * 1000LL;
constexpr int FirstDay = 740000;

// Check-ins `perDay` a day, each with pain `before` and `after` as `pain(i)` gives them.
struct Journal {
    HelpObservations observations;
    int count = 0;

    void add(int day, int before, std::optional<int> after, const QStringList &cues,
        const QString &practice = {}, const QString &context = u"mat"_s)
    {
        observations.add((FirstDay + day) * 24 * HourMs + count++ * HourMs, FirstDay + day, before,
            after, context, practice, cues);
    }
};

const HelpEstimate &find(const QList<HelpEstimate> &estimates, const QString &id)
{
    const auto found = std::find_if(estimates.begin(), estimates.end(),
        [&](const HelpEstimate &estimate) { return estimate.id == id; });
    REQUIRE(found != estimates.end());
    return *found;
}

// Nothing in a result may be NaN or infinite: every number shown must be a number.
void requireFinite(const WhatHelps &helps)
{
    for (const auto &estimates : {helps.cues, helps.practices}) {
        for (const HelpEstimate &estimate : estimates) {
            if (const auto &effect = estimate.evidence.effect) {
                CHECK(std::isfinite(effect->estimate));
                CHECK(std::isfinite(effect->low));
                CHECK(std::isfinite(effect->high));
            }
        }
    }
    if (helps.sigma)
        CHECK(std::isfinite(*helps.sigma));
    if (helps.tau)
        CHECK(std::isfinite(*helps.tau));
}

void requireAllNotEnoughData(const WhatHelps &helps)
{
    requireFinite(helps);
    for (const auto &estimates : {helps.cues, helps.practices}) {
        for (const HelpEstimate &estimate : estimates) {
            INFO(estimate.id.toStdString());
            CHECK(estimate.verdict == HelpVerdict::NotEnoughData);
        }
    }
}

} // namespace

TEST_CASE("An empty journal has no estimates and says nothing", "[whathelps]")
{
    const WhatHelps helps = estimateWhatHelps(HelpObservations());
    CHECK(helps.checkIns == 0);
    CHECK(helps.rated == 0);
    CHECK(helps.cues.isEmpty());
    CHECK(helps.practices.isEmpty());
    CHECK_FALSE(helps.sigma);
    CHECK_FALSE(helps.meaningfulShare());
}

TEST_CASE("Journals that cannot tell anything apart say not enough data", "[whathelps]")
{
    Journal journal;
    SECTION("One check-in")
    {
        journal.add(0, 6, 3, {u"a"_s, u"b"_s}, u"p"_s);
        const WhatHelps helps = estimateWhatHelps(journal.observations);
        CHECK(helps.checkIns == 1);
        CHECK(helps.rated == 1);
        CHECK_FALSE(helps.sigma);
        requireAllNotEnoughData(helps);
        CHECK(helps.cues.size() == 2);
    }
    SECTION("No pain rated after")
    {
        for (int i = 0; i < 60; ++i)
            journal.add(i, 3 + i % 5, std::nullopt, {u"a"_s, i % 2 ? u"b"_s : u"c"_s}, u"p"_s);
        const WhatHelps helps = estimateWhatHelps(journal.observations);
        CHECK(helps.checkIns == 60);
        CHECK(helps.rated == 0);
        CHECK_FALSE(helps.sigma);
        requireAllNotEnoughData(helps);
        CHECK(find(helps.cues, u"a"_s).evidence.uses == 0);
    }
    SECTION("Every check-in with the same cues")
    {
        for (int i = 0; i < 60; ++i)
            journal.add(i, 3 + i % 5, 2 + i % 3, {u"a"_s, u"b"_s}, u"p"_s);
        const WhatHelps helps = estimateWhatHelps(journal.observations);
        REQUIRE(helps.sigma);
        requireAllNotEnoughData(helps);
        CHECK(find(helps.cues, u"a"_s).evidence.uses == 60);
        CHECK(find(helps.cues, u"a"_s).alwaysWith == QStringList {u"b"_s});
    }
    SECTION("A single day")
    {
        for (int i = 0; i < 20; ++i)
            journal.add(0, 3 + i % 5, 2 + i % 3, {i % 2 ? u"a"_s : u"b"_s}, u"p"_s);
        const WhatHelps helps = estimateWhatHelps(journal.observations);
        requireAllNotEnoughData(helps);
        CHECK(find(helps.cues, u"a"_s).evidence.days == 1);
    }
    SECTION("The same pain before and after every time")
    {
        for (int i = 0; i < 40; ++i) {
            QStringList cues {u"c"_s};
            if (i % 2)
                cues.append(u"a"_s);
            if (i % 3 == 0)
                cues.append(u"b"_s);
            journal.add(i, 4, 4, cues, i % 3 ? u"p"_s : u"q"_s);
        }
        const WhatHelps helps = estimateWhatHelps(journal.observations);
        requireFinite(helps);
        // Nothing differs at all: about the same, and confidently so.
        CHECK(find(helps.cues, u"a"_s).verdict == HelpVerdict::AboutTheSame);
    }
}

TEST_CASE("A cue in every check-in has nothing to be compared with", "[whathelps]")
{
    Journal journal;
    for (int i = 0; i < 80; ++i) {
        QStringList cues {u"always"_s};
        if (i % 2)
            cues.append(u"odd"_s);
        if (i % 3 == 0)
            cues.append(u"third"_s);
        journal.add(i, 4 + i % 4, 3 + i % 3 + (i % 2 ? 0 : 1), cues);
    }
    const WhatHelps helps = estimateWhatHelps(journal.observations);
    const HelpEstimate &always = find(helps.cues, u"always"_s);
    CHECK(always.evidence.uses == 80);
    CHECK_FALSE(always.evidence.effect);
    CHECK(always.verdict == HelpVerdict::NotEnoughData);
    CHECK(find(helps.cues, u"odd"_s).verdict != HelpVerdict::NotEnoughData);
}

TEST_CASE("Uses, days and changes that matter count the rated check-ins", "[whathelps]")
{
    Journal journal;
    journal.add(0, 6, 3, {u"a"_s}); // eased by 3: matters
    journal.add(0, 6, 5, {u"a"_s}); // by 1 of 6: does not
    journal.add(1, 5, std::nullopt, {u"a"_s}); // not rated: not counted
    journal.add(2, 3, 2, {u"a"_s, u"b"_s}); // by 1 of 3 = 33%: matters
    journal.add(3, 2, 4, {u"b"_s}); // worse by 2: a change that matters, but not an easing
    const WhatHelps helps = estimateWhatHelps(journal.observations);
    CHECK(helps.checkIns == 5);
    CHECK(helps.rated == 4);
    CHECK(helps.meaningful == 2);
    CHECK(helps.meaningfulShare() == Approx(0.5));
    const HelpEstimate &a = find(helps.cues, u"a"_s);
    CHECK(a.evidence.uses == 3);
    CHECK(a.evidence.days == 2);
    CHECK(a.meaningful == 2);
    CHECK(a.meaningfulShare() == Approx(2.0 / 3));
    CHECK(find(helps.cues, u"b"_s).evidence.days == 2);
}

TEST_CASE(
    "A cue that helps is told from one always done beside it in the same practice", "[whathelps]")
{
    // The practice holds "works" and "along"; "along" is also done alone now and then, and does
    // nothing: the model gives the relief to "works".
    Journal journal;
    for (int i = 0; i < 240; ++i) {
        const int before = 4 + i % 5;
        const bool practice = i % 3 != 0;
        const bool alongAlone = !practice && i % 2 == 0;
        QStringList cues;
        if (practice)
            cues = {u"works"_s, u"along"_s};
        else if (alongAlone)
            cues = {u"along"_s};
        else
            cues = {u"other"_s};
        const int noise = (i * 7919 % 5) - 2; // -2..2, the same whatever the cues
        const int after = std::clamp(before - 1 + noise / 2 - (practice ? 2 : 0), 0, 10);
        journal.add(i / 2, before, after, cues, practice ? u"bundle"_s : QString());
    }
    const WhatHelps helps = estimateWhatHelps(journal.observations);
    requireFinite(helps);
    CHECK(find(helps.cues, u"works"_s).verdict == HelpVerdict::Helps);
    CHECK(find(helps.cues, u"along"_s).verdict != HelpVerdict::Helps);
    CHECK(find(helps.cues, u"works"_s).alwaysWith.isEmpty());
}

TEST_CASE("Pain that falls back by itself is credited to no cue", "[whathelps]")
{
    // Every check-in eases by about two points whatever is done: the plain average would say every
    // cue helps; against the usual check-in none does.
    Journal journal;
    std::mt19937 random(7);
    std::bernoulli_distribution aLittleMore(0.3);
    for (int i = 0; i < 300; ++i) {
        const int before = 5 + i % 4;
        const int after = before - 2 - (aLittleMore(random) ? 1 : 0);
        journal.add(
            i / 2, before, after, {u"cue-%1"_s.arg(i % 6), u"cue-%1"_s.arg((i / 6) % 6 + 6)});
    }
    const WhatHelps helps = estimateWhatHelps(journal.observations);
    for (const HelpEstimate &cue : helps.cues) {
        INFO(cue.id.toStdString());
        CHECK(cue.verdict != HelpVerdict::Helps);
        CHECK(cue.verdict != HelpVerdict::HelpsLess);
    }
}

TEST_CASE("Practices are estimated against the average practice", "[whathelps]")
{
    test::SimulatedJournal::Setup setup;
    setup.checkIns = 2000;
    setup.seed = 42;
    const test::SimulatedJournal journal = test::SimulatedJournal::make(setup);
    const WhatHelps helps = estimateWhatHelps(journal.observations);
    // Practices 0 and 1 hold the two cues that help (0 and 7), practice 2 the one that hurts (12).
    CHECK(find(helps.practices, u"practice-0"_s).verdict == HelpVerdict::Helps);
    CHECK(find(helps.practices, u"practice-1"_s).verdict == HelpVerdict::Helps);
    CHECK(find(helps.practices, u"practice-2"_s).verdict == HelpVerdict::HelpsLess);
    CHECK(find(helps.cues, u"cue-12"_s).verdict == HelpVerdict::HelpsLess);
    REQUIRE(helps.sigma);
    REQUIRE(helps.tau);
    CHECK(*helps.sigma > 0.5);
    CHECK(*helps.sigma < 1.5);
}

TEST_CASE("Estimates are sorted by verdict, then by estimate, then by title", "[whathelps]")
{
    const auto estimate = [](const QString &title, HelpVerdict verdict, std::optional<double> at) {
        HelpEstimate made;
        made.id = title;
        made.title = title;
        made.verdict = verdict;
        if (at)
            made.evidence.effect = EffectInterval {*at, *at - 1, *at + 1};
        return made;
    };
    QList<HelpEstimate> estimates {
        estimate(u"e"_s, HelpVerdict::NotEnoughData, std::nullopt),
        estimate(u"d"_s, HelpVerdict::NotEnoughData, -3.0),
        estimate(u"c"_s, HelpVerdict::AboutTheSame, 0.1),
        estimate(u"b"_s, HelpVerdict::Helps, -0.5),
        estimate(u"a"_s, HelpVerdict::Helps, -1.5),
        estimate(u"f"_s, HelpVerdict::HelpsLess, 1.5),
        estimate(u"g"_s, HelpVerdict::AboutTheSame, 0.1),
    };
    sortForReading(estimates);
    QStringList order;
    for (const HelpEstimate &sorted : estimates)
        order.append(sorted.title);
    CHECK(order == QStringList {u"a"_s, u"b"_s, u"c"_s, u"g"_s, u"f"_s, u"d"_s, u"e"_s});
}

TEST_CASE("Verdicts follow the interval and the evidence", "[whathelps]")
{
    const auto verdict = [](int uses, int days, std::optional<EffectInterval> effect) {
        return HelpEvidence {uses, days, effect}.verdict();
    };
    const EffectInterval helps {-1.0, -1.8, -0.2};
    CHECK(verdict(5, 3, helps) == HelpVerdict::Helps);
    CHECK(verdict(4, 3, helps) == HelpVerdict::NotEnoughData);
    CHECK(verdict(5, 2, helps) == HelpVerdict::NotEnoughData);
    CHECK(verdict(5, 3, std::nullopt) == HelpVerdict::NotEnoughData);
    CHECK(verdict(50, 30, EffectInterval {0, -1.6, 1.6}) == HelpVerdict::NotEnoughData);
    CHECK(verdict(50, 30, EffectInterval {0.8, 0.1, 1.5}) == HelpVerdict::HelpsLess);
    CHECK(verdict(50, 30, EffectInterval {0, -0.9, 0.9}) == HelpVerdict::AboutTheSame);
    CHECK(verdict(50, 30, EffectInterval {0.2, -1.0, 1.0}) == HelpVerdict::AboutTheSame);
    CHECK(verdict(50, 30, EffectInterval {-0.3, -1.4, 0.8}) == HelpVerdict::NoClearDifference);
    CHECK(notEnoughDataReason({1, 1, helps}) == u"used once; 5 uses are needed"_s);
    CHECK(notEnoughDataReason({4, 1, helps}) == u"used 4 times; 5 are needed"_s);
    CHECK(notEnoughDataReason({5, 1, helps}) == u"on one day; 3 days are needed"_s);
    CHECK(notEnoughDataReason({5, 2, helps}) == u"on 2 days; 3 are needed"_s);
    CHECK(notEnoughDataReason({5, 3, std::nullopt})
        == u"done in nearly every check-in: there is nothing to compare it with"_s);
    CHECK(notEnoughDataReason({5, 3, helps, false}).startsWith(u"done almost always with"_s));
    CHECK(notEnoughDataReason({50, 30, EffectInterval {0, -1.6, 1.6}})
        == u"still too uncertain (±1.6 points)"_s);
    CHECK(notEnoughDataReason({5, 3, helps}).isEmpty());
    CHECK(verdictId(HelpVerdict::Helps) == u"helps"_s);
    CHECK(verdictId(HelpVerdict::HelpsLess) == u"helps-less"_s);
    CHECK(verdictId(HelpVerdict::AboutTheSame) == u"about-the-same"_s);
    CHECK(verdictId(HelpVerdict::NoClearDifference) == u"no-clear-difference"_s);
    CHECK(verdictId(HelpVerdict::NotEnoughData) == u"not-enough-data"_s);
}
