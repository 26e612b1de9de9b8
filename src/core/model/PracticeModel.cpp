#include "model/PracticeModel.h"

#include <algorithm>
#include <numeric>

namespace toward {

namespace {

template<typename Item>
const Item *findById(const QList<Item> &items, QStringView id)
{
    const auto it = std::find_if(
        items.cbegin(), items.cend(), [id](const Item &item) { return item.id == id; });
    return it == items.cend() ? nullptr : &*it;
}

} // namespace

const AwayPattern *Region::findAwayPattern(QStringView awayId) const
{
    return findById(away, awayId);
}

int Practice::totalBreaths() const
{
    return std::accumulate(steps.cbegin(), steps.cend(), 0,
        [](int sum, const PracticeStep &step) { return sum + step.breaths; });
}

const Region *PracticeModel::findRegion(QStringView regionId) const
{
    return findById(regions, regionId);
}

const Cue *PracticeModel::findCue(QStringView cueId) const
{
    const Region *region = regionOfCue(cueId);
    return region ? findById(region->cues, cueId) : nullptr;
}

const Region *PracticeModel::regionOfCue(QStringView cueId) const
{
    const auto it = std::find_if(regions.cbegin(), regions.cend(),
        [cueId](const Region &region) { return findById(region.cues, cueId); });
    return it == regions.cend() ? nullptr : &*it;
}

const BreathPattern *PracticeModel::findBreathPattern(QStringView patternId) const
{
    return findById(breathPatterns, patternId);
}

const Practice *PracticeModel::findPractice(QStringView practiceId) const
{
    return findById(practices, practiceId);
}

const InnerDirection *PracticeModel::findInnerDirection(QStringView directionId) const
{
    return findById(innerDirections, directionId);
}

const BreathPattern &PracticeModel::breathPatternFor(const Practice &practice) const
{
    const BreathPattern *named = findBreathPattern(practice.breathPatternId);
    return named ? *named : defaultBreathPattern();
}

milliseconds PracticeModel::practiceLength(const Practice &practice) const
{
    return breathPatternFor(practice).cycle() * practice.totalBreaths();
}

qsizetype PracticeModel::cueCount() const
{
    return std::accumulate(regions.cbegin(), regions.cend(), qsizetype(0),
        [](qsizetype sum, const Region &region) { return sum + region.cues.size(); });
}

} // namespace toward
