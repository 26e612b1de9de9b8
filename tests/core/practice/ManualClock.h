#pragma once

#include "practice/MonotonicClock.h"

namespace toward::test {

// A clock that moves only when a test says so.
class ManualClock final : public MonotonicClock {
public:
    std::chrono::nanoseconds now() const override { return m_now; }
    void advance(std::chrono::nanoseconds by) { m_now += by; }

private:
    std::chrono::nanoseconds m_now {std::chrono::hours(1)};
};

} // namespace toward::test
