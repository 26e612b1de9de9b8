#include "sound/FliteSynthesizer.h"

#include "sound/SoundSettings.h"

#include <QtEndian>
#include <catch2/catch.hpp>

#include <algorithm>

using namespace toward;
using namespace Qt::StringLiterals;

namespace {

// The default model's longest cue, 230 characters.
const QString LongestCue =
    u"Sitting bones slightly back. Lean forward a little, move your sitting bones slightly back on "
    u"the seat, then come up to sitting. Let the low back's inward curve return on its own, "
    u"without pushing; in the car, do this while stopped."_s;

SoundSettings atRate(double rate)
{
    SoundSettings settings;
    settings.rate = rate;
    return settings;
}

int loudest(const SpeechPcm &speech)
{
    const auto *samples = reinterpret_cast<const qint16 *>(speech.samples.constData());
    int loudest = 0;
    for (qsizetype at = 0; at < speech.samples.size() / 2; ++at)
        loudest = std::max(loudest, std::abs(int(qFromLittleEndian(samples[at]))));
    return loudest;
}

} // namespace

TEST_CASE("Flite makes a cue into sound at about 17 characters a second", "[sound][voice][flite]")
{
    const SpeechPcm speech = FliteSynthesizer::synthesize(LongestCue, atRate(0));
    REQUIRE_FALSE(speech.isEmpty());
    CHECK(speech.sampleRate == 16000);
    const double seconds = double(speech.duration().count()) / 1000.0;
    const double perSecond = double(LongestCue.size()) / seconds;
    INFO(seconds << " s, " << perSecond << " characters a second");
    CHECK(perSecond > 10);
    CHECK(perSecond < 25);
    CHECK(loudest(speech) > 3000);
}

TEST_CASE("Flite's pace follows the rate, slower below 0, faster above", "[sound][voice][flite]")
{
    const QString words = u"Head drifting forward. The head slides ahead of the shoulders."_s;
    const milliseconds slow = FliteSynthesizer::synthesize(words, atRate(-1)).duration();
    const milliseconds usual = FliteSynthesizer::synthesize(words, atRate(0)).duration();
    const milliseconds fast = FliteSynthesizer::synthesize(words, atRate(1)).duration();
    INFO(slow.count() << " ms, " << usual.count() << " ms, " << fast.count() << " ms");
    CHECK(slow > usual * 13 / 10);
    CHECK(fast < usual * 85 / 100);
    CHECK(FliteSynthesizer::durationStretch(-1) == Approx(1.5));
    CHECK(FliteSynthesizer::durationStretch(0) == Approx(1.0));
    CHECK(FliteSynthesizer::durationStretch(1) == Approx(0.7));
}

TEST_CASE("Flite's voices each speak; an unknown name gets the default", "[sound][voice][flite]")
{
    SoundSettings settings;
    for (const QString &name : FliteSynthesizer::voiceNames() + QStringList {u"nobody"_s}) {
        settings.voice = name;
        INFO(name.toStdString());
        const SpeechPcm speech = FliteSynthesizer::synthesize(u"Exhale fully."_s, settings);
        CHECK_FALSE(speech.isEmpty());
        CHECK(speech.duration() > milliseconds(300));
    }
    CHECK(FliteSynthesizer::voiceNames().first() == u"slt"_s);
}

TEST_CASE("Flite at volume 0 is silent, and starts and ends in silence at any volume",
    "[sound][voice][flite]")
{
    SoundSettings settings;
    settings.volume = 0;
    CHECK(loudest(FliteSynthesizer::synthesize(u"in"_s, settings)) == 0);
    settings.volume = 1;
    const SpeechPcm speech = FliteSynthesizer::synthesize(u"out"_s, settings);
    REQUIRE(speech.samples.size() > 4);
    const auto *samples = reinterpret_cast<const qint16 *>(speech.samples.constData());
    CHECK(qFromLittleEndian(samples[0]) == 0);
    CHECK(std::abs(qFromLittleEndian(samples[speech.samples.size() / 2 - 1])) < 100);
}

TEST_CASE("Flite given nothing to say, or odd text, makes nothing or sound, never a crash",
    "[sound][voice][flite]")
{
    CHECK(FliteSynthesizer::synthesize({}, {}).isEmpty());
    CHECK(FliteSynthesizer::synthesize(u"   "_s, {}).isEmpty());
    for (const QString &odd : {u"…—“ü”"_s, u"%%% ### 12:30 3.5e9"_s, QString(2000, u'a')})
        FliteSynthesizer::synthesize(odd, {});
}
