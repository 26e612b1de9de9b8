// The voice's own process, toward_voice_speaker: says what the voice plugin asks, read line by line
// from standard input, and answers on standard output (see SpeakerProtocol.h). Qt 6.4's Flite
// engine can crash the process it speaks from (see TextToSpeechVoiceOutput.cpp); here that costs
// the words being said, never the practice.
#include "sound/SpeakerProtocol.h"
#include "sound/TextToSpeechVoiceOutput.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <cstdio>
#include <unistd.h>

using namespace toward;

namespace {

void send(const QStringList &fields)
{
    const QByteArray line = SpeakerProtocol::line(fields);
    std::fwrite(line.constData(), 1, std::size_t(line.size()), stdout);
    std::fflush(stdout);
}

void sendProblemOf(const VoiceOutput &voice)
{
    send({QStringLiteral("problem"), voice.problem()});
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    TextToSpeechVoiceOutput voice {SoundSettings()};
    if (voice.isAvailable())
        send(QStringList {QStringLiteral("voices")} + voice.voiceNames());
    else
        sendProblemOf(voice);

    QByteArray pending;
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&] {
        char buffer[4096];
        const ssize_t got = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (got <= 0) {
            // The app has gone, or closed the line: nothing more to say.
            input.setEnabled(false);
            QCoreApplication::quit();
            return;
        }
        pending.append(buffer, got);
        for (qsizetype end = pending.indexOf('\n'); end >= 0; end = pending.indexOf('\n')) {
            const QStringList fields = SpeakerProtocol::fields(pending.left(end));
            pending.remove(0, end + 1);
            const QString command = fields.value(0);
            const auto answer = [&voice] {
                if (!voice.isAvailable())
                    sendProblemOf(voice);
                send({voice.hasFailed() ? QStringLiteral("failed") : QStringLiteral("spoken")});
            };
            if (command == u"say")
                voice.say(fields.value(1), answer);
            else if (command == u"say-sentences")
                voice.saySentenceBySentence(fields.value(1), answer);
            else if (command == u"stop") {
                voice.stop();
            } else if (command == u"configure") {
                voice.configure(SpeakerProtocol::configured(fields));
            }
        }
    });
    return app.exec();
}
