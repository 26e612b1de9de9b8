#include "fairtest/FairTestAssignment.h"

#include "TestSupport.h"
#include "fairtest/FairTestStore.h"
#include "journal/JournalTestData.h"

using namespace Qt::StringLiterals;
using namespace toward;

namespace {

const QDateTime Start = QDateTime::fromString(u"2026-11-20T08:00:00Z"_s, Qt::ISODate);

CheckIn withPractice(const QString &practiceId, const QList<CueRecord> &cues = {})
{
    CheckIn checkIn = test::simpleCheckIn(Start.addDays(1), 6, 4);
    checkIn.practiceId = practiceId;
    checkIn.practiceTitle = practiceId;
    checkIn.cues = cues;
    return checkIn;
}

FairTestAssignment assigned(FairTest test, int option)
{
    test.startedAt = Start;
    return {test, option};
}

} // namespace

TEST_CASE("A check-in follows a practice option by doing that practice", "[trial]")
{
    const FairTest practices = FairTest::ofPractices({FairTestOptionKind::Practice, u"a"_s, u"A"_s},
        {FairTestOptionKind::Practice, u"b"_s, u"B"_s});
    CHECK(assigned(practices, 0).isFollowedBy(withPractice(u"a"_s)));
    CHECK_FALSE(assigned(practices, 0).isFollowedBy(withPractice(u"b"_s)));
    CHECK(assigned(practices, 1).isFollowedBy(withPractice(u"b"_s)));
    CheckIn stoppedAtRedFlag = withPractice(u"a"_s);
    stoppedAtRedFlag.redFlags = {RedFlag::Fever};
    CHECK_FALSE(assigned(practices, 0).isFollowedBy(stoppedAtRedFlag));
}

TEST_CASE(
    "A cue option is followed by doing the cue, or by leaving it out or skipping it", "[trial]")
{
    const FairTest cue = FairTest::ofCue(u"sit-back"_s, u"Sitting bones back"_s);
    const CueRecord done {
        u"sit-back"_s, u"Sitting bones back"_s, u"low-back"_s, CueFeeling::Toward};
    const CueRecord skipped {u"sit-back"_s, u"Sitting bones back"_s, u"low-back"_s, std::nullopt};
    const CueRecord other {u"chin-soft"_s, u"Chin soft"_s, u"neck"_s, CueFeeling::Neutral};
    CHECK(assigned(cue, 0).isFollowedBy(withPractice(u"p"_s, {other, done})));
    CHECK_FALSE(assigned(cue, 0).isFollowedBy(withPractice(u"p"_s, {other, skipped})));
    CHECK(assigned(cue, 1).isFollowedBy(withPractice(u"p"_s, {other, skipped})));
    CHECK(assigned(cue, 1).isFollowedBy(withPractice(u"p"_s, {other})));
    CHECK_FALSE(assigned(cue, 1).isFollowedBy(withPractice(u"p"_s, {done})));
    CHECK_FALSE(assigned(cue, 1).isFollowedBy(withPractice(QString(), {})));
}

TEST_CASE("Only a running test assigns, and only a followed check-in is counted", "[trial]")
{
    test::TemporaryDataDir dir;
    auto store = test::openJournal(dir.filePath(u"journal.sqlite"_s));
    FairTestStore tests(*store);
    CHECK_FALSE(assignmentAt(tests, Start).value().has_value());

    FairTest started = FairTest::ofPractices({FairTestOptionKind::Practice, u"a"_s, u"A"_s},
        {FairTestOptionKind::Practice, u"b"_s, u"B"_s});
    started.startedAt = Start;
    started.seed = 3;
    started = tests.start(started).value();
    // A check-in begun before the test (and resumed during it) is not in it.
    CHECK_FALSE(assignmentAt(tests, Start.addSecs(-60)).value().has_value());
    const FairTestAssignment first = *assignmentAt(tests, Start.addDays(1)).value();
    CHECK(first.test == started);

    const CheckIn declined = withPractice(first.option == 0 ? u"b"_s : u"a"_s);
    REQUIRE(store->add(declined).ok());
    CHECK(countIfFollowed(tests, first, declined).value() == false);
    CHECK(assignmentAt(tests, Start.addDays(1)).value()->option == first.option);

    const CheckIn followed = withPractice(first.chosen().id);
    REQUIRE(store->add(followed).ok());
    CHECK(countIfFollowed(tests, first, followed).value() == true);
    CHECK(tests.checkIns(started.id).value().size() == 1);

    CHECK_FALSE(assignmentAt(tests, started.endsAt()).value().has_value());
    REQUIRE(tests.stop(started.id, Start.addDays(2)).ok());
    CHECK_FALSE(assignmentAt(tests, Start.addDays(2)).value().has_value());
}
