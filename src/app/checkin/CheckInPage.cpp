#include "checkin/CheckInPage.h"

#include "fairtest/FairTestBanner.h"
#include "journal/Journal.h"
#include "journal/JournalCsvExporter.h"
#include "journal/JournalWording.h"
#include "practice/PracticeBuilder.h"
#include "style/AppStyle.h"
#include "ui_CheckInPage.h"
#include "widgets/FileDialogs.h"
#include "widgets/PainScaleInput.h"

#include <QAction>
#include <QDir>
#include <QMessageBox>
#include <QPushButton>

namespace toward {

namespace {

bool isPracticeStage(CheckInStage stage)
{
    return stage == CheckInStage::BreathIntro || stage == CheckInStage::PracticingCue
        || stage == CheckInStage::RatingCue;
}

QMessageBox *askBox(QWidget *parent, const QString &objectName, const QString &question,
    const QString &detail, const QString &yesText, const QString &noText)
{
    auto *box = new QMessageBox(QMessageBox::Question, CheckInPage::tr("Check-in"), question,
        QMessageBox::Yes | QMessageBox::No, parent);
    box->setObjectName(objectName);
    box->setInformativeText(detail);
    box->button(QMessageBox::Yes)->setText(yesText);
    box->button(QMessageBox::No)->setText(noText);
    box->setDefaultButton(QMessageBox::No);
    box->setEscapeButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    return box;
}

} // namespace

CheckInPage::CheckInPage(Journal &journal, const QString &dataDir, Clock now, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CheckInPage>())
    , m_journal(journal)
    , m_drafts(dataDir)
    , m_now(std::move(now))
    , m_fairTestBanner(new FairTestBanner(this))
    , m_fairTest(journal, *m_fairTestBanner)
{
    m_ui->setupUi(this);
    m_ui->pageLayout->insertWidget(1, m_fairTestBanner);
    AppStyle::setTextRole(m_ui->stepLabel, TextRole::Title);
    m_ui->practiceStep->setFocusPolicy(Qt::StrongFocus);
    m_ui->problemFrame->hide();

    m_draftTimer.setSingleShot(true);
    m_draftTimer.setInterval(DraftDelay);
    connect(&m_draftTimer, &QTimer::timeout, this, &CheckInPage::writeDraft);

    addKeyActions();
    connectSteps();
    connect(m_ui->nextButton, &QPushButton::clicked, this, &CheckInPage::goOn);
    connect(m_ui->backButton, &QPushButton::clicked, this, &CheckInPage::goBack);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &CheckInPage::escape);
    connect(m_ui->pauseButton, &QPushButton::clicked, m_pauseAction, &QAction::trigger);
    connect(m_ui->retryButton, &QPushButton::clicked, this, &CheckInPage::save);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &CheckInPage::exportUnsaved);
}

CheckInPage::~CheckInPage() = default;

QAction *CheckInPage::addKeyAction(const QString &objectName, const QList<QKeySequence> &keys,
    const std::function<void()> &triggered)
{
    auto *action = new QAction(this);
    action->setObjectName(objectName);
    action->setShortcuts(keys);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(action, &QAction::triggered, this, triggered);
    addAction(action);
    return action;
}

