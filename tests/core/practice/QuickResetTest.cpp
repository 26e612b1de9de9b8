#include "practice/QuickReset.h"

#include "TestSupport.h"
#include "practice/CheckInFixture.h"
#include "practice/PracticeBuilder.h"

using namespace Qt::StringLiterals;
using namespace toward;

namespace {

QDateTime at(const QString &isoWithOffset)
{
    return QDateTime::fromString(isoWithOffset, Qt::ISODate);
}

QString chosenAt(const PracticeModel &model, std::optional<Context> usual, const QString &now)
{
    const std::optional<QuickReset> reset = QuickReset::choose(model, usual, at(now));
    REQUIRE(reset);
    return reset->practice->id;
}

} // namespace

TEST_CASE("The quick reset fits where the person usually is at this hour", "[quick-reset]")
{
    const PracticeModel &model = test::defaultModel();
    CHECK(chosenAt(model, Context::Driving, u"2026-06-02T10:00:00+02:00"_s) == u"driving-reset"_s);
    CHECK(chosenAt(model, Context::Desk, u"2026-06-06T22:00:00+02:00"_s) == u"desk-reset"_s);
}

TEST_CASE("Without a habit, the quick reset is the desk's on working hours, the mat's otherwise",
    "[quick-reset]")
{
    const PracticeModel &model = test::defaultModel();
    const std::optional<QuickReset> tuesday =
        QuickReset::choose(model, std::nullopt, at(u"2026-06-02T10:00:00+02:00"_s));
    REQUIRE(tuesday);
    CHECK(tuesday->context == Context::Desk);
    CHECK(tuesday->practice->id == u"desk-reset"_s);
    // On a Saturday morning, and on a weekday evening: the mat, where no practice is for anywhere,
    // so the daily one rather than a rescue, though a rescue is shorter.
    for (const QString &now : {u"2026-06-06T10:00:00+02:00"_s, u"2026-06-02T19:00:00+02:00"_s}) {
        const std::optional<QuickReset> reset = QuickReset::choose(model, std::nullopt, at(now));
        REQUIRE(reset);
        CHECK(reset->context == Context::Mat);
        CHECK(reset->practice->id == u"daily-five"_s);
    }
    REQUIRE(model.practiceLength(*model.findPractice(u"low-back-rescue"))
        < model.practiceLength(*model.findPractice(u"daily-five")));
}

TEST_CASE("No quick reset where no practice fits", "[quick-reset]")
{
    PracticeModel model = test::defaultModel();
    model.practices.removeIf([](const Practice &practice) {
        return PracticeBuilder::fits(test::defaultModel(), practice, Context::Walking);
    });
    CHECK_FALSE(QuickReset::choose(model, Context::Walking, at(u"2026-06-02T10:00:00+02:00"_s)));
}
