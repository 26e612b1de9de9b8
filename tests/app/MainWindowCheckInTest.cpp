#include "AppTestJournal.h"
#include "AppTestKeyboard.h"
#include "AppTestModels.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "checkin/CheckInPage.h"
#include "checkin/CheckInPracticeStep.h"
#include "journal/CheckInTableModel.h"
#include "journal/JournalTestData.h"
#include "model/PracticeModelLoader.h"
#include "practice/ManualClock.h"
#include "practice/PacerWidget.h"
#include "settings/AppSettings.h"

#include <QAbstractButton>
#include <QAction>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace toward;
using test::builtInModel;
using namespace std::chrono_literals;
using test::press;
using test::type;

namespace {

// The main window on the built-in model and a journal of the known check-ins, in a fresh
// temporary data directory; the breath pacer runs on the test's clock.
struct WindowFixture {
    explicit WindowFixture(const QString &practiceToStart = {}) { open(practiceToStart); }

    // A second call is a restart: the window and the journal close before they open again.
    // `practiceToStart`: as if started with --practice.
    void open(const QString &practiceToStart = {})
    {
        window.reset();
        journal.reset();
        journal = test::openJournalIn(dataDir.path());
        window = std::make_unique<MainWindow>(settings, builtInModel(), *journal);
        if (!practiceToStart.isEmpty())
            window->startPracticeWhenShown(practiceToStart);
        window->show();
        window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
    }

    CheckInPage *page() const
    {
        REQUIRE(window->checkInPage());
        return window->checkInPage();
    }
    CheckInStage stage() const
    {
        REQUIRE(page()->flow());
        return page()->flow()->stage();
    }
    QString shownTitle() const { return page()->findChild<QLabel *>(u"titleLabel"_s)->text(); }
    void breatheThrough(std::chrono::milliseconds length)
    {
        clock.advance(length);
        page()->findChild<CheckInPracticeStep *>()->pacerWidget()->tick();
    }

    test::TemporaryDataDir dataDir;
    QString journalPath = dataDir.filePath(u"journal.sqlite"_s);
    AppSettings settings {dataDir.filePath(u"settings.ini"_s)};
    test::ManualClock clock;
    std::unique_ptr<Journal> journal;
    std::unique_ptr<MainWindow> window;
};

} // namespace

