#include "sound/SoundSchedule.h"

#include "practice/CheckInFlow.h"
#include "sound/SoundWording.h"

#include <algorithm>

namespace toward {

SoundSchedule::SoundSchedule(QString openingWords, std::optional<BreathSchedule> breaths,
    QList<SoundEvent> closing, Speech speech)
    : m_openingWords(speech == Speech::On ? std::move(openingWords) : QString())
    , m_breaths(std::move(breaths))
    , m_closing(speech == Speech::On ? std::move(closing) : QList<SoundEvent>())
{
    if (speech == Speech::Off)
        m_breathsStart = LeadIn;
}

SoundSchedule SoundSchedule::forIntro(Speech speech)
{
    return {SoundWording::intro(), std::nullopt, {}, speech};
}

SoundSchedule SoundSchedule::forCue(
    const CurrentCue &current, const BreathPattern &pattern, AfterCue after, Speech speech)
{
    QList<SoundEvent> closing;
    const bool last = current.index + 1 >= current.count;
    if (after == AfterCue::Rate)
        closing.append({.kind = SoundEventKind::Prompt, .words = SoundWording::rateCue()});
    else if (!last)
        closing.append({.kind = SoundEventKind::Prompt, .words = SoundWording::nextCue()});
    if (last)
        closing.append({.kind = SoundEventKind::PracticeEnd, .words = SoundWording::practiceEnd()});
    return {SoundWording::cue(current.cue), BreathSchedule(pattern, current.breaths),
        std::move(closing), speech};
}

SoundSchedule SoundSchedule::forSample(const BreathPattern &pattern, Speech speech)
{
    return {SoundWording::intro(), BreathSchedule(pattern, 1), {}, speech};
}

void SoundSchedule::setOpeningLength(milliseconds length)
{
    if (!m_breathsStart)
        m_breathsStart = std::max(length, milliseconds(0));
}

QList<SoundEvent> SoundSchedule::eventsBetween(milliseconds from, milliseconds to) const
{
    QList<SoundEvent> events;
    const auto falls = [from, to](milliseconds at) { return at > from && at <= to; };
    if (!m_openingWords.isEmpty() && falls(milliseconds(0)))
        events.append({.kind = SoundEventKind::Opening, .words = m_openingWords});
    if (!m_breathsStart)
        return events;
    const milliseconds start = *m_breathsStart;
    if (m_breaths) {
        for (const PhaseChange &change : m_breaths->changesBetween(from - start, to - start))
            events.append({.at = start + change.at,
                .kind = SoundEventKind::Tone,
                .phase = change.phase,
                .breath = change.breath,
                .words = {}});
    }
    const milliseconds end = lastEventAt();
    if (falls(end)) {
        for (SoundEvent closing : m_closing) {
            closing.at = end;
            events.append(closing);
        }
    }
    return events;
}

std::optional<milliseconds> SoundSchedule::nextEventAfter(milliseconds time) const
{
    // A cue's part holds a few dozen events at most: listing them is cheaper than being clever.
    const QList<SoundEvent> later = eventsBetween(time, lastEventAt());
    if (later.isEmpty())
        return std::nullopt;
    return later.constFirst().at;
}

milliseconds SoundSchedule::lastEventAt() const
{
    if (!m_breathsStart)
        return milliseconds(0);
    return *m_breathsStart + (m_breaths ? m_breaths->totalLength() : milliseconds(0));
}

} // namespace toward
