// Says each line of its input through the real voice plugin, as the check-in says a cue, and when
// the voice calls it spoken plays the inhale tone at once, as the breaths then begin. Prints, per
// line, how long Flite took to make it and how long it lasts (made once more here, off the
// clock), and when it was asked for, spoken and the tone sent (ms from the start), for
// voice_e2e.py to find in a recording. Exits 77 (skipped) when there is no sound to be had.
//
//   voice_player PLUGIN_FOLDER < LINES
#include "sound/FliteSynthesizer.h"
#include "sound/SoundOutputLoader.h"
#include "sound/SoundSettings.h"
#include "sound/VoiceOutputLoader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

using namespace toward;
using namespace Qt::StringLiterals;

namespace {

// Between one line's tone and the next line: the tone, then silence enough to tell them apart.
constexpr int PauseMilliseconds = 2000;

class LineSayer {
public:
    LineSayer(QStringList lines, VoiceOutput &voice, SoundOutput &tones)
        : m_lines(std::move(lines))
        , m_voice(voice)
        , m_tones(tones)
    {
        m_clock.start();
    }

    void sayNext()
    {
        if (m_next == m_lines.size()) {
            QCoreApplication::quit();
            return;
        }
        const QString &words = m_lines.at(m_next);
        QElapsedTimer making;
        making.start();
        const SpeechPcm speech = FliteSynthesizer::synthesize(words, m_settings);
        std::printf("line %lld made %lld lasts %lld chars %lld\n", qint64(m_next),
            qint64(making.elapsed()), qint64(speech.duration().count()), qint64(words.size()));
        std::printf("asked %lld %lld\n", qint64(m_next), qint64(m_clock.elapsed()));
        std::fflush(stdout);
        m_voice.say(words, [this] { spoken(); });
    }

private:
    void spoken()
    {
        const qint64 at = m_clock.elapsed();
        m_tones.playTone(BreathPhase::Inhale);
        std::printf("spoken %lld %lld\n", qint64(m_next), at);
        std::fflush(stdout);
        ++m_next;
        QTimer::singleShot(PauseMilliseconds, QCoreApplication::instance(), [this] { sayNext(); });
    }

    QStringList m_lines;
    VoiceOutput &m_voice;
    SoundOutput &m_tones;
    SoundSettings m_settings;
    QElapsedTimer m_clock;
    qsizetype m_next = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (app.arguments().size() != 2) {
        std::fprintf(stderr, "usage: voice_player PLUGIN_FOLDER < LINES\n");
        return 2;
    }
    const QStringList folders {app.arguments().at(1)};
    const std::unique_ptr<SoundOutput> tones = SoundOutputLoader::open(0.6, folders);
    const std::unique_ptr<VoiceOutput> voice = VoiceOutputLoader::open(SoundSettings(), folders);
    if (!tones->isAvailable() || !voice->isAvailable()) {
        std::fprintf(
            stderr, "%s\n", qPrintable(tones->isAvailable() ? voice->problem() : tones->problem()));
        return 77;
    }
    QStringList lines;
    QTextStream input(stdin);
    for (QString line; input.readLineInto(&line);) {
        if (!line.trimmed().isEmpty())
            lines.append(line);
    }
    LineSayer sayer(lines, *voice, *tones);
    QTimer::singleShot(0, &app, [&sayer] { sayer.sayNext(); });
    return app.exec();
}
