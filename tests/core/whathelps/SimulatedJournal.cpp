#include "whathelps/SimulatedJournal.h"

#include <QString>

#include <algorithm>
#include <cmath>
#include <random>

using namespace Qt::StringLiterals;

namespace toward::test {

namespace {

constexpr qint64 DayMs = 24 * 3600 * 1000LL;
constexpr int FirstDay = 740000; // a LocalDay number; any will do
constexpr int PracticeCount = 6;
constexpr int CuesPerPractice = 6;
constexpr double CommonRelief = 0.9; // every session's, cue or no cue

int recorded(double pain)
{
    return static_cast<int>(std::lround(std::clamp(pain, 0.0, 10.0)));
}

class Simulation {
public:
    explicit Simulation(const SimulatedJournal::Setup &setup)
        : m_setup(setup)
        , m_random(setup.seed)
    {
        const int cues = static_cast<int>(setup.cueEffects.size());
        // Practices overlap: practice p holds cues 5p … 5p + 5, wrapping round.
        for (int practice = 0; practice < PracticeCount; ++practice) {
            QList<int> bundle;
            for (int k = 0; k < CuesPerPractice; ++k)
                bundle.append((practice * 5 + k) % cues);
            m_practices.append(bundle);
        }
        m_journal.trueCueEffects.fill(0.0, cues);
        for (const double effect : setup.cueEffects)
            m_journal.cueHasEffect.append(effect != 0);
        m_doneCounts.fill(0, cues);
    }

    SimulatedJournal run()
    {
        int day = 0;
        double drift = 0, flare = 0;
        while (m_checkInsMade < m_setup.checkIns) {
            drift = 0.97 * drift + normal(0.35);
            flare = 0.55 * flare + (uniform() < 0.07 ? 2.5 : 0.0);
            const double dayPain = 4.2 + drift + flare;
            // One to three check-ins a day, more on bad days; now and then a day without.
            const int today =
                uniform() < 0.1 ? 0 : 1 + (uniform() < 0.35 + 0.1 * flare) + (uniform() < 0.15);
            for (int i = 0; i < today && m_checkInsMade < m_setup.checkIns; ++i)
                checkIn(day, i, dayPain);
            ++day;
        }
        for (qsizetype cue = 0; cue < m_journal.trueCueEffects.size(); ++cue) {
            if (m_doneCounts[cue] > 0)
                m_journal.trueCueEffects[cue] /= m_doneCounts[cue];
        }
        return std::move(m_journal);
    }

private:
    double normal(double sd) { return std::normal_distribution<double>(0.0, sd)(m_random); }
    double uniform() { return std::uniform_real_distribution<double>(0.0, 1.0)(m_random); }

    void checkIn(int day, int number, double dayPain)
    {
        // A check-in starts when pain is up: the moment's part is the larger of two draws.
        const double moment = std::max(normal(1.2), normal(1.2));
        const int before = recorded(dayPain + moment);
        // Worse pain draws the gentler practices (0 to 2) more often.
        const bool gentle = uniform() < (before >= 5 ? 0.75 : 0.3);
        const int practice = (gentle ? 0 : 3) + static_cast<int>(uniform() * 3);
        QList<int> done;
        for (const int cue : m_practices[practice]) {
            if (uniform() >= 0.15)
                done.append(cue);
        }
        if (uniform() < 0.25) {
            const int extra = static_cast<int>(uniform() * m_setup.cueEffects.size());
            if (!done.contains(extra))
                done.append(extra);
        }
        const QString context =
            uniform() < 0.6 ? u"mat"_s : (uniform() < 0.7 ? u"desk"_s : u"car"_s);
        const double contextEffect = context == u"car"_s ? 0.4 : 0.0;

        // The moment's part partly passes by "after"; the day's stays.
        const double usual = dayPain + 0.4 * moment - CommonRelief + contextEffect + normal(0.8);
        double cuesEffect = 0;
        for (const int cue : done)
            cuesEffect += m_setup.cueEffects[cue];
        const int after = recorded(usual + cuesEffect);
        for (const int cue : done) {
            m_journal.trueCueEffects[cue] +=
                after - recorded(usual + cuesEffect - m_setup.cueEffects[cue]);
            ++m_doneCounts[cue];
        }
        // Now and then the person does not rate the pain after.
        const bool rated = uniform() >= 0.1;
        QStringList cueIds;
        for (const int cue : done)
            cueIds.append(u"cue-%1"_s.arg(cue));
        const qint64 startedAtMs = (FirstDay + day) * DayMs + (8 + 5 * number) * 3600 * 1000LL;
        m_journal.observations.add(startedAtMs, FirstDay + day, before,
            rated ? std::optional(after) : std::nullopt, context, u"practice-%1"_s.arg(practice),
            cueIds);
        ++m_checkInsMade;
    }

    const SimulatedJournal::Setup &m_setup;
    std::mt19937_64 m_random;
    QList<QList<int>> m_practices;
    QList<int> m_doneCounts;
    int m_checkInsMade = 0;
    SimulatedJournal m_journal;
};

} // namespace

QList<double> SimulatedJournal::withEffects(
    int count, std::initializer_list<std::pair<int, double>> effects)
{
    QList<double> all(count, 0.0);
    for (const auto &[cue, effect] : effects)
        all[cue] = effect;
    return all;
}

SimulatedJournal SimulatedJournal::make(const Setup &setup)
{
    return Simulation(setup).run();
}

} // namespace toward::test
