#pragma once

#include "sound/PracticeSound.h"
#include "sound/SoundOutput.h"

#include <QList>

#include <algorithm>
#include <iterator>
#include <optional>

namespace toward::test {

// A sound output that writes down what it was asked to play and when, in the driver's practice
// time.
class RecordingSoundOutput final : public SoundOutput {
public:
    struct Heard {
        milliseconds at {0};
        std::optional<BreathPhase> tone; // none: words
        QString words;

        friend bool operator==(const Heard &, const Heard &) = default;
    };

    // The driver whose practice time stamps what is heard; none: zero.
    void setTimeSource(const PracticeSound *sound) { m_sound = sound; }

    void playTone(BreathPhase phase) override { heard.append({now(), phase, {}}); }
    void speak(const QString &words) override { heard.append({now(), std::nullopt, words}); }
    bool isAvailable() const override { return true; }
    QString problem() const override { return {}; }

    QList<Heard> tones() const
    {
        QList<Heard> result;
        std::copy_if(heard.cbegin(), heard.cend(), std::back_inserter(result),
            [](const Heard &one) { return one.tone.has_value(); });
        return result;
    }

    QList<Heard> heard;

private:
    milliseconds now() const { return m_sound ? m_sound->elapsed() : milliseconds(0); }

    const PracticeSound *m_sound = nullptr;
};

} // namespace toward::test
