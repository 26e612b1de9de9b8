#include "MainWindow.h"

#include "ReminderHost.h"
#include "breath/BreathPatternsDialog.h"
#include "breath/BreathPatternsInUse.h"
#include "breath/CustomBreathPatternStore.h"
#include "checkin/CheckInPage.h"
#include "fairtest/FairTestDialog.h"
#include "i18n/LanguageMenu.h"
#include "journal/Journal.h"
#include "journal/JournalActions.h"
#include "journal/JournalPage.h"
#include "model/ModelBrowser.h"
#include "model/PracticeModelLoader.h"
#include "practice/PracticePage.h"
#include "practice/PracticeWording.h"
#include "reminders/AutostartEntry.h"
#include "settings/AppSettings.h"
#include "sound/SoundMenu.h"
#include "style/AppStyle.h"
#include "style/ColorSchemeMenu.h"
#include "today/TodayPage.h"
#include "ui_MainWindow.h"
#include "welcome/WelcomeDialog.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QStyle>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>
#include <utility>

namespace toward {

namespace {

constexpr int StatusMessageMs = 15000;

// Each write costs the settings file a sync to disk, and most sessions end with the layout as
// it was restored, so only changes are written.
template<typename T>
void storeIfChanged(AppSettings &settings, const SettingKey<T> &key, const T &value)
{
    if (settings.value(key) != value)
        settings.setValue(key, value);
}

} // namespace

MainWindow::MainWindow(AppSettings &settings, PracticeModel model, Journal &journal,
    QString modelFilePath, std::chrono::milliseconds checkDelay, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_settings(settings)
    , m_journal(journal)
    , m_journalActions(new JournalActions(journal, m_model, this, systemNow, checkDelay))
    , m_modelStatusLabel(new QLabel(this))
{
    m_ui->setupUi(this);
    layOutCalmly();
    m_modelStatusLabel->setObjectName(QStringLiteral("modelStatusLabel"));
    m_modelStatusLabel->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_modelStatusLabel, 1);
    statusBar()->addPermanentWidget(m_journalActions->statusLabel());
    addUndoActions();

    connect(m_ui->openModelAction, &QAction::triggered, this, &MainWindow::chooseModelFile);
    connect(m_ui->useBuiltInModelAction, &QAction::triggered, this, &MainWindow::useBuiltInModel);
    connect(m_ui->quitAction, &QAction::triggered, this, &MainWindow::quit);
    connect(m_ui->remindersAction, &QAction::triggered, this, &MainWindow::editReminders);
    connect(m_ui->fairTestAction, &QAction::triggered, this, &MainWindow::showFairTest);
    connect(m_ui->practicePage, &PracticePage::practiceRequested, this,
        [this](const QString &practiceId) { requestCheckIn(practiceId); });
    connect(m_ui->showTodayAction, &QAction::triggered, this, [this] { showPage(Page::Today); });
    connect(
        m_ui->showPracticeAction, &QAction::triggered, this, [this] { showPage(Page::Practice); });
    connect(
        m_ui->showJournalAction, &QAction::triggered, this, [this] { showPage(Page::Journal); });
    connect(m_ui->showModelAction, &QAction::triggered, this, [this] { showPage(Page::Model); });
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->howTowardWorksAction, &QAction::triggered, this, &MainWindow::showHowTowardWorks);
    connect(m_ui->newCheckInAction, &QAction::triggered, this, &MainWindow::startCheckIn);
    connect(
        m_ui->breathPatternsAction, &QAction::triggered, this, &MainWindow::editOwnBreathPatterns);
    m_ui->reducedMotionAction->setChecked(m_settings.value(Setting::ReducedMotion));
    connect(m_ui->reducedMotionAction, &QAction::toggled, this, [this](bool reduced) {
        m_settings.setValue(Setting::ReducedMotion, reduced);
        if (m_checkInPage)
            m_checkInPage->setReducedMotion(reduced);
    });
    m_ui->rateCuesAtEndAction->setChecked(m_settings.value(Setting::RateCuesAtEnd));
    connect(m_ui->rateCuesAtEndAction, &QAction::toggled, this, [this](bool atEnd) {
        m_settings.setValue(Setting::RateCuesAtEnd, atEnd);
        if (m_checkInPage)
            m_checkInPage->setRateCuesAtEnd(atEnd);
    });
    m_soundMenu = new SoundMenu(
        m_settings,
        {m_ui->soundOffAction, m_ui->soundTonesAction, m_ui->soundVoiceAction,
            m_ui->soundSettingsAction},
        [this] { return chosenBreathPattern(); }, this);
    connect(m_soundMenu, &SoundMenu::settingsChanged, this, [this](const SoundSettings &sound) {
        if (m_checkInPage)
            m_checkInPage->setSoundSettings(sound);
    });
    m_ui->viewMenu->addSeparator();
    m_ui->viewMenu->addMenu(new LanguageMenu(m_settings, this));
    m_ui->viewMenu->addMenu(new ColorSchemeMenu(m_settings, this));
    connect(m_ui->navigationList, &QListWidget::currentRowChanged, this, &MainWindow::showPageAt);
    connectJournalActions();

