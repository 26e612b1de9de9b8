#include "sound/SpeakerProcessVoiceOutput.h"

#include "sound/SpeakerProtocol.h"
#include "sound/TextToSpeechVoiceOutput.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <dlfcn.h>
#include <utility>

using namespace Qt::StringLiterals;

namespace toward {

namespace {

QString noVoice()
{
    return QCoreApplication::translate("toward::TextToSpeechVoiceOutput",
        "No voice is available: install qt6-speech-flite-plugin. Tones only.");
}

// This plugin's own file, wherever it was loaded from.
QString pluginFolder()
{
    Dl_info info {};
    if (dladdr(reinterpret_cast<const void *>(&noVoice), &info) == 0 || !info.dli_fname)
        return QCoreApplication::applicationDirPath();
    return QFileInfo(QString::fromLocal8Bit(info.dli_fname)).absolutePath();
}

} // namespace

SpeakerProcessVoiceOutput::SpeakerProcessVoiceOutput(QString program, const SoundSettings &settings)
    : m_program(std::move(program))
    , m_settings(settings)
{
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    connect(&m_process, &QProcess::readyReadStandardOutput, this,
        &SpeakerProcessVoiceOutput::readAnswers);
    connect(&m_process, &QProcess::finished, this, &SpeakerProcessVoiceOutput::gone);
    m_watchdog.setSingleShot(true);
    connect(&m_watchdog, &QTimer::timeout, this, [this] {
        // Hung: the practice goes on without these words, and the next start afresh.
        m_process.kill();
        finish();
    });
    ensureRunning();
}

SpeakerProcessVoiceOutput::~SpeakerProcessVoiceOutput()
{
    m_spoken = nullptr;
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.closeWriteChannel(); // the speaker ends at the end of its input
    if (!m_process.waitForFinished(1000))
        m_process.kill();
    m_process.waitForFinished(1000);
}

void SpeakerProcessVoiceOutput::say(const QString &words, std::function<void()> spoken)
{
    stop();
    m_spoken = std::move(spoken);
    m_words = words;
    m_retried = false;
    sendWords(u"say"_s);
}

void SpeakerProcessVoiceOutput::sendWords(const QString &command)
{
    if (!ensureRunning()) {
        finish();
        return;
    }
    m_watchdog.start(TextToSpeechVoiceOutput::StartLimit
        + TextToSpeechVoiceOutput::SpeakingLimitBase
        + TextToSpeechVoiceOutput::SpeakingLimitPerCharacter * m_words.size());
    send(SpeakerProtocol::line({command, m_words}));
}

void SpeakerProcessVoiceOutput::retry()
{
    if (m_retried || !m_spoken) {
        finish();
        return;
    }
    m_retried = true;
    // Flite crashes the speaker right after it fails; the retry goes to a new one.
    m_restarting = true;
    if (m_process.state() != QProcess::NotRunning)
        m_process.waitForFinished(500);
    m_restarting = false;
    sendWords(u"say-sentences"_s);
}

void SpeakerProcessVoiceOutput::stop()
{
    m_spoken = nullptr;
    m_watchdog.stop();
    if (m_process.state() == QProcess::Running)
        send(SpeakerProtocol::line({u"stop"_s}));
}

void SpeakerProcessVoiceOutput::configure(const SoundSettings &settings)
{
    m_settings = settings;
    if (m_process.state() == QProcess::Running)
        send(SpeakerProtocol::configure(settings));
}

bool SpeakerProcessVoiceOutput::ensureRunning()
{
    if (!isAvailable())
        return false;
    if (m_process.state() == QProcess::Running)
        return true;
    m_voiceNames.clear();
    m_process.start(m_program, {});
    // Blocking, briefly, once per start: whether the voice can speak decides what the practice
    // says before it begins.
    QElapsedTimer waited;
    waited.start();
    while (m_voiceNames.isEmpty() && isAvailable() && m_process.state() != QProcess::NotRunning
        && waited.elapsed() < StartLimit.count()) {
        m_process.waitForReadyRead(100);
        readAnswers();
    }
    if (m_voiceNames.isEmpty() && isAvailable()) {
        m_problem = noVoice();
        m_process.kill();
    }
    if (!isAvailable())
        return false;
    send(SpeakerProtocol::configure(m_settings));
    return true;
}

void SpeakerProcessVoiceOutput::send(const QByteArray &line)
{
    m_process.write(line);
}

void SpeakerProcessVoiceOutput::readAnswers()
{
    while (m_process.canReadLine())
        handle(SpeakerProtocol::fields(m_process.readLine()));
}

void SpeakerProcessVoiceOutput::handle(const QStringList &answer)
{
    const QString kind = answer.value(0);
    if (kind == u"voices")
        m_voiceNames = answer.mid(1);
    else if (kind == u"problem")
        m_problem = answer.value(1, noVoice());
    else if (kind == u"spoken")
        finish();
    else if (kind == u"failed")
        retry();
}

void SpeakerProcessVoiceOutput::finish()
{
    m_watchdog.stop();
    // Taken first: the call back may say the next words.
    if (const std::function<void()> spoken = std::exchange(m_spoken, nullptr))
        spoken();
}

void SpeakerProcessVoiceOutput::gone()
{
    if (m_restarting)
        return;
    readAnswers();
    // Crashed while saying words: tried once more, then given up; the next words start the
    // speaker again.
    if (m_spoken)
        retry();
}

std::unique_ptr<VoiceOutput> SpeakerProcessVoiceOutputPlugin::openVoice(
    const SoundSettings &settings)
{
    return std::make_unique<SpeakerProcessVoiceOutput>(
        QDir(pluginFolder()).filePath(u"toward_voice_speaker"_s), settings);
}

} // namespace toward
