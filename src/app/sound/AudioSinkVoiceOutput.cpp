#include "sound/AudioSinkVoiceOutput.h"

#include "sound/FliteSynthesizer.h"
#include "sound/PcmConversion.h"

#include <QAudioDevice>
#include <QAudioSink>
#include <QMediaDevices>

#include <utility>

namespace toward {

namespace {

// A sound server may wait for a full buffer before it plays, so short words are followed by
// silence enough to fill one. Longer than the tones' 200 ms: the breaths wait for the words' end
// anyway, and with a short buffer fed from the event loop long cues ran dry and broke up.
constexpr int BufferMilliseconds = 1000;

} // namespace

AudioSinkVoiceOutput::AudioSinkVoiceOutput(const SoundSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    m_synthesis.setMaxThreadCount(1);
    const QAudioDevice device = QMediaDevices::defaultAudioOutput();
    if (device.isNull()) {
        m_problem = tr("No voice is available: no audio device. Tones only.");
        return;
    }
    const std::optional<QAudioFormat> format = PcmConversion::int16FormatOf(device);
    if (!format) {
        m_problem = tr("No voice is available: the audio device “%1” cannot play it. Tones only.")
                        .arg(device.description());
        return;
    }
    m_format = *format;
    m_sink = std::make_unique<QAudioSink>(device, m_format);
    m_sink->setBufferSize(m_format.bytesForDuration(BufferMilliseconds * 1000));
    m_feedTimer.setTimerType(Qt::PreciseTimer);
    m_feedTimer.setInterval(FeedInterval);
    connect(&m_feedTimer, &QTimer::timeout, this, &AudioSinkVoiceOutput::feed);
}

AudioSinkVoiceOutput::~AudioSinkVoiceOutput()
{
    stop();
    // A cue being made calls back into this object: it is let finish first.
    m_synthesis.clear();
    m_synthesis.waitForDone();
}

void AudioSinkVoiceOutput::say(const QString &words, std::function<void()> spoken)
{
    stop();
    m_spoken = std::move(spoken);
    if (!m_sink) {
        finish();
        return;
    }
    m_synthesis.start([this, words, settings = m_settings, generation = m_generation] {
        const SpeechPcm speech = FliteSynthesizer::synthesize(words, settings);
        QMetaObject::invokeMethod(
            this, [this, generation, speech] { play(generation, speech); }, Qt::QueuedConnection);
    });
}

void AudioSinkVoiceOutput::stop()
{
    ++m_generation;
    m_spoken = nullptr;
    m_feedTimer.stop();
    m_pending.clear();
    stopSink();
}

void AudioSinkVoiceOutput::stopSink()
{
    if (m_sink && m_device) {
        m_sink->stop();
        m_device = nullptr;
    }
}

QStringList AudioSinkVoiceOutput::voiceNames() const
{
    return isAvailable() ? FliteSynthesizer::voiceNames() : QStringList();
}

void AudioSinkVoiceOutput::play(quint64 generation, const SpeechPcm &speech)
{
    if (generation != m_generation)
        return;
    if (speech.isEmpty()) {
        finish();
        return;
    }
    m_pending = PcmConversion::spreadToChannels(
        PcmConversion::resampled(speech.samples, speech.sampleRate, m_format.sampleRate()),
        m_format.channelCount());
    m_wordsUSecs = m_format.durationForBytes(qint32(m_pending.size()));
    const qsizetype bufferBytes = m_format.bytesForDuration(BufferMilliseconds * 1000);
    if (m_pending.size() < bufferBytes)
        m_pending.append(QByteArray(bufferBytes - m_pending.size(), '\0'));
    m_device = m_sink->start();
    if (!m_device) {
        m_problem = tr("No voice is available: the audio device could not be opened. Tones only.");
        m_sink.reset();
        finish();
        return;
    }
    m_playedUSecs = 0;
    m_sincePlayed.start();
    feed();
    m_feedTimer.start();
}

void AudioSinkVoiceOutput::feed()
{
    const qint64 room = std::min<qint64>(m_sink->bytesFree(), m_pending.size());
    if (room > 0) {
        const qint64 written = m_device->write(m_pending.constData(), room);
        if (written > 0)
            m_pending.remove(0, written);
    }
    if (const qint64 played = m_sink->processedUSecs(); played > m_playedUSecs) {
        m_playedUSecs = played;
        m_sincePlayed.restart();
    }
    if (m_playedUSecs >= m_wordsUSecs || m_sincePlayed.elapsed() >= StalledLimit.count()) {
        m_feedTimer.stop();
        // Only silence is left: a stream kept open would wake the sound server all practice long.
        stopSink();
        finish();
    }
}

void AudioSinkVoiceOutput::finish()
{
    // Taken first: the call back may say the next words.
    if (const std::function<void()> spoken = std::exchange(m_spoken, nullptr))
        spoken();
}

} // namespace toward
