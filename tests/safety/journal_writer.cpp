// Adds realistic check-ins to the journal in a data folder until it is killed, printing each one's
// id on stdout only once add() has committed it. safety_tests kills it at random moments.
//
// Usage: journal_writer DATA_DIR SEED

#include "journal/JournalStore.h"
#include "settings/DataDirectory.h"
#include "settings/InstanceLock.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace toward;

namespace {

struct CueChoice {
    QString id;
    QString title;
    QString regionId;
};

struct Named {
    QString id;
    QString name;
};

const QList<RegionRecord> Regions {{u"low-back"_s, u"Low back"_s}, {u"neck"_s, u"Neck"_s},
    {u"upper-back"_s, u"Upper back"_s}, {u"hips"_s, u"Hips"_s}, {u"shoulders"_s, u"Shoulders"_s}};

const QList<CueChoice> Cues {
    {u"low-back-sit-bones-back"_s, u"Sitting bones back"_s, u"low-back"_s},
    {u"low-back-long-tail"_s, u"Tail grows long"_s, u"low-back"_s},
    {u"neck-head-back-lift"_s, u"Back of the head lifts"_s, u"neck"_s},
    {u"neck-soft-jaw"_s, u"Soft jaw"_s, u"neck"_s},
    {u"upper-back-wide-collarbones"_s, u"Wide collarbones"_s, u"upper-back"_s},
    {u"hips-soft-knees"_s, u"Soft knees"_s, u"hips"_s},
    {u"shoulders-heavy-elbows"_s, u"Heavy elbows"_s, u"shoulders"_s},
};

const QList<Named> Practices {{u"driving-reset"_s, u"Driving reset"_s},
    {u"morning-mat"_s, u"Morning mat"_s}, {u"desk-break"_s, u"Desk break"_s},
    {u"lying-rescue"_s, u"Lying-down rescue"_s}};

const QList<Named> BreathPatterns {{u"resonance"_s, u"Resonance breathing"_s},
    {u"long-exhale"_s, u"Long exhale"_s}, {QString(), QString()}};

const QList<LeaningRecord> Directions {{u"possibility-fear"_s, u"possibility"_s, u"fear"_s},
    {u"groundedness-stress"_s, u"groundedness"_s, u"stress"_s}};

const QStringList NotePhrases {u"Stiff after the long drive."_s,
    u"Better with the towel roll behind the low back."_s,
    u"Slept badly; \"sharp\" pain at 4am, eased by lying on the side."_s,
    u"Walked 20 min before lunch, legs fine."_s,
    u"Ünïcödé ✓ 100% _done_, kein Schmerz beim Bücken."_s,
    u"Neck tight at the desk again (new monitor?)."_s};

const QList<Context> Contexts {Context::Mat, Context::Desk, Context::Standing, Context::Lying,
    Context::Driving, Context::Walking};

const QList<int> UtcOffsets {3600, 7200, -5 * 3600, 5 * 3600 + 1800};

template<typename T>
const T &pick(QRandomGenerator &random, const QList<T> &choices)
{
    return choices.at(random.bounded(int(choices.size())));
}

QString note(QRandomGenerator &random)
{
    // Now and then a long note, so that check-ins spill over several database pages.
    const int phrases = random.bounded(8) == 0 ? random.bounded(40, 120) : random.bounded(0, 3);
    QStringList parts;
    for (int i = 0; i < phrases; ++i)
        parts.append(pick(random, NotePhrases));
    return parts.join(random.bounded(4) == 0 ? u"\n"_s : u" "_s);
}

CheckIn realisticCheckIn(QRandomGenerator &random)
{
    CheckIn checkIn;
    checkIn.id = QUuid::createUuid();
    const QDateTime start(QDate(2026, 1, 1).addDays(random.bounded(365)),
        QTime(6, 0).addSecs(random.bounded(16 * 3600)), Qt::OffsetFromUTC,
        pick(random, UtcOffsets));
    checkIn.startedAt = start;
    checkIn.context = pick(random, Contexts);
    const int firstRegion = random.bounded(int(Regions.size()));
    for (int i = 0, count = random.bounded(1, 4); i < count; ++i)
        checkIn.regions.append(Regions.at((firstRegion + i) % Regions.size()));
    checkIn.painBefore = random.bounded(MinPain, MaxPain + 1);
    const bool stoppedEarly = random.bounded(6) == 0;
    if (!stoppedEarly) {
        checkIn.endedAt = start.addSecs(random.bounded(120, 1800));
        checkIn.painAfter =
            std::clamp(checkIn.painBefore - random.bounded(-1, 4), MinPain, MaxPain);
    }
    const Named &practice = pick(random, Practices);
    checkIn.practiceId = practice.id;
    checkIn.practiceTitle = practice.name;
    const Named &breath = pick(random, BreathPatterns);
    checkIn.breathPatternId = breath.id;
    checkIn.breathPatternName = breath.name;
    for (LeaningRecord leaning : Directions) {
        leaning.leaning = random.bounded(2) ? Leaning::Toward : Leaning::Away;
        checkIn.leaningsBefore.append(leaning);
        if (!stoppedEarly) {
            leaning.leaning = random.bounded(3) ? Leaning::Toward : Leaning::Away;
            checkIn.leaningsAfter.append(leaning);
        }
    }
    for (const CueChoice &cue : Cues) {
        const bool inRegion = std::any_of(checkIn.regions.begin(), checkIn.regions.end(),
            [&](const RegionRecord &region) { return region.id == cue.regionId; });
        if (!inRegion)
            continue;
        const int feeling = random.bounded(4);
        checkIn.cues.append({cue.id, cue.title, cue.regionId,
            feeling == 3 ? std::nullopt : std::optional(CueFeeling(feeling))});
    }
    if (random.bounded(20) == 0)
        checkIn.redFlags.append(RedFlag(random.bounded(8)));
    checkIn.note = note(random);
    return checkIn;
}

int fail(const QString &why)
{
    std::fprintf(stderr, "journal_writer: %s\n", why.toLocal8Bit().constData());
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    bool seedIsNumber = false;
    const quint32 seed = arguments.value(2).toUInt(&seedIsNumber);
    if (arguments.size() != 3 || !seedIsNumber)
        return fail(u"usage: journal_writer DATA_DIR SEED"_s);

    const Result<DataDirectory> dataDirectory = DataDirectory::open(arguments.at(1));
    if (!dataDirectory.ok())
        return fail(dataDirectory.error());
    // As in the app: a lock left by a killed writer must not keep the next one out.
    const auto lock = InstanceLock::acquire(dataDirectory.value().path());
    if (!lock.ok())
        return fail(lock.error());
    const JournalStore::OpenResult opened =
        JournalStore::open(dataDirectory.value().filePath(u"journal.sqlite"_s));
    if (!opened.store)
        return fail(opened.problem.message);

    QRandomGenerator random(seed);
    for (;;) {
        const CheckIn checkIn = realisticCheckIn(random);
        if (const Result<void> added = opened.store->add(checkIn); !added.ok())
            return fail(added.error());
        const QByteArray line = checkIn.id.toByteArray(QUuid::WithoutBraces) + '\n';
        std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
        std::fflush(stdout);
    }
}
