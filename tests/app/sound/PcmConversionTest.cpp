#include "sound/PcmConversion.h"

#include <QtEndian>
#include <catch2/catch.hpp>

#include <vector>

using namespace toward;

namespace {

QByteArray pcmOf(const std::vector<qint16> &samples)
{
    QByteArray pcm(qsizetype(samples.size()) * 2, Qt::Uninitialized);
    for (std::size_t at = 0; at < samples.size(); ++at)
        qToLittleEndian(samples.at(at), reinterpret_cast<qint16 *>(pcm.data()) + at);
    return pcm;
}

qint16 sampleAt(const QByteArray &pcm, qsizetype at)
{
    return qFromLittleEndian(reinterpret_cast<const qint16 *>(pcm.constData())[at]);
}

} // namespace

TEST_CASE(
    "PCM resampled from 16 to 48 kHz: three times as long, between its samples", "[sound][pcm]")
{
    const QByteArray resampled = PcmConversion::resampled(pcmOf({0, 300, -300}), 16000, 48000);
    REQUIRE(resampled.size() == 9 * 2);
    CHECK(sampleAt(resampled, 0) == 0);
    CHECK(sampleAt(resampled, 1) == 100);
    CHECK(sampleAt(resampled, 3) == 300);
    CHECK(sampleAt(resampled, 4) == 100);
    CHECK(sampleAt(resampled, 8) == -300);
    CHECK(PcmConversion::resampled(pcmOf({1, 2}), 16000, 16000) == pcmOf({1, 2}));
    CHECK(PcmConversion::resampled(pcmOf(std::vector<qint16>(16000)), 16000, 44100).size()
        == 44100 * 2);
}

TEST_CASE("PCM spread to two channels: each sample twice", "[sound][pcm]")
{
    CHECK(PcmConversion::spreadToChannels(pcmOf({1, -2}), 2) == pcmOf({1, 1, -2, -2}));
    CHECK(PcmConversion::spreadToChannels(pcmOf({1, -2}), 1) == pcmOf({1, -2}));
}
