#pragma once

#include <chrono>

namespace toward {

// Time that only moves forward, injected wherever elapsed time matters so tests can drive it.
class MonotonicClock {
public:
    virtual ~MonotonicClock() = default;
    virtual std::chrono::nanoseconds now() const = 0;
};

// The system's steady clock.
class SteadyClock final : public MonotonicClock {
public:
    std::chrono::nanoseconds now() const override
    {
        return std::chrono::steady_clock::now().time_since_epoch();
    }
};

} // namespace toward
