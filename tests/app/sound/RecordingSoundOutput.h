#pragma once

#include "sound/PracticeSound.h"
#include "sound/SoundOutput.h"
#include "sound/SoundSettings.h"
#include "sound/VoiceOutput.h"

#include <QList>

#include <algorithm>
#include <functional>
#include <iterator>
#include <optional>

namespace toward::test {

// Stamps what is heard with a driver's practice time.
class PracticeTimeSource {
public:
    // The driver whose practice time stamps what is heard; none: zero.
    void setTimeSource(const PracticeSound *sound) { m_sound = sound; }

protected:
    milliseconds now() const { return m_sound ? m_sound->elapsed() : milliseconds(0); }

private:
    const PracticeSound *m_sound = nullptr;
};

// A sound output that writes down which tones it was asked to play and when.
class RecordingSoundOutput final : public SoundOutput, public PracticeTimeSource {
public:
    struct Heard {
        milliseconds at {0};
        BreathPhase tone = BreathPhase::Inhale;

        friend bool operator==(const Heard &, const Heard &) = default;
    };

    void playTone(BreathPhase phase) override { heard.append({now(), phase}); }
    void setVolume(double to) override { volume = to; }
    bool isAvailable() const override { return true; }
    QString problem() const override { return {}; }

    QList<Heard> heard;
    double volume = SoundSettings::DefaultVolume;
};

// A voice that writes down what it was asked to say and when, and has said it only when the test
// says so (finish()).
class RecordingVoiceOutput final : public VoiceOutput, public PracticeTimeSource {
public:
    struct Said {
        milliseconds at {0};
        QString words;

        friend bool operator==(const Said &, const Said &) = default;
    };

    void say(const QString &words, std::function<void()> spoken) override
    {
        said.append({now(), words});
        m_spoken = std::move(spoken);
    }
    void stop() override
    {
        ++stops;
        m_spoken = nullptr;
    }
    void configure(const SoundSettings &to) override { settings = to; }
    QStringList voiceNames() const override { return {QStringLiteral("test")}; }
    bool isAvailable() const override { return true; }
    QString problem() const override { return {}; }

    bool isSpeaking() const { return m_spoken != nullptr; }
    // The words being said have been said.
    void finish()
    {
        if (const std::function<void()> spoken = std::exchange(m_spoken, nullptr))
            spoken();
    }
    QStringList words() const
    {
        QStringList all;
        for (const Said &one : said)
            all.append(one.words);
        return all;
    }

    QList<Said> said;
    int stops = 0;
    SoundSettings settings;

private:
    std::function<void()> m_spoken; // of the words being said
};

} // namespace toward::test
