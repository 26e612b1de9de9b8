#include "practice/CheckInFlow.h"

#include "journal/JournalStore.h"
#include "practice/PracticeBuilder.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace toward {

namespace {

QString seeAClinicianFirst()
{
    return QCoreApplication::translate("CheckInFlow",
        "A red-flag answer is ticked: please see a clinician before practising. You can still "
        "save your answers.");
}

bool sameSteps(const Practice &a, const Practice &b)
{
    return a.id == b.id
        && std::equal(a.steps.cbegin(), a.steps.cend(), b.steps.cbegin(), b.steps.cend(),
            [](const PracticeStep &x, const PracticeStep &y) {
                return x.cueId == y.cueId && x.breaths == y.breaths;
            });
}

QString outOfScale(int pain)
{
    return QCoreApplication::translate("CheckInFlow", "Pain is rated from %1 to %2, not %3.")
        .arg(MinPain)
        .arg(MaxPain)
        .arg(pain);
}

bool isOnScale(int pain)
{
    return pain >= MinPain && pain <= MaxPain;
}

// The person's chosen pattern when the model has it, else the model's first.
const BreathPattern &defaultBreathPatternOf(const PracticeModel &model, const CheckInDraft &draft)
{
    const BreathPattern *own = model.findBreathPattern(draft.defaultBreathPatternId);
    return own ? *own : model.defaultBreathPattern();
}

// For a practice whose pattern is gone: the practice's own pattern, else the default.
QString fittingBreathPatternId(const PracticeModel &model, const CheckInDraft &draft)
{
    const Practice *own = draft.practice && draft.practiceSource == PracticeSource::Model
        ? model.findPractice(draft.practice->id)
        : nullptr;
    if (own && model.findBreathPattern(own->breathPatternId))
        return own->breathPatternId;
    return defaultBreathPatternOf(model, draft).id;
}

// What the draft refers to that the model no longer has; empty when everything resolves.
QString missingFromModel(const CheckInDraft &draft, const PracticeModel &model)
{
    for (const QString &regionId : draft.regionIds) {
        if (!model.findRegion(regionId))
            return QCoreApplication::translate("CheckInFlow", "it has no region “%1” any more")
                .arg(regionId);
    }
    if (draft.practice) {
        for (const PracticeStep &step : draft.practice->steps) {
            if (!model.findCue(step.cueId))
                return QCoreApplication::translate("CheckInFlow", "it has no cue “%1” any more")
                    .arg(step.cueId);
        }
    }
    if (!draft.breathPatternId.isEmpty() && !model.findBreathPattern(draft.breathPatternId))
        return QCoreApplication::translate("CheckInFlow", "it has no breath pattern “%1” any more")
            .arg(draft.breathPatternId);
    for (const auto *leanings : {&draft.leaningsBefore, &draft.leaningsAfter}) {
        for (const QString &directionId : leanings->keys()) {
            if (!model.findInnerDirection(directionId))
                return QCoreApplication::translate(
                    "CheckInFlow", "it has no inner direction “%1” any more")
                    .arg(directionId);
        }
    }
    return {};
}

bool isOneOf(CheckInStage stage, std::initializer_list<CheckInStage> stages)
{
    return std::find(stages.begin(), stages.end(), stage) != stages.end();
}

// Why the draft does not describe a check-in that can go on; empty when it does.
QString inconsistency(const CheckInDraft &draft)
{
    using enum CheckInStage;
    const CheckInStage stage = draft.stage;
    if (draft.id.isNull() || !draft.startedAt.isValid())
        return QCoreApplication::translate("CheckInFlow", "it has no id or start time");
    if (stage != ChoosingWhere
        && (draft.regionIds.isEmpty() || !draft.context || !draft.practice
            || draft.breathPatternId.isEmpty()))
        return QCoreApplication::translate(
            "CheckInFlow", "it is past “where and when” without regions, a context and a practice");
    if (draft.practice && draft.breathPatternId.isEmpty())
        return QCoreApplication::translate(
            "CheckInFlow", "it has a practice without a breath pattern");
    const qsizetype steps = draft.practice ? draft.practice->steps.size() : 0;
    if (draft.feelings.size() != steps || draft.reachedSteps > steps
        || (steps > 0 && draft.currentStep >= steps))
        return QCoreApplication::translate(
            "CheckInFlow", "its progress does not match its practice");
    if (!isOneOf(stage, {ChoosingWhere, RatingBefore}) && !draft.painBefore)
        return QCoreApplication::translate(
            "CheckInFlow", "it is past “before” without a pain rating");
    if (stage == RedFlagAdvice && draft.redFlags.isEmpty())
        return QCoreApplication::translate(
            "CheckInFlow", "it gives red-flag advice without a red flag");
    if (isOneOf(stage, {BreathIntro, PracticingCue, RatingCue, RatingAfter})
        && !draft.redFlags.isEmpty())
        return QCoreApplication::translate("CheckInFlow", "it practises with a red flag ticked");
    // After the practice, back() returns to the cue it ended on.
    const CheckInStage cueStage = stage == RatingAfter ? draft.resumeStage : stage;
    if (isOneOf(cueStage, {PracticingCue, RatingCue}) && draft.currentStep >= draft.reachedSteps)
        return QCoreApplication::translate("CheckInFlow", "its current cue was never reached");
    if (stage == RatingAfter
        && (!draft.ending || !isOneOf(draft.resumeStage, {BreathIntro, PracticingCue, RatingCue})))
        return QCoreApplication::translate(
            "CheckInFlow", "it is past the practice without an ending");
    return {};
}

} // namespace

