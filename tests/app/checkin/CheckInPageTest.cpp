#include "checkin/CheckInPage.h"

#include "AppTestKeyboard.h"
#include "AppTestModels.h"
#include "TestSupport.h"
#include "checkin/CheckInPracticeStep.h"
#include "journal/JournalStore.h"
#include "journal/JournalTestData.h"
#include "practice/ManualClock.h"
#include "practice/PacerWidget.h"
#include "sound/PracticeSound.h"
#include "sound/RecordingSoundOutput.h"
#include "sound/SoundDevices.h"
#include "sound/SoundOutputLoader.h"
#include "sound/SoundWording.h"
#include "sound/VoiceOutputLoader.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTest>

using namespace toward;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using test::press;
using test::type;
using test::waitForQuestion;

namespace {

SoundSettings soundIn(SoundMode mode)
{
    SoundSettings settings;
    settings.mode = mode;
    return settings;
}

const QDateTime CheckInNow(QDate(2026, 11, 24), QTime(7, 30), Qt::OffsetFromUTC, 3600);

// A check-in page on a fresh journal in a temporary data directory, with a clock the test moves.
struct PageFixture {
    test::TemporaryDataDir dataDir;
    std::unique_ptr<Journal> journal = test::openJournalIn(dataDir.path());
    test::ManualClock clock;
    CheckInPage page {*journal, dataDir.path(), [] { return CheckInNow; }};

    PageFixture()
    {
        page.setPacerClock(clock);
        page.resize(1000, 700);
        page.show();
        page.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&page));
    }

    CheckInStage stage() const
    {
        REQUIRE(page.flow());
        return page.flow()->stage();
    }

    template<typename Widget = QWidget>
    Widget *child(const QString &name) const
    {
        auto *widget = page.findChild<Widget *>(name);
        INFO(name.toStdString());
        REQUIRE(widget);
        return widget;
    }

    PacerWidget *pacer() const
    {
        return child<CheckInPracticeStep>(u"practiceStep"_s)->pacerWidget();
    }

    // Lets the current cue's breaths pass on the test's clock.
    void breatheThrough(std::chrono::milliseconds length)
    {
        clock.advance(length);
        pacer()->tick();
    }

    void backToPage() { test::activateAgain(&page); }

    // The check-in the page said it saved (its first `saved` signal), read back from the journal.
    std::optional<CheckIn> savedCheckIn(const QSignalSpy &saved) const
    {
        const Result<std::optional<CheckIn>> found =
            journal->store().find(saved.at(0).at(0).toUuid());
        REQUIRE(found.ok());
        return found.value();
    }

    void answer(QMessageBox *box, QMessageBox::StandardButton button)
    {
        QTest::mouseClick(box->button(button), Qt::LeftButton);
        backToPage();
    }

    QString problem() const
    {
        return child<QWidget>(u"problemFrame"_s)->isVisible()
            ? child<QLabel>(u"problemLabel"_s)->text()
            : QString();
    }

    // The small model: Neck and Low back at a desk, with its "Desk reset": "Sitting bones back"
    // (4 breaths) then "Lift the back of the head" (2), at the Calm pattern (4 s in, 6 s out).
    void chooseNeckAtDesk()
    {
        page.begin(test::smallModel(), {});
        press(Qt::Key_Space); // the spine has the focus, on its first region
        press(Qt::Key_D, Qt::AltModifier);
        REQUIRE(QTest::qWaitFor([this] { return page.flow()->draft().context == Context::Desk; }));
        REQUIRE(page.flow()->practice());
        REQUIRE(page.flow()->practice()->id == u"desk-reset"_s);
    }

    // From choosing the neck at the desk to the first cue, with `painBefore`.
    void practiseNeckAtDesk(Qt::Key painBefore)
    {
        chooseNeckAtDesk();
        press(Qt::Key_Return);
        press(painBefore);
        press(Qt::Key_Return);
        press(Qt::Key_Return);
        REQUIRE(stage() == CheckInStage::PracticingCue);
    }
};

