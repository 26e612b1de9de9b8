#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <span>
#include <vector>

namespace toward {

// What the what-helps models read of one check-in.
struct HelpCheckIn {
    qint64 startedAtMs = 0;
    int day = 0; // its LocalDay number
    int painBefore = 0;
    std::optional<int> painAfter;
    double weekPain = 0; // the mean pain before of the 7 days before it; see HelpObservations
    int context = 0; // index into HelpObservations::contexts
    int practice = -1; // index into practiceIds, or -1 without one
    int firstCue = 0; // its cues are cueIndices[firstCue, firstCue + cueCount)
    int cueCount = 0;
};

// The check-ins "what helps" is estimated from, oldest first, with their contexts, practices and
// cues numbered in the order first seen. Made from the journal (WhatHelps.cpp) or simulated.
class HelpObservations {
public:
    // The number of a cue, numbering it if it is new.
    int cueNumber(const QString &cueId) { return numberOf(cueId, m_cueIds, m_cueNumbers); }

    // Check-ins must come oldest first. Cues listed twice count once.
    void add(qint64 startedAtMs, int day, int painBefore, std::optional<int> painAfter,
        const QString &context, const QString &practiceId, std::span<const int> cueNumbers);
    void add(qint64 startedAtMs, int day, int painBefore, std::optional<int> painAfter,
        const QString &context, const QString &practiceId, const QStringList &cueIds);

    const std::vector<HelpCheckIn> &checkIns() const { return m_checkIns; }
    std::span<const int> cuesOf(const HelpCheckIn &checkIn) const
    {
        return std::span<const int>(m_cueIndices).subspan(checkIn.firstCue, checkIn.cueCount);
    }
    const QStringList &contexts() const { return m_contexts; }
    const QStringList &practiceIds() const { return m_practiceIds; }
    const QStringList &cueIds() const { return m_cueIds; }

private:
    static int numberOf(const QString &id, QStringList &ids, QHash<QString, int> &numbers);
    void followWeek(HelpCheckIn &checkIn);

    std::vector<HelpCheckIn> m_checkIns;
    std::vector<int> m_cueIndices;
    QStringList m_contexts, m_practiceIds, m_cueIds;
    QHash<QString, int> m_contextNumbers, m_practiceNumbers, m_cueNumbers;
    // The week before the check-in being added: m_checkIns from m_weekStart on, summed.
    std::size_t m_weekStart = 0;
    qint64 m_weekPainTotal = 0;
    qint64 m_painTotal = 0;
};

} // namespace toward
