#pragma once

#include "model/PracticeModel.h"
#include "practice/BreathSchedule.h"

#include <QCoreApplication>
#include <QString>

namespace toward {

// Everything the practice says aloud, in one place.
class SoundWording {
    Q_DECLARE_TR_FUNCTIONS(SoundWording)

public:
    static QString intro();
    // The cue's title, then its instruction.
    static QString cue(const Cue &cue);
    static QString rateCue();
    static QString nextCue();
    static QString practiceEnd();
    // Said with a phase's tone when the phases are spoken: "in", "hold", "out".
    static QString phase(BreathPhase phase);
};

} // namespace toward
