#pragma once

#include "Result.h"
#include "journal/CheckIn.h"
#include "journal/JournalStore.h"

#include <QDate>
#include <QDateTime>
#include <QRandomGenerator>

#include <array>
#include <functional>
#include <memory>

namespace toward::bench {

using namespace Qt::StringLiterals;

// Check-ins as a person might log them for years: 1 to 3 on nine days out of ten, 1 or 2 regions,
// 3 to 6 cues from a fixed list of 40, 8 practices, each cue and practice with its own typical
// relief, notes on about 30% and leanings on about 40%. Seeded, so every run writes the same
// journal apart from the random ids.
class SyntheticCheckIns {
public:
    // Starts far enough back that `count` check-ins end near `lastDay`.
    SyntheticCheckIns(qint64 count, QDate lastDay)
        : m_day(lastDay.addDays(-count * 10 / 18))
    {
    }

    CheckIn next()
    {
        while (m_leftToday == 0)
            startDay();
        const int slot = m_slotsToday - m_leftToday--;
        // Morning, midday and evening, in the order of the day.
        const QTime time(
            7 + slot * 5 + m_random.bounded(4), m_random.bounded(60), m_random.bounded(60));
        // Central European summer time from April to October.
        const int offset = m_day.month() >= 4 && m_day.month() <= 10 ? 7200 : 3600;
        m_lastStart = QDateTime(m_day, time, Qt::OffsetFromUTC, offset);
        return checkInAt(m_lastStart);
    }

    QDateTime lastStart() const { return m_lastStart; }

private:
    struct Region {
        const char *id;
        const char *name;
    };
    static constexpr std::array<Region, 8> Regions {{{"low-back", "Low back"}, {"neck", "Neck"},
        {"upper-back", "Upper back"}, {"pelvis", "Pelvis"}, {"shoulders", "Shoulders"},
        {"hips", "Hips"}, {"feet", "Feet"}, {"jaw", "Jaw"}}};
    static constexpr std::array<const char *, 5> Actions {
        "lengthen", "soften", "widen", "ground", "lift"};
    static constexpr int CueCount = static_cast<int>(Regions.size() * Actions.size());
    static constexpr std::array<const char *, 8> Practices {"rescue-low-back", "rescue-neck",
        "daily-five", "desk-reset", "driving-reset", "evening-floor", "standing-break",
        "morning-mat"};
    struct Direction {
        const char *id;
        const char *toward;
        const char *away;
    };
    static constexpr std::array<Direction, 4> Directions {
        {{"possibility-fear", "possibility", "fear"},
            {"expansion-tightness", "expansion", "tightness"},
            {"groundedness-stress", "groundedness", "stress"},
            {"self-love-blame", "self-love", "beating myself up"}}};
    static constexpr std::array<const char *, 6> NoteSentences {"Stiff after the long drive.",
        "Better with the towel roll behind the low back.", "Slept badly, woke up tight.",
        "Sitting bones back helped at the desk.", "Felt the breath reach the ribs.",
        "Sharp at first, eased after a few breaths."};

    void startDay()
    {
        m_day = m_day.addDays(1);
        m_slotsToday = m_random.bounded(10) == 0 ? 0 : 1 + m_random.bounded(3);
        m_leftToday = m_slotsToday;
    }

    // -3 to +3 quarter points of relief, fixed per cue or practice.
    static int biasOf(int index) { return index % 7 - 3; }

    QList<int> distinctIndexes(int count, int range)
    {
        QList<int> indexes;
        while (indexes.size() < count) {
            const int index = m_random.bounded(range);
            if (!indexes.contains(index))
                indexes.append(index);
        }
        return indexes;
    }

    QList<LeaningRecord> leanings(Leaning mostly)
    {
        QList<LeaningRecord> records;
        for (int direction :
            distinctIndexes(1 + m_random.bounded(2), static_cast<int>(Directions.size()))) {
            const Direction &chosen = Directions[direction];
            const Leaning other = mostly == Leaning::Toward ? Leaning::Away : Leaning::Toward;
            records.append({QString::fromLatin1(chosen.id), QString::fromLatin1(chosen.toward),
                QString::fromLatin1(chosen.away), m_random.bounded(4) == 0 ? other : mostly});
        }
        return records;
    }

