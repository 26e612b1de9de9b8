#pragma once

#include "Result.h"
#include "journal/CheckIn.h"
#include "model/PracticeModel.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <array>
#include <optional>

namespace toward {

// The pages of a check-in, in the order a person meets them.
enum class CheckInStage {
    ChoosingWhere, // regions, context, practice and breath pattern
    RatingBefore, // pain, leanings and the red-flag questions
    RedFlagAdvice, // a red flag is ticked: see a clinician; the answers can be saved
    BreathIntro, // "Exhale fully. Inhale deeply."
    PracticingCue,
    RatingCue, // how the cue just done felt
    RatingAfter, // pain, leanings and a note
    Saved
};

enum class PracticeSource { Model, Built };
enum class PracticeEnding { Completed, Early };

template<>
struct Vocabulary<CheckInStage> {
    static constexpr std::array<VocabularyEntry<CheckInStage>, 8> entries {{
        {CheckInStage::ChoosingWhere, "choosing-where",
            QT_TRANSLATE_NOOP("Vocabulary", "Where and when")},
        {CheckInStage::RatingBefore, "rating-before", QT_TRANSLATE_NOOP("Vocabulary", "Before")},
        {CheckInStage::RedFlagAdvice, "red-flag-advice",
            QT_TRANSLATE_NOOP("Vocabulary", "See a clinician first")},
        {CheckInStage::BreathIntro, "breath-intro", QT_TRANSLATE_NOOP("Vocabulary", "Breathe")},
        {CheckInStage::PracticingCue, "practicing-cue",
            QT_TRANSLATE_NOOP("Vocabulary", "Practice")},
        {CheckInStage::RatingCue, "rating-cue", QT_TRANSLATE_NOOP("Vocabulary", "How it felt")},
        {CheckInStage::RatingAfter, "rating-after", QT_TRANSLATE_NOOP("Vocabulary", "After")},
        {CheckInStage::Saved, "saved", QT_TRANSLATE_NOOP("Vocabulary", "Saved")},
    }};
};

template<>
struct Vocabulary<PracticeSource> {
    static constexpr std::array<VocabularyEntry<PracticeSource>, 2> entries {{
        {PracticeSource::Model, "model", QT_TRANSLATE_NOOP("Vocabulary", "From the model")},
        {PracticeSource::Built, "built", QT_TRANSLATE_NOOP("Vocabulary", "Built from my regions")},
    }};
};

template<>
struct Vocabulary<PracticeEnding> {
    static constexpr std::array<VocabularyEntry<PracticeEnding>, 2> entries {{
        {PracticeEnding::Completed, "completed", QT_TRANSLATE_NOOP("Vocabulary", "Completed")},
        {PracticeEnding::Early, "early", QT_TRANSLATE_NOOP("Vocabulary", "Ended early")},
    }};
};

// Everything a check-in in progress knows: the whole state of a CheckInFlow, so that a check-in
// left open when the app closed can be offered again. Model content is referred to by id; the
// practice is kept whole because a built one exists nowhere else.
struct CheckInDraft {
    static inline const QString Format = QStringLiteral("toward-checkin-draft");
    static constexpr int Version = 1;

    QUuid id;
    QDateTime startedAt;
    QDateTime endedAt; // invalid until the practice ends or the red-flag advice is given
    CheckInStage stage = CheckInStage::ChoosingWhere;
    QString defaultBreathPatternId; // the person's own default; empty: the model's

    QStringList regionIds;
    std::optional<Context> context;
    std::optional<Practice> practice;
    PracticeSource practiceSource = PracticeSource::Model;
    QString breathPatternId; // set with the practice

    std::optional<int> painBefore;
    QMap<QString, Leaning> leaningsBefore; // by inner-direction id
    QList<RedFlag> redFlags; // in vocabulary order

    bool rateCuesAtEnd = false; // rather than after each cue: for practising with eyes closed
    int currentStep = 0;
    int reachedSteps = 0; // steps 0 to reachedSteps - 1 have been shown
    QList<std::optional<CueFeeling>> feelings; // one per step of the practice
    std::optional<PracticeEnding> ending; // set once the practice is over
    CheckInStage resumeStage = CheckInStage::PracticingCue; // where back() from "after" returns

    std::optional<int> painAfter;
    QMap<QString, Leaning> leaningsAfter;
    QString note;

    QJsonObject toJson() const;
    // Checks the form of every field; whether the draft still matches the practice model is
    // CheckInFlow::resume's to judge.
    static Result<CheckInDraft> fromJson(const QJsonObject &json);
};

} // namespace toward
