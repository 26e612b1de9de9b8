#include "sound/TextToSpeechVoiceOutput.h"

#include "sound/SoundSettings.h"

#include <QRegularExpression>
#include <QTextToSpeech>
#include <QVoice>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace toward {

namespace {

// Qt 6.4's Flite engine fails when the sound server takes its first words late ("Audio streaming
// error."), then crashes the process, deleting its audio sink from the wrong thread: seen about one
// time in two under PulseAudio, whence the speaker's process of its own. Speech Dispatcher has no
// such trouble, so Flite only when no Speech Dispatcher answers.
std::unique_ptr<QTextToSpeech> openEngine()
{
    const QStringList engines = QTextToSpeech::availableEngines();
    if (engines.contains(u"speechd"_s)) {
        auto dispatcher = std::make_unique<QTextToSpeech>(u"speechd"_s);
        if (dispatcher->state() != QTextToSpeech::Error)
            return dispatcher;
    }
    if (engines.contains(u"flite"_s))
        return std::make_unique<QTextToSpeech>(u"flite"_s);
    if (!engines.isEmpty())
        return std::make_unique<QTextToSpeech>();
    return nullptr;
}

} // namespace

TextToSpeechVoiceOutput::TextToSpeechVoiceOutput(const SoundSettings &settings, QObject *parent)
    : QObject(parent)
{
    m_watchdog.setSingleShot(true);
    connect(&m_watchdog, &QTimer::timeout, this, &TextToSpeechVoiceOutput::tooLong);
    m_speech = openEngine();
    // Flite without a sound server is Ready, and says why it will fail.
    if (!m_speech || m_speech->state() == QTextToSpeech::Error
        || !m_speech->errorString().isEmpty()) {
        becomeUnavailable();
        return;
    }
    connect(m_speech.get(), &QTextToSpeech::stateChanged, this,
        [this](QTextToSpeech::State state) { stateChanged(state); });
    configure(settings);
}

TextToSpeechVoiceOutput::~TextToSpeechVoiceOutput()
{
    stop();
}

void TextToSpeechVoiceOutput::say(const QString &words, std::function<void()> spoken)
{
    sayInTurn({words}, std::move(spoken));
}

void TextToSpeechVoiceOutput::saySentenceBySentence(
    const QString &words, std::function<void()> spoken)
{
    static const QRegularExpression sentenceEnd(u"(?<=[.!?])\\s+"_s);
    sayInTurn(words.split(sentenceEnd, Qt::SkipEmptyParts), std::move(spoken));
}

void TextToSpeechVoiceOutput::sayInTurn(const QStringList &sentences, std::function<void()> spoken)
{
    stop();
    m_spoken = std::move(spoken);
    if (!m_speech) {
        finish();
        return;
    }
    m_sentences = sentences;
    sayNextSentence();
}

void TextToSpeechVoiceOutput::sayNextSentence()
{
    if (m_sentences.isEmpty()) {
        m_failuresInARow = 0;
        finish();
        return;
    }
    const QString sentence = m_sentences.takeFirst();
    m_length = sentence.size();
    m_started = false;
    m_watchdog.start(StartLimit);
    m_speech->say(sentence);
}

void TextToSpeechVoiceOutput::stop()
{
    m_spoken = nullptr;
    m_sentences.clear();
    m_watchdog.stop();
    if (m_speech)
        m_speech->stop();
}

void TextToSpeechVoiceOutput::configure(const SoundSettings &settings)
{
    if (!m_speech)
        return;
    m_speech->setVolume(settings.volume);
    m_speech->setRate(settings.rate);
    const QList<QVoice> voices = m_speech->availableVoices();
    const auto named = std::find_if(voices.cbegin(), voices.cend(),
        [&](const QVoice &voice) { return voice.name() == settings.voice; });
    if (named != voices.cend())
        m_speech->setVoice(*named);
}

QStringList TextToSpeechVoiceOutput::voiceNames() const
{
    QStringList names;
    if (m_speech) {
        for (const QVoice &voice : m_speech->availableVoices())
            names.append(voice.name());
    }
    return names;
}

void TextToSpeechVoiceOutput::stateChanged(int state)
{
    switch (state) {
    case QTextToSpeech::Speaking:
        // Words cut short may end after the next have been asked for: only a Ready that follows
        // their own start ends them.
        m_started = true;
        m_watchdog.start(SpeakingLimitBase + SpeakingLimitPerCharacter * m_length);
        break;
    case QTextToSpeech::Ready:
        if (m_started)
            sayNextSentence();
        break;
    case QTextToSpeech::Error:
        // Flite fails now and then when the sound server is slow to take its first words: only
        // failing again and again means there is no voice.
        if (++m_failuresInARow >= FailuresForNoVoice)
            becomeUnavailable();
        else
            finish();
        break;
    default:
        break;
    }
}

void TextToSpeechVoiceOutput::finish()
{
    m_watchdog.stop();
    m_sentences.clear();
    // Taken first: the call back may say the next words.
    if (const std::function<void()> spoken = std::exchange(m_spoken, nullptr))
        spoken();
}

void TextToSpeechVoiceOutput::tooLong()
{
    // Silent, or stuck: the practice goes on without these words.
    m_speech->stop();
    finish();
}

void TextToSpeechVoiceOutput::becomeUnavailable()
{
    m_problem = tr("No voice is available: install qt6-speech-flite-plugin. Tones only.");
    // Later: this may be the engine's own signal calling.
    if (m_speech)
        m_speech.release()->deleteLater();
    finish();
}

} // namespace toward
