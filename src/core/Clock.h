#pragma once

#include <QDateTime>

#include <functional>

namespace toward {

// "Now", passed in so that what depends on the date can be tested on a fixed one.
using Clock = std::function<QDateTime()>;

inline QDateTime systemNow()
{
    return QDateTime::currentDateTime();
}

} // namespace toward
