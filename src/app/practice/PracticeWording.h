#pragma once

#include "model/PracticeModel.h"

#include <QCoreApplication>
#include <QString>

namespace toward {

// How practices and breathing are put into words wherever they are shown.
class PracticeWording {
    Q_DECLARE_TR_FUNCTIONS(PracticeWording)

public:
    // "1 breath", "6 breaths".
    static QString breathCount(int breaths);
    // "Resonance: in 5.5 s, out 5.5 s".
    static QString breathPattern(const BreathPattern &pattern);
};

} // namespace toward