// A page whose sound goes to recording outputs, which outlive the page that plays through them.
struct SoundPageFixture {
    explicit SoundPageFixture(SoundMode mode)
    {
        fixture.page.setSoundDevices(devices);
        fixture.page.setSoundSettings(soundIn(mode));
    }

    test::RecordingSoundOutput output;
    test::RecordingVoiceOutput voice;
    SoundDevices devices {output, voice};
    PageFixture fixture;
};

} // namespace

TEST_CASE("A whole check-in on the check-in page, from the keyboard alone", "[checkin-page]")
{
    PageFixture fixture;
    QSignalSpy saved(&fixture.page, &CheckInPage::saved);
    QSignalSpy finished(&fixture.page, &CheckInPage::finished);
    fixture.chooseNeckAtDesk();
    CHECK(fixture.page.flow()->draft().regionIds == QStringList {u"neck"_s});
    CHECK(fixture.child<QLabel>(u"stepLabel"_s)->text().contains(u"step 1 of 4"_s));

    press(Qt::Key_Return);
    REQUIRE(fixture.stage() == CheckInStage::RatingBefore);
    press(Qt::Key_6);
    CHECK(fixture.page.flow()->draft().painBefore == 6);
    CHECK(fixture.child<QWidget>(u"beforeStep"_s)->findChild<QLabel *>(u"painValueLabel"_s)->text()
        == u"6 — Moderate"_s);

    press(Qt::Key_Return);
    REQUIRE(fixture.stage() == CheckInStage::BreathIntro);
    press(Qt::Key_Return);
    REQUIRE(fixture.stage() == CheckInStage::PracticingCue);
    CHECK(fixture.child<QLabel>(u"titleLabel"_s)->text() == u"Sitting bones back"_s);
    CHECK(fixture.pacer()->phaseText() == u"Inhale"_s);
    CHECK(fixture.pacer()->breathText() == u"Breath 1 of 4"_s);

    SECTION("Breaths done, then one key per feeling; Right skips; Ctrl+Enter saves")
    {
        fixture.breatheThrough(39s);
        CHECK(fixture.stage() == CheckInStage::PracticingCue);
        fixture.breatheThrough(1s);
        REQUIRE(fixture.stage() == CheckInStage::RatingCue);
        press(Qt::Key_T);
        REQUIRE(fixture.stage() == CheckInStage::PracticingCue);
        CHECK(fixture.child<QLabel>(u"titleLabel"_s)->text() == u"Lift the back of the head"_s);
        CHECK(fixture.pacer()->breathText() == u"Breath 1 of 2"_s);

        press(Qt::Key_Right);
        REQUIRE(fixture.stage() == CheckInStage::RatingAfter);
        press(Qt::Key_3);
        CHECK(fixture.child<QLabel>(u"changeLabel"_s)->text()
            == u"Before 6, now 3: 3 points less. A change that matters (at least 2 points or 30%)."_s);
        press(Qt::Key_O, Qt::AltModifier);
        type(u"Felt looser. 10 minutes later still fine."_s);
        press(Qt::Key_Return, Qt::ControlModifier);

        REQUIRE(fixture.stage() == CheckInStage::Saved);
        REQUIRE(saved.count() == 1);
        const std::optional<CheckIn> row = fixture.savedCheckIn(saved);
        REQUIRE(row);
        CHECK(row->startedAt == CheckInNow);
        CHECK(row->context == Context::Desk);
        CHECK(row->painBefore == 6);
        CHECK(row->painAfter == 3);
        CHECK(row->practiceId == u"desk-reset"_s);
        CHECK(row->breathPatternId == u"calm"_s);
        REQUIRE(row->cues.size() == 2);
        CHECK(row->cues.at(0).feeling == CueFeeling::Toward);
        CHECK_FALSE(row->cues.at(1).feeling);
        CHECK(row->note == u"Felt looser. 10 minutes later still fine."_s);
        CHECK_FALSE(QFile::exists(fixture.dataDir.filePath(CheckInDraftStore::FileName)));

        press(Qt::Key_Return);
        REQUIRE(finished.count() == 1);
        CHECK(finished.at(0).at(0).toUuid() == row->id);
        CHECK_FALSE(fixture.page.isInProgress());
    }

    SECTION("Space pauses the pacer, so no breath passes until it goes on")
    {
        fixture.breatheThrough(5s);
        press(Qt::Key_Space);
        CHECK(fixture.child<QPushButton>(u"pauseButton"_s)->text() == u"&Go on"_s);
        CHECK_FALSE(fixture.pacer()->isTimerActive());
        fixture.breatheThrough(10min);
        CHECK(fixture.stage() == CheckInStage::PracticingCue);
        CHECK(fixture.pacer()->phaseText() == u"Exhale"_s);
        press(Qt::Key_Space);
        fixture.breatheThrough(35s);
        CHECK(fixture.stage() == CheckInStage::RatingCue);
    }

    SECTION("Left goes back a cue, and from the first to the breathing intro")
    {
        press(Qt::Key_Right);
        REQUIRE(fixture.page.flow()->draft().currentStep == 1);
        press(Qt::Key_Left);
        CHECK(fixture.page.flow()->draft().currentStep == 0);
        CHECK(fixture.pacer()->breathText() == u"Breath 1 of 4"_s);
        press(Qt::Key_Left);
        CHECK(fixture.stage() == CheckInStage::BreathIntro);
    }

    SECTION("Escape asks before ending early; the answer No goes on practising")
    {
        fixture.breatheThrough(3s);
        press(Qt::Key_Escape);
        QMessageBox *box = waitForQuestion(u"endEarlyBox"_s);
        CHECK(fixture.page.flow()->stage() == CheckInStage::PracticingCue);
        CHECK_FALSE(fixture.pacer()->isTimerActive()); // paused while asking
        test::answer(box, &fixture.page, Qt::Key_Escape);
        CHECK(fixture.stage() == CheckInStage::PracticingCue);
        CHECK(fixture.pacer()->isTimerActive());

        press(Qt::Key_Escape);
        box = waitForQuestion(u"endEarlyBox"_s);
        fixture.answer(box, QMessageBox::Yes);
        REQUIRE(fixture.stage() == CheckInStage::RatingAfter);
        CHECK(fixture.page.flow()->stoppedEarly());
        // Pain after is optional when the practice ended early.
        press(Qt::Key_Return, Qt::ControlModifier);
        REQUIRE(saved.count() == 1);
        const std::optional<CheckIn> row = fixture.savedCheckIn(saved);
        REQUIRE(row);
        CHECK_FALSE(row->painAfter);
    }
}

