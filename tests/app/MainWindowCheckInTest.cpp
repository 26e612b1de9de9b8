#include "AppTestJournal.h"
#include "AppTestKeyboard.h"
#include "AppTestModels.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "breath/BreathPatternEditor.h"
#include "breath/BreathPatternsDialog.h"
#include "breath/CustomBreathPatternStore.h"
#include "checkin/CheckInPage.h"
#include "checkin/CheckInPracticeStep.h"
#include "journal/CheckInTableModel.h"
#include "journal/JournalTestData.h"
#include "model/PracticeModelLoader.h"
#include "practice/ManualClock.h"
#include "practice/PacerWidget.h"
#include "practice/PracticePage.h"
#include "settings/AppSettings.h"
#include "sound/SoundSettings.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
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
            window->requestCheckIn(practiceToStart);
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

// Waits for a dialog of this class to open and take the keyboard.
template<typename Dialog>
Dialog *waitForDialog()
{
    Dialog *dialog = nullptr;
    REQUIRE(QTest::qWaitFor([&dialog] {
        dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget());
        return dialog && QApplication::focusWidget()
            && QApplication::focusWidget()->window() == dialog;
    }));
    return dialog;
}

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
        CHECK(fixture.window->currentPage() == MainWindow::Page::Today);
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
        CHECK(fixture.window->currentPage() == MainWindow::Page::Today);
    }
}

TEST_CASE("Today starts a check-in; the Practice page starts its chosen practice",
    "[main-window][checkin]")
{
    WindowFixture fixture;
    CHECK(fixture.window->currentPage() == MainWindow::Page::Today);
    press(Qt::Key_C, Qt::AltModifier); // Start a check-in
    REQUIRE(QTest::qWaitFor(
        [&] { return fixture.window->currentPage() == MainWindow::Page::CheckIn; }));
    CHECK(fixture.stage() == CheckInStage::ChoosingWhere);
    press(Qt::Key_Escape);
    test::answer(
        test::waitForQuestion(u"discardBox"_s), fixture.window.get(), Qt::Key_D, Qt::AltModifier);
    REQUIRE(
        QTest::qWaitFor([&] { return fixture.window->currentPage() == MainWindow::Page::Today; }));

    fixture.window->showPage(MainWindow::Page::Practice);
    auto *practicePage = fixture.window->findChild<PracticePage *>();
    REQUIRE(practicePage);
    auto *practices = practicePage->findChild<QListWidget *>(u"practiceList"_s);
    REQUIRE(practices);
    practices->setFocus();
    practices->setCurrentRow(1); // Neck rescue
    press(Qt::Key_Return);
    REQUIRE(QTest::qWaitFor(
        [&] { return fixture.window->currentPage() == MainWindow::Page::CheckIn; }));
    CHECK(fixture.page()->flow()->practice()->id == u"neck-rescue"_s);
    CHECK(fixture.stage() == CheckInStage::RatingBefore);
}

TEST_CASE("A later launch's check-in or practice starts in the window already open, or lets the "
          "check-in in progress go on",
    "[main-window][checkin]")
{
    WindowFixture fixture;
    fixture.window->showMinimized();
    fixture.window->bringToFront();
    CHECK_FALSE(fixture.window->isMinimized());

    fixture.window->requestCheckIn();
    REQUIRE(QTest::qWaitFor(
        [&] { return fixture.window->currentPage() == MainWindow::Page::CheckIn; }));
    CHECK(fixture.stage() == CheckInStage::ChoosingWhere);
    const QUuid inProgress = fixture.page()->flow()->draft().id;

    QStatusBar *status = fixture.window->statusBar();
    fixture.window->showPage(MainWindow::Page::Journal);
    fixture.window->requestCheckIn(u"neck-rescue"_s);
    REQUIRE(QTest::qWaitFor(
        [&] { return fixture.window->currentPage() == MainWindow::Page::CheckIn; }));
    CHECK(fixture.page()->flow()->draft().id == inProgress);
    CHECK(status->currentMessage()
        == u"The practice “neck-rescue” was not started: the check-in you started earlier goes "
           "on."_s);
}

