#include "sound/ToneSynthesizer.h"

#include <QtEndian>

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

namespace toward {

namespace {

// Indexed by BreathPhase. A hold after the inhale ticks a little higher than one after the exhale.
constexpr std::array<ToneShape, 4> Shapes {{
    {330, 440, milliseconds(600), milliseconds(60), milliseconds(200), 0.5}, // Inhale
    {880, 880, milliseconds(60), milliseconds(10), milliseconds(40), 0.2}, // HoldIn
    {440, 330, milliseconds(600), milliseconds(60), milliseconds(200), 0.5}, // Exhale
    {660, 660, milliseconds(60), milliseconds(10), milliseconds(40), 0.2}, // HoldOut
}};

// The octave above, this much of the fundamental, rounds the sine without making it bright. It
// never changes where the wave crosses zero.
constexpr double Overtone = 0.15;

// Rises from 0 to 1 over `fade` samples, as half a cosine: no corner at either end to click.
double fadeGain(qsizetype samplesIn, qsizetype fade)
{
    if (samplesIn >= fade)
        return 1.0;
    return 0.5 - 0.5 * std::cos(std::numbers::pi * double(samplesIn) / double(fade));
}

qsizetype samplesIn(milliseconds length, int sampleRate)
{
    return qsizetype(std::llround(double(length.count()) * sampleRate / 1000.0));
}

} // namespace

ToneSynthesizer::ToneSynthesizer(int sampleRate, double volume)
    : m_sampleRate(sampleRate)
    , m_volume(std::clamp(volume, 0.0, 1.0))
{
    Q_ASSERT(sampleRate > 0);
}

ToneShape ToneSynthesizer::shapeOf(BreathPhase phase)
{
    return Shapes.at(std::size_t(phase));
}

QByteArray ToneSynthesizer::tone(BreathPhase phase) const
{
    const ToneShape shape = shapeOf(phase);
    const qsizetype count = samplesIn(shape.length, m_sampleRate);
    const qsizetype fadeIn = samplesIn(shape.fadeIn, m_sampleRate);
    const qsizetype fadeOut = samplesIn(shape.fadeOut, m_sampleRate);
    const double amplitude = shape.loudness * m_volume * 32767.0 / (1.0 + Overtone);
    // Gliding exponentially keeps the pitch's rise even to the ear.
    const double glide = std::log(shape.endHertz / shape.startHertz);

    QByteArray pcm(count * qsizetype(sizeof(qint16)), Qt::Uninitialized);
    double angle = 0;
    for (qsizetype i = 0; i < count; ++i) {
        const double through = count > 1 ? double(i) / double(count - 1) : 0.0;
        const double gain = fadeGain(i, fadeIn) * fadeGain(count - 1 - i, fadeOut);
        const double value = amplitude * gain * (std::sin(angle) + Overtone * std::sin(2 * angle));
        qToLittleEndian(qint16(std::lround(value)), pcm.data() + i * qsizetype(sizeof(qint16)));
        // The phase is the integral of the frequency; sin(2π f(t) t) would jump as f changes.
        const double hertz = shape.startHertz * std::exp(glide * through);
        angle =
            std::fmod(angle + 2 * std::numbers::pi * hertz / m_sampleRate, 2 * std::numbers::pi);
    }
    return pcm;
}

} // namespace toward