TEST_CASE("A refused step says why and stays where it is", "[checkin-page]")
{
    PageFixture fixture;
    fixture.page.begin(test::smallModel(), {});
    press(Qt::Key_Return);
    CHECK(fixture.stage() == CheckInStage::ChoosingWhere);
    CHECK(fixture.problem() == u"Choose at least one region."_s);

    fixture.chooseNeckAtDesk();
    CHECK(fixture.problem().isEmpty());
    press(Qt::Key_Return);
    press(Qt::Key_Return);
    CHECK(fixture.stage() == CheckInStage::RatingBefore);
    CHECK(fixture.problem() == u"Rate your pain (0 to 10) first."_s);
}

TEST_CASE("Typing 1 then 0 rates pain 10, and 0 alone rates it 0", "[checkin-page]")
{
    PageFixture fixture;
    fixture.chooseNeckAtDesk();
    press(Qt::Key_Return);
    press(Qt::Key_1);
    press(Qt::Key_0);
    CHECK(fixture.page.flow()->draft().painBefore == 10);
    press(Qt::Key_0);
    CHECK(fixture.page.flow()->draft().painBefore == 0);
    press(Qt::Key_End); // the slider has the focus
    CHECK(fixture.page.flow()->draft().painBefore == 10);
}

TEST_CASE("A red flag shows the clinician advice; the practice never starts", "[checkin-page]")
{
    PageFixture fixture;
    QSignalSpy saved(&fixture.page, &CheckInPage::saved);
    fixture.chooseNeckAtDesk();
    press(Qt::Key_Return);
    press(Qt::Key_7);
    auto *fever = fixture.child<QAbstractButton>(u"redFlag_fever"_s);
    fever->setFocus();
    press(Qt::Key_Space);
    REQUIRE(fixture.page.flow()->hasRedFlags());
    press(Qt::Key_Return);

    REQUIRE(fixture.stage() == CheckInStage::RedFlagAdvice);
    CHECK(fixture.child<QLabel>(u"headlineLabel"_s)->text()
        == u"Please see a clinician before practising"_s);
    CHECK(fixture.child<QLabel>(u"adviceLabel"_s)->text().contains(u"Fever with the back pain"_s));
    type(u"Fever since Sunday."_s); // the note has the focus
    press(Qt::Key_Return, Qt::ControlModifier);

    REQUIRE(saved.count() == 1);
    const std::optional<CheckIn> row = fixture.savedCheckIn(saved);
    REQUIRE(row);
    CHECK(row->redFlags == QList<RedFlag> {RedFlag::Fever});
    CHECK(row->cues.isEmpty());
    CHECK(row->practiceId.isEmpty());
    CHECK(row->painBefore == 7);
    CHECK(row->note == u"Fever since Sunday."_s);
}

