#include "practice/PracticeBuilder.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace toward {

namespace {

bool hasStepInRegions(
    const PracticeModel &model, const Practice &practice, const QStringList &regionIds)
{
    return std::any_of(
        practice.steps.cbegin(), practice.steps.cend(), [&](const PracticeStep &step) {
            const Region *region = model.regionOfCue(step.cueId);
            return region && regionIds.contains(region->id);
        });
}

struct RegionCues {
    const Region *region;
    QList<const Cue *> cues;
};

// The chosen regions (each once, unknown ids left out) with their cues that fit the context.
QList<RegionCues> fittingCuesByRegion(
    const PracticeModel &model, const QStringList &regionIds, Context context)
{
    QList<RegionCues> byRegion;
    QStringList seen;
    for (const QString &regionId : regionIds) {
        const Region *region = model.findRegion(regionId);
        if (!region || seen.contains(regionId))
            continue;
        seen.append(regionId);
        RegionCues entry {region, {}};
        for (const Cue &cue : region->cues) {
            if (cue.contexts.testFlag(context))
                entry.cues.append(&cue);
        }
        byRegion.append(entry);
    }
    return byRegion;
}

// Round-robin across the regions, so a short practice still reaches each of them.
QList<std::pair<const Region *, const Cue *>> interleaved(const QList<RegionCues> &byRegion)
{
    QList<std::pair<const Region *, const Cue *>> order;
    for (qsizetype round = 0;; ++round) {
        const qsizetype before = order.size();
        for (const RegionCues &entry : byRegion) {
            if (round < entry.cues.size())
                order.append({entry.region, entry.cues.at(round)});
        }
        if (order.size() == before)
            return order;
    }
}

// "Neck", "Low back and neck", "Neck, upper back and pelvis": names after the first start in
// lower case unless they begin like an acronym ("SI joint").
QString joinedRegionNames(const QList<const Region *> &regions)
{
    QStringList names;
    for (const Region *region : regions) {
        QString name = region->name;
        const bool acronym = name.size() > 1 && name.at(1).isUpper();
        if (!names.isEmpty() && !acronym)
            name[0] = name.at(0).toLower();
        names.append(name);
    }
    if (names.size() == 1)
        return names.first();
    const QString last = names.takeLast();
    return QCoreApplication::translate("PracticeBuilder", "%1 and %2")
        .arg(names.join(u", "_s), last);
}

QString contextPhrase(Context context)
{
    switch (context) {
    case Context::Mat:
        return QCoreApplication::translate("PracticeBuilder", "on the mat");
    case Context::Desk:
        return QCoreApplication::translate("PracticeBuilder", "at the desk");
    case Context::Standing:
        return QCoreApplication::translate("PracticeBuilder", "standing");
    case Context::Lying:
        return QCoreApplication::translate("PracticeBuilder", "lying down");
    case Context::Driving:
        return QCoreApplication::translate("PracticeBuilder", "while driving");
    case Context::Walking:
        return QCoreApplication::translate("PracticeBuilder", "while walking");
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace

QList<const Practice *> PracticeBuilder::fittingPractices(
    const PracticeModel &model, const QStringList &regionIds, Context context)
{
    QList<const Practice *> fitting;
    for (const Practice &practice : model.practices) {
        if (hasStepInRegions(model, practice, regionIds) && fits(model, practice, context))
            fitting.append(&practice);
    }
    return fitting;
}

bool PracticeBuilder::fits(const PracticeModel &model, const Practice &practice, Context context)
{
    if (practice.contexts.toInt() != 0)
        return practice.contexts.testFlag(context);
    return std::all_of(
        practice.steps.cbegin(), practice.steps.cend(), [&](const PracticeStep &step) {
            const Cue *cue = model.findCue(step.cueId);
            return cue && cue->contexts.testFlag(context);
        });
}

Result<Practice> PracticeBuilder::buildFromRegions(const PracticeModel &model,
    const QStringList &regionIds, Context context, const BreathPattern &pattern,
    milliseconds target)
{
    const auto candidates = interleaved(fittingCuesByRegion(model, regionIds, context));
    if (candidates.isEmpty())
        return Result<Practice>::failure(QCoreApplication::translate(
            "PracticeBuilder", "None of the chosen regions has a cue that can be done %1.")
                                             .arg(contextPhrase(context)));

    Practice practice;
    practice.id = BuiltPracticeId;
    practice.kind = PracticeKind::Daily;
    practice.contexts = context;
    practice.breathPatternId = pattern.id;
    milliseconds length {0};
    // Round-robin meets the regions in the order given, so this keeps that order.
    QList<const Region *> contributing;
    for (const auto &[region, cue] : candidates) {
        const milliseconds cueLength = pattern.cycle() * cue->breaths;
        if (!practice.steps.isEmpty() && length + cueLength - target > cueLength / 2)
            break;
        practice.steps.append({cue->id, cue->breaths});
        length += cueLength;
        if (!contributing.contains(region))
            contributing.append(region);
    }
    practice.title = joinedRegionNames(contributing) + u", "_s + contextPhrase(context);
    return practice;
}

} // namespace toward