TEST_CASE(
    "The check-in menu keeps my breath pattern, reduced motion, when cues are rated and sound",
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
    auto *soundOff = fixture.window->findChild<QAction *>(u"soundOffAction"_s);
    auto *breathTones = fixture.window->findChild<QAction *>(u"soundTonesAction"_s);
    REQUIRE(soundOff);
    REQUIRE(breathTones);
    CHECK(soundOff->isChecked());
    breathTones->trigger();
    CHECK_FALSE(soundOff->isChecked());
    CHECK(fixture.settings.value(Setting::SoundMode) == u"tones"_s);

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
    CHECK(practiceStep->soundSettings().mode == SoundMode::Tones);
    CHECK_FALSE(practiceStep->practiceSound());
    auto *soundProblem = practiceStep->findChild<QLabel *>(u"soundProblemLabel"_s);
    REQUIRE(soundProblem);
    CHECK(soundProblem->isVisible());
    CHECK(soundProblem->text().startsWith(u"Sound is not installed: "_s));
    CHECK(practiceStep->pacerWidget()->isTimerActive());
}

TEST_CASE("Breath patterns of one's own are made, chosen, edited and deleted with the keyboard",
    "[main-window][checkin][breath]")
{
    WindowFixture fixture;
    const qsizetype modelPatterns = builtInModel().breathPatterns.size();
    const auto openEditor = [](Qt::Key key) {
        press(key, Qt::AltModifier);
        return waitForDialog<BreathPatternEditor>();
    };

    fixture.window->findChild<QAction *>(u"breathPatternsAction"_s)->trigger();
    auto *dialog = waitForDialog<BreathPatternsDialog>();
    auto *list = dialog->findChild<QListWidget *>(u"patternList"_s);
    REQUIRE(list->count() == 0);

    // New: a name, then each phase in turn; a length off the 0.5 s steps is refused with the
    // reason.
    BreathPatternEditor *editor = openEditor(Qt::Key_N);
    auto *ok = editor->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    auto *problem = editor->findChild<QLabel *>(u"patternProblemLabel"_s);
    CHECK_FALSE(ok->isEnabled());
    CHECK(problem->text().startsWith(u"Name: "_s));
    type(u"Evening"_s);
    CHECK(ok->isEnabled());
    press(Qt::Key_Tab);
    type(u"4.2"_s);
    CHECK_FALSE(ok->isEnabled());
    CHECK(problem->text() == u"Breathe in: must be a multiple of 0.5 seconds, not 4.2"_s);
    press(Qt::Key_Backspace);
    type(u"5"_s);
    press(Qt::Key_Tab);
    type(u"1"_s);
    press(Qt::Key_Tab);
    type(u"7.5"_s);
    CHECK(ok->isEnabled());
    CHECK(editor->findChild<QLabel *>(u"patternPreviewLabel"_s)->text()
        == u"Evening: in 4.5 s, hold 1 s, out 7.5 s"_s);
    press(Qt::Key_Return);
    REQUIRE(QTest::qWaitFor([&] { return list->count() == 1; }));
    test::activateAgain(dialog);
    CHECK(list->item(0)->text() == u"Evening: in 4.5 s, hold 1 s, out 7.5 s"_s);
    const QString patternsFile = fixture.dataDir.filePath(CustomBreathPatternStore::FileName);
    CHECK(QFile::exists(patternsFile));

    // Check-in > My breath pattern offers it after the model's; choosing it makes it the default.
    auto *menu = fixture.window->findChild<QMenu *>(u"breathPatternMenu"_s);
    REQUIRE(menu->actions().size() == modelPatterns + 1);
    QAction *evening = menu->actions().constLast();
    CHECK(evening->text() == u"Evening: in 4.5 s, hold 1 s, out 7.5 s"_s);
    evening->trigger();
    CHECK(fixture.settings.value(Setting::DefaultBreathPattern) == u"custom-evening"_s);

    // Edit: renamed and slower; the id stays, so the default and the journal still name it.
    test::activateAgain(dialog);
    editor = openEditor(Qt::Key_E);
    CHECK(editor->findChild<QLineEdit *>(u"patternNameEdit"_s)->text() == u"Evening"_s);
    press(Qt::Key_A, Qt::ControlModifier);
    type(u"Late evening"_s);
    press(Qt::Key_Return);
    REQUIRE(QTest::qWaitFor([&] { return list->item(0)->text().startsWith(u"Late"_s); }));
    evening = menu->actions().constLast();
    CHECK(evening->text() == u"Late evening: in 4.5 s, hold 1 s, out 7.5 s"_s);
    CHECK(evening->isChecked());
    CHECK(
        fixture.window->model().findBreathPattern(u"custom-evening"_s)->name == u"Late evening"_s);

    // A restart reads it back from the data folder.
    dialog->close();
    fixture.open();
    REQUIRE(fixture.window->model().findBreathPattern(u"custom-evening"_s));

    // A check-in paced by it records its id and name.
    press(Qt::Key_N, Qt::ControlModifier);
    fixture.page()->setPacerClock(fixture.clock);
    press(Qt::Key_Space); // the neck
    press(Qt::Key_D, Qt::AltModifier);
    REQUIRE(QTest::qWaitFor([&] { return fixture.page()->flow()->practice().has_value(); }));
    press(Qt::Key_T, Qt::AltModifier);
    press(Qt::Key_End);
    REQUIRE(fixture.page()->flow()->breathPattern());
    CHECK(fixture.page()->flow()->breathPattern()->id == u"custom-evening"_s);
    const CheckIn checkIn = fixture.page()->flow()->toCheckIn();
    CHECK(checkIn.breathPatternId == u"custom-evening"_s);
    CHECK(checkIn.breathPatternName == u"Late evening"_s);

    // Delete: it is gone from the menu and the file, and the model's default is the default again.
    fixture.window->findChild<QAction *>(u"breathPatternsAction"_s)->trigger();
    dialog = waitForDialog<BreathPatternsDialog>();
    press(Qt::Key_D, Qt::AltModifier);
    test::answer(test::waitForQuestion(u"deletePatternQuestion"_s), dialog, Qt::Key_Return);
    CHECK(dialog->patterns().isEmpty());
    menu = fixture.window->findChild<QMenu *>(u"breathPatternMenu"_s);
    CHECK(menu->actions().size() == modelPatterns);
    CHECK(menu->actions().constFirst()->isChecked());
    CHECK(fixture.settings.value(Setting::DefaultBreathPattern).isEmpty());
    CHECK(fixture.window->statusBar()->currentMessage().contains(u"“Late evening” is gone"_s));
    CHECK_FALSE(test::readFile(patternsFile).contains("custom-evening"));
}

