#include "whathelps/HelpObservations.h"

#include <algorithm>

namespace toward {

namespace {

constexpr qint64 WeekMs = 7 * 24 * 3600 * 1000LL;

} // namespace

int HelpObservations::numberOf(const QString &id, QStringList &ids, QHash<QString, int> &numbers)
{
    const auto found = numbers.constFind(id);
    if (found != numbers.constEnd())
        return *found;
    const int number = static_cast<int>(ids.size());
    ids.append(id);
    numbers.insert(id, number);
    return number;
}

// The past week's pain follows slow drifts and flares that both ratings of a check-in share. With
// nothing in the week before, the mean of all earlier check-ins stands in (the check-in's own
// rating would tell the model nothing new); for the very first, its own rating.
void HelpObservations::followWeek(HelpCheckIn &checkIn)
{
    while (m_weekStart < m_checkIns.size()
        && m_checkIns[m_weekStart].startedAtMs < checkIn.startedAtMs - WeekMs) {
        m_weekPainTotal -= m_checkIns[m_weekStart].painBefore;
        ++m_weekStart;
    }
    const std::size_t inWeek = m_checkIns.size() - m_weekStart;
    if (inWeek > 0)
        checkIn.weekPain = static_cast<double>(m_weekPainTotal) / static_cast<double>(inWeek);
    else if (!m_checkIns.empty())
        checkIn.weekPain =
            static_cast<double>(m_painTotal) / static_cast<double>(m_checkIns.size());
    else
        checkIn.weekPain = checkIn.painBefore;
    m_weekPainTotal += checkIn.painBefore;
    m_painTotal += checkIn.painBefore;
}

void HelpObservations::add(qint64 startedAtMs, int day, int painBefore,
    std::optional<int> painAfter, const QString &context, const QString &practiceId,
    const QStringList &cueIds)
{
    std::vector<int> cueNumbers;
    cueNumbers.reserve(cueIds.size());
    for (const QString &cueId : cueIds)
        cueNumbers.push_back(cueNumber(cueId));
    add(startedAtMs, day, painBefore, painAfter, context, practiceId, cueNumbers);
}

void HelpObservations::add(qint64 startedAtMs, int day, int painBefore,
    std::optional<int> painAfter, const QString &context, const QString &practiceId,
    std::span<const int> cueNumbers)
{
    HelpCheckIn checkIn;
    checkIn.startedAtMs = startedAtMs;
    checkIn.day = day;
    checkIn.painBefore = painBefore;
    checkIn.painAfter = painAfter;
    checkIn.context = numberOf(context, m_contexts, m_contextNumbers);
    checkIn.practice =
        practiceId.isEmpty() ? -1 : numberOf(practiceId, m_practiceIds, m_practiceNumbers);
    checkIn.firstCue = static_cast<int>(m_cueIndices.size());
    for (const int cue : cueNumbers) {
        const auto mine = m_cueIndices.begin() + checkIn.firstCue;
        if (std::find(mine, m_cueIndices.end(), cue) == m_cueIndices.end())
            m_cueIndices.push_back(cue);
    }
    checkIn.cueCount = static_cast<int>(m_cueIndices.size()) - checkIn.firstCue;
    followWeek(checkIn);
    m_checkIns.push_back(checkIn);
}

} // namespace toward
