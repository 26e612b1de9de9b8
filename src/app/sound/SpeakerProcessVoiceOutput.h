#pragma once

#include "sound/SoundSettings.h"
#include "sound/VoiceOutput.h"

#include <QObject>
#include <QProcess>
#include <QTimer>

namespace toward {

// The voice, spoken by a process of its own, toward_voice_speaker (a TextToSpeechVoiceOutput
// there): Qt 6.4's Flite engine fails on some words and then crashes the process it speaks from,
// and this way a crash costs at most the words being said, not the practice. Words that fail are
// said once more by a new speaker, sentence by sentence (of 8 cues, 5 were said whole, and 2 of
// the other 3 in sentences). A speaker that cannot start, or has no engine, leaves the voice
// unavailable with the reason.
class SpeakerProcessVoiceOutput final : public QObject, public VoiceOutput {
    Q_OBJECT

public:
    // Flite loads its voices in a fraction of a second; this leaves room for a loaded machine.
    static constexpr std::chrono::milliseconds StartLimit {10000};

    // `program`: the speaker's executable. Starts it and waits for it to say whether it can speak.
    SpeakerProcessVoiceOutput(QString program, const SoundSettings &settings);
    ~SpeakerProcessVoiceOutput() override;

    void say(const QString &words, std::function<void()> spoken) override;
    void stop() override;
    void configure(const SoundSettings &settings) override;
    QStringList voiceNames() const override { return m_voiceNames; }
    bool isAvailable() const override { return m_problem.isEmpty(); }
    QString problem() const override { return m_problem; }

private:
    // Starts the speaker unless it runs; false when it cannot speak.
    bool ensureRunning();
    void send(const QByteArray &line);
    // The words being said, with this command; the watchdog set for them.
    void sendWords(const QString &command);
    // Once, sentence by sentence, after failing whole.
    void retry();
    void readAnswers();
    void handle(const QStringList &answer);
    void finish();
    void gone();

    QString m_program;
    SoundSettings m_settings;
    QProcess m_process;
    QStringList m_voiceNames;
    std::function<void()> m_spoken; // of the words being said
    QString m_words; // being said
    bool m_retried = false; // the words being said failed once
    bool m_restarting = false; // waiting for a failed speaker to end
    QTimer m_watchdog; // should the speaker hang
    QString m_problem;
};

// The plugin's root object.
class SpeakerProcessVoiceOutputPlugin final : public QObject, public VoiceOutputFactory {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID TowardVoiceOutputFactory_iid)
    Q_INTERFACES(toward::VoiceOutputFactory)

public:
    // The speaker's executable is built next to this plugin.
    std::unique_ptr<VoiceOutput> openVoice(const SoundSettings &settings) override;
};

} // namespace toward