TEST_CASE(
    "A check-in the journal cannot take stays on the page and can be exported", "[checkin-page]")
{
    PageFixture fixture;
    fixture.practiseNeckAtDesk(Qt::Key_5);
    press(Qt::Key_Escape);
    QMessageBox *box = waitForQuestion(u"endEarlyBox"_s);
    fixture.answer(box, QMessageBox::Yes);
    REQUIRE(fixture.stage() == CheckInStage::RatingAfter);

    // Another program holds the journal's write lock (the save waits two seconds for it).
    const QString blocker = u"another-program"_s;
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, blocker);
        other.setDatabaseName(fixture.journal->filePath());
        REQUIRE(other.open());
        REQUIRE(QSqlQuery(u"BEGIN EXCLUSIVE"_s, other).isActive());
    }
    press(Qt::Key_Return, Qt::ControlModifier);

    CHECK(fixture.stage() == CheckInStage::RatingAfter);
    CHECK(fixture.problem().startsWith(u"Your check-in could not be saved in the journal:"_s));
    CHECK(fixture.child<QPushButton>(u"retryButton"_s)->isVisible());
    CHECK(fixture.child<QPushButton>(u"exportButton"_s)->isVisible());
    CHECK(QFile::exists(fixture.dataDir.filePath(CheckInDraftStore::FileName)));

    CHECK(fixture.problem().contains(u"locked by another program"_s));
    QSqlDatabase::database(blocker).rollback();
    QSqlDatabase::database(blocker).close();
    QSqlDatabase::removeDatabase(blocker);
    QTest::mouseClick(fixture.child<QPushButton>(u"retryButton"_s), Qt::LeftButton);
    CHECK(fixture.stage() == CheckInStage::Saved);
    CHECK(fixture.journal->store().count().value() == 1);
}

TEST_CASE("The check-in in progress is kept as a draft and resumes with the pacer waiting",
    "[checkin-page]")
{
    test::TemporaryDataDir dataDir;
    CheckInDraft draft;
    {
        PageFixture fixture;
        fixture.chooseNeckAtDesk();
        press(Qt::Key_Return);
        press(Qt::Key_4);
        press(Qt::Key_Return);
        press(Qt::Key_Return);
        press(Qt::Key_Right);
        REQUIRE(fixture.stage() == CheckInStage::PracticingCue);
        const Result<std::optional<CheckInDraft>> kept =
            CheckInDraftStore(fixture.dataDir.path()).load();
        REQUIRE(kept.ok());
        REQUIRE(kept.value());
        draft = *kept.value();
    }
    CHECK(draft.currentStep == 1);
    CHECK(draft.painBefore == 4);

    PageFixture fixture;
    REQUIRE(fixture.page.resume(draft, test::smallModel()).ok());
    CHECK(fixture.stage() == CheckInStage::PracticingCue);
    CHECK(fixture.child<QLabel>(u"titleLabel"_s)->text() == u"Lift the back of the head"_s);
    CHECK(fixture.child<CheckInPracticeStep>(u"practiceStep"_s)->isPaused());
    CHECK_FALSE(fixture.pacer()->isTimerActive());

    PracticeModel changed = test::smallModel();
    changed.regions.removeFirst();
    CHECK(fixture.page.resume(draft, changed).error().contains(u"no region “neck”"_s));

    // A breath pattern of one's own deleted since only paces the breaths: it goes on with another.
    QSignalSpy status(&fixture.page, &CheckInPage::statusMessage);
    draft.breathPatternId = u"own-gone"_s;
    REQUIRE(fixture.page.resume(draft, test::smallModel()).ok());
    CHECK(fixture.page.flow()->draft().breathPatternId == u"calm"_s);
    REQUIRE(status.size() == 1);
    CHECK(status.at(0).at(0).toString()
        == u"The breath pattern “own-gone” is gone: the check-in goes on with “Calm”."_s);
}

