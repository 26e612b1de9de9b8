#pragma once

#include <QAudioFormat>
#include <QByteArray>

#include <optional>

class QAudioDevice;

namespace toward {

// 16-bit signed little-endian PCM made to fit an audio sink's format.
class PcmConversion {
public:
    // The device's own rate in 16 bits, mono where it takes mono; none when it takes neither.
    static std::optional<QAudioFormat> int16FormatOf(const QAudioDevice &device);
    // Mono at `fromRate` to mono at `toRate`, each sample read between its two nearest: plenty for
    // speech made at 8 or 16 kHz and played at 44.1 or 48.
    static QByteArray resampled(const QByteArray &mono, int fromRate, int toRate);
    // Each mono sample written to every channel.
    static QByteArray spreadToChannels(const QByteArray &mono, int channels);
};

} // namespace toward