    buildTodayPage();
    loadOwnBreathPatterns();
    setModel(std::move(model), std::move(modelFilePath));
    showJournalAccess(m_journal.isReadOnly());
    showPage(Page::Today);
    m_todayPage->setNextReminder(ReminderCoach::offText());
    restoreWindowLayout();
}

MainWindow::~MainWindow() = default;

QString MainWindow::dataFolder() const
{
    return m_journal.dataDirectory();
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_ui->pageStack->currentIndex());
}

void MainWindow::showPage(Page page)
{
    m_ui->navigationList->setCurrentRow(int(page));
}

void MainWindow::startCheckIn()
{
    showPage(Page::CheckIn);
}

void MainWindow::requestCheckIn(const QString &practiceId)
{
    m_requestedCheckIn = practiceId;
    if (!m_draftOffered)
        return; // once shown, after the check-in left unfinished was offered
    // After the offer, which is made from the event loop too.
    QTimer::singleShot(0, this, [this] {
        if (findChild<QMessageBox *>(QStringLiteral("draftOfferBox")))
            return; // its answer starts the request
        if (m_checkInPage && m_checkInPage->isInProgress()) {
            leaveRequestedCheckIn();
            showPage(Page::CheckIn);
            return;
        }
        startRequestedCheckIn();
    });
}

void MainWindow::welcomeOnFirstStart()
{
    if (!m_draftOffered) {
        m_welcomeWanted = true;
        return;
    }
    QTimer::singleShot(0, this, &MainWindow::openFirstWelcome);
}

void MainWindow::openFirstWelcome()
{
    if (m_settings.value(Setting::WelcomeSeen))
        return;
    // A check-in the launch asked for, or anything the start already asks or tells (a check-in
    // left unfinished, a practice or model that cannot be used), comes first; the welcome waits
    // for a later start.
    const QList<QDialog *> dialogs = findChildren<QDialog *>();
    if (currentPage() == Page::CheckIn
        || std::any_of(dialogs.begin(), dialogs.end(),
            [](const QDialog *dialog) { return dialog->isVisible(); }))
        return;
    auto *welcome = new WelcomeDialog(WelcomeDialog::Occasion::FirstStart, this);
    rememberWelcomeSeen(welcome);
    connect(welcome, &QDialog::accepted, this, &MainWindow::startCheckIn);
    welcome->open();
}

void MainWindow::showHowTowardWorks()
{
    auto *welcome = new WelcomeDialog(WelcomeDialog::Occasion::Asked, this);
    rememberWelcomeSeen(welcome);
    welcome->open();
}

void MainWindow::rememberWelcomeSeen(QDialog *welcome)
{
    welcome->setAttribute(Qt::WA_DeleteOnClose);
    connect(welcome, &QDialog::finished, this,
        [this] { storeIfChanged(m_settings, Setting::WelcomeSeen, true); });
}

void MainWindow::bringToFront()
{
    if (isMinimized())
        showNormal();
    show();
    raise();
    activateWindow();
}

void MainWindow::startRequestedCheckIn()
{
    const std::optional<QString> requested = std::exchange(m_requestedCheckIn, std::nullopt);
    if (!requested)
        return;
    if (requested->isEmpty()) {
        startCheckIn();
        return;
    }
    const QString &practiceId = *requested;
    if (!m_checkInPage)
        buildCheckInPage();
    const Result<void> started = m_checkInPage->beginWithPractice(
        m_model, m_settings.value(Setting::DefaultBreathPattern), practiceId);
    if (!started.ok()) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Start a practice"),
            tr("The practice “%1” cannot be started.").arg(practiceId), QMessageBox::Close, this);
        box->setObjectName(QStringLiteral("practiceProblemBox"));
        box->setInformativeText(started.error());
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    showPage(Page::CheckIn);
}

