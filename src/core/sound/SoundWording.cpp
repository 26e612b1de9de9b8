#include "sound/SoundWording.h"

namespace toward {

QString SoundWording::intro()
{
    return tr("Exhale fully. Inhale deeply.");
}

QString SoundWording::cue(const Cue &cue)
{
    // A title is written as a heading; the pause a voice makes at a full stop keeps it apart from
    // the instruction.
    const bool endsSentence =
        cue.title.endsWith(u'.') || cue.title.endsWith(u'!') || cue.title.endsWith(u'?');
    const QString separator = endsSentence ? QStringLiteral(" ") : QStringLiteral(". ");
    return cue.title + separator + cue.text;
}

QString SoundWording::rateCue()
{
    return tr("How did that feel: toward, neutral, or away?");
}

QString SoundWording::nextCue()
{
    return tr("Next cue.");
}

QString SoundWording::practiceEnd()
{
    return tr("That was the last cue. The practice is complete.");
}

QString SoundWording::phase(BreathPhase phase)
{
    switch (phase) {
    case BreathPhase::Inhale:
        return tr("in");
    case BreathPhase::Exhale:
        return tr("out");
    case BreathPhase::HoldIn:
    case BreathPhase::HoldOut:
        break;
    }
    return tr("hold");
}

} // namespace toward