CheckInFlow::CheckInFlow(PracticeModel model, Clock now, QString defaultBreathPatternId)
    : m_model(std::move(model))
    , m_now(std::move(now))
{
    m_draft.id = QUuid::createUuid();
    m_draft.startedAt = currentTime();
    m_draft.defaultBreathPatternId = std::move(defaultBreathPatternId);
}

CheckInFlow::CheckInFlow(PracticeModel model, Clock now, CheckInDraft draft)
    : m_model(std::move(model))
    , m_now(std::move(now))
    , m_draft(std::move(draft))
{
}

Result<CheckInFlow> CheckInFlow::resume(CheckInDraft draft, PracticeModel model, Clock now)
{
    // A pattern only paces the breaths, and one of the person's own may have been deleted for
    // good since: the check-in goes on with another rather than being kept unable to go on.
    const bool patternGone =
        !draft.breathPatternId.isEmpty() && !model.findBreathPattern(draft.breathPatternId);
    if (patternGone && !model.breathPatterns.isEmpty())
        draft.breathPatternId = fittingBreathPatternId(model, draft);
    if (const QString missing = missingFromModel(draft, model); !missing.isEmpty())
        return Result<CheckInFlow>::failure(QCoreApplication::translate("CheckInFlow",
            "The check-in in progress cannot be resumed: the practice model has changed since "
            "it was started (%1).")
                                                .arg(missing));
    if (const QString problem = inconsistency(draft); !problem.isEmpty())
        return Result<CheckInFlow>::failure(QCoreApplication::translate(
            "CheckInFlow", "The check-in in progress cannot be resumed: %1.")
                                                .arg(problem));
    return CheckInFlow(std::move(model), std::move(now), std::move(draft));
}

Result<void> CheckInFlow::requireStage(
    std::initializer_list<CheckInStage> stages, const QString &action) const
{
    if (isOneOf(m_draft.stage, stages))
        return Result<void>::success();
    return Result<void>::failure(
        QCoreApplication::translate("CheckInFlow", "%1 is not possible on the “%2” page.")
            .arg(action, labelOf(m_draft.stage)));
}

QDateTime CheckInFlow::currentTime() const
{
    // A fixed offset, so the moment keeps the offset it had even if the zone's rules change.
    const QDateTime now = m_now();
    return now.toOffsetFromUtc(now.offsetFromUtc());
}

