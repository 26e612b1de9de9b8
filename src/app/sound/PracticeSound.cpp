#include "sound/PracticeSound.h"

#include "sound/SoundOutput.h"

#include <algorithm>

namespace toward {

PracticeSound::PracticeSound(const MonotonicClock &clock, SoundOutput &output, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_output(output)
{
    m_timer.setSingleShot(true);
    // A coarse timer may wake 5% late: 150 ms on a 3 s phase, heard as a lagging tone.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &PracticeSound::catchUp);
}

void PracticeSound::play(const SoundSchedule &schedule, milliseconds from, bool paused)
{
    stop();
    m_schedule = schedule;
    m_from = from;
    m_heardUntil = from - milliseconds(1);
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
}

void PracticeSound::resume()
{
    if (!m_stopwatch || !m_stopwatch->isPaused())
        return;
    m_stopwatch->resume();
    catchUp();
}

void PracticeSound::stop()
{
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
    const auto latestTone = std::find_if(due.crbegin(), due.crend(),
        [](const SoundEvent &event) { return event.kind == SoundEventKind::Tone; });
    for (auto event = due.cbegin(); event != due.cend(); ++event) {
        if (event->kind != SoundEventKind::Tone) {
            m_output.speak(event->words);
            continue;
        }
        const bool latest = latestTone != due.crend() && &*latestTone == &*event;
        if (latest || now - event->at <= LateToneLimit)
            m_output.playTone(event->phase);
    }
    m_heardUntil = std::max(m_heardUntil, now);
    armTimer();
}

void PracticeSound::armTimer()
{
    m_timer.stop();
    m_wakeAt = m_schedule->nextEventAfter(m_heardUntil);
    if (!m_wakeAt)
        return;
    // Never zero: the next event lies after `now`, which was read to the millisecond.
    const milliseconds wait = std::max(*m_wakeAt - elapsed(), milliseconds(1));
    m_timer.start(wait);
}

} // namespace toward