TEST_CASE("A whole check-in from Ctrl+N to a saved journal row, with the keyboard alone",
    "[main-window][checkin]")
{
    WindowFixture fixture;
    test::openJournal(fixture.journalPath)->addMissing(test::knownCheckIns());
    press(Qt::Key_2, Qt::ControlModifier);
    REQUIRE(fixture.window->currentPage() == MainWindow::Page::Journal);
    const QDateTime startedBefore = QDateTime::currentDateTime().addSecs(-1);

    // Where and when: the low back on the spine, lying down; the first practice that fits.
    press(Qt::Key_N, Qt::ControlModifier);
    REQUIRE(fixture.window->currentPage() == MainWindow::Page::CheckIn);
    fixture.page()->setPacerClock(fixture.clock);
    press(Qt::Key_Down);
    press(Qt::Key_Down);
    press(Qt::Key_Space);
    press(Qt::Key_L, Qt::AltModifier);
    REQUIRE(QTest::qWaitFor([&] { return fixture.page()->flow()->draft().context.has_value(); }));
    REQUIRE(fixture.page()->flow()->practice());
    CHECK(fixture.page()->flow()->practice()->id == u"low-back-rescue"_s);
    press(Qt::Key_Return);

    // Before: pain 7, and leaning away (fear) on "possibility ↔ fear", the second direction.
    REQUIRE(fixture.stage() == CheckInStage::RatingBefore);
    press(Qt::Key_7);
    press(Qt::Key_Tab); // one stop per direction, on its first choice: the "away" word
    press(Qt::Key_Tab);
    press(Qt::Key_Space);
    press(Qt::Key_Return);

    // The practice: the first cue paced through, felt toward; the second skipped; the third
    // felt neutral, then done again and skipped; the fourth felt away; ended early at the fifth.
    REQUIRE(fixture.stage() == CheckInStage::BreathIntro);
    press(Qt::Key_Return);
    REQUIRE(fixture.stage() == CheckInStage::PracticingCue);
    CHECK(fixture.shownTitle() == u"Let the curve come back"_s);
    fixture.breatheThrough(60s); // 6 breaths of 4 s in, 6 s out
    REQUIRE(fixture.stage() == CheckInStage::RatingCue);
    press(Qt::Key_T);
    CHECK(fixture.shownTitle() == u"A small roll behind the waist"_s);
    press(Qt::Key_Right);
    CHECK(fixture.shownTitle() == u"Side-lying with a pillow"_s);
    fixture.breatheThrough(50s);
    press(Qt::Key_N);
    press(Qt::Key_Left);
    CHECK(fixture.shownTitle() == u"Side-lying with a pillow"_s);
    press(Qt::Key_Right);
    CHECK(fixture.shownTitle() == u"Resting on the forearms"_s);
    fixture.breatheThrough(40s);
    press(Qt::Key_A);
    CHECK(fixture.shownTitle() == u"Hips over heels"_s);
    press(Qt::Key_Escape);
    test::answer(
        test::waitForQuestion(u"endEarlyBox"_s), fixture.window.get(), Qt::Key_E, Qt::AltModifier);

    // After: pain 4, a note, Ctrl+Enter.
    REQUIRE(fixture.stage() == CheckInStage::RatingAfter);
    press(Qt::Key_4);
    press(Qt::Key_O, Qt::AltModifier);
    type(u"Easier lying down; the forearms did not suit me."_s);
    press(Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(fixture.stage() == CheckInStage::Saved);
    const QUuid id = fixture.page()->flow()->draft().id;
    const QDateTime endedAfter = QDateTime::currentDateTime().addSecs(1);

    // Saved: field by field, in the journal file itself.
    const std::optional<CheckIn> row = test::openJournal(fixture.journalPath)->find(id).value();
    REQUIRE(row);
    CHECK(row->startedAt >= startedBefore);
    CHECK(row->endedAt >= row->startedAt);
    CHECK(row->endedAt <= endedAfter);
    CHECK(row->context == Context::Lying);
    CHECK(row->regions == QList<RegionRecord> {{u"low-back"_s, u"Low back"_s}});
    CHECK(row->painBefore == 7);
    CHECK(row->painAfter == 4);
    CHECK(row->practiceId == u"low-back-rescue"_s);
    CHECK(row->practiceTitle == u"Low back rescue"_s);
    CHECK(row->breathPatternId == u"calming"_s);
    REQUIRE(row->leaningsBefore.size() == 1);
    CHECK(row->leaningsBefore.at(0).directionId == u"possibility-fear"_s);
    CHECK(row->leaningsBefore.at(0).leaning == Leaning::Away);
    CHECK(row->leaningsAfter.isEmpty());
    REQUIRE(row->cues.size() == 5);
    const QList<std::optional<CueFeeling>> feelings {
        CueFeeling::Toward, std::nullopt, CueFeeling::Neutral, CueFeeling::Away, std::nullopt};
    for (int i = 0; i < 5; ++i) {
        INFO(i);
        CHECK(row->cues.at(i).feeling == feelings.at(i));
    }
    CHECK(row->cues.at(2).cueId == u"pelvis-side-lying-pillow"_s);
    CHECK(row->cues.at(2).regionId == u"pelvis"_s);
    CHECK(row->redFlags.isEmpty());
    CHECK(row->note == u"Easier lying down; the forearms did not suit me."_s);

    // Done: the Journal page shows it at once, newest first and selected.
    press(Qt::Key_Return);
    REQUIRE(fixture.window->currentPage() == MainWindow::Page::Journal);
    auto *table = fixture.window->findChild<QTableView *>(u"checkInTable"_s);
    REQUIRE(table);
    auto *checkIns = qobject_cast<CheckInTableModel *>(table->model());
    REQUIRE(checkIns);
    CHECK(checkIns->rowCount() == 7);
    CHECK(checkIns->checkInIdAt(0) == id);
    CHECK(table->currentIndex().row() == 0);
}

TEST_CASE("Closing mid-check-in keeps a draft that the next start offers", "[main-window][checkin]")
{
    WindowFixture fixture;
    press(Qt::Key_N, Qt::ControlModifier);
    fixture.page()->setPacerClock(fixture.clock);
    press(Qt::Key_Space); // the neck
    press(Qt::Key_D, Qt::AltModifier);
    REQUIRE(QTest::qWaitFor([&] { return fixture.page()->flow()->practice().has_value(); }));
    press(Qt::Key_Return);
    press(Qt::Key_5);
    const QUuid id = fixture.page()->flow()->draft().id;
    fixture.window->close();
    fixture.window.reset();
    REQUIRE(QFile::exists(fixture.dataDir.filePath(CheckInDraftStore::FileName)));

    SECTION("Go on: the check-in comes back where it was")
    {
        fixture.open();
        test::answer(
            test::waitForQuestion(u"draftOfferBox"_s), fixture.window.get(), Qt::Key_Return);
        REQUIRE(fixture.window->currentPage() == MainWindow::Page::CheckIn);
        CHECK(fixture.stage() == CheckInStage::RatingBefore);
        CHECK(fixture.page()->flow()->draft().id == id);
        CHECK(fixture.page()->flow()->draft().painBefore == 5);
    }

    SECTION("Discard it: no draft is left, and the next check-in starts afresh")
    {
        fixture.open();
        test::answer(test::waitForQuestion(u"draftOfferBox"_s), fixture.window.get(), Qt::Key_D,
            Qt::AltModifier);
        CHECK_FALSE(QFile::exists(fixture.dataDir.filePath(CheckInDraftStore::FileName)));
        CHECK(fixture.window->currentPage() == MainWindow::Page::Practice);
    }

    SECTION("started with --practice, Go on keeps the unfinished check-in and says so")
    {
        fixture.open(u"neck-rescue"_s);
        test::answer(
            test::waitForQuestion(u"draftOfferBox"_s), fixture.window.get(), Qt::Key_Return);
        CHECK(fixture.page()->flow()->draft().id == id);
        CHECK(fixture.page()->flow()->draft().painBefore == 5);
        CHECK(fixture.window->statusBar()->currentMessage()
            == u"The practice “neck-rescue” was not started: the check-in you started earlier "
               "goes on."_s);
    }

    SECTION("started with --practice, Discard it starts that practice")
    {
        fixture.open(u"neck-rescue"_s);
        test::answer(test::waitForQuestion(u"draftOfferBox"_s), fixture.window.get(), Qt::Key_D,
            Qt::AltModifier);
        REQUIRE(fixture.window->currentPage() == MainWindow::Page::CheckIn);
        CHECK(fixture.page()->flow()->draft().id != id);
        CHECK(fixture.page()->flow()->practice()->id == u"neck-rescue"_s);
        CHECK(fixture.stage() == CheckInStage::RatingBefore);
    }
}

TEST_CASE("Started with --practice, a check-in opens with that practice at the rating before",
    "[main-window][checkin]")
{
    SECTION("a practice of the model: its regions and first place, then pain by the keyboard")
    {
        WindowFixture fixture(u"neck-rescue"_s);
        REQUIRE(QTest::qWaitFor(
            [&] { return fixture.window->currentPage() == MainWindow::Page::CheckIn; }));
        CHECK(fixture.stage() == CheckInStage::RatingBefore);
        CHECK(fixture.page()->flow()->practice()->id == u"neck-rescue"_s);
        CHECK(fixture.page()->flow()->draft().context == Context::Desk);
        press(Qt::Key_7);
        CHECK(fixture.page()->flow()->draft().painBefore == 7);
    }

    SECTION("an unknown practice: a message names it and why, and nothing starts")
    {
        WindowFixture fixture(u"no-such-practice"_s);
        QMessageBox *problem = test::waitForQuestion(u"practiceProblemBox"_s);
        CHECK(problem->text() == u"The practice “no-such-practice” cannot be started."_s);
        CHECK(problem->informativeText()
            == u"There is no practice “no-such-practice” in the practice model."_s);
        test::answer(problem, fixture.window.get(), Qt::Key_Escape);
        CHECK(fixture.window->currentPage() == MainWindow::Page::Practice);
    }
}

TEST_CASE(
    "The check-in menu keeps my breath pattern, reduced motion, when cues are rated and tones",
    "[main-window][checkin]")
{
    WindowFixture fixture;
    auto *reduceMotion = fixture.window->findChild<QAction *>(u"reducedMotionAction"_s);
    REQUIRE(reduceMotion);
    reduceMotion->trigger();
    CHECK(fixture.settings.value(Setting::ReducedMotion));
    auto *rateAtEnd = fixture.window->findChild<QAction *>(u"rateCuesAtEndAction"_s);
    REQUIRE(rateAtEnd);
    rateAtEnd->trigger();
    CHECK(fixture.settings.value(Setting::RateCuesAtEnd));
    auto *breathTones = fixture.window->findChild<QAction *>(u"breathTonesAction"_s);
    REQUIRE(breathTones);
    CHECK_FALSE(breathTones->isChecked());
    breathTones->trigger();
    CHECK(fixture.settings.value(Setting::BreathTones));

    auto *patterns = fixture.window->findChild<QMenu *>(u"breathPatternMenu"_s);
    REQUIRE(patterns);
    const QList<QAction *> choices = patterns->actions();
    REQUIRE(choices.size() == builtInModel().breathPatterns.size());
    CHECK(choices.at(0)->isChecked()); // the model's first until one is chosen
    // Each pattern with its seconds as they are, never rounded.
    CHECK(choices.at(0)->text() == u"Resonance breathing: in 5.5 s, out 5.5 s"_s);
    choices.at(2)->trigger();
    const QString chosen = builtInModel().breathPatterns.at(2).id;
    CHECK(fixture.settings.value(Setting::DefaultBreathPattern) == chosen);

    // A practice built from the regions is paced by it, and the pacer shows no motion.
    press(Qt::Key_N, Qt::ControlModifier);
    fixture.page()->setPacerClock(fixture.clock);
    press(Qt::Key_Space);
    press(Qt::Key_W, Qt::AltModifier); // walking: no practice of the model fits the neck
    REQUIRE(QTest::qWaitFor([&] { return fixture.page()->flow()->practice().has_value(); }));
    CHECK(fixture.page()->flow()->draft().practiceSource == PracticeSource::Built);
    CHECK(fixture.page()->flow()->draft().breathPatternId == chosen);
    press(Qt::Key_Return);
    press(Qt::Key_2);
    press(Qt::Key_Return);
    press(Qt::Key_Return);
    auto *practiceStep = fixture.page()->findChild<CheckInPracticeStep *>();
    CHECK(practiceStep->pacerWidget()->isReducedMotion());
    CHECK(fixture.page()->flow()->ratesCuesAtEnd());
    // The tests' runner has no sound plugin beside it: the practice says so and goes on by sight.
    CHECK(practiceStep->hasBreathTones());
    CHECK_FALSE(practiceStep->practiceSound());
    auto *soundProblem = practiceStep->findChild<QLabel *>(u"soundProblemLabel"_s);
    REQUIRE(soundProblem);
    CHECK(soundProblem->isVisible());
    CHECK(soundProblem->text().startsWith(u"Sound is not installed: "_s));
    CHECK(practiceStep->pacerWidget()->isTimerActive());
}