const BreathPattern &CheckInFlow::defaultBreathPattern() const
{
    return defaultBreathPatternOf(m_model, m_draft);
}

Result<void> CheckInFlow::setRegions(const QStringList &regionIds)
{
    if (Result<void> allowed = requireStage({CheckInStage::ChoosingWhere},
            QCoreApplication::translate("CheckInFlow", "Choosing regions"));
        !allowed.ok())
        return allowed;
    QStringList unique;
    for (const QString &regionId : regionIds) {
        if (!m_model.findRegion(regionId))
            return Result<void>::failure(QCoreApplication::translate(
                "CheckInFlow", "There is no region “%1” in the practice model.")
                                             .arg(regionId));
        if (!unique.contains(regionId))
            unique.append(regionId);
    }
    m_draft.regionIds = unique;
    keepPracticeFitting();
    return Result<void>::success();
}

Result<void> CheckInFlow::setContext(Context context)
{
    if (Result<void> allowed = requireStage({CheckInStage::ChoosingWhere},
            QCoreApplication::translate("CheckInFlow", "Choosing where you are"));
        !allowed.ok())
        return allowed;
    m_draft.context = context;
    keepPracticeFitting();
    return Result<void>::success();
}

Result<void> CheckInFlow::choosePractice(const QString &practiceId)
{
    if (Result<void> allowed = requireStage({CheckInStage::ChoosingWhere},
            QCoreApplication::translate("CheckInFlow", "Choosing a practice"));
        !allowed.ok())
        return allowed;
    const QList<const Practice *> fitting = fittingPractices();
    const auto it = std::find_if(fitting.cbegin(), fitting.cend(),
        [&practiceId](const Practice *practice) { return practice->id == practiceId; });
    if (it == fitting.cend())
        return Result<void>::failure(QCoreApplication::translate(
            "CheckInFlow", "The practice “%1” does not fit the chosen regions and where you are.")
                                         .arg(practiceId));
    const Practice &chosen = **it;
    m_draft.practiceSource = PracticeSource::Model;
    m_draft.breathPatternId =
        chosen.breathPatternId.isEmpty() ? defaultBreathPattern().id : chosen.breathPatternId;
    setPractice(chosen);
    return Result<void>::success();
}

Result<void> CheckInFlow::setUpPractice(const QString &practiceId)
{
    const auto practice = std::find_if(m_model.practices.cbegin(), m_model.practices.cend(),
        [&practiceId](const Practice &candidate) { return candidate.id == practiceId; });
    if (practice == m_model.practices.cend())
        return Result<void>::failure(QCoreApplication::translate(
            "CheckInFlow", "There is no practice “%1” in the practice model.")
                                         .arg(practiceId));
    const auto &places = Vocabulary<Context>::entries;
    const auto place = std::find_if(places.cbegin(), places.cend(),
        [&](const auto &entry) { return PracticeBuilder::fits(m_model, *practice, entry.value); });
    if (place == places.cend())
        return Result<void>::failure(QCoreApplication::translate(
            "CheckInFlow", "The practice “%1” cannot be done anywhere: its cues share no place.")
                                         .arg(practice->title));
    QStringList regionIds;
    for (const PracticeStep &step : practice->steps) {
        if (const Region *region = m_model.regionOfCue(step.cueId))
            regionIds.append(region->id);
    }
    if (Result<void> regions = setRegions(regionIds); !regions.ok())
        return regions;
    m_draft.context = place->value;
    return choosePractice(practiceId);
}

Result<void> CheckInFlow::chooseBuiltPractice()
{
    if (Result<void> allowed = requireStage({CheckInStage::ChoosingWhere},
            QCoreApplication::translate("CheckInFlow", "Choosing a practice"));
        !allowed.ok())
        return allowed;
    if (m_draft.regionIds.isEmpty() || !m_draft.context)
        return Result<void>::failure(
            QCoreApplication::translate("CheckInFlow", "Choose regions and where you are first."));
    Result<Practice> built = PracticeBuilder::buildFromRegions(
        m_model, m_draft.regionIds, *m_draft.context, defaultBreathPattern());
    if (!built.ok())
        return Result<void>::failure(built.error());
    m_draft.practiceSource = PracticeSource::Built;
    m_draft.breathPatternId = defaultBreathPattern().id;
    setPractice(std::move(built).value());
    return Result<void>::success();
}