TEST_CASE(
    "Escape before the practice asks, then discards the check-in and its draft", "[checkin-page]")
{
    PageFixture fixture;
    QSignalSpy discarded(&fixture.page, &CheckInPage::discarded);
    fixture.chooseNeckAtDesk();
    // Choices within a step are written once the person pauses.
    CHECK(QTest::qWaitFor(
        [&] { return QFile::exists(fixture.dataDir.filePath(CheckInDraftStore::FileName)); }));
    press(Qt::Key_Escape);
    QMessageBox *box = waitForQuestion(u"discardBox"_s);
    fixture.answer(box, QMessageBox::Yes);
    CHECK(discarded.count() == 1);
    CHECK_FALSE(fixture.page.isInProgress());
    CHECK_FALSE(QFile::exists(fixture.dataDir.filePath(CheckInDraftStore::FileName)));
}

TEST_CASE("Cues rated at the end: the practice runs on without looking, then each cue is rated",
    "[checkin-page]")
{
    PageFixture fixture;
    fixture.page.setRateCuesAtEnd(true);
    QSignalSpy saved(&fixture.page, &CheckInPage::saved);
    fixture.chooseNeckAtDesk();
    CHECK(fixture.page.flow()->ratesCuesAtEnd());
    press(Qt::Key_Return);
    press(Qt::Key_6);
    press(Qt::Key_Return);
    press(Qt::Key_Return);
    REQUIRE(fixture.stage() == CheckInStage::PracticingCue);

    // The first cue's breaths lead straight on to the second, and its breaths to "after".
    fixture.breatheThrough(40s);
    REQUIRE(fixture.stage() == CheckInStage::PracticingCue);
    CHECK(fixture.child<QLabel>(u"titleLabel"_s)->text() == u"Lift the back of the head"_s);
    fixture.breatheThrough(20s);
    REQUIRE(fixture.stage() == CheckInStage::RatingAfter);

    auto *feelings = fixture.child<QWidget>(u"cueFeelingsBox"_s);
    CHECK(feelings->isVisible());
    // Row 0, "toward (better)"; row 1, "away (worse)".
    QTest::mouseClick(fixture.child<QWidget>(u"cueFeeling_0_3"_s), Qt::LeftButton);
    QTest::mouseClick(fixture.child<QWidget>(u"cueFeeling_1_1"_s), Qt::LeftButton);
    fixture.backToPage();
    press(Qt::Key_3);
    press(Qt::Key_Return, Qt::ControlModifier);

    REQUIRE(fixture.stage() == CheckInStage::Saved);
    REQUIRE(saved.count() == 1);
    const std::optional<CheckIn> row = fixture.savedCheckIn(saved);
    REQUIRE(row);
    REQUIRE(row->cues.size() == 2);
    CHECK(row->cues.at(0).feeling == CueFeeling::Toward);
    CHECK(row->cues.at(1).feeling == CueFeeling::Away);
}

