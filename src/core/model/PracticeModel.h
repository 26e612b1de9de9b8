#pragma once

#include "model/PracticeVocabulary.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

namespace toward {

using std::chrono::milliseconds;

struct DegreeRange {
    double min = 0;
    double max = 0;
};

struct Curve {
    CurveKind kind = CurveKind::Lordosis;
    std::optional<DegreeRange> typicalDegrees;
    QString summary;
};

struct AwayPattern {
    QString id;
    QString title;
    QString text;
    QStringList causes;
};

// A "toward" action.
struct Cue {
    QString id;
    QString title;
    QString text;
    Need need = Need::Space;
    Mode mode = Mode::Support;
    Contexts contexts;
    int breaths = 3;
    CueBreath breath = CueBreath::Any;
    QStringList counters; // ids of away patterns of the same region
};

struct Region {
    QString id;
    QString name;
    QString span;
    std::optional<Curve> curve; // absent for a region outside the spine's curves
    QList<AwayPattern> away;
    QList<Cue> cues;

    const AwayPattern *findAwayPattern(QStringView awayId) const;
};

struct InnerDirection {
    QString id;
    QString toward;
    QString away;
};

struct BreathPattern {
    QString id;
    QString name;
    milliseconds inhale {0};
    milliseconds holdIn {0};
    milliseconds exhale {0};
    milliseconds holdOut {0};
    QString note;

    milliseconds cycle() const { return inhale + holdIn + exhale + holdOut; }
    bool hasHolds() const { return holdIn.count() > 0 || holdOut.count() > 0; }
};

struct PracticeStep {
    QString cueId;
    int breaths = 3; // already resolved: the step's own count, or else the cue's
};

struct Practice {
    QString id;
    QString title;
    PracticeKind kind = PracticeKind::Daily;
    Contexts contexts; // empty: the file names none
    QString breathPatternId; // empty: the model's default pattern
    QList<PracticeStep> steps;

    int totalBreaths() const;
};

// A loaded, validated practice model. Every id reference in it resolves.
struct PracticeModel {
    QString id;
    QString name;
    QString version;
    QString language;
    QString description;
    QList<Region> regions;
    QList<InnerDirection> innerDirections;
    QList<BreathPattern> breathPatterns; // never empty; the first is the default
    QList<Practice> practices;

    const Region *findRegion(QStringView regionId) const;
    const Cue *findCue(QStringView cueId) const;
    const Region *regionOfCue(QStringView cueId) const;
    const BreathPattern *findBreathPattern(QStringView patternId) const;
    const Practice *findPractice(QStringView practiceId) const;
    const InnerDirection *findInnerDirection(QStringView directionId) const;
    const BreathPattern &defaultBreathPattern() const { return breathPatterns.constFirst(); }
    // The practice's own pattern, or the model's default when it names none.
    const BreathPattern &breathPatternFor(const Practice &practice) const;
    milliseconds practiceLength(const Practice &practice) const;
    qsizetype cueCount() const;
};

} // namespace toward
