#include "today/TodayPage.h"

#include "AppTestJournal.h"
#include "AppTestKeyboard.h"
#include "AppTestModels.h"
#include "TestSupport.h"
#include "journal/Journal.h"
#include "today/PainDaysChart.h"

#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace toward;
using test::press;

namespace {

// The Today page on a journal in a fresh temporary data directory, seen at `now`.
struct TodayFixture {
    explicit TodayFixture(
        const QList<CheckIn> &checkIns, const QDateTime &now = test::KnownJournalNow)
    {
        REQUIRE(journal->store().addMissing(checkIns).ok());
        page = std::make_unique<TodayPage>(*journal, [now] { return now; });
        page->setModel(test::smallModel());
        page->show();
        page->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(page.get()));
        REQUIRE(QTest::qWaitFor([this] { return !label("todayLabel").isEmpty(); }));
    }

    QString label(const char *name) const
    {
        auto *label = page->findChild<QLabel *>(QLatin1StringView(name).toString());
        REQUIRE(label);
        return label->isVisible() ? label->text() : QString();
    }
    QPushButton *button(const char *name) const
    {
        auto *button = page->findChild<QPushButton *>(QLatin1StringView(name).toString());
        REQUIRE(button);
        return button;
    }

    test::TemporaryDataDir dataDir;
    std::unique_ptr<Journal> journal = test::openJournalIn(dataDir.path());
    std::unique_ptr<TodayPage> page;
};

QString shortTime(int hour, int minute)
{
    return QLocale().toString(QTime(hour, minute), QLocale::ShortFormat);
}

} // namespace

TEST_CASE("Today shows today's check-ins, the days in a row and two weeks of pain", "[today]")
{
    TodayFixture f(test::knownCheckIns());
    CHECK(f.label("dateLabel") == u"Today, Wednesday 18 March"_s);
    CHECK(f.label("todayLabel")
        == u"Today: 1 check-in. Pain 6 → 3 (−3) at %1."_s.arg(shortTime(8, 0)));
    CHECK(f.label("lastLabel").isEmpty()); // today's is the last
    CHECK(f.label("streakLabel") == u"3 days in a row"_s);
    auto *chart = f.page->findChild<PainDaysChart *>();
    REQUIRE(chart);
    CHECK(chart->isVisible());
    // 10, 16, 17 and 18 March; 1 March is more than two weeks ago.
    CHECK(chart->accessibleDescription().count(u';') == 3);
}

TEST_CASE("Before the day's first check-in, Today shows the last one", "[today]")
{
    TodayFixture f(test::knownCheckIns(), test::KnownJournalNow.addDays(1));
    CHECK(f.label("todayLabel") == u"No check-in yet today."_s);
    CHECK(f.label("lastLabel")
        == u"Your last check-in: yesterday at %1, pain 6 → 3 (−3)."_s.arg(shortTime(8, 0)));
    CHECK(f.label("streakLabel") == u"3 days in a row"_s);
}

TEST_CASE("A first day: nothing to show but a way to start", "[today]")
{
    TodayFixture f({});
    CHECK(f.label("todayLabel") == u"No check-in yet today."_s);
    CHECK(f.label("lastLabel").isEmpty());
    CHECK(f.label("streakLabel") == u"One check-in a day starts a run of days."_s);
    CHECK(f.label("chartLabel") == u"No check-ins in the last 14 days."_s);
    CHECK_FALSE(f.page->findChild<PainDaysChart *>()->isVisible());
}

TEST_CASE("Start a check-in and the quick reset are a key away", "[today]")
{
    TodayFixture f(test::knownCheckIns());
    QSignalSpy checkIn(f.page.get(), &TodayPage::checkInRequested);
    QSignalSpy practice(f.page.get(), &TodayPage::practiceRequested);
    // A Wednesday at noon: the desk.
    CHECK(f.button("quickResetButton")->text().startsWith(u"&Quick reset: Desk reset ("_s));
    press(Qt::Key_Q, Qt::AltModifier);
    REQUIRE(practice.wait(1000));
    CHECK(practice.at(0).at(0).toString() == u"desk-reset"_s);
    press(Qt::Key_C, Qt::AltModifier);
    REQUIRE(checkIn.wait(1000));
}

TEST_CASE("A journal that cannot be read is said on Today, never shown as empty", "[today]")
{
    TodayFixture f(test::knownCheckIns());
    test::runSql(f.journal->filePath(),
        {u"DROP TABLE checkin_cue"_s, u"DROP TABLE checkin_region"_s, u"DROP TABLE checkin"_s});
    f.page->refresh();
    QLabel *note = nullptr;
    REQUIRE(QTest::qWaitFor([&] {
        note = f.page->findChild<QLabel *>(u"calculatedAreaNote"_s);
        return note && note->isVisible();
    }));
    CHECK(note->text().startsWith(u"The journal cannot be read: no such table: checkin"_s));
    CHECK(f.label("todayLabel").isEmpty());
}
