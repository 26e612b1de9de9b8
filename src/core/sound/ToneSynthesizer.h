#pragma once

#include "practice/BreathSchedule.h"

#include <QByteArray>

namespace toward {

// How the tone of one breath phase sounds.
struct ToneShape {
    double startHertz = 0;
    double endHertz = 0; // the pitch glides to it over the whole tone
    milliseconds length {0};
    milliseconds fadeIn {0};
    milliseconds fadeOut {0};
    double loudness = 0; // of full scale, at volume 1
};

// Makes the tones that mark the phases of a breath: soft sines, rising for the inhale, falling for
// the exhale, a short quiet tick for a hold. As 16-bit signed little-endian mono PCM, ready for an
// audio sink.
class ToneSynthesizer {
public:
    // `volume`: 0 (silent) to 1.
    ToneSynthesizer(int sampleRate, double volume);

    static ToneShape shapeOf(BreathPhase phase);
    QByteArray tone(BreathPhase phase) const;

    int sampleRate() const { return m_sampleRate; }
    double volume() const { return m_volume; }

private:
    int m_sampleRate;
    double m_volume;
};

} // namespace toward