    CheckIn checkInAt(const QDateTime &startedAt)
    {
        CheckIn checkIn;
        checkIn.id = QUuid::createUuid();
        checkIn.startedAt = startedAt;
        checkIn.endedAt = startedAt.addSecs(180 + m_random.bounded(720));
        const QList<Context> contexts = allValues<Context>();
        checkIn.context = contexts.at(m_random.bounded(static_cast<int>(contexts.size())));
        for (int region :
            distinctIndexes(1 + m_random.bounded(2), static_cast<int>(Regions.size())))
            checkIn.regions.append({QString::fromLatin1(Regions[region].id),
                QString::fromLatin1(Regions[region].name)});

        int biasQuarters = 0;
        if (m_random.bounded(10) != 0) {
            const int practice = m_random.bounded(static_cast<int>(Practices.size()));
            checkIn.practiceId = QString::fromLatin1(Practices[practice]);
            checkIn.practiceTitle =
                checkIn.practiceId.at(0).toUpper() + checkIn.practiceId.mid(1).replace(u'-', u' ');
            biasQuarters += 2 * biasOf(practice);
        }
        checkIn.breathPatternId = m_random.bounded(2) ? u"resonance"_s : u"long-exhale"_s;
        checkIn.breathPatternName =
            checkIn.breathPatternId == u"resonance"_s ? u"Resonance breathing"_s : u"Long exhale"_s;

        for (int cue : distinctIndexes(3 + m_random.bounded(4), CueCount)) {
            const Region &region = Regions[cue / Actions.size()];
            const QString action = QString::fromLatin1(Actions[cue % Actions.size()]);
            biasQuarters += biasOf(cue);
            std::optional<CueFeeling> feeling;
            if (const int roll = m_random.bounded(100); roll < 85)
                feeling = roll < 40 + 5 * biasOf(cue) ? CueFeeling::Toward
                    : roll < 70                       ? CueFeeling::Neutral
                                                      : CueFeeling::Away;
            checkIn.cues.append({QString::fromLatin1(region.id) + u'-' + action,
                QString::fromLatin1(region.name) + u": "_s + action, QString::fromLatin1(region.id),
                feeling});
        }

        checkIn.painBefore = 1 + m_random.bounded(9);
        if (m_random.bounded(10) != 0) {
            const int relief = m_random.bounded(-1, 4) + biasQuarters / 4;
            checkIn.painAfter = std::clamp(checkIn.painBefore - relief, MinPain, MaxPain);
        }
        if (m_random.bounded(10) < 4) {
            checkIn.leaningsBefore = leanings(Leaning::Away);
            checkIn.leaningsAfter = leanings(Leaning::Toward);
        }
        if (m_random.bounded(200) == 0)
            checkIn.redFlags = {RedFlag::NightPain};
        if (m_random.bounded(10) < 3) {
            QStringList sentences;
            for (int i = 1 + m_random.bounded(3); i > 0; --i)
                sentences.append(QString::fromLatin1(
                    NoteSentences[m_random.bounded(static_cast<int>(NoteSentences.size()))]));
            checkIn.note = sentences.join(u' ');
        }
        return checkIn;
    }

    QRandomGenerator m_random {20261118};
    QDate m_day;
    int m_slotsToday = 0;
    int m_leftToday = 0;
    QDateTime m_lastStart;
};

// Adds `size` synthetic check-ins to a new journal at `path`, a few thousand per transaction.
inline Result<void> writeSyntheticJournal(const QString &path, SyntheticCheckIns &checkIns,
    qint64 size, const std::function<void(qint64 written)> &progress = {})
{
    constexpr int BatchSize = 5'000;
    const JournalStore::OpenResult opened = JournalStore::open(path);
    if (!opened.store)
        return Result<void>::failure(opened.problem.message);
    for (qint64 written = 0; written < size;) {
        QList<CheckIn> batch;
        for (qint64 i = 0; i < BatchSize && written + i < size; ++i)
            batch.append(checkIns.next());
        const Result<int> added = opened.store->addMissing(batch);
        if (!added.ok())
            return Result<void>::failure(added.error());
        written += batch.size();
        if (progress)
            progress(written);
    }
    return Result<void>::success();
}

} // namespace toward::bench
