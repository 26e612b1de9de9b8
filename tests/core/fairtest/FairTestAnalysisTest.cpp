#include "fairtest/FairTestAnalysis.h"

#include "TestSupport.h"
#include "fairtest/BlockAllocation.h"

#include <algorithm>
#include <cmath>
#include <random>

using namespace Qt::StringLiterals;
using namespace toward;

namespace {

const QDateTime Start = QDateTime::fromString(u"2026-11-20T08:00:00+01:00"_s, Qt::ISODate);

FairTestCheckIn checkIn(int slot, int option, int day, int before, std::optional<int> after)
{
    return {slot, option, QUuid::createUuid(), Start.addDays(day).addSecs(slot % 3 * 3600), before,
        after};
}

int clampedPain(double pain)
{
    return std::clamp(int(std::lround(pain)), 0, 10);
}

// A fair test of `perArm` check-ins each, two a day, allocated in blocks of four. Pain before
// drifts from day to day; after falls back toward the person's usual level (so high starts fall
// most, whatever was practised), option A takes `effectOfA` points more off than option B.
QList<FairTestCheckIn> simulatedTest(std::mt19937 &random, int perArm, double effectOfA)
{
    std::normal_distribution<double> dayLevel(5.5, 1.0);
    std::normal_distribution<double> noise(0.0, 1.0);
    const BlockAllocation allocation(random(), 4);
    QList<FairTestCheckIn> checkIns;
    double level = dayLevel(random);
    for (int slot = 0; slot < 2 * perArm; ++slot) {
        if (slot % 2 == 0)
            level = 0.5 * level + 0.5 * dayLevel(random);
        const int option = allocation.optionAt(slot);
        const int before = clampedPain(level + noise(random));
        const double after =
            2.0 + 0.5 * before + (option == 0 ? effectOfA : 0.0) + 0.8 * noise(random);
        checkIns.append(checkIn(slot, option, slot / 2, before, clampedPain(after)));
    }
    return checkIns;
}

} // namespace

TEST_CASE("The 95% quantile of Student's t is right at small and large n", "[trial]")
{
    CHECK(studentT95(1) == Approx(6.3138).epsilon(1e-4));
    CHECK(studentT95(2) == Approx(2.9200).epsilon(1e-4));
    CHECK(studentT95(3) == Approx(2.3534).margin(0.01));
    CHECK(studentT95(5) == Approx(2.0150).margin(0.002));
    CHECK(studentT95(10) == Approx(1.8125).margin(0.001));
    CHECK(studentT95(30) == Approx(1.6973).margin(0.001));
    CHECK(studentT95(1000) == Approx(1.6464).margin(0.001));
}

TEST_CASE(
    "A known difference is estimated, with an interval that covers it nine times in ten", "[trial]")
{
    std::mt19937 random(20261130);
    const double truth = GENERATE(0.0, -1.5);
    constexpr int Tests = 400;
    int covered = 0;
    int helps = 0;
    int helpsLess = 0;
    for (int i = 0; i < Tests; ++i) {
        const FairTestResult result = analyseFairTest(simulatedTest(random, 14, truth));
        REQUIRE(result.evidence.effect.has_value());
        const EffectInterval &effect = *result.evidence.effect;
        covered += effect.low <= truth && truth <= effect.high ? 1 : 0;
        helps += result.verdict == HelpVerdict::Helps ? 1 : 0;
        helpsLess += result.verdict == HelpVerdict::HelpsLess ? 1 : 0;
    }
    INFO("truth " << truth << ": covered " << covered << ", helps " << helps << ", helps less "
                  << helpsLess << " of " << Tests);
    CHECK(covered >= Tests * 85 / 100);
    CHECK(covered <= Tests * 95 / 100);
    if (truth == 0.0) {
        CHECK(helps <= Tests / 10);
        CHECK(helpsLess <= Tests / 10);
    } else {
        CHECK(helps >= Tests * 9 / 10);
        CHECK(helpsLess == 0);
    }
}

TEST_CASE("The arms are counted, and the smaller one sets the evidence", "[trial]")
{
    QList<FairTestCheckIn> checkIns;
    for (int i = 0; i < 6; ++i)
        checkIns.append(checkIn(i, 0, i, 6, 3));
    for (int i = 0; i < 4; ++i)
        checkIns.append(checkIn(6 + i, 1, i, 6 + i % 2, 5 + i % 2));
    checkIns.append(checkIn(10, 1, 5, 6, std::nullopt));
    const FairTestResult result = analyseFairTest(checkIns);
    CHECK(result.arms[0].checkIns == 6);
    CHECK(result.arms[0].rated == 6);
    CHECK(result.arms[0].days == 6);
    CHECK(result.arms[1].checkIns == 5);
    CHECK(result.arms[1].rated == 4);
    CHECK(result.arms[1].days == 4);
    CHECK(result.evidence.uses == 4);
    CHECK(result.evidence.days == 4);
    CHECK(result.verdict == HelpVerdict::NotEnoughData); // fewer than 5 uses of B
}

TEST_CASE(
    "With too little to go on the verdict is not enough data, never a number made up", "[trial]")
{
    QList<FairTestCheckIn> checkIns;
    SECTION("nothing counted yet") { }
    SECTION("nothing rated after")
    {
        for (int i = 0; i < 12; ++i)
            checkIns.append(checkIn(i, i % 2, i, 6, std::nullopt));
    }
    SECTION("one option never practised")
    {
        for (int i = 0; i < 12; ++i)
            checkIns.append(checkIn(i, 0, i, 4 + i % 3, 3 + i % 2));
    }
    SECTION("every rating the same")
    {
        for (int i = 0; i < 12; ++i)
            checkIns.append(checkIn(i, i % 2, i, 5, 5));
    }
    SECTION("three check-ins")
    {
        for (int i = 0; i < 3; ++i)
            checkIns.append(checkIn(i, i % 2, i, 5 + i, 4));
    }
    SECTION("all on one day")
    {
        for (int i = 0; i < 12; ++i)
            checkIns.append(checkIn(i, i % 2, 0, 4 + i % 4, 2 + i % 3 + (i % 2) * 2));
    }
    const FairTestResult result = analyseFairTest(checkIns);
    CHECK(result.verdict == HelpVerdict::NotEnoughData);
    if (result.evidence.effect) {
        CHECK(std::isfinite(result.evidence.effect->estimate));
        CHECK(std::isfinite(result.evidence.effect->low));
        CHECK(std::isfinite(result.evidence.effect->high));
    }
}

TEST_CASE("Pain before that never varies leaves the plain difference", "[trial]")
{
    QList<FairTestCheckIn> checkIns;
    for (int i = 0; i < 10; ++i)
        checkIns.append(checkIn(i, i % 2, i, 6, i % 2 == 0 ? 2 + i % 4 / 2 : 5 + i % 4 / 2));
    const FairTestResult result = analyseFairTest(checkIns);
    REQUIRE(result.evidence.effect.has_value());
    CHECK(result.evidence.effect->estimate == Approx(-3.0).margin(1e-9));
    CHECK(result.verdict == HelpVerdict::Helps);
}