void CheckInFlow::suggestPractice()
{
    if (m_draft.stage != CheckInStage::ChoosingWhere || m_draft.practice
        || m_draft.regionIds.isEmpty() || !m_draft.context)
        return;
    const QList<const Practice *> fitting = fittingPractices();
    if (fitting.isEmpty())
        (void)chooseBuiltPractice();
    else
        (void)choosePractice(fitting.constFirst()->id);
}

Result<void> CheckInFlow::setBreathPattern(const QString &patternId)
{
    if (Result<void> allowed = requireStage({CheckInStage::ChoosingWhere},
            QCoreApplication::translate("CheckInFlow", "Choosing a breath pattern"));
        !allowed.ok())
        return allowed;
    if (!m_draft.practice)
        return Result<void>::failure(
            QCoreApplication::translate("CheckInFlow", "Choose a practice first."));
    if (!m_model.findBreathPattern(patternId))
        return Result<void>::failure(QCoreApplication::translate(
            "CheckInFlow", "There is no breath pattern “%1” in the practice model.")
                                         .arg(patternId));
    m_draft.breathPatternId = patternId;
    // A built practice is cut to length at its pattern's pace.
    keepPracticeFitting();
    return Result<void>::success();
}

Result<void> CheckInFlow::useBreathPatterns(QList<BreathPattern> patterns)
{
    if (Result<void> allowed = requireStage({CheckInStage::ChoosingWhere},
            QCoreApplication::translate("CheckInFlow", "Changing the breath patterns"));
        !allowed.ok())
        return allowed;
    if (patterns.isEmpty())
        return Result<void>::failure(QCoreApplication::translate(
            "CheckInFlow", "There must be at least one breath pattern."));
    m_model.breathPatterns = std::move(patterns);
    if (m_draft.practice && !m_model.findBreathPattern(m_draft.breathPatternId))
        m_draft.breathPatternId = fittingBreathPatternId(m_model, m_draft);
    // A built practice is cut to length at its pattern's pace, which may have changed.
    keepPracticeFitting();
    return Result<void>::success();
}

void CheckInFlow::keepPracticeFitting()
{
    if (!m_draft.practice)
        return;
    std::optional<Practice> kept;
    if (m_draft.practiceSource == PracticeSource::Built) {
        const BreathPattern *pattern = m_model.findBreathPattern(m_draft.breathPatternId);
        if (pattern && m_draft.context) {
            Result<Practice> rebuilt = PracticeBuilder::buildFromRegions(
                m_model, m_draft.regionIds, *m_draft.context, *pattern);
            if (rebuilt.ok())
                kept = std::move(rebuilt).value();
        }
    } else {
        for (const Practice *practice : fittingPractices()) {
            if (practice->id == m_draft.practice->id)
                kept = *practice;
        }
    }
    if (!kept)
        m_draft.breathPatternId.clear();
    setPractice(std::move(kept));
}

void CheckInFlow::setPractice(std::optional<Practice> practice)
{
    const bool same = m_draft.practice && practice && sameSteps(*m_draft.practice, *practice);
    m_draft.practice = std::move(practice);
    if (same)
        return;
    m_draft.currentStep = 0;
    m_draft.reachedSteps = 0;
    m_draft.feelings =
        QList<std::optional<CueFeeling>>(m_draft.practice ? m_draft.practice->steps.size() : 0);
}

Result<void> CheckInFlow::setPainBefore(int pain)
{
    if (Result<void> allowed = requireStage({CheckInStage::RatingBefore},
            QCoreApplication::translate("CheckInFlow", "Rating pain"));
        !allowed.ok())
        return allowed;
    if (!isOnScale(pain))
        return Result<void>::failure(outOfScale(pain));
    m_draft.painBefore = pain;
    return Result<void>::success();
}

