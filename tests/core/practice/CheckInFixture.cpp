#include "practice/CheckInFixture.h"

#include "JsonPatch.h"
#include "TestSupport.h"
#include "model/PracticeModelLoader.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace toward::test {

const PracticeModel &defaultModel()
{
    static const ModelLoadResult result = PracticeModelLoader::loadDefault();
    REQUIRE(result.ok());
    return *result.model;
}

QJsonValue minimalModelJson()
{
    return QJsonDocument::fromJson(
        readFile(QStringLiteral(TOWARD_TEST_DATA_DIR "/minimal-model.json")))
        .object();
}

PracticeModel modelFrom(const QJsonValue &document)
{
    const ModelLoadResult result = PracticeModelLoader::parse(toJsonBytes(document));
    INFO((result.issues.isEmpty() ? QString() : result.issues.first().toString()));
    REQUIRE(result.ok());
    return *result.model;
}

ManualWallClock::ManualWallClock(const QDateTime &start)
    : m_now(std::make_shared<QDateTime>(start))
{
}

Clock ManualWallClock::provider() const
{
    return [now = m_now] { return *now; };
}

QDateTime morning()
{
    return QDateTime(QDate(2024, 5, 1), QTime(8, 30), Qt::OffsetFromUTC, 2 * 3600);
}

CheckInFlow deskResetAt(CheckInStage stage, const ManualWallClock &clock)
{
    REQUIRE(stage != CheckInStage::Saved);
    REQUIRE(stage != CheckInStage::RedFlagAdvice);
    CheckInFlow flow(defaultModel(), clock.provider());
    const auto reached = [&] { return flow.stage() == stage; };
    if (reached())
        return flow;
    REQUIRE(flow.setRegions({u"low-back"_s, u"neck"_s}).error() == Accepted);
    REQUIRE(flow.setContext(Context::Desk).error() == Accepted);
    REQUIRE(flow.choosePractice(u"desk-reset"_s).error() == Accepted);
    REQUIRE(flow.next().error() == Accepted);
    REQUIRE(flow.setPainBefore(6).error() == Accepted);
    if (reached())
        return flow;
    REQUIRE(flow.next().error() == Accepted);
    while (!reached()) {
        clock.advanceSeconds(30);
        REQUIRE(flow.stage() != CheckInStage::RatingAfter);
        const Result<void> moved = flow.stage() == CheckInStage::RatingCue
            ? flow.rateCue(CueFeeling::Toward)
            : flow.next();
        REQUIRE(moved.error() == Accepted);
    }
    return flow;
}

QList<Input> everyInput()
{
    return {
        {u"setRegions"_s, [](CheckInFlow &flow) { return flow.setRegions({u"neck"_s}); }},
        {u"setContext"_s, [](CheckInFlow &flow) { return flow.setContext(Context::Desk); }},
        {u"choosePractice"_s,
            [](CheckInFlow &flow) { return flow.choosePractice(u"desk-reset"_s); }},
        {u"chooseBuiltPractice"_s, [](CheckInFlow &flow) { return flow.chooseBuiltPractice(); }},
        {u"setBreathPattern"_s,
            [](CheckInFlow &flow) { return flow.setBreathPattern(u"calming"_s); }},
        {u"setPainBefore"_s, [](CheckInFlow &flow) { return flow.setPainBefore(5); }},
        {u"setLeaningBefore"_s,
            [](CheckInFlow &flow) {
                return flow.setLeaningBefore(u"possibility-fear"_s, Leaning::Away);
            }},
        {u"setRedFlag"_s, [](CheckInFlow &flow) { return flow.setRedFlag(RedFlag::Fever, false); }},
        {u"startPractice"_s, [](CheckInFlow &flow) { return flow.startPractice(); }},
        {u"rateCue"_s, [](CheckInFlow &flow) { return flow.rateCue(CueFeeling::Neutral); }},
        {u"skipCue"_s, [](CheckInFlow &flow) { return flow.skipCue(); }},
        {u"previousCue"_s, [](CheckInFlow &flow) { return flow.previousCue(); }},
        {u"endEarly"_s, [](CheckInFlow &flow) { return flow.endEarly(); }},
        {u"setPainAfter"_s, [](CheckInFlow &flow) { return flow.setPainAfter(3); }},
        {u"setLeaningAfter"_s,
            [](CheckInFlow &flow) {
                return flow.setLeaningAfter(u"possibility-fear"_s, Leaning::Toward);
            }},
        {u"setNote"_s, [](CheckInFlow &flow) { return flow.setNote(u"A note."_s); }},
        {u"next"_s, [](CheckInFlow &flow) { return flow.next(); }},
        {u"back"_s, [](CheckInFlow &flow) { return flow.back(); }},
    };
}

} // namespace toward::test