void MainWindow::useSoundModeForThisRun(SoundMode mode)
{
    m_soundMenu->overrideMode(mode);
}

void MainWindow::leaveRequestedCheckIn()
{
    const std::optional<QString> requested = std::exchange(m_requestedCheckIn, std::nullopt);
    if (requested && !requested->isEmpty()) {
        showStatusMessage(
            tr("The practice “%1” was not started: the check-in you started earlier goes on.")
                .arg(*requested));
    }
}

void MainWindow::showPageAt(int row)
{
    if (row == int(Page::Model) && !m_modelBrowser)
        buildModelBrowser();
    if (row == int(Page::Journal) && !m_journalPage)
        buildJournalPage();
    if (row == int(Page::CheckIn)) {
        if (!m_checkInPage)
            buildCheckInPage();
        if (!m_checkInPage->isInProgress())
            m_checkInPage->begin(m_model, m_settings.value(Setting::DefaultBreathPattern));
    }
    if (currentPage() != Page::CheckIn)
        m_pageBeforeCheckIn = currentPage();
    m_ui->pageStack->setCurrentIndex(row);
}

void MainWindow::buildTodayPage()
{
    m_todayPage = new TodayPage(m_journal, systemNow, m_ui->todayPage);
    connect(m_todayPage, &TodayPage::checkInRequested, this, &MainWindow::startCheckIn);
    connect(m_todayPage, &TodayPage::practiceRequested, this,
        [this](const QString &practiceId) { requestCheckIn(practiceId); });
    m_ui->todayPageLayout->addWidget(m_todayPage);
}

void MainWindow::buildCheckInPage()
{
    m_checkInPage = new CheckInPage(m_journal, dataFolder(), systemNow, m_ui->checkInPage);
    m_checkInPage->setReducedMotion(m_ui->reducedMotionAction->isChecked());
    m_checkInPage->setRateCuesAtEnd(m_ui->rateCuesAtEndAction->isChecked());
    m_checkInPage->setSoundDevices(m_soundMenu->devices());
    m_checkInPage->setSoundSettings(m_soundMenu->settings());
    connect(m_checkInPage, &CheckInPage::statusMessage, this, &MainWindow::showStatusMessage);
    connect(m_checkInPage, &CheckInPage::saved, this, [this] {
        m_todayPage->refresh();
        if (m_reminders)
            m_reminders->checkInSaved();
        if (m_journalPage)
            m_journalPage->refresh();
    });
    connect(m_checkInPage, &CheckInPage::finished, this, &MainWindow::showSavedCheckIn);
    connect(m_checkInPage, &CheckInPage::discarded, this, &MainWindow::checkInDiscarded);
    const auto practiceEnded = [this] {
        if (m_reminders)
            m_reminders->practiceEnded();
    };
    connect(m_checkInPage, &CheckInPage::finished, this, practiceEnded);
    connect(m_checkInPage, &CheckInPage::discarded, this, practiceEnded);
    m_ui->checkInPageLayout->addWidget(m_checkInPage);
}

void MainWindow::checkInDiscarded()
{
    showPage(m_pageBeforeCheckIn);
}

void MainWindow::showSavedCheckIn(const QUuid &checkInId)
{
    showPage(Page::Journal);
    m_journalPage->showNewCheckIn(checkInId);
}

