#pragma once

#include "model/PracticeVocabulary.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <array>
#include <optional>

namespace toward {

enum class Leaning { Toward, Away };
enum class CueFeeling { Toward, Neutral, Away };
enum class RedFlag {
    SaddleNumbness,
    BladderOrBowel,
    WorseningLegs,
    FallOrAccident,
    Fever,
    WeightLoss,
    CancerHistory,
    NightPain
};

template<>
struct Vocabulary<Leaning> {
    static constexpr std::array<VocabularyEntry<Leaning>, 2> entries {{
        {Leaning::Toward, "toward", QT_TRANSLATE_NOOP("Vocabulary", "Toward")},
        {Leaning::Away, "away", QT_TRANSLATE_NOOP("Vocabulary", "Away")},
    }};
};

template<>
struct Vocabulary<CueFeeling> {
    static constexpr std::array<VocabularyEntry<CueFeeling>, 3> entries {{
        {CueFeeling::Toward, "toward", QT_TRANSLATE_NOOP("Vocabulary", "Toward (better)")},
        {CueFeeling::Neutral, "neutral", QT_TRANSLATE_NOOP("Vocabulary", "Neutral")},
        {CueFeeling::Away, "away", QT_TRANSLATE_NOOP("Vocabulary", "Away (worse)")},
    }};
};

template<>
struct Vocabulary<RedFlag> {
    static constexpr std::array<VocabularyEntry<RedFlag>, 8> entries {{
        {RedFlag::SaddleNumbness, "saddle-numbness",
            QT_TRANSLATE_NOOP("Vocabulary", "New numbness in the saddle area (between the legs)")},
        {RedFlag::BladderOrBowel, "bladder-bowel",
            QT_TRANSLATE_NOOP("Vocabulary", "New bladder or bowel trouble")},
        {RedFlag::WorseningLegs, "worsening-legs",
            QT_TRANSLATE_NOOP(
                "Vocabulary", "Weakness or numbness in the legs that is getting worse")},
        {RedFlag::FallOrAccident, "fall-accident",
            QT_TRANSLATE_NOOP("Vocabulary", "Pain after a recent fall or accident")},
        {RedFlag::Fever, "fever", QT_TRANSLATE_NOOP("Vocabulary", "Fever with the back pain")},
        {RedFlag::WeightLoss, "weight-loss",
            QT_TRANSLATE_NOOP("Vocabulary", "Weight loss you cannot explain")},
        {RedFlag::CancerHistory, "cancer-history",
            QT_TRANSLATE_NOOP("Vocabulary", "A history of cancer")},
        {RedFlag::NightPain, "night-pain",
            QT_TRANSLATE_NOOP(
                "Vocabulary", "Constant pain at night that rest or position does not ease")},
    }};
};

// Names are copied from the model at the time, so the journal stays readable after the model
// changes.
struct RegionRecord {
    QString id;
    QString name;
    friend bool operator==(const RegionRecord &, const RegionRecord &) = default;
};

struct CueRecord {
    QString cueId;
    QString title;
    QString regionId;
    std::optional<CueFeeling> feeling; // none when the cue was skipped before it was rated
    friend bool operator==(const CueRecord &, const CueRecord &) = default;
};

struct LeaningRecord {
    QString directionId;
    QString towardLabel;
    QString awayLabel;
    Leaning leaning = Leaning::Toward;
    friend bool operator==(const LeaningRecord &, const LeaningRecord &) = default;
};

// One check-in as the journal keeps it.
struct CheckIn {
    QUuid id;
    QDateTime startedAt; // carries the local UTC offset of the moment
    QDateTime endedAt;
    Context context = Context::Mat;
    QList<RegionRecord> regions;
    int painBefore = 0; // 0-10 numeric rating scale
    std::optional<int> painAfter; // none when the person stopped early
    QString practiceId;
    QString practiceTitle;
    QString breathPatternId;
    QString breathPatternName;
    QList<LeaningRecord> leaningsBefore;
    QList<LeaningRecord> leaningsAfter;
    QList<CueRecord> cues;
    QList<RedFlag> redFlags;
    QString note;

    // The regions' names as recorded, e.g. "Low back, Neck".
    QString regionNames() const;
    // Pain before minus pain after: positive is relief.
    std::optional<int> relief() const;
    friend bool operator==(const CheckIn &, const CheckIn &) = default;
};

constexpr int MinPain = 0;
constexpr int MaxPain = 10;

// The usual threshold for a change that matters to the person with back pain:
// at least 2 points, or 30% of the starting pain.
bool isMeaningfulChange(int painBefore, int painAfter);

} // namespace toward
