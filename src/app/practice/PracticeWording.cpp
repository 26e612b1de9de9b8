#include "practice/PracticeWording.h"

#include "model/ModelSummary.h"

namespace toward {

QString PracticeWording::breathCount(int breaths)
{
    return tr("%n breath(s)", nullptr, breaths);
}

QString PracticeWording::breathPattern(const BreathPattern &pattern)
{
    QStringList phases {tr("in %1").arg(formatPhaseLength(pattern.inhale))};
    if (pattern.holdIn.count() > 0)
        phases.append(tr("hold %1").arg(formatPhaseLength(pattern.holdIn)));
    phases.append(tr("out %1").arg(formatPhaseLength(pattern.exhale)));
    if (pattern.holdOut.count() > 0)
        phases.append(tr("hold %1").arg(formatPhaseLength(pattern.holdOut)));
    return pattern.name + QStringLiteral(": ") + phases.join(QStringLiteral(", "));
}

} // namespace toward
