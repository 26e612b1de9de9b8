#pragma once

#include <QDateTime>

#include <functional>

namespace toward {

// The wall-clock "now", injected wherever the date or time of day matters, so that tests choose
// the moment and its UTC offset. (Elapsed time has its own clock: MonotonicClock.)
using Clock = std::function<QDateTime()>;

inline QDateTime systemNow()
{
    return QDateTime::currentDateTime();
}

} // namespace toward
