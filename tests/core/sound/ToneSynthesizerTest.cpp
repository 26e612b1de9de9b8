#include "sound/ToneSynthesizer.h"

#include "TestSupport.h"

#include <QtEndian>

#include <algorithm>
#include <cmath>

using namespace toward;
using namespace std::chrono_literals;

namespace {

constexpr int SampleRate = 44100;
const BreathPhase EveryPhase[] = {
    BreathPhase::Inhale, BreathPhase::HoldIn, BreathPhase::Exhale, BreathPhase::HoldOut};

QList<int> samplesOf(const QByteArray &pcm)
{
    QList<int> samples;
    for (qsizetype i = 0; i + 1 < pcm.size(); i += 2)
        samples.append(qFromLittleEndian<qint16>(pcm.constData() + i));
    return samples;
}

QList<int> samplesOf(BreathPhase phase, double volume = 1.0, int sampleRate = SampleRate)
{
    return samplesOf(ToneSynthesizer(sampleRate, volume).tone(phase));
}

qsizetype samplesIn(milliseconds length, int sampleRate = SampleRate)
{
    return qsizetype(length.count()) * sampleRate / 1000;
}

int peak(const QList<int> &samples)
{
    int largest = 0;
    for (int sample : samples)
        largest = std::max(largest, std::abs(sample));
    return largest;
}

// Half the number of sign changes per second: the pitch of a clean tone.
double hertzFromZeroCrossings(const QList<int> &samples, int sampleRate = SampleRate)
{
    int crossings = 0;
    int previous = 0;
    for (int sample : samples) {
        if (sample == 0)
            continue;
        if (previous != 0 && (sample < 0) != (previous < 0))
            ++crossings;
        previous = sample;
    }
    return crossings / 2.0 * sampleRate / double(samples.size());
}

} // namespace

TEST_CASE("Each tone is as long as its shape says, in 16-bit mono samples", "[sound]")
{
    const int sampleRate = GENERATE(44100, 48000);
    for (BreathPhase phase : EveryPhase) {
        const ToneShape shape = ToneSynthesizer::shapeOf(phase);
        const QByteArray pcm = ToneSynthesizer(sampleRate, 0.8).tone(phase);
        CHECK(pcm.size() == 2 * samplesIn(shape.length, sampleRate));
    }
    CHECK(ToneSynthesizer::shapeOf(BreathPhase::Inhale).length == 600ms);
    CHECK(ToneSynthesizer::shapeOf(BreathPhase::Exhale).length == 600ms);
    CHECK(ToneSynthesizer::shapeOf(BreathPhase::HoldIn).length == 60ms);
    CHECK(ToneSynthesizer::shapeOf(BreathPhase::HoldOut).length == 60ms);
}

TEST_CASE("Tones fade in and out without a click", "[sound]")
{
    const int sampleRate = GENERATE(44100, 48000);
    for (BreathPhase phase : EveryPhase) {
        CAPTURE(int(phase));
        const ToneShape shape = ToneSynthesizer::shapeOf(phase);
        CHECK(shape.fadeIn >= 10ms);
        CHECK(shape.fadeOut >= 10ms);

        const QList<int> samples = samplesOf(phase, 1.0, sampleRate);
        const int top = peak(samples);
        CHECK(std::abs(samples.constFirst()) <= 1);
        CHECK(std::abs(samples.constLast()) <= 1);

        // The envelope grows through the fade-in and dies away through the fade-out, seen through
        // windows of 2 ms (each holds a crest of the wave), and is small at both ends.
        const qsizetype window = samplesIn(2ms, sampleRate);
        const auto peakFromStart = [&](qsizetype index) {
            return peak(samples.mid(index * window, window));
        };
        const auto peakFromEnd = [&](qsizetype index) {
            return peak(samples.mid(samples.size() - (index + 1) * window, window));
        };
        for (qsizetype index = 1; index < samplesIn(shape.fadeIn, sampleRate) / window; ++index)
            CHECK(peakFromStart(index) + 2 >= peakFromStart(index - 1));
        for (qsizetype index = 1; index < samplesIn(shape.fadeOut, sampleRate) / window; ++index)
            CHECK(peakFromEnd(index) + 2 >= peakFromEnd(index - 1));
        const qsizetype millisecond = samplesIn(1ms, sampleRate);
        CHECK(peak(samples.first(millisecond)) < top / 10);
        CHECK(peak(samples.last(millisecond)) < top / 10);

        // No step between neighbouring samples larger than about 5% of full scale: a click
        // would jump by far more.
        int largestStep = 0;
        for (qsizetype i = 1; i < samples.size(); ++i)
            largestStep = std::max(largestStep, std::abs(samples.at(i) - samples.at(i - 1)));
        CHECK(largestStep <= 1500);
    }
}

TEST_CASE("Volume scales the tones; at zero they are silent", "[sound]")
{
    for (BreathPhase phase : EveryPhase) {
        CAPTURE(int(phase));
        const int full = peak(samplesOf(phase, 1.0));
        CHECK(full > 1000);
        CHECK(std::abs(peak(samplesOf(phase, 0.5)) - full / 2) <= 2);
        CHECK(std::abs(peak(samplesOf(phase, 0.1)) - full / 10) <= 2);
        const QList<int> silent = samplesOf(phase, 0.0);
        CHECK(std::all_of(silent.cbegin(), silent.cend(), [](int s) { return s == 0; }));
        // Out of range: as loud as it can be, or silent.
        CHECK(samplesOf(phase, 3.0) == samplesOf(phase, 1.0));
        CHECK(peak(samplesOf(phase, -1.0)) == 0);
    }
}

TEST_CASE("The inhale rises, the exhale falls, a hold is a higher, quieter tick", "[sound]")
{
    const qsizetype window = samplesIn(100ms);
    const QList<int> inhale = samplesOf(BreathPhase::Inhale);
    const QList<int> exhale = samplesOf(BreathPhase::Exhale);
    const double inhaleStart = hertzFromZeroCrossings(inhale.first(window));
    const double inhaleEnd = hertzFromZeroCrossings(inhale.last(window));
    const double exhaleStart = hertzFromZeroCrossings(exhale.first(window));
    const double exhaleEnd = hertzFromZeroCrossings(exhale.last(window));
    CAPTURE(inhaleStart, inhaleEnd, exhaleStart, exhaleEnd);
    CHECK(inhaleStart == Approx(340).margin(20));
    CHECK(inhaleEnd == Approx(428).margin(20));
    CHECK(inhaleEnd > inhaleStart + 60);
    CHECK(exhaleStart == Approx(inhaleEnd).margin(20));
    CHECK(exhaleEnd == Approx(inhaleStart).margin(20));
    CHECK(exhaleEnd < exhaleStart - 60);

    for (BreathPhase hold : {BreathPhase::HoldIn, BreathPhase::HoldOut}) {
        const QList<int> tick = samplesOf(hold);
        CHECK(peak(tick) < peak(inhale) / 2);
        CHECK(hertzFromZeroCrossings(tick) > 600);
    }
}
