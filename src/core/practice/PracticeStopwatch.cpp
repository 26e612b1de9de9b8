#include "practice/PracticeStopwatch.h"

namespace toward {

using std::chrono::nanoseconds;

PracticeStopwatch::PracticeStopwatch(const MonotonicClock &clock)
    : m_clock(clock)
{
}

void PracticeStopwatch::start()
{
    m_startedAt = m_clock.now();
    m_pausedAt.reset();
    m_pausedTotal = nanoseconds(0);
}

void PracticeStopwatch::pause()
{
    if (isRunning())
        m_pausedAt = m_clock.now();
}

void PracticeStopwatch::resume()
{
    if (!m_pausedAt)
        return;
    m_pausedTotal += m_clock.now() - *m_pausedAt;
    m_pausedAt.reset();
}

milliseconds PracticeStopwatch::elapsed() const
{
    if (!m_startedAt)
        return milliseconds(0);
    const nanoseconds until = m_pausedAt.value_or(m_clock.now());
    return std::chrono::duration_cast<milliseconds>(until - *m_startedAt - m_pausedTotal);
}

} // namespace toward