Result<void> CheckInFlow::setLeaningBefore(
    const QString &directionId, std::optional<Leaning> leaning)
{
    if (Result<void> allowed = requireStage({CheckInStage::RatingBefore},
            QCoreApplication::translate("CheckInFlow", "Saying how you lean"));
        !allowed.ok())
        return allowed;
    return setLeaning(m_draft.leaningsBefore, directionId, leaning);
}

Result<void> CheckInFlow::setLeaning(
    QMap<QString, Leaning> &leanings, const QString &directionId, std::optional<Leaning> leaning)
{
    if (!m_model.findInnerDirection(directionId))
        return Result<void>::failure(QCoreApplication::translate(
            "CheckInFlow", "There is no inner direction “%1” in the practice model.")
                                         .arg(directionId));
    if (leaning)
        leanings.insert(directionId, *leaning);
    else
        leanings.remove(directionId);
    return Result<void>::success();
}

Result<void> CheckInFlow::setRedFlag(RedFlag flag, bool ticked)
{
    if (Result<void> allowed = requireStage({CheckInStage::RatingBefore},
            QCoreApplication::translate("CheckInFlow", "Answering the red-flag questions"));
        !allowed.ok())
        return allowed;
    QList<RedFlag> flags;
    for (RedFlag each : allValues<RedFlag>()) {
        if (each == flag ? ticked : m_draft.redFlags.contains(each))
            flags.append(each);
    }
    m_draft.redFlags = flags;
    return Result<void>::success();
}

Result<void> CheckInFlow::startPractice()
{
    if (hasRedFlags())
        return Result<void>::failure(seeAClinicianFirst());
    if (Result<void> allowed = requireStage({CheckInStage::BreathIntro},
            QCoreApplication::translate("CheckInFlow", "Starting the practice"));
        !allowed.ok())
        return allowed;
    m_draft.currentStep = 0;
    m_draft.reachedSteps = std::max(m_draft.reachedSteps, 1);
    m_draft.stage = CheckInStage::PracticingCue;
    return Result<void>::success();
}

Result<void> CheckInFlow::setRateCuesAtEnd(bool atEnd)
{
    if (!isBeforePracticeEnd())
        return Result<void>::failure(QCoreApplication::translate(
            "CheckInFlow", "When the cues are rated can only be chosen until the practice ends."));
    m_draft.rateCuesAtEnd = atEnd;
    return Result<void>::success();
}

bool CheckInFlow::isBeforePracticeEnd() const
{
    switch (m_draft.stage) {
    case CheckInStage::ChoosingWhere:
    case CheckInStage::RatingBefore:
    case CheckInStage::BreathIntro:
    case CheckInStage::PracticingCue:
    case CheckInStage::RatingCue:
        return true;
    case CheckInStage::RedFlagAdvice:
    case CheckInStage::RatingAfter:
    case CheckInStage::Saved:
        return false;
    }
    Q_UNREACHABLE();
    return false;
}

Result<void> CheckInFlow::rateCue(CueFeeling feeling)
{
    if (Result<void> allowed = requireStage(
            {CheckInStage::RatingCue}, QCoreApplication::translate("CheckInFlow", "Rating a cue"));
        !allowed.ok())
        return allowed;
    m_draft.feelings[m_draft.currentStep] = feeling;
    moveToNextCue();
    return Result<void>::success();
}

Result<void> CheckInFlow::skipCue()
{
    if (Result<void> allowed = requireStage({CheckInStage::PracticingCue, CheckInStage::RatingCue},
            QCoreApplication::translate("CheckInFlow", "Skipping a cue"));
        !allowed.ok())
        return allowed;
    moveToNextCue();
    return Result<void>::success();
}

