#include "checkin/CheckInPracticeStep.h"

#include "practice/CheckInFlow.h"
#include "practice/PracticeWording.h"
#include "sound/PracticeSound.h"
#include "sound/SoundOutputLoader.h"
#include "ui_CheckInPracticeStep.h"

namespace toward {

namespace {

void scaleFont(QWidget *widget, double factor, bool bold)
{
    QFont font = widget->font();
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    widget->setFont(font);
}

} // namespace

CheckInPracticeStep::CheckInPracticeStep(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CheckInPracticeStep>())
    , m_clock(&m_steadyClock)
{
    m_ui->setupUi(this);
    scaleFont(m_ui->titleLabel, 1.6, true);
    scaleFont(m_ui->textLabel, 1.15, false);
    m_ui->progressLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->keysLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->spine->setSelectable(false);
    connect(m_ui->pacer, &PacerWidget::finished, this, &CheckInPracticeStep::breathsDone);
    connect(m_ui->towardButton, &QPushButton::clicked, this,
        [this] { emit feelingChosen(CueFeeling::Toward); });
    connect(m_ui->neutralButton, &QPushButton::clicked, this,
        [this] { emit feelingChosen(CueFeeling::Neutral); });
    connect(m_ui->awayButton, &QPushButton::clicked, this,
        [this] { emit feelingChosen(CueFeeling::Away); });
}

CheckInPracticeStep::~CheckInPracticeStep()
{
    m_ui->pacer->setPacer(nullptr);
}

void CheckInPracticeStep::setClock(const MonotonicClock &clock)
{
    m_clock = &clock;
}

void CheckInPracticeStep::setModel(const PracticeModel &model)
{
    m_ui->spine->setRegions(model.regions);
}

void CheckInPracticeStep::setReducedMotion(bool reduced)
{
    m_ui->pacer->setReducedMotion(reduced);
}

void CheckInPracticeStep::setBreathTones(bool on)
{
    m_breathTones = on;
    if (!on) {
        m_sound.reset();
        m_ui->pacer->setRunsUnseen(false);
        m_ui->soundProblemLabel->hide();
    }
}

void CheckInPracticeStep::setSoundOutput(SoundOutput &output)
{
    m_sound.reset();
    m_soundOutput = &output;
}

SoundOutput *CheckInPracticeStep::availableSoundOutput()
{
    if (!m_soundOutput) {
        // The volume is fixed until the sound settings come.
        m_ownSoundOutput = SoundOutputLoader::open(0.6);
        m_soundOutput = m_ownSoundOutput.get();
    }
    const bool available = m_soundOutput->isAvailable();
    m_ui->soundProblemLabel->setText(available ? QString() : m_soundOutput->problem());
    m_ui->soundProblemLabel->setVisible(!available);
    return available ? m_soundOutput : nullptr;
}

void CheckInPracticeStep::showFlow(const CheckInFlow &flow)
{
    if (flow.stage() == CheckInStage::BreathIntro)
        showIntro(flow);
    else
        showCue(flow);
    showKeys(flow);
}

void CheckInPracticeStep::showIntro(const CheckInFlow &flow)
{
    m_ui->progressLabel->setText(tr("Getting ready"));
    m_ui->titleLabel->setText(tr("Exhale fully. Inhale deeply."));
    m_ui->textLabel->setText(tr("Settle where you are and let your breath slow down. Each cue "
                                "is paced by your breath: follow the circle as it grows on the "
                                "inhale and shrinks on the exhale."));
    m_ui->tagsLabel->clear();
    m_ui->spine->setCueRegion({});
    m_ui->spine->setSelectedRegionIds(flow.draft().regionIds);
    m_ui->pacer->hide();
    m_ui->ratingPanel->hide();
}

void CheckInPracticeStep::showCue(const CheckInFlow &flow)
{
    const std::optional<CurrentCue> current = flow.currentCue();
    if (!current)
        return;
    const Cue &cue = current->cue;
    m_ui->progressLabel->setText(tr("Cue %1 of %2 · %3")
                                     .arg(current->index + 1)
                                     .arg(current->count)
                                     .arg(current->regionName));
    m_ui->titleLabel->setText(cue.title);
    m_ui->textLabel->setText(cue.text);
    m_ui->tagsLabel->setText(tr("Need: %1 · Mode: %2 · %3")
                                 .arg(labelOf(cue.need), labelOf(cue.mode),
                                     PracticeWording::breathCount(current->breaths)));
    m_ui->spine->setSelectedRegionIds({});
    m_ui->spine->setCueRegion(current->regionId);
    m_ui->pacer->show();
    const bool rating = flow.stage() == CheckInStage::RatingCue;
    m_ui->ratingPanel->setVisible(rating);
    if (rating && current->feeling) {
        const std::array<QPushButton *, 3> buttons {
            m_ui->towardButton, m_ui->neutralButton, m_ui->awayButton};
        buttons.at(std::size_t(*current->feeling))->setFocus();
    }
}

void CheckInPracticeStep::showKeys(const CheckInFlow &flow)
{
    QString keys;
    switch (flow.stage()) {
    case CheckInStage::BreathIntro:
        keys = tr("Enter: begin · Esc: end the practice");
        break;
    case CheckInStage::RatingCue:
        keys = tr("T: toward · N: neutral · A: away · ←: do the cue again · →: skip rating · "
                  "Esc: end early");
        break;
    default:
        keys = isPaused() ? tr("Paused. Space: go on · ←: back · →: skip · Esc: end early")
                          : tr("Space: pause · ←: back · →: skip · Esc: end early");
    }
    m_ui->keysLabel->setText(keys);
}

void CheckInPracticeStep::startPacing(const CheckInFlow &flow, bool paused)
{
    const std::optional<CurrentCue> current = flow.currentCue();
    const std::optional<BreathPattern> pattern = flow.breathPattern();
    if (!current || !pattern)
        return;
    m_sound.reset();
    SoundOutput *output = m_breathTones ? availableSoundOutput() : nullptr;
    auto pacer = std::make_unique<BreathPacer>(*pattern, *m_clock, current->breaths);
    m_ui->pacer->setPacer(pacer.get());
    m_pacer = std::move(pacer);
    m_ui->pacer->setRunsUnseen(output != nullptr);
    m_ui->pacer->start();
    if (paused)
        m_ui->pacer->pause();
    if (output) {
        // Tones alone need no lead-in: the sound joins the pacer where its breaths begin, and
        // both read the same clock from the same moment, so ear and eye agree.
        const SoundSchedule schedule = SoundSchedule::forCue(*current, *pattern,
            flow.ratesCuesAtEnd() ? AfterCue::MoveOn : AfterCue::Rate, Speech::Off);
        m_sound = std::make_unique<PracticeSound>(*m_clock, *output);
        m_sound->play(schedule, schedule.breathsStart().value_or(milliseconds(0)), paused);
    }
    showKeys(flow);
}

void CheckInPracticeStep::togglePause()
{
    if (!m_pacer)
        return;
    if (m_pacer->isPaused()) {
        m_ui->pacer->resume();
        if (m_sound)
            m_sound->resume();
    } else if (m_pacer->isRunning()) {
        m_ui->pacer->pause();
        if (m_sound)
            m_sound->pause();
    }
}

bool CheckInPracticeStep::isPaused() const
{
    return m_pacer && m_pacer->isPaused();
}

PacerWidget *CheckInPracticeStep::pacerWidget() const
{
    return m_ui->pacer;
}

void CheckInPracticeStep::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    // Hidden itself, the step was left: the practice ended or moved on, and its tones with it.
    if (isHidden())
        m_sound.reset();
    // Breathing on while looking at the journal would miss the cue; it waits for Space instead.
    // With tones it goes on, heard with the eyes closed or the window out of the way.
    if (m_sound)
        return;
    if (m_pacer && m_pacer->isRunning() && !m_pacer->state().finished)
        m_ui->pacer->pause();
}

} // namespace toward
