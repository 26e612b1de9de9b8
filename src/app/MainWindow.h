#pragma once

#include "journal/JournalActions.h"
#include "model/ModelProblemsDialog.h"
#include "model/PracticeModel.h"
#include "practice/CheckInDraft.h"
#include "reminders/ReminderSettingsDialog.h"
#include "sound/SoundSettings.h"

#include <QMainWindow>

#include <chrono>
#include <memory>
#include <optional>

namespace Ui {
class MainWindow;
}

class QActionGroup;
class QDialog;
class QLabel;

namespace toward {

class AppSettings;
class CheckInPage;
class JournalPage;
class Journal;
class ModelBrowser;
class SoundMenu;
class ReminderHost;
class TodayPage;

class MainWindow final : public QMainWindow {
    Q_OBJECT

public:
    enum class Page { Today, CheckIn, Practice, Journal, Model };

    // `settings` and `journal` (open) must outlive the window. `modelFilePath` is empty for the
    // built-in model. The integrity check and daily backup start `checkDelay` after the window is
    // first shown.
    MainWindow(AppSettings &settings, PracticeModel model, Journal &journal,
        QString modelFilePath = {},
        std::chrono::milliseconds checkDelay = JournalActions::DefaultCheckDelay,
        QWidget *parent = nullptr);
    ~MainWindow() override;

    // The model in use, with the person's own breath patterns after its own.
    const PracticeModel &model() const { return m_model; }
    QString modelFilePath() const { return m_modelFilePath; }
    JournalActions &journalActions() const { return *m_journalActions; }
    Journal &journal() const { return m_journal; }

    Page currentPage() const;
    void showPage(Page page);
    // Shows the check-in in progress, or starts one.
    void startCheckIn();
    // Starts a check-in, with this practice chosen (at the pain rating before) when an id is
    // given: once the window is shown and a check-in left unfinished was offered. A check-in in
    // progress goes on instead. What --check-in, --practice and a later launch ask for.
    void requestCheckIn(const QString &practiceId = {});
    // Once the window is shown, the welcome opens, unless the person has seen it before, or a
    // check-in or a question of the start comes first. What a start with the window asks
    // for; a start in the tray, a later launch and a benchmark's start do not.
    void welcomeOnFirstStart();
    // The welcome again, as Help shows it: it only explains.
    void showHowTowardWorks();
    // In front, restored if minimised: a later launch asked for the app.
    void bringToFront();
    // The reminders and tray of this run; without one the reminders stay off. It must outlive the
    // window.
    void setReminderHost(ReminderHost *host);
    // Closes the window and quits, where closing it would only hide it in the tray.
    void quit();
    void editReminders();
    void showFairTest();
    // A check-in is in progress in the window shown.
    bool isPractising() const;
    // The practice Today's quick reset starts; none while there is none to offer.
    QString quickResetPracticeId() const;
    // For this run only, not kept in the settings: what --sound asks for.
    void useSoundModeForThisRun(SoundMode mode);
    // The check-in page, once a check-in was started or offered.
    CheckInPage *checkInPage() const { return m_checkInPage; }

    // Switches to the model in `path` and remembers it for the next start; on errors keeps the
    // model in use. Either way every problem found is shown in a ModelProblemsDialog.
    void openModelFile(const QString &path);
    // Switches to the built-in model and forgets the custom one.
    void useBuiltInModel();
    // Opens a non-blocking ModelProblemsDialog.
    void showModelProblems(
        const QString &filePath, const ModelIssues &issues, ModelProblemsDialog::Outcome outcome);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void showPageAt(int row); // also builds a page's widgets when it is first shown
    void buildModelBrowser();
    void buildJournalPage();
    void buildTodayPage();
    void buildCheckInPage();
    QString dataFolder() const; // the journal's, which holds the check-in draft too
    // A note being edited in the journal is saved, or the person agrees to lose it.
    bool keepEditedNote();
    void checkInDiscarded();
    void showSavedCheckIn(const QUuid &checkInId);
    // A check-in left unfinished when the app last closed is offered once, after the start.
    void offerDraft();
    void resumeDraft(const CheckInDraft &draft);
    void openFirstWelcome();
    void rememberWelcomeSeen(QDialog *welcome);
    void discardDraft();
    void startRequestedCheckIn();
    void leaveRequestedCheckIn(); // an unfinished check-in goes on instead
    void buildBreathPatternMenu();
    // The breath pattern the person chose for their check-ins, else the model's first.
    BreathPattern chosenBreathPattern() const;
    void loadOwnBreathPatterns();
    void editOwnBreathPatterns();
    void useOwnBreathPatterns(const QList<BreathPattern> &patterns);
    // m_model from the model as loaded and the person's patterns; tells of any left out.
    void joinOwnBreathPatterns();
    void showModelInUse();
    void chooseModelFile();
    void showAbout();
    void setModel(PracticeModel model, QString filePath);
    void restoreWindowLayout();
    void layOutCalmly();
    void addUndoActions();
    void connectJournalActions();
    void showJournalAccess(bool readOnly);
    void showStatusMessage(const QString &message);
    void keepReminderChoices(const ReminderSettingsDialog::Choices &choices);

    std::unique_ptr<Ui::MainWindow> m_ui;
    AppSettings &m_settings;
    Journal &m_journal;
    PracticeModel m_modelAsLoaded;
    QList<BreathPattern> m_ownBreathPatterns;
    QString m_ownBreathPatternsProblem; // why the file of them cannot be read; then it is kept
    PracticeModel m_model; // in use: m_modelAsLoaded joined with m_ownBreathPatterns
    QString m_modelFilePath;
    JournalActions *m_journalActions;
    QLabel *m_modelStatusLabel;
    SoundMenu *m_soundMenu;
    ModelBrowser *m_modelBrowser = nullptr; // built when the Model page is first shown
    TodayPage *m_todayPage;
    JournalPage *m_journalPage = nullptr; // built when the Journal page is first shown
    CheckInPage *m_checkInPage = nullptr; // built when the first check-in starts
    Page m_pageBeforeCheckIn = Page::Today;
    bool m_draftOffered = false;
    bool m_welcomeWanted = false; // until the window is first shown
    // From requestCheckIn until it can start; an empty id: no practice chosen.
    std::optional<QString> m_requestedCheckIn;
    ReminderHost *m_reminders = nullptr;
    bool m_quitting = false;
};

} // namespace toward