void CheckInPage::addKeyActions()
{
    for (int digit = 0; digit <= 9; ++digit) {
        const auto key = Qt::Key(Qt::Key_0 + digit);
        m_digitActions.append(addKeyAction(QStringLiteral("painDigit%1Action").arg(digit),
            {QKeySequence(key), QKeySequence(Qt::KeypadModifier | key)}, [this, digit] {
                PainScaleInput *scale = m_flow->stage() == CheckInStage::RatingBefore
                    ? m_ui->beforeStep->painScale()
                    : m_ui->afterStep->painScale();
                scale->typeDigit(digit);
            }));
    }
    m_nextAction = addKeyAction(QStringLiteral("nextAction"),
        {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)}, [this] { goOn(); });
    m_saveAction = addKeyAction(QStringLiteral("saveAction"),
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)},
        [this] { save(); });
    m_pauseAction =
        addKeyAction(QStringLiteral("pauseAction"), {QKeySequence(Qt::Key_Space)}, [this] {
            m_ui->practiceStep->togglePause();
            refresh();
        });
    m_skipAction = addKeyAction(QStringLiteral("skipAction"), {QKeySequence(Qt::Key_Right)},
        [this] { act([](CheckInFlow &flow) { return flow.skipCue(); }); });
    m_previousCueAction =
        addKeyAction(QStringLiteral("previousCueAction"), {QKeySequence(Qt::Key_Left)},
            [this] { act([](CheckInFlow &flow) { return flow.back(); }); });
    // Each language picks letters of its own words; the rating buttons and the keys line say them.
    const std::array<std::pair<CueFeeling, QString>, 3> feelings {{
        {CueFeeling::Toward, tr("T", "the key that rates a cue toward (better)")},
        {CueFeeling::Neutral, tr("N", "the key that rates a cue neutral")},
        {CueFeeling::Away, tr("A", "the key that rates a cue away (worse)")},
    }};
    for (const auto &[feeling, key] : feelings) {
        m_feelingActions.append(
            addKeyAction(QStringLiteral("feel_") + wordOf(feeling) + QStringLiteral("Action"),
                {QKeySequence(key)}, [this, feeling] {
                    act([feeling](CheckInFlow &flow) { return flow.rateCue(feeling); });
                }));
    }
    m_escapeAction = addKeyAction(
        QStringLiteral("escapeAction"), {QKeySequence(Qt::Key_Escape)}, [this] { escape(); });
}

void CheckInPage::connectSteps()
{
    CheckInWhereStep *where = m_ui->whereStep;
    connect(where, &CheckInWhereStep::regionsChosen, this, [this](const QStringList &regionIds) {
        act([regionIds](CheckInFlow &flow) {
            Result<void> set = flow.setRegions(regionIds);
            if (set.ok())
                flow.suggestPractice();
            return set;
        });
    });
    connect(where, &CheckInWhereStep::contextChosen, this, [this](Context context) {
        act([context](CheckInFlow &flow) {
            Result<void> set = flow.setContext(context);
            if (set.ok())
                flow.suggestPractice();
            return set;
        });
    });
    connect(where, &CheckInWhereStep::practiceChosen, this, [this](const QString &practiceId) {
        act([practiceId](CheckInFlow &flow) {
            return practiceId == PracticeBuilder::BuiltPracticeId ? flow.chooseBuiltPractice()
                                                                  : flow.choosePractice(practiceId);
        });
    });
    connect(where, &CheckInWhereStep::breathPatternChosen, this, [this](const QString &patternId) {
        act([patternId](CheckInFlow &flow) { return flow.setBreathPattern(patternId); });
    });

    CheckInBeforeStep *before = m_ui->beforeStep;
    connect(before, &CheckInBeforeStep::painRated, this,
        [this](int pain) { act([pain](CheckInFlow &flow) { return flow.setPainBefore(pain); }); });
    connect(before, &CheckInBeforeStep::leaningChanged, this,
        [this](const QString &directionId, std::optional<Leaning> leaning) {
            act([&](CheckInFlow &flow) { return flow.setLeaningBefore(directionId, leaning); });
        });
    connect(before, &CheckInBeforeStep::redFlagChanged, this, [this](RedFlag flag, bool ticked) {
        act([&](CheckInFlow &flow) { return flow.setRedFlag(flag, ticked); });
    });

    connect(m_ui->adviceStep, &CheckInAdviceStep::noteEdited, this, [this](const QString &note) {
        act([&](CheckInFlow &flow) { return flow.setNote(note); });
    });

    CheckInPracticeStep *practice = m_ui->practiceStep;
    connect(practice, &CheckInPracticeStep::breathsDone, this, [this] {
        if (m_flow && m_flow->stage() == CheckInStage::PracticingCue)
            act([](CheckInFlow &flow) { return flow.next(); });
    });
    connect(practice, &CheckInPracticeStep::feelingChosen, this, [this](CueFeeling feeling) {
        act([feeling](CheckInFlow &flow) { return flow.rateCue(feeling); });
    });

    CheckInAfterStep *after = m_ui->afterStep;
    connect(after, &CheckInAfterStep::painRated, this,
        [this](int pain) { act([pain](CheckInFlow &flow) { return flow.setPainAfter(pain); }); });
    connect(after, &CheckInAfterStep::leaningChanged, this,
        [this](const QString &directionId, std::optional<Leaning> leaning) {
            act([&](CheckInFlow &flow) { return flow.setLeaningAfter(directionId, leaning); });
        });
    connect(after, &CheckInAfterStep::cueFeelingChanged, this,
        [this](int step, std::optional<CueFeeling> feeling) {
            act([&](CheckInFlow &flow) { return flow.setCueFeeling(step, feeling); });
        });
    connect(after, &CheckInAfterStep::noteEdited, this, [this](const QString &note) {
        act([&](CheckInFlow &flow) { return flow.setNote(note); });
    });
}

