#include "ReportTestJournal.h"

#include "journal/JournalTestData.h"

using namespace Qt::StringLiterals;

namespace toward::test {

std::unique_ptr<JournalStore> openJournal(const TemporaryDataDir &dir)
{
    JournalStore::OpenResult opened = JournalStore::open(dir.filePath(u"journal.sqlite"_s));
    INFO(opened.problem.message);
    REQUIRE(opened.store);
    return std::move(opened.store);
}

QDateTime novemberDay(int day, int hour)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, 0), Qt::OffsetFromUTC, 3600);
}

QList<CheckIn> manyCheckIns(int count, const QDateTime &first)
{
    const QStringList regions {u"low-back"_s, u"neck"_s, u"upper-back"_s};
    const QList<Context> contexts = allValues<Context>();
    QList<CheckIn> checkIns;
    for (int i = 0; i < count; ++i) {
        const int before = 3 + i % 6;
        const std::optional<int> after =
            i % 7 == 6 ? std::nullopt : std::optional<int>(std::max(0, before - i % 4));
        CheckIn checkIn = simpleCheckIn(first.addSecs(i * 8 * 3600), before, after,
            regions[i % regions.size()], contexts[i % contexts.size()]);
        if (i % 3 != 2) {
            checkIn.practiceId = u"practice-%1"_s.arg(i % 4);
            checkIn.practiceTitle = u"Practice number %1"_s.arg(i % 4);
        }
        checkIn.cues = {{u"cue-%1"_s.arg(i % 5), u"Cue number %1"_s.arg(i % 5),
            regions[i % regions.size()], CueFeeling::Toward}};
        if (i % 2 == 0)
            checkIn.note = u"Check-in number %1: a note long enough to wrap in its column, about "
                           "the day, the desk and the walk home."_s.arg(i);
        checkIns.append(checkIn);
    }
    return checkIns;
}

} // namespace toward::test
