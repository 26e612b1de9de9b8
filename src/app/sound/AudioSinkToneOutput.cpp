#include "sound/AudioSinkToneOutput.h"

#include "sound/PcmConversion.h"
#include "sound/ToneSynthesizer.h"

#include <QAudioDevice>
#include <QAudioSink>
#include <QMediaDevices>

namespace toward {

namespace {

// Enough for a stall of the event loop not to be heard as a gap, short enough not to lag.
constexpr int BufferMilliseconds = 200;
constexpr std::chrono::milliseconds FeedInterval {40};

} // namespace

AudioSinkToneOutput::AudioSinkToneOutput(double volume, QObject *parent)
    : QObject(parent)
{
    const QAudioDevice device = QMediaDevices::defaultAudioOutput();
    if (device.isNull()) {
        m_problem = tr("No audio device: the pacer goes on without sound.");
        return;
    }
    const std::optional<QAudioFormat> format = PcmConversion::int16FormatOf(device);
    if (!format) {
        m_problem = tr("The audio device “%1” cannot play the tones: the pacer goes on without "
                       "sound.")
                        .arg(device.description());
        return;
    }

    m_format = *format;
    setVolume(volume);
    m_sink = std::make_unique<QAudioSink>(device, m_format);
    m_sink->setBufferSize(m_format.bytesForDuration(BufferMilliseconds * 1000));
    m_feedTimer.setTimerType(Qt::PreciseTimer);
    m_feedTimer.setInterval(FeedInterval);
    connect(&m_feedTimer, &QTimer::timeout, this, &AudioSinkToneOutput::feed);
    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(2 * BufferMilliseconds);
    connect(&m_idleTimer, &QTimer::timeout, this, &AudioSinkToneOutput::suspendWhenPlayedOut);
}

AudioSinkToneOutput::~AudioSinkToneOutput()
{
    if (m_sink)
        m_sink->stop();
}

void AudioSinkToneOutput::playTone(BreathPhase phase)
{
    if (!m_sink)
        return;
    m_idleTimer.stop();
    if (m_sink->state() == QAudio::SuspendedState)
        m_sink->resume();
    if (!m_device || m_sink->state() == QAudio::StoppedState)
        m_device = m_sink->start();
    if (!m_device) {
        m_problem = tr("The audio device could not be opened: the pacer goes on without sound.");
        m_sink.reset();
        return;
    }
    // What is already in the sink's buffer plays out; the rest of an old tone gives way.
    m_pending = m_tones.at(std::size_t(phase));
    feed();
}

void AudioSinkToneOutput::setVolume(double volume)
{
    if (!m_format.isValid())
        return;
    // A sound server may wait for a full buffer before it plays: a short tick is padded with
    // silence to fill one, or it would wait for the next tone.
    const qsizetype bufferBytes = m_format.bytesForDuration(BufferMilliseconds * 1000);
    const ToneSynthesizer synthesizer(m_format.sampleRate(), volume);
    for (BreathPhase phase :
        {BreathPhase::Inhale, BreathPhase::HoldIn, BreathPhase::Exhale, BreathPhase::HoldOut}) {
        QByteArray tone =
            PcmConversion::spreadToChannels(synthesizer.tone(phase), m_format.channelCount());
        if (tone.size() < bufferBytes)
            tone.append(QByteArray(bufferBytes - tone.size(), '\0'));
        m_tones.at(std::size_t(phase)) = tone;
    }
}

void AudioSinkToneOutput::feed()
{
    const qint64 room = std::min<qint64>(m_sink->bytesFree(), m_pending.size());
    if (room > 0) {
        const qint64 written = m_device->write(m_pending.constData(), room);
        if (written > 0)
            m_pending.remove(0, written);
    }
    if (m_pending.isEmpty()) {
        m_feedTimer.stop();
        m_idleTimer.start();
    } else if (!m_feedTimer.isActive()) {
        m_feedTimer.start();
    }
}

void AudioSinkToneOutput::suspendWhenPlayedOut()
{
    if (m_pending.isEmpty() && m_sink && m_sink->state() != QAudio::SuspendedState)
        m_sink->suspend();
}

} // namespace toward