void CheckInFlow::moveToNextCue()
{
    if (m_draft.currentStep + 1 >= m_draft.practice->steps.size()) {
        finishPractice(PracticeEnding::Completed);
        return;
    }
    ++m_draft.currentStep;
    m_draft.reachedSteps = std::max(m_draft.reachedSteps, m_draft.currentStep + 1);
    m_draft.stage = CheckInStage::PracticingCue;
}

Result<void> CheckInFlow::previousCue()
{
    if (Result<void> allowed = requireStage({CheckInStage::PracticingCue, CheckInStage::RatingCue},
            QCoreApplication::translate("CheckInFlow", "Going back a cue"));
        !allowed.ok())
        return allowed;
    if (m_draft.currentStep == 0)
        return Result<void>::failure(
            QCoreApplication::translate("CheckInFlow", "This is the first cue."));
    --m_draft.currentStep;
    m_draft.stage = CheckInStage::PracticingCue;
    return Result<void>::success();
}

Result<void> CheckInFlow::endEarly()
{
    if (Result<void> allowed = requireStage(
            {CheckInStage::BreathIntro, CheckInStage::PracticingCue, CheckInStage::RatingCue},
            QCoreApplication::translate("CheckInFlow", "Ending the practice"));
        !allowed.ok())
        return allowed;
    finishPractice(PracticeEnding::Early);
    return Result<void>::success();
}

void CheckInFlow::finishPractice(PracticeEnding ending)
{
    m_draft.resumeStage = m_draft.stage;
    m_draft.ending = ending;
    m_draft.endedAt = currentTime();
    m_draft.stage = CheckInStage::RatingAfter;
}

Result<void> CheckInFlow::setPainAfter(std::optional<int> pain)
{
    if (Result<void> allowed = requireStage(
            {CheckInStage::RatingAfter}, QCoreApplication::translate("CheckInFlow", "Rating pain"));
        !allowed.ok())
        return allowed;
    if (pain && !isOnScale(*pain))
        return Result<void>::failure(outOfScale(*pain));
    m_draft.painAfter = pain;
    return Result<void>::success();
}

Result<void> CheckInFlow::setLeaningAfter(
    const QString &directionId, std::optional<Leaning> leaning)
{
    if (Result<void> allowed = requireStage({CheckInStage::RatingAfter},
            QCoreApplication::translate("CheckInFlow", "Saying how you lean"));
        !allowed.ok())
        return allowed;
    return setLeaning(m_draft.leaningsAfter, directionId, leaning);
}

Result<void> CheckInFlow::setNote(const QString &note)
{
    if (Result<void> allowed =
            requireStage({CheckInStage::RedFlagAdvice, CheckInStage::RatingAfter},
                QCoreApplication::translate("CheckInFlow", "Writing a note"));
        !allowed.ok())
        return allowed;
    m_draft.note = note;
    return Result<void>::success();
}

Result<void> CheckInFlow::setCueFeeling(int step, std::optional<CueFeeling> feeling)
{
    if (Result<void> allowed = requireStage({CheckInStage::RatingAfter},
            QCoreApplication::translate("CheckInFlow", "Saying how the cues felt"));
        !allowed.ok())
        return allowed;
    if (step < 0 || step >= m_draft.reachedSteps)
        return Result<void>::failure(
            QCoreApplication::translate("CheckInFlow", "Cue %1 was not reached in this practice.")
                .arg(step + 1));
    m_draft.feelings[step] = feeling;
    return Result<void>::success();
}

Result<void> CheckInFlow::save(JournalStore &journal)
{
    if (m_draft.stage == CheckInStage::Saved)
        return Result<void>::failure(
            QCoreApplication::translate("CheckInFlow", "The check-in is already saved."));
    if (!canSave())
        return Result<void>::failure(m_draft.stage == CheckInStage::RatingAfter
                ? QCoreApplication::translate(
                    "CheckInFlow", "Rate your pain now (0 to 10) before saving.")
                : QCoreApplication::translate(
                    "CheckInFlow", "The check-in can be saved once the practice is over."));
    if (Result<void> added = journal.add(toCheckIn()); !added.ok()) {
        m_saveError = added.error();
        return added;
    }
    m_saveError.clear();
    m_draft.stage = CheckInStage::Saved;
    return Result<void>::success();
}