TEST_CASE("A damaged file of one's own breath patterns is reported and left as it is",
    "[main-window][checkin][breath]")
{
    WindowFixture fixture;
    const QByteArray damaged = R"({"format": "toward-breath-patterns", "version": 1,
        "patterns": [{"id": "custom-a", "name": "A", "inhale": 0.5, "exhale": 4}]})";
    const QString path = fixture.dataDir.writeFile(CustomBreathPatternStore::FileName, damaged);
    fixture.open();
    CHECK(fixture.window->model().breathPatterns.size() == builtInModel().breathPatterns.size());
    CHECK(fixture.window->statusBar()->currentMessage().contains(u"patterns[0].inhale"_s));

    fixture.window->findChild<QAction *>(u"breathPatternsAction"_s)->trigger();
    QMessageBox *box = test::waitForQuestion(u"breathPatternsProblemBox"_s);
    CHECK(box->text().contains(path));
    CHECK(box->text().contains(u"patterns[0].inhale: must be"_s));
    test::answer(box, fixture.window.get(), Qt::Key_Escape);
    CHECK(test::readFile(path) == damaged);
}

TEST_CASE("A pattern made while choosing where is offered in the check-in at once",
    "[main-window][checkin][breath]")
{
    WindowFixture fixture;
    press(Qt::Key_N, Qt::ControlModifier);
    press(Qt::Key_Space); // the neck
    press(Qt::Key_D, Qt::AltModifier);
    REQUIRE(QTest::qWaitFor([&] { return fixture.page()->flow()->practice().has_value(); }));

    fixture.window->findChild<QAction *>(u"breathPatternsAction"_s)->trigger();
    auto *dialog = waitForDialog<BreathPatternsDialog>();
    press(Qt::Key_N, Qt::AltModifier);
    waitForDialog<BreathPatternEditor>();
    type(u"Slow"_s);
    press(Qt::Key_Return);
    REQUIRE(QTest::qWaitFor([&] { return dialog->patterns().size() == 1; }));
    test::activateAgain(dialog);
    press(Qt::Key_Escape);
    test::activateAgain(fixture.window.get());

    auto *combo = fixture.page()->findChild<QComboBox *>(u"breathCombo"_s);
    REQUIRE(combo->count() == builtInModel().breathPatterns.size() + 1);
    CHECK(combo->itemData(combo->count() - 1).toString() == u"custom-slow"_s);
    CHECK(fixture.page()->flow()->draft().regionIds == QStringList {u"neck"_s});
    press(Qt::Key_T, Qt::AltModifier);
    press(Qt::Key_End);
    CHECK(fixture.page()->flow()->breathPattern()->id == u"custom-slow"_s);
}
