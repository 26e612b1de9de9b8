// Fuzzes the check-in draft loader the app runs at start (CheckInDraftStore::parse, then
// CheckInFlow::resume with the built-in model): any file gives a draft or a reason; a draft saves
// as itself; and from a draft that resumes, every input of the flow either changes nothing or
// leads to a check-in whose draft resumes again, as the next start would find it.

#include "BuiltInModel.h"
#include "practice/CheckInDraftStore.h"
#include "practice/CheckInFlow.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonDocument>
#include <QTime>

#include <cstddef>
#include <cstdint>
#include <functional>

using namespace Qt::StringLiterals;
using namespace toward;
using fuzz::builtInModel;

namespace {

QDateTime fixedNow()
{
    return QDateTime(QDate(2024, 5, 1), QTime(8, 30), Qt::OffsetFromUTC, 2 * 3600);
}

QByteArray saved(const CheckInDraft &draft)
{
    return QJsonDocument(draft.toJson()).toJson();
}

Result<CheckInFlow> resumed(const QByteArray &bytes)
{
    Result<CheckInDraft> draft = CheckInDraftStore::parse(bytes);
    if (!draft.ok())
        return Result<CheckInFlow>::failure(draft.error());
    return CheckInFlow::resume(std::move(draft).value(), builtInModel(), fixedNow);
}

// What the check-in page asks of a flow it shows.
void show(const CheckInFlow &flow)
{
    flow.fittingPractices();
    flow.breathPattern();
    flow.practiceLength();
    flow.currentCue();
    flow.painChange();
    flow.isMeaningfulChange();
    if (flow.canSave())
        flow.toCheckIn();
}

struct Input {
    const char *name;
    std::function<Result<void>(CheckInFlow &)> apply;
};

// Each input of the flow once, with arguments the built-in model knows.
const QList<Input> &everyInput()
{
    static const QList<Input> inputs {
        {"setRegions",
            [](CheckInFlow &flow) {
                return flow.setRegions({u"neck"_s, u"pelvis"_s});
            }},
        {"setContext", [](CheckInFlow &flow) { return flow.setContext(Context::Driving); }},
        {"choosePractice", [](CheckInFlow &flow) { return flow.choosePractice(u"desk-reset"_s); }},
        {"chooseBuiltPractice", [](CheckInFlow &flow) { return flow.chooseBuiltPractice(); }},
        {"suggestPractice",
            [](CheckInFlow &flow) {
                flow.suggestPractice();
                return Result<void>::success();
            }},
        {"setBreathPattern", [](CheckInFlow &flow) { return flow.setBreathPattern(u"box"_s); }},
        {"setPainBefore", [](CheckInFlow &flow) { return flow.setPainBefore(7); }},
        {"setLeaningBefore",
            [](CheckInFlow &flow) {
                return flow.setLeaningBefore(u"possibility-fear"_s, Leaning::Toward);
            }},
        {"setRedFlag on",
            [](CheckInFlow &flow) { return flow.setRedFlag(RedFlag::NightPain, true); }},
        {"setRedFlag off",
            [](CheckInFlow &flow) { return flow.setRedFlag(RedFlag::Fever, false); }},
        {"startPractice", [](CheckInFlow &flow) { return flow.startPractice(); }},
        {"rateCue", [](CheckInFlow &flow) { return flow.rateCue(CueFeeling::Away); }},
        {"skipCue", [](CheckInFlow &flow) { return flow.skipCue(); }},
        {"previousCue", [](CheckInFlow &flow) { return flow.previousCue(); }},
        {"endEarly", [](CheckInFlow &flow) { return flow.endEarly(); }},
        {"setPainAfter none", [](CheckInFlow &flow) { return flow.setPainAfter(std::nullopt); }},
        {"setPainAfter", [](CheckInFlow &flow) { return flow.setPainAfter(2); }},
        {"setLeaningAfter",
            [](CheckInFlow &flow) {
                return flow.setLeaningAfter(u"groundedness-stress"_s, std::nullopt);
            }},
        {"setNote", [](CheckInFlow &flow) { return flow.setNote(u"Better."_s); }},
        {"next", [](CheckInFlow &flow) { return flow.next(); }},
        {"back", [](CheckInFlow &flow) { return flow.back(); }},
    };
    return inputs;
}

// Messages stay on one line: `./toward.sh fuzz` shows the line before the crash.
void tryEveryInput(const CheckInFlow &flow)
{
    const QByteArray before = saved(flow.draft());
    for (const Input &input : everyInput()) {
        CheckInFlow copy = flow;
        const bool accepted = input.apply(copy).ok();
        const QByteArray after = saved(copy.draft());
        if (!accepted && after != before)
            qFatal("%s was refused but changed the check-in", input.name);
        show(copy);
        if (const Result<CheckInFlow> again = resumed(after); !again.ok())
            qFatal("after %s the check-in cannot be resumed: %s", input.name,
                qPrintable(again.error()));
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    builtInModel();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const Result<CheckInDraft> draft =
        CheckInDraftStore::parse(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!draft.ok()) {
        if (draft.error().isEmpty())
            qFatal("a draft was refused without a reason");
        return 0;
    }
    const QByteArray bytes = saved(draft.value());
    const Result<CheckInDraft> reread = CheckInDraftStore::parse(bytes);
    if (!reread.ok())
        qFatal("a saved draft cannot be read: %s", qPrintable(reread.error()));
    if (saved(reread.value()) != bytes)
        qFatal("a draft changes when saved and read again");

    const Result<CheckInFlow> flow = CheckInFlow::resume(draft.value(), builtInModel(), fixedNow);
    if (flow.ok()) {
        show(flow.value());
        tryEveryInput(flow.value());
    }
    return 0;
}