Result<void> CheckInFlow::next()
{
    switch (m_draft.stage) {
    case CheckInStage::ChoosingWhere:
        if (m_draft.regionIds.isEmpty())
            return Result<void>::failure(
                QCoreApplication::translate("CheckInFlow", "Choose at least one region."));
        if (!m_draft.context)
            return Result<void>::failure(
                QCoreApplication::translate("CheckInFlow", "Choose where you are practising."));
        if (!m_draft.practice)
            return Result<void>::failure(
                QCoreApplication::translate("CheckInFlow", "Choose a practice."));
        m_draft.stage = CheckInStage::RatingBefore;
        return Result<void>::success();
    case CheckInStage::RatingBefore:
        if (!m_draft.painBefore)
            return Result<void>::failure(
                QCoreApplication::translate("CheckInFlow", "Rate your pain (0 to 10) first."));
        if (hasRedFlags()) {
            m_draft.endedAt = currentTime();
            m_draft.stage = CheckInStage::RedFlagAdvice;
        } else {
            m_draft.stage = CheckInStage::BreathIntro;
        }
        return Result<void>::success();
    case CheckInStage::RedFlagAdvice:
        return Result<void>::failure(seeAClinicianFirst());
    case CheckInStage::BreathIntro:
        return startPractice();
    case CheckInStage::PracticingCue:
        if (m_draft.rateCuesAtEnd)
            moveToNextCue();
        else
            m_draft.stage = CheckInStage::RatingCue;
        return Result<void>::success();
    case CheckInStage::RatingCue:
        return Result<void>::failure(
            QCoreApplication::translate("CheckInFlow", "Say how the cue felt, or skip it."));
    case CheckInStage::RatingAfter:
        return Result<void>::failure(
            QCoreApplication::translate("CheckInFlow", "Save to finish the check-in."));
    case CheckInStage::Saved:
        return Result<void>::failure(
            QCoreApplication::translate("CheckInFlow", "The check-in is saved."));
    }
    Q_UNREACHABLE();
    return Result<void>::success();
}

Result<void> CheckInFlow::back()
{
    switch (m_draft.stage) {
    case CheckInStage::ChoosingWhere:
        return Result<void>::failure(
            QCoreApplication::translate("CheckInFlow", "This is the first step."));
    case CheckInStage::RatingBefore:
        m_draft.stage = CheckInStage::ChoosingWhere;
        return Result<void>::success();
    case CheckInStage::RedFlagAdvice:
        m_draft.endedAt = QDateTime();
        m_draft.stage = CheckInStage::RatingBefore;
        return Result<void>::success();
    case CheckInStage::BreathIntro:
        m_draft.stage = CheckInStage::RatingBefore;
        return Result<void>::success();
    case CheckInStage::PracticingCue:
        if (m_draft.currentStep > 0)
            return previousCue();
        m_draft.stage = CheckInStage::BreathIntro;
        return Result<void>::success();
    case CheckInStage::RatingCue:
        m_draft.stage = CheckInStage::PracticingCue;
        return Result<void>::success();
    case CheckInStage::RatingAfter:
        m_draft.ending.reset();
        m_draft.endedAt = QDateTime();
        m_draft.stage = m_draft.resumeStage;
        return Result<void>::success();
    case CheckInStage::Saved:
        return Result<void>::failure(
            QCoreApplication::translate("CheckInFlow", "The check-in is saved."));
    }
    Q_UNREACHABLE();
    return Result<void>::success();
}

QList<const Practice *> CheckInFlow::fittingPractices() const
{
    if (!m_draft.context)
        return {};
    return PracticeBuilder::fittingPractices(m_model, m_draft.regionIds, *m_draft.context);
}