void CheckInPage::setPacerClock(const MonotonicClock &clock)
{
    m_ui->practiceStep->setClock(clock);
}

void CheckInPage::setReducedMotion(bool reduced)
{
    m_ui->practiceStep->setReducedMotion(reduced);
}

void CheckInPage::setSoundSettings(const SoundSettings &settings)
{
    m_ui->practiceStep->setSoundSettings(settings);
}

void CheckInPage::setSoundDevices(SoundDevices &devices)
{
    m_ui->practiceStep->setSoundDevices(devices);
}

void CheckInPage::setRateCuesAtEnd(bool atEnd)
{
    m_rateCuesAtEnd = atEnd;
    // Once the practice is over the choice is for the next check-in.
    if (m_flow && m_flow->isBeforePracticeEnd())
        act([atEnd](CheckInFlow &flow) { return flow.setRateCuesAtEnd(atEnd); });
}

CheckInFlow CheckInPage::newFlow(
    const PracticeModel &model, const QString &defaultBreathPatternId) const
{
    CheckInFlow flow(model, m_now, defaultBreathPatternId);
    flow.setRateCuesAtEnd(m_rateCuesAtEnd); // a new check-in accepts it
    return flow;
}

void CheckInPage::begin(const PracticeModel &model, const QString &defaultBreathPatternId)
{
    CheckInFlow flow = newFlow(model, defaultBreathPatternId);
    if (const QString problem = m_fairTest.begin(flow); !problem.isEmpty())
        emit statusMessage(problem);
    start(std::move(flow), false);
}

Result<void> CheckInPage::beginWithPractice(
    const PracticeModel &model, const QString &defaultBreathPatternId, const QString &practiceId)
{
    CheckInFlow flow = newFlow(model, defaultBreathPatternId);
    if (Result<void> setUp = flow.setUpPractice(practiceId); !setUp.ok())
        return setUp;
    if (Result<void> onward = flow.next(); !onward.ok())
        return onward;
    m_fairTest.leaveOut();
    start(std::move(flow), false);
    return Result<void>::success();
}

Result<void> CheckInPage::resume(CheckInDraft draft, const PracticeModel &model)
{
    const QString patternId = draft.breathPatternId;
    Result<CheckInFlow> resumed = CheckInFlow::resume(std::move(draft), model, m_now);
    if (!resumed.ok())
        return Result<void>::failure(resumed.error());
    start(std::move(resumed).value(), true);
    if (const QString problem = m_fairTest.resume(m_flow->draft().startedAt); !problem.isEmpty())
        emit statusMessage(problem);
    if (const std::optional<BreathPattern> pattern = m_flow->breathPattern();
        pattern && pattern->id != patternId && !patternId.isEmpty()) {
        emit statusMessage(tr("The breath pattern “%1” is gone: the check-in goes on with “%2”.")
                               .arg(patternId, pattern->name));
    }
    return Result<void>::success();
}

void CheckInPage::start(CheckInFlow flow, bool pacingPaused)
{
    m_flow = std::move(flow);
    m_ui->whereStep->setModel(m_flow->model());
    m_ui->beforeStep->setModel(m_flow->model());
    m_ui->practiceStep->setModel(m_flow->model());
    m_ui->afterStep->setModel(m_flow->model());
    m_ui->problemFrame->hide();
    if (m_flow->stage() == CheckInStage::PracticingCue)
        m_ui->practiceStep->startPacing(*m_flow, pacingPaused);
    showStage();
}

void CheckInPage::useBreathPatterns(const QList<BreathPattern> &patterns)
{
    if (!m_flow || !m_flow->useBreathPatterns(patterns).ok())
        return;
    m_ui->whereStep->setModel(m_flow->model());
    refresh();
    writeDraft();
}

