#include "fairtest/FairTest.h"

#include <QCoreApplication>

#include <cmath>

using namespace Qt::StringLiterals;

namespace toward {

QString FairTestOption::label() const
{
    switch (kind) {
    case FairTestOptionKind::Practice:
        return title;
    case FairTestOptionKind::WithCue:
        return QCoreApplication::translate("FairTest", "with “%1”").arg(title);
    case FairTestOptionKind::WithoutCue:
        return QCoreApplication::translate("FairTest", "without “%1”").arg(title);
    }
    return title;
}

FairTest FairTest::ofPractices(FairTestOption a, FairTestOption b)
{
    FairTest test;
    a.kind = b.kind = FairTestOptionKind::Practice;
    test.options = {std::move(a), std::move(b)};
    return test;
}

FairTest FairTest::ofCue(const QString &cueId, const QString &cueTitle)
{
    FairTest test;
    test.options = {FairTestOption {FairTestOptionKind::WithCue, cueId, cueTitle},
        FairTestOption {FairTestOptionKind::WithoutCue, cueId, cueTitle}};
    return test;
}

FairTestState FairTest::state(const QDateTime &now) const
{
    if (stoppedAt.isValid() && stoppedAt < endsAt())
        return FairTestState::StoppedEarly;
    return now < endsAt() ? FairTestState::Running : FairTestState::Finished;
}

int FairTest::daysLeft(const QDateTime &now) const
{
    if (!isRunning(now))
        return 0;
    return int(std::ceil(double(now.msecsTo(endsAt())) / (24.0 * 3600 * 1000)));
}

QString FairTest::problem() const
{
    const bool practices = options[0].kind == FairTestOptionKind::Practice
        && options[1].kind == FairTestOptionKind::Practice && options[0].id != options[1].id;
    const bool cue = options[0].kind == FairTestOptionKind::WithCue
        && options[1].kind == FairTestOptionKind::WithoutCue && options[0].id == options[1].id;
    if (options[0].id.isEmpty() || options[1].id.isEmpty() || (!practices && !cue))
        return QCoreApplication::translate("FairTest",
            "A fair test compares two different practices, or a cue with leaving it out.");
    if (!startedAt.isValid())
        return QCoreApplication::translate("FairTest", "The fair test has no start time.");
    if (days < MinWeeks * 7 || days > MaxWeeks * 7)
        return QCoreApplication::translate("FairTest", "A fair test lasts from %1 to %2 weeks.")
            .arg(MinWeeks)
            .arg(MaxWeeks);
    if (blockSize < 2 || blockSize % 2 != 0)
        return QCoreApplication::translate(
            "FairTest", "A fair test's blocks hold each option equally often.");
    return {};
}

} // namespace toward
