#pragma once

#include "sound/VoiceOutput.h"

#include <QObject>
#include <QTimer>

#include <chrono>
#include <memory>

class QTextToSpeech;

namespace toward {

// Says the practice's words through Qt TextToSpeech: Speech Dispatcher where one answers, else
// Flite, which needs no speech server, else whatever engine there is. An engine that cannot speak
// says so through problem(); one that goes silent never holds the practice up: a watchdog reports
// the words spoken anyway. Used by the speaker process (SpeakerProcessVoiceOutput), not the app.
class TextToSpeechVoiceOutput final : public QObject, public VoiceOutput {
    Q_OBJECT

public:
    // Flite starts within 150 ms and says about 17 characters a second (a cue of 221 in 12.8 s):
    // the limits leave room for a loaded machine and the slowest pace.
    static constexpr std::chrono::milliseconds StartLimit {5000};
    static constexpr std::chrono::milliseconds SpeakingLimitBase {10000};
    static constexpr std::chrono::milliseconds SpeakingLimitPerCharacter {200};

    static constexpr int FailuresForNoVoice = 3;

    explicit TextToSpeechVoiceOutput(const SoundSettings &settings, QObject *parent = nullptr);
    ~TextToSpeechVoiceOutput() override;

    void say(const QString &words, std::function<void()> spoken) override;
    // Says the words' sentences in turn. Flite fails on some words said whole and not on their
    // sentences, and on others the other way round: the speaker tries one way, then the other.
    void saySentenceBySentence(const QString &words, std::function<void()> spoken);
    // The last words ended in the engine's failure, not spoken to their end.
    bool hasFailed() const { return m_failuresInARow > 0; }
    void stop() override;
    void configure(const SoundSettings &settings) override;
    QStringList voiceNames() const override;
    bool isAvailable() const override { return m_speech != nullptr; }
    QString problem() const override { return m_problem; }

private:
    void sayInTurn(const QStringList &sentences, std::function<void()> spoken);
    void sayNextSentence();
    void stateChanged(int state);
    // Calls back the words' `spoken`, once.
    void finish();
    void tooLong();
    // For good: no engine, or one that failed.
    void becomeUnavailable();

    std::unique_ptr<QTextToSpeech> m_speech;
    std::function<void()> m_spoken; // of the words being said
    QStringList m_sentences; // of the words being said, yet to be said
    qsizetype m_length = 0; // of the sentence being said
    bool m_started = false; // the engine has begun the words being said
    int m_failuresInARow = 0;
    QTimer m_watchdog;
    QString m_problem;
};

} // namespace toward