bool CheckInPage::isInProgress() const
{
    return m_flow && m_flow->stage() != CheckInStage::Saved;
}

Result<void> CheckInPage::keepDraft()
{
    m_draftTimer.stop();
    if (!isInProgress())
        return Result<void>::success();
    // A check-in opened and left untouched is not worth offering again.
    const CheckInDraft &draft = m_flow->draft();
    if (draft.stage == CheckInStage::ChoosingWhere && draft.regionIds.isEmpty() && !draft.context)
        return Result<void>::success();
    return m_drafts.save(draft);
}

void CheckInPage::act(const std::function<Result<void>(CheckInFlow &)> &input)
{
    if (!m_flow)
        return;
    const CheckInStage stageBefore = m_flow->stage();
    const int stepBefore = m_flow->draft().currentStep;
    if (const Result<void> done = input(*m_flow); !done.ok()) {
        showProblem(done.error());
        refresh(); // a refused choice must not stay ticked on screen
        return;
    }
    m_ui->problemFrame->hide();
    const CheckInStage stage = m_flow->stage();
    const bool newCue = stage == CheckInStage::PracticingCue
        && (stageBefore != stage || stepBefore != m_flow->draft().currentStep);
    if (newCue)
        m_ui->practiceStep->startPacing(*m_flow);
    if (stage != stageBefore)
        showStage();
    else
        refresh();
    // Typing a note or moving a slider writes the draft once the person pauses; a step forward
    // is written at once.
    if (stage != stageBefore || newCue)
        writeDraft();
    else
        m_draftTimer.start();
}

void CheckInPage::showStage()
{
    m_ui->stepStack->setCurrentWidget(stepFor(m_flow->stage()));
    refresh();
    QWidget *focus = m_flow->stage() == CheckInStage::Saved
        ? static_cast<QWidget *>(m_ui->nextButton)
        : m_ui->stepStack->currentWidget();
    focus->setFocus();
}

void CheckInPage::refresh()
{
    const CheckInFlow &flow = *m_flow;
    const CheckInStage stage = flow.stage();
    switch (stage) {
    case CheckInStage::ChoosingWhere:
        m_ui->whereStep->showFlow(flow);
        break;
    case CheckInStage::RatingBefore:
        m_ui->beforeStep->showFlow(flow);
        break;
    case CheckInStage::RedFlagAdvice:
        m_ui->adviceStep->showFlow(flow);
        break;
    case CheckInStage::BreathIntro:
    case CheckInStage::PracticingCue:
    case CheckInStage::RatingCue:
        m_ui->practiceStep->showFlow(flow);
        break;
    case CheckInStage::RatingAfter:
        m_ui->afterStep->showFlow(flow);
        break;
    case CheckInStage::Saved:
        m_ui->savedSummaryLabel->setText(savedSummary());
        break;
    }
    m_ui->stepLabel->setText(stepTitle());

    const bool practising = isPracticeStage(stage);
    m_ui->cancelButton->setVisible(stage != CheckInStage::Saved);
    m_ui->cancelButton->setText(practising ? tr("E&nd early") : tr("C&ancel"));
    m_ui->backButton->setVisible(
        stage != CheckInStage::ChoosingWhere && stage != CheckInStage::Saved);
    m_ui->pauseButton->setVisible(stage == CheckInStage::PracticingCue);
    m_ui->pauseButton->setText(m_ui->practiceStep->isPaused() ? tr("&Go on") : tr("&Pause"));
    QString next;
    switch (stage) {
    case CheckInStage::ChoosingWhere:
    case CheckInStage::RatingBefore:
        next = tr("&Next");
        break;
    case CheckInStage::RedFlagAdvice:
        next = tr("&Save answers");
        break;
    case CheckInStage::BreathIntro:
        next = tr("Be&gin");
        break;
    case CheckInStage::PracticingCue:
    case CheckInStage::RatingCue:
        next = tr("S&kip");
        break;
    case CheckInStage::RatingAfter:
        next = tr("&Save");
        break;
    case CheckInStage::Saved:
        next = tr("&Done: see it in the journal");
        break;
    }
    m_ui->nextButton->setText(next);
    m_ui->nextButton->setEnabled(stage != CheckInStage::RatingAfter || flow.canSave());
    updateKeys();
}

