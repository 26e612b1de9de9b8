#include "AppTestJournal.h"

#include "TestSupport.h"
#include "journal/JournalPage.h"
#include "journal/JournalTestData.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

namespace toward::test {

bool waitUntilCalculated(const JournalPage &page)
{
    return QTest::qWaitFor([&] { return !page.isCalculating(); }, 10'000);
}

void writeDamagedJournal(const QString &path)
{
    {
        auto journal = openJournal(path);
        QList<CheckIn> checkIns;
        for (int i = 0; i < 300; ++i)
            checkIns.append(fullCheckIn(KnownJournalNow.addSecs(-i * 3600)));
        REQUIRE(journal->addMissing(checkIns).ok());
    }
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    REQUIRE(bytes.size() > 8 * 4096);
    for (qsizetype i = 3 * 4096; i < 5 * 4096; ++i)
        bytes[i] = char(0xA5);
    REQUIRE(file.seek(0));
    REQUIRE(file.write(bytes) == bytes.size());
}

QList<CheckIn> knownCheckIns()
{
    const auto at = [](int month, int day, int hour, int minute) {
        return QDateTime(QDate(2026, month, day), QTime(hour, minute));
    };
    CheckIn desk = simpleCheckIn(at(3, 17, 19, 30), 6, 5, u"low-back"_s, Context::Desk);
    desk.note = u"Towel roll at the desk helped"_s;
    CheckIn standing = simpleCheckIn(at(3, 10, 9, 0), 4, 6, u"low-back"_s, Context::Standing);
    standing.note = u"Stiff after gardening"_s;
    return {fullCheckIn(at(3, 18, 8, 0)), desk,
        simpleCheckIn(at(3, 16, 7, 15), 3, 2, u"neck"_s, Context::Mat), standing,
        simpleCheckIn(at(3, 1, 18, 0), 5, 4, u"knees"_s, Context::Walking),
        simpleCheckIn(at(1, 5, 10, 0), 7, std::nullopt, u"low-back"_s, Context::Lying)};
}

} // namespace toward::test