TEST_CASE(
    "Cues rated after each: the end of the practice asks nothing more about them", "[checkin-page]")
{
    PageFixture fixture;
    fixture.practiseNeckAtDesk(Qt::Key_6);
    press(Qt::Key_Right);
    press(Qt::Key_Right);
    REQUIRE(fixture.stage() == CheckInStage::RatingAfter);
    CHECK_FALSE(fixture.child<QWidget>(u"cueFeelingsBox"_s)->isVisible());
}

TEST_CASE("Breath tones: heard with each phase, paused with the pacer, going on unseen",
    "[checkin-page][sound]")
{
    SoundPageFixture recorded(SoundMode::Tones);
    auto &[output, voice, devices, fixture] = recorded;
    auto *step = fixture.child<CheckInPracticeStep>(u"practiceStep"_s);
    fixture.page.setRateCuesAtEnd(true);
    fixture.practiseNeckAtDesk(Qt::Key_6);

    // The first inhale is heard as the pacer shows it: Calm, 4 s in and 6 s out.
    PracticeSound *sound = step->practiceSound();
    REQUIRE(sound);
    output.setTimeSource(sound);
    REQUIRE(output.heard.size() == 1);
    CHECK(output.heard.constFirst().tone == BreathPhase::Inhale);
    CHECK(fixture.child<QLabel>(u"soundProblemLabel"_s)->isHidden());
    CHECK(sound->wakeAt() == SoundSchedule::LeadIn + 4s);

    press(Qt::Key_Space);
    CHECK(sound->isPaused());
    CHECK_FALSE(sound->isTimerActive());
    fixture.clock.advance(30s);
    press(Qt::Key_Space);
    CHECK_FALSE(sound->isPaused());
    REQUIRE(sound->isTimerActive());

    // Minimised, the practice goes on: the pacer wakes at phase changes only, the tones play.
    fixture.page.showMinimized();
    REQUIRE(QTest::qWaitFor([&] { return fixture.page.isMinimized(); }));
    CHECK_FALSE(step->isPaused());
    CHECK(fixture.pacer()->isTimerActive());
    CHECK(fixture.pacer()->timerInterval() == 4s);
    fixture.clock.advance(4s);
    sound->catchUp();
    REQUIRE(output.heard.size() == 2);
    CHECK(output.heard.constLast().tone == BreathPhase::Exhale);

    // Asked whether to end early, the tones wait; ending stops them.
    fixture.page.showNormal();
    fixture.backToPage();
    press(Qt::Key_Escape);
    QMessageBox *box = waitForQuestion(u"endEarlyBox"_s);
    CHECK(sound->isPaused());
    fixture.answer(box, QMessageBox::Yes);
    REQUIRE(fixture.stage() == CheckInStage::RatingAfter);
    CHECK_FALSE(step->practiceSound());
}

TEST_CASE("Breath tones without an audio device: said once on the page, the pacer goes on",
    "[checkin-page][sound]")
{
    SilentSoundOutput output(u"No audio device: the pacer goes on without sound."_s);
    test::RecordingVoiceOutput voice;
    SoundDevices devices(output, voice);
    PageFixture fixture;
    auto *step = fixture.child<CheckInPracticeStep>(u"practiceStep"_s);
    fixture.page.setSoundDevices(devices);
    fixture.page.setSoundSettings(soundIn(SoundMode::Tones));
    fixture.practiseNeckAtDesk(Qt::Key_6);

    CHECK_FALSE(step->practiceSound());
    auto *problem = fixture.child<QLabel>(u"soundProblemLabel"_s);
    CHECK(problem->isVisible());
    CHECK(problem->text() == output.problem());
    CHECK(fixture.pacer()->isTimerActive());
    fixture.breatheThrough(40s);
    CHECK(fixture.stage() == CheckInStage::RatingCue);
}

