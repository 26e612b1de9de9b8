#pragma once

#include "practice/BreathSchedule.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace toward {

struct SoundSettings;

// Words made into sound: 16-bit signed little-endian mono PCM.
struct SpeechPcm {
    QByteArray samples;
    int sampleRate = 0;

    bool isEmpty() const { return samples.isEmpty() || sampleRate <= 0; }
    milliseconds duration() const;
};

// Makes the practice's words into sound with libflite, in this process: Qt 6.4's own Flite engine
// plays what it makes itself, and fails and crashes on some words (see AudioSinkVoiceOutput). Safe
// to call from any thread: the calls take turns, as Flite's voices are shared.
class FliteSynthesizer {
public:
    // The voices linked in, the first the default.
    static QStringList voiceNames();

    // The settings' voice (the default when unknown) at their pace and volume, faded in and out.
    // Empty when Flite makes nothing of the words or fails on them.
    static SpeechPcm synthesize(const QString &words, const SoundSettings &settings);

    // Flite's duration_stretch for a pace of -1 (slower) to 1 (faster): longer is slower.
    static double durationStretch(double rate);
};

} // namespace toward