void CheckInPage::updateKeys()
{
    const CheckInStage stage = m_flow->stage();
    const bool ratingPain =
        stage == CheckInStage::RatingBefore || stage == CheckInStage::RatingAfter;
    for (QAction *digit : std::as_const(m_digitActions))
        digit->setEnabled(ratingPain);
    m_nextAction->setEnabled(stage == CheckInStage::ChoosingWhere
        || stage == CheckInStage::RatingBefore || stage == CheckInStage::BreathIntro
        || stage == CheckInStage::Saved);
    m_saveAction->setEnabled(
        stage == CheckInStage::RatingAfter || stage == CheckInStage::RedFlagAdvice);
    m_pauseAction->setEnabled(stage == CheckInStage::PracticingCue);
    const bool onCue = stage == CheckInStage::PracticingCue || stage == CheckInStage::RatingCue;
    m_skipAction->setEnabled(onCue);
    m_previousCueAction->setEnabled(onCue);
    for (QAction *feeling : std::as_const(m_feelingActions))
        feeling->setEnabled(stage == CheckInStage::RatingCue);
}

QWidget *CheckInPage::stepFor(CheckInStage stage) const
{
    switch (stage) {
    case CheckInStage::ChoosingWhere:
        return m_ui->whereStep;
    case CheckInStage::RatingBefore:
        return m_ui->beforeStep;
    case CheckInStage::RedFlagAdvice:
        return m_ui->adviceStep;
    case CheckInStage::BreathIntro:
    case CheckInStage::PracticingCue:
    case CheckInStage::RatingCue:
        return m_ui->practiceStep;
    case CheckInStage::RatingAfter:
        return m_ui->afterStep;
    case CheckInStage::Saved:
        return m_ui->savedStep;
    }
    Q_UNREACHABLE();
    return nullptr;
}

QString CheckInPage::stepTitle() const
{
    const CheckInStage stage = m_flow->stage();
    if (stage == CheckInStage::Saved)
        return tr("Saved in your journal");
    int number = 1;
    switch (stage) {
    case CheckInStage::ChoosingWhere:
        number = 1;
        break;
    case CheckInStage::RatingBefore:
        number = 2;
        break;
    case CheckInStage::RatingAfter:
        number = 4;
        break;
    default:
        number = 3;
    }
    const QString name = isPracticeStage(stage) ? tr("Practice") : labelOf(stage);
    return tr("Check-in · step %1 of 4: %2").arg(number).arg(name);
}

void CheckInPage::showProblem(const QString &problem, bool saveFailed)
{
    m_ui->problemLabel->setText(problem);
    m_ui->retryButton->setVisible(saveFailed);
    m_ui->exportButton->setVisible(saveFailed);
    m_ui->problemFrame->show();
    m_ui->problemLabel->setAccessibleName(problem);
}

void CheckInPage::goOn()
{
    if (!m_flow)
        return;
    switch (m_flow->stage()) {
    case CheckInStage::RedFlagAdvice:
    case CheckInStage::RatingAfter:
        save();
        return;
    case CheckInStage::PracticingCue:
    case CheckInStage::RatingCue:
        act([](CheckInFlow &flow) { return flow.skipCue(); });
        return;
    case CheckInStage::Saved: {
        const QUuid id = m_flow->draft().id;
        m_flow.reset();
        emit finished(id);
        return;
    }
    default:
        act([](CheckInFlow &flow) { return flow.next(); });
    }
}

void CheckInPage::goBack()
{
    act([](CheckInFlow &flow) { return flow.back(); });
}

void CheckInPage::save()
{
    if (!m_flow)
        return;
    const Result<void> added = m_flow->save(m_journal.store());
    if (!added.ok()) {
        // Nothing is lost: the check-in stays on the page and in its draft.
        writeDraft();
        if (m_flow->saveError().isEmpty()) {
            showProblem(added.error());
        } else {
            showProblem(tr("Your check-in could not be saved in the journal: %1 It stays here "
                           "until it can be saved; you can also export it to a CSV file and "
                           "import it later.")
                            .arg(m_flow->saveError()),
                true);
        }
        return;
    }
    m_draftTimer.stop();
    if (const Result<void> cleared = m_drafts.clear(); !cleared.ok())
        emit statusMessage(
            tr("The saved check-in's draft could not be removed: %1").arg(cleared.error()));
    m_ui->problemFrame->hide();
    showStage();
    if (const QString counted = m_fairTest.countSaved(m_flow->toCheckIn()); !counted.isEmpty())
        emit statusMessage(counted);
    emit saved(m_flow->draft().id);
}

