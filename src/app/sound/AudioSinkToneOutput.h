#pragma once

#include "sound/SoundOutput.h"

#include <QAudioFormat>
#include <QByteArray>
#include <QObject>
#include <QTimer>

#include <array>
#include <memory>

class QAudioSink;
class QIODevice;

namespace toward {

// Plays the breath tones through one QAudioSink on the default output device, in push mode: the
// tones are made once at the device's own rate, and a tone is written out while it plays. Once a
// tone has played out the sink is suspended, since an open sink wakes its thread some 50 times a
// second (Qt's PulseAudio sink): between tones nothing wakes.
class AudioSinkToneOutput final : public QObject, public SoundOutput {
    Q_OBJECT

public:
    explicit AudioSinkToneOutput(double volume, QObject *parent = nullptr);
    ~AudioSinkToneOutput() override;

    void playTone(BreathPhase phase) override;
    // Makes the tones again at this volume.
    void setVolume(double volume) override;
    bool isAvailable() const override { return m_sink != nullptr; }
    QString problem() const override { return m_problem; }

private:
    void feed();
    void suspendWhenPlayedOut();

    QAudioFormat m_format; // the sink's; invalid without one
    std::unique_ptr<QAudioSink> m_sink;
    QIODevice *m_device = nullptr; // the sink's, while started
    std::array<QByteArray, 4> m_tones; // by BreathPhase, in the sink's format
    QByteArray m_pending; // the rest of the tone playing, not yet in the sink's buffer
    QTimer m_feedTimer;
    QTimer m_idleTimer; // from the last write until the sink's buffer has played out
    QString m_problem;
};

// The plugin's root object.
class AudioSinkToneOutputPlugin final : public QObject, public SoundOutputFactory {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID TowardSoundOutputFactory_iid)
    Q_INTERFACES(toward::SoundOutputFactory)

public:
    std::unique_ptr<SoundOutput> openDefaultOutput(double volume) override
    {
        return std::make_unique<AudioSinkToneOutput>(volume);
    }
};

} // namespace toward