std::optional<BreathPattern> CheckInFlow::breathPattern() const
{
    const BreathPattern *pattern = m_model.findBreathPattern(m_draft.breathPatternId);
    return pattern ? std::optional(*pattern) : std::nullopt;
}

milliseconds CheckInFlow::practiceLength() const
{
    const std::optional<BreathPattern> pattern = breathPattern();
    if (!m_draft.practice || !pattern)
        return milliseconds(0);
    return pattern->cycle() * m_draft.practice->totalBreaths();
}

std::optional<CurrentCue> CheckInFlow::currentCue() const
{
    if (m_draft.stage != CheckInStage::PracticingCue && m_draft.stage != CheckInStage::RatingCue)
        return std::nullopt;
    return cueAt(m_draft.currentStep);
}

QList<CurrentCue> CheckInFlow::reachedCues() const
{
    QList<CurrentCue> reached;
    for (int step = 0; step < m_draft.reachedSteps; ++step)
        reached.append(cueAt(step));
    return reached;
}

CurrentCue CheckInFlow::cueAt(int index) const
{
    const PracticeStep &step = m_draft.practice->steps.at(index);
    const Region *region = m_model.regionOfCue(step.cueId);
    return CurrentCue {*m_model.findCue(step.cueId), region->id, region->name, step.breaths, index,
        int(m_draft.practice->steps.size()), m_draft.feelings.at(index)};
}

std::optional<int> CheckInFlow::painChange() const
{
    if (!m_draft.painBefore || !m_draft.painAfter)
        return std::nullopt;
    return *m_draft.painAfter - *m_draft.painBefore;
}

bool CheckInFlow::isMeaningfulChange() const
{
    return m_draft.painBefore && m_draft.painAfter
        && toward::isMeaningfulChange(*m_draft.painBefore, *m_draft.painAfter);
}

bool CheckInFlow::canSave() const
{
    switch (m_draft.stage) {
    case CheckInStage::RedFlagAdvice:
        return true;
    case CheckInStage::RatingAfter:
        return m_draft.painAfter || m_draft.ending == PracticeEnding::Early;
    default:
        return false;
    }
}

QList<LeaningRecord> CheckInFlow::leaningRecords(const QMap<QString, Leaning> &leanings) const
{
    QList<LeaningRecord> records;
    for (const InnerDirection &direction : m_model.innerDirections) {
        if (leanings.contains(direction.id))
            records.append(
                {direction.id, direction.toward, direction.away, leanings.value(direction.id)});
    }
    return records;
}

CheckIn CheckInFlow::toCheckIn() const
{
    CheckIn checkIn;
    checkIn.id = m_draft.id;
    checkIn.startedAt = m_draft.startedAt;
    checkIn.endedAt = m_draft.endedAt;
    checkIn.context = m_draft.context.value_or(Context::Mat);
    for (const QString &regionId : m_draft.regionIds)
        checkIn.regions.append({regionId, m_model.findRegion(regionId)->name});
    checkIn.painBefore = m_draft.painBefore.value_or(MinPain);
    checkIn.leaningsBefore = leaningRecords(m_draft.leaningsBefore);
    checkIn.redFlags = m_draft.redFlags;
    checkIn.note = m_draft.note;
    if (hasRedFlags() || !m_draft.practice)
        return checkIn;

    checkIn.practiceId = m_draft.practice->id;
    checkIn.practiceTitle = m_draft.practice->title;
    if (const std::optional<BreathPattern> pattern = breathPattern()) {
        checkIn.breathPatternId = pattern->id;
        checkIn.breathPatternName = pattern->name;
    }
    checkIn.painAfter = m_draft.painAfter;
    checkIn.leaningsAfter = leaningRecords(m_draft.leaningsAfter);
    for (int step = 0; step < m_draft.reachedSteps; ++step) {
        const QString &cueId = m_draft.practice->steps.at(step).cueId;
        checkIn.cues.append({cueId, m_model.findCue(cueId)->title, m_model.regionOfCue(cueId)->id,
            m_draft.feelings.at(step)});
    }
    return checkIn;
}

} // namespace toward
