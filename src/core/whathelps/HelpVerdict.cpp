#include "whathelps/HelpVerdict.h"

using namespace Qt::StringLiterals;

namespace toward {

HelpVerdict HelpEvidence::verdict() const
{
    if (uses < MinUses || days < MinDays || !effect || effect->halfWidth() > MaxHalfWidth)
        return HelpVerdict::NotEnoughData;
    if (effect->high < 0)
        return HelpVerdict::Helps;
    if (effect->low > 0)
        return HelpVerdict::HelpsLess;
    if (effect->low >= -AboutTheSamePoints && effect->high <= AboutTheSamePoints)
        return HelpVerdict::AboutTheSame;
    return HelpVerdict::NoClearDifference;
}

QString verdictId(HelpVerdict verdict)
{
    switch (verdict) {
    case HelpVerdict::Helps:
        return u"helps"_s;
    case HelpVerdict::AboutTheSame:
        return u"about-the-same"_s;
    case HelpVerdict::NoClearDifference:
        return u"no-clear-difference"_s;
    case HelpVerdict::HelpsLess:
        return u"helps-less"_s;
    case HelpVerdict::NotEnoughData:
        return u"not-enough-data"_s;
    }
    return {};
}

} // namespace toward