void CheckInPage::escape()
{
    if (!m_flow)
        return;
    const CheckInStage stage = m_flow->stage();
    if (stage == CheckInStage::Saved)
        goOn();
    else if (isPracticeStage(stage))
        askToEndEarly();
    else
        askToDiscard();
}

void CheckInPage::askToEndEarly()
{
    const bool wasRunning = !m_ui->practiceStep->isPaused();
    if (wasRunning && m_flow->stage() == CheckInStage::PracticingCue) {
        m_ui->practiceStep->togglePause();
        refresh();
    }
    QMessageBox *box = askBox(this, QStringLiteral("endEarlyBox"), tr("End the practice now?"),
        tr("You can still rate your pain and save the check-in."), tr("&End the practice"),
        tr("&Keep practising"));
    connect(box, &QMessageBox::finished, this, [this, box, wasRunning] {
        if (box->clickedButton() == box->button(QMessageBox::Yes)) {
            act([](CheckInFlow &flow) { return flow.endEarly(); });
            return;
        }
        if (wasRunning && m_ui->practiceStep->isPaused())
            m_ui->practiceStep->togglePause();
        refresh();
    });
    box->open();
}

void CheckInPage::askToDiscard()
{
    QMessageBox *box = askBox(this, QStringLiteral("discardBox"), tr("Discard this check-in?"),
        tr("Nothing of it will be saved in your journal."), tr("&Discard"), tr("&Keep it"));
    connect(box->button(QMessageBox::Yes), &QAbstractButton::clicked, this, &CheckInPage::discard);
    box->open();
}

void CheckInPage::discard()
{
    m_draftTimer.stop();
    if (const Result<void> cleared = m_drafts.clear(); !cleared.ok())
        emit statusMessage(
            tr("The discarded check-in's draft could not be removed: %1").arg(cleared.error()));
    m_flow.reset();
    emit discarded();
}

void CheckInPage::exportUnsaved()
{
    openFileDialog(this, this, tr("Export this check-in to CSV"),
        QStringLiteral("exportCheckInDialog"), QFileDialog::AcceptSave,
        tr("toward-check-in-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate)),
        tr("CSV files (*.csv)"), [this](const QString &path) {
            if (!m_flow)
                return;
            const Result<qint64> written =
                JournalCsvExporter::writeFile({m_flow->toCheckIn()}, path);
            emit statusMessage(written.ok()
                    ? tr("Exported the check-in to %1. Journal > Import CSV adds it to the "
                         "journal later.")
                          .arg(QDir::toNativeSeparators(path))
                    : written.error());
        });
}

void CheckInPage::writeDraft()
{
    if (const Result<void> kept = keepDraft(); !kept.ok())
        emit statusMessage(
            tr("The check-in in progress could not be kept as a draft: %1").arg(kept.error()));
}

QString CheckInPage::savedSummary() const
{
    const CheckIn checkIn = m_flow->toCheckIn();
    QStringList lines;
    lines.append(tr("Pain %1.").arg(JournalWording::pain(checkIn.painBefore, checkIn.painAfter)));
    if (!checkIn.redFlags.isEmpty()) {
        lines.append(tr("Your answers are saved. Please see a clinician before you practise."));
        return lines.join(u'\n');
    }
    if (m_flow->isMeaningfulChange())
        lines.append(tr("A change that matters."));
    int toward = 0, neutral = 0, away = 0;
    for (const CueRecord &cue : checkIn.cues) {
        if (cue.feeling == CueFeeling::Toward)
            ++toward;
        else if (cue.feeling == CueFeeling::Neutral)
            ++neutral;
        else if (cue.feeling == CueFeeling::Away)
            ++away;
    }
    lines.append(tr("Cues: %1 toward, %2 neutral, %3 away.").arg(toward).arg(neutral).arg(away));
    lines.append(tr("Ctrl+N starts the next check-in."));
    return lines.join(u'\n');
}

} // namespace toward
