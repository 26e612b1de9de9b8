#pragma once

#include "model/PracticeVocabulary.h"

#include <QDateTime>
#include <QString>

#include <array>

// A fair test (an N-of-1 trial): over a few weeks Toward chooses at random, at each check-in,
// which of two options the person practises, so that the difference between them is not the
// person's own choice (which follows their pain) but the options'.

namespace toward {

enum class FairTestOptionKind { Practice, WithCue, WithoutCue };

template<>
struct Vocabulary<FairTestOptionKind> {
    static constexpr std::array<VocabularyEntry<FairTestOptionKind>, 3> entries {{
        {FairTestOptionKind::Practice, "practice", QT_TRANSLATE_NOOP("Vocabulary", "Practice")},
        {FairTestOptionKind::WithCue, "with-cue", QT_TRANSLATE_NOOP("Vocabulary", "With the cue")},
        {FairTestOptionKind::WithoutCue, "without-cue",
            QT_TRANSLATE_NOOP("Vocabulary", "Without the cue")},
    }};
};

// One side of a fair test: a practice, or one cue done or left out. Titles are copied from the
// model when the test starts, so the result stays readable after the model changes.
struct FairTestOption {
    FairTestOptionKind kind = FairTestOptionKind::Practice;
    QString id; // the practice's or the cue's
    QString title;

    // "Daily five minutes", "with “Sitting bones back”", "without “Sitting bones back”".
    QString label() const;
    friend bool operator==(const FairTestOption &, const FairTestOption &) = default;
};

enum class FairTestState {
    Running,
    Finished, // its last day is over
    StoppedEarly,
};

struct FairTest {
    static constexpr int MinWeeks = 1;
    static constexpr int MaxWeeks = 8;
    static constexpr int DefaultWeeks = 2;
    // Each block of this many check-ins holds both options equally often.
    static constexpr int DefaultBlockSize = 4;

    // Option A against option B: two practices, or a cue done against left out.
    static FairTest ofPractices(FairTestOption a, FairTestOption b);
    static FairTest ofCue(const QString &cueId, const QString &cueTitle);

    qint64 id = 0; // the journal's; 0 until stored
    std::array<FairTestOption, 2> options;
    QDateTime startedAt; // with its UTC offset
    int days = DefaultWeeks * 7;
    int blockSize = DefaultBlockSize;
    quint32 seed = 0;
    QDateTime stoppedAt; // invalid unless stopped early

    QDateTime endsAt() const { return startedAt.addDays(days); }
    FairTestState state(const QDateTime &now) const;
    bool isRunning(const QDateTime &now) const { return state(now) == FairTestState::Running; }
    // Whole days left, counting today; 0 once it is over.
    int daysLeft(const QDateTime &now) const;
    // Empty when the test can be stored; otherwise why not.
    QString problem() const;

    friend bool operator==(const FairTest &, const FairTest &) = default;
};

} // namespace toward