void MainWindow::offerDraft()
{
    const CheckInDraftStore drafts(dataFolder());
    const Result<std::optional<CheckInDraft>> loaded = drafts.load();
    if (!loaded.ok()) {
        showStatusMessage(
            tr("The check-in left unfinished last time cannot be read: %1").arg(loaded.error()));
        startRequestedCheckIn();
        return;
    }
    if (!loaded.value()) {
        startRequestedCheckIn();
        return;
    }
    const CheckInDraft draft = *loaded.value();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Unfinished check-in"),
        tr("Go on with the check-in you started on %1 at %2?")
            .arg(QLocale().toString(draft.startedAt.toLocalTime().date(), QLocale::LongFormat),
                QLocale().toString(draft.startedAt.toLocalTime().time(), QLocale::ShortFormat)),
        QMessageBox::Yes | QMessageBox::Discard, this);
    box->setObjectName(QStringLiteral("draftOfferBox"));
    box->setInformativeText(tr("It was left at the “%1” step.").arg(labelOf(draft.stage)));
    box->button(QMessageBox::Yes)->setText(tr("&Go on"));
    box->button(QMessageBox::Discard)->setText(tr("&Discard it"));
    box->setDefaultButton(QMessageBox::Yes);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, draft] {
        if (box->clickedButton() == box->button(QMessageBox::Discard)) {
            discardDraft();
            startRequestedCheckIn();
            return;
        }
        // Closed without an answer, the draft stays for the next start: a new check-in would
        // overwrite it.
        leaveRequestedCheckIn();
        if (box->clickedButton() == box->button(QMessageBox::Yes))
            resumeDraft(draft);
    });
    box->open();
}

void MainWindow::resumeDraft(const CheckInDraft &draft)
{
    if (!m_checkInPage)
        buildCheckInPage();
    if (const Result<void> resumed = m_checkInPage->resume(draft, m_model); !resumed.ok()) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Unfinished check-in"),
            resumed.error(), QMessageBox::Discard | QMessageBox::Close, this);
        box->setObjectName(QStringLiteral("draftProblemBox"));
        box->setInformativeText(tr("Close keeps it, so that it can go on with the model it was "
                                   "started with."));
        box->button(QMessageBox::Discard)->setText(tr("&Discard it"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box->button(QMessageBox::Discard), &QAbstractButton::clicked, this,
            &MainWindow::discardDraft);
        box->open();
        return;
    }
    showPage(Page::CheckIn);
}

void MainWindow::discardDraft()
{
    const CheckInDraftStore drafts(dataFolder());
    if (const Result<void> cleared = drafts.clear(); !cleared.ok())
        showStatusMessage(cleared.error());
}

void MainWindow::buildBreathPatternMenu()
{
    QMenu *menu = m_ui->breathPatternMenu;
    menu->clear();
    auto *group = new QActionGroup(menu);
    const QString chosen = m_settings.value(Setting::DefaultBreathPattern);
    const BreathPattern *own = m_model.findBreathPattern(chosen);
    for (const BreathPattern &pattern : m_model.breathPatterns) {
        QAction *action = menu->addAction(PracticeWording::breathPattern(pattern));
        action->setCheckable(true);
        action->setChecked(
            own ? pattern.id == own->id : &pattern == &m_model.defaultBreathPattern());
        action->setActionGroup(group);
        connect(action, &QAction::triggered, this,
            [this, id = pattern.id] { m_settings.setValue(Setting::DefaultBreathPattern, id); });
    }
}

BreathPattern MainWindow::chosenBreathPattern() const
{
    const BreathPattern *chosen =
        m_model.findBreathPattern(m_settings.value(Setting::DefaultBreathPattern));
    return chosen ? *chosen : m_model.defaultBreathPattern();
}

void MainWindow::loadOwnBreathPatterns()
{
    Result<QList<BreathPattern>> loaded = CustomBreathPatternStore(dataFolder()).load();
    if (loaded.ok()) {
        m_ownBreathPatterns = std::move(loaded).value();
        return;
    }
    m_ownBreathPatternsProblem = loaded.error();
    showStatusMessage(m_ownBreathPatternsProblem);
}

