#pragma once

#include "Clock.h"

#include <memory>

namespace toward::test {

// 08:30 on Wednesday 1 May 2024 at UTC+2, moved by hand.
struct WallClock {
    std::shared_ptr<QDateTime> current =
        std::make_shared<QDateTime>(QDate(2024, 5, 1), QTime(8, 30), Qt::OffsetFromUTC, 2 * 3600);

    QDateTime now() const { return *current; }
    void advanceSeconds(qint64 seconds) const { *current = current->addSecs(seconds); }
    void advanceMinutes(qint64 minutes) const { advanceSeconds(minutes * 60); }
    Clock provider() const
    {
        return [current = current] { return *current; };
    }
};

} // namespace toward::test
