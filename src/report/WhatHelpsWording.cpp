#include "WhatHelpsWording.h"

#include <algorithm>
#include <cmath>

namespace toward {

namespace {

const QChar MinusSign(0x2212);

} // namespace

WhatHelpsWording::WhatHelpsWording(QLocale locale)
    : m_locale(std::move(locale))
{
}

QString WhatHelpsWording::effect(const std::optional<EffectInterval> &effect) const
{
    if (!effect)
        return tr("no estimate yet");
    return tr("%1 points (%2 to %3)")
        .arg(points(effect->estimate), points(effect->low), points(effect->high));
}

QString WhatHelpsWording::spokenEffect(const std::optional<EffectInterval> &effect) const
{
    if (!effect)
        return tr("no estimate yet");
    const auto side = [this](double value) {
        const QString amount = m_locale.toString(std::abs(value), 'f', 1);
        if (std::round(value * 10) == 0)
            return tr("no difference");
        return value < 0 ? tr("%1 less").arg(amount) : tr("%1 more").arg(amount);
    };
    return tr("%1 points of pain after, from %2 to %3, compared with your usual")
        .arg(side(effect->estimate), side(effect->low), side(effect->high));
}

QString WhatHelpsWording::evidence(const HelpEvidence &evidence) const
{
    //: %1 is "N uses", %2 is "N days", as in "5 uses on 3 days"
    return tr("%1 on %2")
        .arg(tr("%Ln use(s)", nullptr, evidence.uses), tr("%Ln day(s)", nullptr, evidence.days));
}

QString WhatHelpsWording::meaningfulShare(
    const HelpEstimate &estimate, const WhatHelps &helps) const
{
    const std::optional<double> own = estimate.meaningfulShare();
    if (!own)
        return QStringLiteral("–");
    const std::optional<double> overall = helps.meaningfulShare();
    if (!overall)
        return percent(*own);
    return tr("%1 (your overall %2)").arg(percent(*own), percent(*overall));
}

QString WhatHelpsWording::alwaysWith(const HelpEstimate &estimate)
{
    if (estimate.alwaysWith.isEmpty())
        return {};
    return tr("Always done together with %1: their effects cannot be told apart.")
        .arg(estimate.alwaysWith.join(QStringLiteral(", ")));
}

bool WhatHelpsWording::nothingToCompare(const WhatHelps &helps)
{
    const auto compared = [](const HelpEstimate &estimate) {
        return estimate.verdict != HelpVerdict::NotEnoughData;
    };
    return std::none_of(helps.cues.begin(), helps.cues.end(), compared)
        && std::none_of(helps.practices.begin(), helps.practices.end(), compared);
}

QString WhatHelpsWording::explanation(const WhatHelps &helps) const
{
    QString text = tr("From %Ln check-in(s), %1 with pain rated after.", nullptr, helps.checkIns)
                       .arg(m_locale.toString(helps.rated));
    text += u' ';
    if (nothingToCompare(helps)) {
        text += tr("Not enough data yet to compare anything: a cue or practice needs pain rated "
                   "after at least %1 check-ins over %2 days.")
                    .arg(HelpEvidence::MinUses)
                    .arg(HelpEvidence::MinDays);
        text += u' ';
    }
    text += tr("Each cue and practice is compared with your usual: your check-ins that started "
               "with the same pain, in the same place and the same week. A minus means less pain "
               "after than usual. The dot is the estimate; the bar is the range it lies in with "
               "90% certainty. These are estimates from your own journal, not proof and not "
               "medical advice.");
    return text;
}

QString WhatHelpsWording::points(double value) const
{
    // One decimal, and never "−0.0".
    const double rounded = std::round(value * 10) / 10;
    const QString digits = m_locale.toString(std::abs(rounded), 'f', 1);
    return rounded < 0 ? MinusSign + digits : digits;
}

QString WhatHelpsWording::percent(double share) const
{
    return m_locale.toString(qRound(share * 100)) + m_locale.percent();
}

} // namespace toward
