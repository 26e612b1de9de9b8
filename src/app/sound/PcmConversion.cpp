#include "sound/PcmConversion.h"

#include <QAudioDevice>
#include <QtEndian>

#include <algorithm>
#include <cmath>

namespace toward {

std::optional<QAudioFormat> PcmConversion::int16FormatOf(const QAudioDevice &device)
{
    QAudioFormat format = device.preferredFormat();
    format.setSampleFormat(QAudioFormat::Int16);
    format.setChannelCount(1);
    if (!device.isFormatSupported(format))
        format.setChannelCount(device.preferredFormat().channelCount());
    if (!device.isFormatSupported(format) || format.sampleRate() <= 0)
        return std::nullopt;
    return format;
}

QByteArray PcmConversion::resampled(const QByteArray &mono, int fromRate, int toRate)
{
    const qsizetype count = mono.size() / 2;
    if (fromRate == toRate || fromRate <= 0 || toRate <= 0 || count == 0)
        return mono;
    const auto *in = reinterpret_cast<const qint16 *>(mono.constData());
    const qsizetype outCount = qsizetype(double(count) * toRate / fromRate);
    QByteArray out(outCount * 2, Qt::Uninitialized);
    auto *written = reinterpret_cast<qint16 *>(out.data());
    const double step = double(fromRate) / toRate;
    for (qsizetype at = 0; at < outCount; ++at) {
        const double from = double(at) * step;
        const auto before = std::min(qsizetype(from), count - 1);
        const auto after = std::min(before + 1, count - 1);
        const double weight = from - double(before);
        const double sample =
            qFromLittleEndian(in[before]) * (1.0 - weight) + qFromLittleEndian(in[after]) * weight;
        qToLittleEndian(qint16(std::lround(sample)), written + at);
    }
    return out;
}

QByteArray PcmConversion::spreadToChannels(const QByteArray &mono, int channels)
{
    if (channels <= 1)
        return mono;
    QByteArray spread;
    spread.reserve(mono.size() * channels);
    for (qsizetype at = 0; at + 1 < mono.size(); at += 2) {
        for (int channel = 0; channel < channels; ++channel)
            spread.append(mono.constData() + at, 2);
    }
    return spread;
}

} // namespace toward
