#include "sound/PracticeSound.h"

#include "sound/SoundOutput.h"
#include "sound/SoundWording.h"
#include "sound/VoiceOutput.h"

#include <QStringList>

#include <algorithm>

namespace toward {

PracticeSound::PracticeSound(
    const MonotonicClock &clock, SoundOutput &tones, VoiceOutput *voice, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_tones(tones)
    , m_voice(voice)
{
    m_timer.setSingleShot(true);
    // A coarse timer may wake 5% late: 150 ms on a 3 s phase, heard as a lagging tone.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &PracticeSound::catchUp);
}

PracticeSound::~PracticeSound()
{
    stop();
}

void PracticeSound::play(const SoundSchedule &schedule, milliseconds from, bool paused)
{
    stop();
    m_schedule = schedule;
    m_from = from;
    m_heardUntil = from - milliseconds(1);
    m_opening = Opening::NotSaid;
    m_stopwatch.emplace(m_clock);
    m_stopwatch->start();
    if (paused)
        m_stopwatch->pause();
    catchUp();
}

void PracticeSound::pause()
{
    if (!m_stopwatch || !m_stopwatch->isRunning())
        return;
    m_stopwatch->pause();
    m_timer.stop();
    m_wakeAt.reset();
    if (m_voice)
        m_voice->stop();
}

void PracticeSound::resume()
{
    if (!m_stopwatch || !m_stopwatch->isPaused())
        return;
    m_stopwatch->resume();
    // An opening cut off mid-sentence is said again from its start: the rest of a sentence makes
    // little sense alone, and Qt 6.4's engines tell neither where they stopped nor how to go on
    // from there. The breaths then begin after the second saying.
    if (m_opening == Opening::Saying) {
        m_opening = Opening::NotSaid;
        m_heardUntil = SoundSchedule::BeforeStart;
    }
    catchUp();
}

void PracticeSound::stop()
{
    // Only this player's words: another may be speaking through the same voice.
    if (m_voice && m_stopwatch)
        m_voice->stop();
    m_timer.stop();
    m_wakeAt.reset();
    m_stopwatch.reset();
    m_schedule.reset();
}

milliseconds PracticeSound::elapsed() const
{
    return m_from + (m_stopwatch ? m_stopwatch->elapsed() : milliseconds(0));
}

std::optional<milliseconds> PracticeSound::wakeAt() const
{
    return m_timer.isActive() ? m_wakeAt : std::nullopt;
}

void PracticeSound::catchUp()
{
    if (!m_schedule || !m_stopwatch || !m_stopwatch->isRunning())
        return;
    const milliseconds now = elapsed();
    const QList<SoundEvent> due = m_schedule->eventsBetween(m_heardUntil, now);
    // Before anything is heard: a voice without an engine says it has spoken at once, and that
    // catches up again.
    m_heardUntil = std::max(m_heardUntil, now);
    const auto latestTone = std::find_if(due.crbegin(), due.crend(),
        [](const SoundEvent &event) { return event.kind == SoundEventKind::Tone; });
    // Said as one: each thing said cuts short the one before.
    QStringList words;
    for (auto event = due.cbegin(); event != due.cend(); ++event) {
        switch (event->kind) {
        case SoundEventKind::Opening:
            sayOpening(event->words);
            break;
        case SoundEventKind::Tone: {
            const bool latest = latestTone != due.crend() && &*latestTone == &*event;
            if (latest || now - event->at <= LateToneLimit) {
                m_tones.playTone(event->phase);
                if (m_speaksPhases)
                    words.append(SoundWording::phase(event->phase));
            }
            break;
        }
        case SoundEventKind::Prompt:
        case SoundEventKind::PracticeEnd:
            words.append(event->words);
            break;
        }
    }
    if (m_voice && !words.isEmpty())
        m_voice->say(words.join(u' '), [] {});
    armTimer();
}

void PracticeSound::sayOpening(const QString &words)
{
    if (m_opening != Opening::NotSaid)
        return;
    m_opening = Opening::Saying;
    if (m_voice)
        m_voice->say(words, [this] { openingSpoken(); });
    else
        openingSpoken();
}

void PracticeSound::openingSpoken()
{
    m_opening = Opening::Spoken;
    if (!m_schedule || m_schedule->breathsStart())
        return;
    const milliseconds now = elapsed();
    m_schedule->setOpeningLength(now);
    // The first tone falls at `now` itself, due at the next look.
    m_heardUntil = now - milliseconds(1);
    emit breathsBegin();
    catchUp();
}

void PracticeSound::armTimer()
{
    m_timer.stop();
    // Stopped while it spoke, by whoever heard breathsBegin().
    if (!m_schedule)
        return;
    m_wakeAt = m_schedule->nextEventAfter(m_heardUntil);
    if (!m_wakeAt)
        return;
    // Never zero: the next event lies after `now`, which was read to the millisecond.
    const milliseconds wait = std::max(*m_wakeAt - elapsed(), milliseconds(1));
    m_timer.start(wait);
}

} // namespace toward
