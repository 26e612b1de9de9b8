#pragma once

#include "whathelps/WhatHelps.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace toward {

// The words the What-helps view and the report both use for an estimate, so that the screen and
// the paper say the same thing.
class WhatHelpsWording {
    Q_DECLARE_TR_FUNCTIONS(WhatHelpsWording)

public:
    explicit WhatHelpsWording(QLocale locale = QLocale());

    // "−1.2 points (−2.0 to −0.4)", or "no estimate yet".
    QString effect(const std::optional<EffectInterval> &effect) const;
    // The same for a screen reader, with no signs to read out: "1.2 less points of pain after,
    // from 2.0 less to 0.4 less, compared with your usual".
    QString spokenEffect(const std::optional<EffectInterval> &effect) const;
    // "12 uses on 5 days"
    QString evidence(const HelpEvidence &evidence) const;
    // "40% (your overall 25%)", or "–" with no rated use.
    QString meaningfulShare(const HelpEstimate &estimate, const WhatHelps &helps) const;
    // "Always done together with Chin back, Long neck: …"
    static QString alwaysWith(const HelpEstimate &estimate);
    // What "your usual" is, how to read the plot, the journal's counts, and what is missing when
    // nothing can be compared yet.
    QString explanation(const WhatHelps &helps) const;
    // True when no cue or practice has a verdict other than "not enough data yet".
    static bool nothingToCompare(const WhatHelps &helps);

private:
    QString points(double value) const;
    QString percent(double share) const;

    QLocale m_locale;
};

} // namespace toward