void MainWindow::editOwnBreathPatterns()
{
    if (!m_ownBreathPatternsProblem.isEmpty()) {
        // Editing would save over patterns that may only need a small repair.
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Breath patterns"),
            m_ownBreathPatternsProblem
                + tr("\n\nRepair or remove the file, then start Toward again to edit them."),
            QMessageBox::Close, this);
        box->setObjectName(QStringLiteral("breathPatternsProblemBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    QStringList modelIds;
    for (const BreathPattern &pattern : m_modelAsLoaded.breathPatterns)
        modelIds.append(pattern.id);
    auto *dialog = new BreathPatternsDialog(
        m_ownBreathPatterns, modelIds, CustomBreathPatternStore(dataFolder()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(
        dialog, &BreathPatternsDialog::patternsChanged, this, &MainWindow::useOwnBreathPatterns);
    dialog->open();
}

void MainWindow::useOwnBreathPatterns(const QList<BreathPattern> &patterns)
{
    m_ownBreathPatterns = patterns;
    const QString chosenId = m_settings.value(Setting::DefaultBreathPattern);
    const BreathPattern *chosen = m_model.findBreathPattern(chosenId);
    const QString chosenName = chosen ? chosen->name : QString();
    joinOwnBreathPatterns(); // `chosen` dangles from here on
    if (!chosenName.isEmpty() && !m_model.findBreathPattern(chosenId)) {
        m_settings.setValue(Setting::DefaultBreathPattern, QString());
        showStatusMessage(tr("“%1” is gone, so your breath pattern is the model's: “%2”.")
                              .arg(chosenName, m_model.defaultBreathPattern().name));
    }
    showModelInUse();
    if (m_checkInPage)
        m_checkInPage->useBreathPatterns(m_model.breathPatterns);
}

void MainWindow::joinOwnBreathPatterns()
{
    BreathPatternsInUse inUse = BreathPatternsInUse::join(m_modelAsLoaded, m_ownBreathPatterns);
    m_model = std::move(inUse.model);
    QStringList clashing;
    for (const BreathPattern &pattern : inUse.clashing)
        clashing.append(tr("“%1” (%2)").arg(pattern.name, pattern.id));
    if (!clashing.isEmpty())
        showStatusMessage(tr("Not offered, as the model has a breath pattern with the same id: %1.")
                              .arg(clashing.join(QStringLiteral(", "))));
}

void MainWindow::buildModelBrowser()
{
    m_modelBrowser = new ModelBrowser(m_ui->modelPage);
    m_modelBrowser->setModel(m_model);
    m_ui->modelPageLayout->addWidget(m_modelBrowser);
}

void MainWindow::buildJournalPage()
{
    m_journalPage =
        new JournalPage(m_journal, m_journalActions->undoStack(), systemNow, m_ui->journalPage);
    m_journalPage->setModel(m_model);
    connect(m_journalPage, &JournalPage::statusMessage, this, &MainWindow::showStatusMessage);
    connect(
        m_journalActions, &JournalActions::checkInsImported, m_journalPage, &JournalPage::refresh);
    m_journalActions->setFilterSource([page = m_journalPage] { return page->filter(); });
    m_ui->journalPageLayout->addWidget(m_journalPage);
}

void MainWindow::openModelFile(const QString &path)
{
    const QString filePath = QFileInfo(path).absoluteFilePath();
    const ModelLoadResult result = PracticeModelLoader::loadFile(filePath);
    if (!result.ok()) {
        showModelProblems(filePath, result.issues, ModelProblemsDialog::Outcome::KeptCurrentModel);
        return;
    }
    setModel(*result.model, filePath);
    m_settings.setValue(Setting::CustomModelPath, filePath);
    if (const ModelIssues warnings = result.warnings(); !warnings.isEmpty())
        showModelProblems(filePath, warnings, ModelProblemsDialog::Outcome::OpenedWithWarnings);
}

void MainWindow::useBuiltInModel()
{
    const ModelLoadResult result = PracticeModelLoader::loadDefault();
    if (!result.ok()) {
        showModelProblems(PracticeModelLoader::builtInModelPath(), result.issues,
            ModelProblemsDialog::Outcome::KeptCurrentModel);
        return;
    }
    setModel(*result.model, {});
    m_settings.setValue(Setting::CustomModelPath, QString());
}

void MainWindow::showModelProblems(
    const QString &filePath, const ModelIssues &issues, ModelProblemsDialog::Outcome outcome)
{
    auto *dialog = new ModelProblemsDialog(filePath, issues, outcome, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_reminders) {
        m_reminders->windowShown(true);
        m_reminders->armSoon();
    }
    m_journalActions->scheduleCheck();
    if (!m_draftOffered) {
        m_draftOffered = true;
        QTimer::singleShot(0, this, &MainWindow::offerDraft);
    }
    if (std::exchange(m_welcomeWanted, false))
        QTimer::singleShot(0, this, &MainWindow::openFirstWelcome);
}

bool MainWindow::keepEditedNote()
{
    if (!m_journalPage)
        return true;
    const Result<void> saved = m_journalPage->saveEditedNote();
    if (saved.ok())
        return true;
    showPage(Page::Journal);
    return QMessageBox::warning(this, tr("Unsaved note"),
               tr("The note you are editing could not be saved: %1\n\nClose anyway and lose "
                  "it?")
                   .arg(saved.error()),
               QMessageBox::Close | QMessageBox::Cancel, QMessageBox::Cancel)
        == QMessageBox::Close;
}

void MainWindow::hideEvent(QHideEvent *event)
{
    QMainWindow::hideEvent(event);
    if (m_reminders)
        m_reminders->windowShown(false);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // With reminders on, the window only hides: nothing in it is lost, and Toward keeps time.
    if (!m_quitting && m_reminders && m_reminders->keepsRunningInTray()) {
        event->ignore();
        hide();
        m_reminders->explainTrayOnce();
        return;
    }
    if (!keepEditedNote()) {
        event->ignore();
        return;
    }
    if (m_checkInPage) {
        if (const Result<void> kept = m_checkInPage->keepDraft(); !kept.ok()) {
            const auto answer = QMessageBox::warning(this, tr("Unfinished check-in"),
                tr("The check-in in progress cannot be kept for next time: %1\n\nClose anyway "
                   "and lose it?")
                    .arg(kept.error()),
                QMessageBox::Close | QMessageBox::Cancel, QMessageBox::Cancel);
            if (answer != QMessageBox::Close) {
                event->ignore();
                return;
            }
        }
    }
    storeIfChanged(m_settings, Setting::WindowGeometry, saveGeometry());
    storeIfChanged(m_settings, Setting::WindowState, saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::quit()
{
    m_quitting = true;
    if (close())
        QCoreApplication::quit();
    m_quitting = false;
}

void MainWindow::setReminderHost(ReminderHost *host)
{
    m_reminders = host;
    connect(host, &ReminderHost::upcomingChanged, m_todayPage, &TodayPage::setNextReminder);
    m_todayPage->setNextReminder(host->upcomingText());
}

bool MainWindow::isPractising() const
{
    return isVisible() && m_checkInPage && m_checkInPage->isInProgress();
}

QString MainWindow::quickResetPracticeId() const
{
    return m_todayPage->quickResetPracticeId();
}

void MainWindow::showFairTest()
{
    auto *dialog = new FairTestDialog(m_journal, m_model, systemNow, this);
    dialog->setObjectName(QStringLiteral("fairTestDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::editReminders()
{
    if (m_reminders)
        m_reminders->build();
    const ReminderSettingsDialog::Choices current {
        ReminderSettings::read(m_settings), AutostartEntry::inUserConfig().isEnabled()};
    auto *dialog =
        new ReminderSettingsDialog(current, m_reminders ? m_reminders->breaksText() : QString(),
            m_reminders ? m_reminders->promptsText() : QString(), this);
    dialog->setObjectName(QStringLiteral("reminderSettingsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
        [this, dialog] { keepReminderChoices(dialog->choices()); });
    dialog->open();
}

void MainWindow::keepReminderChoices(const ReminderSettingsDialog::Choices &choices)
{
    choices.reminders.write(m_settings);
    if (m_reminders)
        m_reminders->settingsChanged(choices.reminders);
    const AutostartEntry autostart = AutostartEntry::inUserConfig();
    if (choices.startAtLogin != autostart.isEnabled()) {
        const Result<void> changed = choices.startAtLogin
            ? autostart.enable(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--hidden"), QStringLiteral("--data-dir"), dataFolder()})
            : autostart.disable();
        if (!changed.ok())
            showStatusMessage(tr("Start at login could not be changed: %1").arg(changed.error()));
    }
}

void MainWindow::chooseModelFile()
{
    auto *dialog = new QFileDialog(this, tr("Open practice model"),
        m_settings.value(Setting::LastModelFolder), tr("Practice models (*.json)"));
    dialog->setObjectName(QStringLiteral("openModelDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        m_settings.setValue(Setting::LastModelFolder, QFileInfo(path).absolutePath());
        openModelFile(path);
    });
    dialog->open();
}

void MainWindow::showAbout()
{
    const QString text = QStringLiteral("<h3>")
        + tr("Toward %1").arg(QStringLiteral(TOWARD_VERSION)) + QStringLiteral("</h3><p>")
        + tr("An alignment-practice coach. The pose matters less than the direction: with each "
             "movement and each breath, move toward your spine's natural curves.")
        + QStringLiteral("</p>");
    auto *box =
        new QMessageBox(QMessageBox::NoIcon, tr("About Toward"), text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("aboutDialog"));
    box->setTextFormat(Qt::RichText);
    box->setIconPixmap(windowIcon().pixmap(64));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::setModel(PracticeModel model, QString filePath)
{
    m_modelAsLoaded = std::move(model);
    m_modelFilePath = std::move(filePath);
    joinOwnBreathPatterns();
    showModelInUse();
    m_modelStatusLabel->setText(m_modelFilePath.isEmpty()
            ? tr("Model: %1 (built-in)").arg(m_model.name)
            : tr("Model: %1 — %2").arg(m_model.name, QDir::toNativeSeparators(m_modelFilePath)));
}

void MainWindow::showModelInUse()
{
    m_ui->practicePage->setModel(m_model);
    m_todayPage->setModel(m_model);
    if (m_reminders)
        m_reminders->setModel(m_model);
    if (m_modelBrowser)
        m_modelBrowser->setModel(m_model);
    if (m_journalPage)
        m_journalPage->setModel(m_model);
    buildBreathPatternMenu();
}

void MainWindow::restoreWindowLayout()
{
    if (!restoreGeometry(m_settings.value(Setting::WindowGeometry))) {
        const QRect available = screen()->availableGeometry();
        const QSize size = QSize(1000, 700).boundedTo(available.size() * 0.9);
        setGeometry(QStyle::alignedRect(Qt::LeftToRight, Qt::AlignCenter, size, available));
    }
    restoreState(m_settings.value(Setting::WindowState));
}

void MainWindow::layOutCalmly()
{
    // Room counted in the spacing unit; the navigation sits on the window, not in a white box.
    const int unit = AppStyle::spacing(this);
    m_ui->centralLayout->setContentsMargins(unit * 2, unit * 2, unit * 2, unit);
    m_ui->centralLayout->setSpacing(unit * 2);
    m_ui->navigationList->setSpacing(unit / 2);
    m_ui->navigationList->setFrameShape(QFrame::NoFrame);
    m_ui->navigationList->viewport()->setBackgroundRole(QPalette::Window);
}

void MainWindow::addUndoActions()
{
    QAction *undoAction = m_journalActions->undoStack().createUndoAction(this, tr("&Undo"));
    undoAction->setObjectName(QStringLiteral("undoAction"));
    undoAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    QAction *redoAction = m_journalActions->undoStack().createRedoAction(this, tr("&Redo"));
    redoAction->setObjectName(QStringLiteral("redoAction"));
    redoAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    m_ui->editMenu->addAction(undoAction);
    m_ui->editMenu->addAction(redoAction);
}

void MainWindow::connectJournalActions()
{
    JournalActions *actions = m_journalActions;
    connect(
        m_ui->exportCsvAction, &QAction::triggered, actions, &JournalActions::chooseCsvExportFile);
    connect(
        m_ui->importCsvAction, &QAction::triggered, actions, &JournalActions::chooseCsvImportFile);
    connect(
        m_ui->exportReportAction, &QAction::triggered, actions, &JournalActions::chooseReportFile);
    connect(m_ui->backUpNowAction, &QAction::triggered, actions, &JournalActions::backUpNow);
    connect(m_ui->restoreBackupAction, &QAction::triggered, actions,
        &JournalActions::chooseBackupToRestore);
    connect(&m_journal, &Journal::accessChanged, this, &MainWindow::showJournalAccess);
    connect(actions, &JournalActions::statusMessage, this, &MainWindow::showStatusMessage);
    connect(actions, &JournalActions::lastingStatusMessage, this,
        [this](const QString &message) { statusBar()->showMessage(message); });
}

void MainWindow::showJournalAccess(bool readOnly)
{
    setWindowTitle(readOnly ? tr("Toward — journal open read-only") : tr("Toward"));
    // Restoring stays: it never writes into this journal but keeps it whole and puts a backup in
    // its place, which is the way back from a damaged one.
    for (QAction *writing : {m_ui->importCsvAction, m_ui->backUpNowAction})
        writing->setEnabled(!readOnly);
}

void MainWindow::showStatusMessage(const QString &message)
{
    statusBar()->showMessage(message, StatusMessageMs);
}

} // namespace toward
