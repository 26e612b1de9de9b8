#include "sound/FliteSynthesizer.h"

#include "sound/SoundSettings.h"

#include <QtEndian>

#include <algorithm>
#include <array>
#include <cmath>
#include <csetjmp>
#include <memory>
#include <mutex>
#include <numbers>
#include <utility>

extern "C" {
#include <flite/flite.h>

cst_voice *register_cmu_us_slt(const char *voxdir);
cst_voice *register_cmu_us_kal16(const char *voxdir);
cst_voice *register_cmu_us_awb(const char *voxdir);
cst_voice *register_cmu_us_rms(const char *voxdir);
cst_voice *register_cmu_us_kal(const char *voxdir);
}

using namespace Qt::StringLiterals;

namespace toward {

namespace {

struct LinkedVoice {
    const char *name;
    cst_voice *(*registerVoice)(const char *);
};

// slt first: the clearest of them, a female voice at 16 kHz; kal is the old 8 kHz diphone voice.
constexpr std::array<LinkedVoice, 5> LinkedVoices {{
    {"slt", register_cmu_us_slt},
    {"kal16", register_cmu_us_kal16},
    {"awb", register_cmu_us_awb},
    {"rms", register_cmu_us_rms},
    {"kal", register_cmu_us_kal},
}};

constexpr double SlowestStretch = 1.5;
constexpr double FastestStretch = 0.7;
constexpr milliseconds Fade {10};
// Below this, of 32767, Flite's samples are its silence.
constexpr int SilenceLevel = 64;

std::mutex &fliteInUse()
{
    static std::mutex inUse;
    return inUse;
}

// Registered once, on first use; Flite keeps them for the rest of the run.
const std::array<cst_voice *, LinkedVoices.size()> &registeredVoices()
{
    static const std::array<cst_voice *, LinkedVoices.size()> voices = [] {
        flite_init();
        std::array<cst_voice *, LinkedVoices.size()> registered {};
        for (std::size_t at = 0; at < LinkedVoices.size(); ++at)
            registered.at(at) = LinkedVoices.at(at).registerVoice(nullptr);
        return registered;
    }();
    return voices;
}

cst_voice *voiceNamed(const QString &name)
{
    const auto &voices = registeredVoices();
    for (std::size_t at = 0; at < LinkedVoices.size(); ++at) {
        if (name == QLatin1StringView(LinkedVoices.at(at).name) && voices.at(at))
            return voices.at(at);
    }
    return voices.front();
}

// Flite reports what it cannot make with cst_error(), which exits the process unless cst_errjmp
// is set: here it jumps back instead and the words are left unsaid. Nothing with a destructor
// lives between the setjmp and Flite.
cst_wave *textToWave(const char *text, cst_voice *voice)
{
    std::jmp_buf failed;
    cst_errjmp = &failed;
    cst_wave *volatile wave = nullptr;
    if (setjmp(failed) == 0)
        wave = flite_text_to_wave(text, voice);
    cst_errjmp = nullptr;
    return wave;
}

// Flite pads the words with about 200 ms of silence before and after: trimmed, so that the words
// begin when they are asked for and the breaths as the last one ends.
std::pair<qsizetype, qsizetype> soundedPart(const cst_wave &wave)
{
    const qsizetype count = std::max(wave.num_samples, 0);
    const auto isSounded = [&](qsizetype at) { return std::abs(wave.samples[at]) > SilenceLevel; };
    qsizetype first = 0;
    while (first < count && !isSounded(first))
        ++first;
    qsizetype end = count;
    while (end > first && !isSounded(end - 1))
        --end;
    const qsizetype margin = wave.sample_rate * Fade.count() / 1000;
    return {std::max<qsizetype>(first - margin, 0), std::min(end + margin, count)};
}

// Scaled to the volume, rising from silence and falling back to it, as half a cosine: no corner at
// either end to click.
QByteArray shaped(const cst_wave &wave, double volume)
{
    const auto [first, end] = soundedPart(wave);
    const qsizetype count = end - first;
    const qsizetype fade = std::min<qsizetype>(count / 2, wave.sample_rate * Fade.count() / 1000);
    QByteArray pcm(count * 2, Qt::Uninitialized);
    auto *out = reinterpret_cast<qint16 *>(pcm.data());
    for (qsizetype at = 0; at < count; ++at) {
        const qsizetype fromEdge = std::min(at, count - 1 - at);
        const double gain = fromEdge >= fade
            ? 1.0
            : 0.5 - 0.5 * std::cos(std::numbers::pi * double(fromEdge) / double(fade));
        const double sample =
            std::clamp(std::round(wave.samples[first + at] * volume * gain), -32768.0, 32767.0);
        qToLittleEndian(qint16(sample), out + at);
    }
    return pcm;
}

} // namespace

milliseconds SpeechPcm::duration() const
{
    if (sampleRate <= 0)
        return milliseconds(0);
    return milliseconds(samples.size() / 2 * 1000 / sampleRate);
}

QStringList FliteSynthesizer::voiceNames()
{
    QStringList names;
    for (const LinkedVoice &voice : LinkedVoices)
        names.append(QString::fromLatin1(voice.name));
    return names;
}

SpeechPcm FliteSynthesizer::synthesize(const QString &words, const SoundSettings &settings)
{
    const QByteArray text = words.trimmed().toUtf8();
    if (text.isEmpty())
        return {};
    const std::lock_guard lock(fliteInUse());
    cst_voice *voice = voiceNamed(settings.voice);
    if (!voice)
        return {};
    feat_set_float(voice->features, "duration_stretch", float(durationStretch(settings.rate)));
    const std::unique_ptr<cst_wave, void (*)(cst_wave *)> wave(
        textToWave(text.constData(), voice), delete_wave);
    if (!wave || wave->num_samples <= 0 || wave->sample_rate <= 0 || !wave->samples)
        return {};
    return {shaped(*wave, std::clamp(settings.volume, 0.0, 1.0)), wave->sample_rate};
}

double FliteSynthesizer::durationStretch(double rate)
{
    const double pace = std::clamp(rate, -1.0, 1.0);
    return pace < 0 ? 1.0 - pace * (SlowestStretch - 1.0) : 1.0 - pace * (1.0 - FastestStretch);
}

} // namespace toward
