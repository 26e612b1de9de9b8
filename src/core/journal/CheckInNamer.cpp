#include "journal/CheckInNamer.h"

namespace toward {

CheckInNamer::CheckInNamer(const PracticeModel &model)
    : m_model(model)
{
}

void CheckInNamer::nameParts(CheckIn &checkIn) const
{
    for (RegionRecord &region : checkIn.regions) {
        if (const Region *known = m_model.findRegion(region.id))
            region.name = known->name;
    }
    if (const Practice *practice = m_model.findPractice(checkIn.practiceId))
        checkIn.practiceTitle = practice->title;
    if (const BreathPattern *pattern = m_model.findBreathPattern(checkIn.breathPatternId))
        checkIn.breathPatternName = pattern->name;
    for (QList<LeaningRecord> *leanings : {&checkIn.leaningsBefore, &checkIn.leaningsAfter}) {
        for (LeaningRecord &leaning : *leanings) {
            if (const InnerDirection *direction = m_model.findInnerDirection(leaning.directionId)) {
                leaning.towardLabel = direction->toward;
                leaning.awayLabel = direction->away;
            }
        }
    }
    for (CueRecord &cue : checkIn.cues) {
        if (const Region *region = m_model.regionOfCue(cue.cueId)) {
            cue.title = m_model.findCue(cue.cueId)->title;
            cue.regionId = region->id;
        }
    }
}

} // namespace toward