TEST_CASE("Voice: the intro and each cue are said first, and the pacer starts when they have been",
    "[checkin-page][sound][voice]")
{
    SoundPageFixture recorded(SoundMode::VoiceAndTones);
    auto &[output, voice, devices, fixture] = recorded;
    auto *step = fixture.child<CheckInPracticeStep>(u"practiceStep"_s);
    fixture.chooseNeckAtDesk();
    press(Qt::Key_Return);
    press(Qt::Key_6);
    press(Qt::Key_Return);
    REQUIRE(fixture.stage() == CheckInStage::BreathIntro);
    CHECK(voice.words() == QStringList {SoundWording::intro()});
    voice.finish();

    press(Qt::Key_Return);
    REQUIRE(fixture.stage() == CheckInStage::PracticingCue);
    PracticeSound *sound = step->practiceSound();
    REQUIRE(sound);
    output.setTimeSource(sound);
    voice.setTimeSource(sound);
    const Cue cue = fixture.page.flow()->currentCue()->cue;
    CHECK(voice.said.constLast() == test::RecordingVoiceOutput::Said {0s, SoundWording::cue(cue)});
    // Eye and ear wait for the voice: the cue shows, its pacer has not started.
    CHECK(step->isListening());
    CHECK_FALSE(fixture.pacer()->isTimerActive());
    CHECK(fixture.child<QLabel>(u"keysLabel"_s)->text().startsWith(u"Listening…"_s));
    CHECK(output.heard.isEmpty());

    fixture.clock.advance(5s);
    voice.finish();
    CHECK_FALSE(step->isListening());
    CHECK(fixture.pacer()->isTimerActive());
    CHECK(output.heard == QList {test::RecordingSoundOutput::Heard {5s, BreathPhase::Inhale}});
    CHECK(fixture.child<QLabel>(u"keysLabel"_s)->text().startsWith(u"Space: pause"_s));

    // Pacer and sound breathe together from there: Calm, 4 s in and 6 s out, four breaths.
    CHECK(sound->wakeAt() == 5s + 4s);
    fixture.breatheThrough(40s);
    CHECK(fixture.stage() == CheckInStage::RatingCue);
    sound->catchUp();
    CHECK(voice.said.constLast().words == SoundWording::rateCue());
}

TEST_CASE("Voice: pausing while a cue is said stops the voice; going on says it again",
    "[checkin-page][sound][voice]")
{
    SoundPageFixture recorded(SoundMode::VoiceAndTones);
    auto &[output, voice, devices, fixture] = recorded;
    auto *step = fixture.child<CheckInPracticeStep>(u"practiceStep"_s);
    fixture.practiseNeckAtDesk(Qt::Key_6);
    REQUIRE(step->isListening());
    const qsizetype saidBefore = voice.said.size();

    press(Qt::Key_Space);
    CHECK(step->isPaused());
    CHECK_FALSE(voice.isSpeaking());
    CHECK(fixture.child<QLabel>(u"keysLabel"_s)->text().startsWith(u"Paused."_s));
    press(Qt::Key_Space);
    CHECK_FALSE(step->isPaused());
    REQUIRE(voice.said.size() == saidBefore + 1);
    CHECK(voice.said.constLast().words == voice.said.at(saidBefore - 1).words);
    voice.finish();
    CHECK(fixture.pacer()->isTimerActive());
}

TEST_CASE("Voice unavailable: said on the page, and the practice goes on with the tones",
    "[checkin-page][sound][voice]")
{
    test::RecordingSoundOutput output;
    SilentVoiceOutput voice(u"No voice is available: no audio device. Tones only."_s);
    SoundDevices devices(output, voice);
    PageFixture fixture;
    fixture.page.setSoundDevices(devices);
    fixture.page.setSoundSettings(soundIn(SoundMode::VoiceAndTones));
    auto *step = fixture.child<CheckInPracticeStep>(u"practiceStep"_s);
    fixture.practiseNeckAtDesk(Qt::Key_6);

    CHECK_FALSE(step->isListening());
    auto *problem = fixture.child<QLabel>(u"soundProblemLabel"_s);
    CHECK(problem->isVisible());
    CHECK(problem->text() == voice.problem());
    CHECK(fixture.pacer()->isTimerActive());
    REQUIRE(step->practiceSound());
    CHECK_FALSE(step->practiceSound()->hasVoice());
    REQUIRE(output.heard.size() == 1);
    CHECK(output.heard.constFirst().tone == BreathPhase::Inhale);
}
