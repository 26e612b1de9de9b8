#pragma once

#include "sound/SoundSettings.h"
#include "sound/VoiceOutput.h"

#include <QAudioFormat>
#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <chrono>
#include <memory>

class QAudioSink;
class QIODevice;

namespace toward {

struct SpeechPcm;

// Says the practice's words: FliteSynthesizer makes them into sound on a thread of its own (a long
// cue takes a few hundred milliseconds), and they play through a QAudioSink on the default output
// device, in push mode, as the tones do. Qt 6.4's TextToSpeech plays Flite's sound itself and fails
// on some words ("Audio streaming error."), then crashes the process; here Flite only makes the
// sound.
//
// The words count as spoken when the sink's processedUSecs(), which PulseAudio reports as the
// time it has played, reaches their length: the breaths then begin as the last word ends, not
// when it was handed over. Should the sink stop playing before that, the words end once it has
// played nothing for StalledLimit.
class AudioSinkVoiceOutput final : public QObject, public VoiceOutput {
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds FeedInterval {20};
    // The words count as said once the sink has played them, or once it has played nothing more
    // for this long: a stalled device never holds the practice.
    static constexpr std::chrono::milliseconds StalledLimit {1500};

    explicit AudioSinkVoiceOutput(const SoundSettings &settings, QObject *parent = nullptr);
    ~AudioSinkVoiceOutput() override;

    void say(const QString &words, std::function<void()> spoken) override;
    void stop() override;
    void configure(const SoundSettings &settings) override { m_settings = settings; }
    QStringList voiceNames() const override;
    bool isAvailable() const override { return m_sink != nullptr; }
    QString problem() const override { return m_problem; }

private:
    // The words of this say(), made into sound; dropped when newer words were asked for since.
    void play(quint64 generation, const SpeechPcm &speech);
    // Writes what the sink has room for, and ends the words once they have been heard.
    void feed();
    void stopSink();
    void finish();

    SoundSettings m_settings;
    QAudioFormat m_format; // the sink's; invalid without one
    std::unique_ptr<QAudioSink> m_sink;
    QIODevice *m_device = nullptr; // the sink's, while started
    QByteArray m_pending; // of the words playing, not yet in the sink's buffer
    qint64 m_wordsUSecs = 0; // of the words playing, without the silence after them
    qint64 m_playedUSecs = 0; // of the words, by the sink's count at the last look
    QElapsedTimer m_sincePlayed; // since m_playedUSecs last grew
    QTimer m_feedTimer;
    std::function<void()> m_spoken; // of the words being said
    quint64 m_generation = 0; // of the words asked for last, or of a stop()
    QThreadPool m_synthesis; // one thread: Flite makes one cue at a time
    QString m_problem;
};

// The plugin's root object.
class AudioSinkVoiceOutputPlugin final : public QObject, public VoiceOutputFactory {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID TowardVoiceOutputFactory_iid)
    Q_INTERFACES(toward::VoiceOutputFactory)

public:
    std::unique_ptr<VoiceOutput> openVoice(const SoundSettings &settings) override
    {
        return std::make_unique<AudioSinkVoiceOutput>(settings);
    }
};

} // namespace toward
