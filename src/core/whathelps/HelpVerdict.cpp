#include "whathelps/HelpVerdict.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace toward {

HelpVerdict HelpEvidence::verdict() const
{
    if (uses < MinUses || days < MinDays || !isToldApart || !effect
        || effect->halfWidth() > MaxHalfWidth)
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

QString verdictPhrase(HelpVerdict verdict)
{
    switch (verdict) {
    case HelpVerdict::Helps:
        return QCoreApplication::translate("HelpVerdict", "helps more than your usual");
    case HelpVerdict::AboutTheSame:
        return QCoreApplication::translate("HelpVerdict", "about the same as your usual");
    case HelpVerdict::NoClearDifference:
        return QCoreApplication::translate("HelpVerdict", "no clear difference");
    case HelpVerdict::HelpsLess:
        return QCoreApplication::translate("HelpVerdict", "helps less than your usual");
    case HelpVerdict::NotEnoughData:
        return QCoreApplication::translate("HelpVerdict", "not enough data yet");
    }
    return {};
}

QString notEnoughDataReason(const HelpEvidence &evidence)
{
    if (evidence.verdict() != HelpVerdict::NotEnoughData)
        return {};
    if (evidence.uses == 1)
        return QCoreApplication::translate("HelpVerdict", "used once; %1 uses are needed")
            .arg(HelpEvidence::MinUses);
    if (evidence.uses < HelpEvidence::MinUses)
        return QCoreApplication::translate("HelpVerdict", "used %1 times; %2 are needed")
            .arg(evidence.uses)
            .arg(HelpEvidence::MinUses);
    if (evidence.days == 1)
        return QCoreApplication::translate("HelpVerdict", "on one day; %1 days are needed")
            .arg(HelpEvidence::MinDays);
    if (evidence.days < HelpEvidence::MinDays)
        return QCoreApplication::translate("HelpVerdict", "on %1 days; %2 are needed")
            .arg(evidence.days)
            .arg(HelpEvidence::MinDays);
    if (!evidence.effect)
        return QCoreApplication::translate(
            "HelpVerdict", "done in nearly every check-in: there is nothing to compare it with");
    if (!evidence.isToldApart)
        return QCoreApplication::translate("HelpVerdict",
            "done almost always with the same cues or in the same place: its own share cannot be "
            "told apart");
    return QCoreApplication::translate("HelpVerdict", "still too uncertain (±%1 points)")
        .arg(evidence.effect->halfWidth(), 0, 'f', 1);
}

} // namespace toward
