#include "checkin/CheckInPracticeStep.h"

#include "practice/CheckInFlow.h"
#include "practice/PracticeWording.h"
#include "sound/PracticeSound.h"
#include "sound/SoundDevices.h"
#include "sound/SoundOutput.h"
#include "sound/VoiceOutput.h"
#include "style/AppStyle.h"
#include "ui_CheckInPracticeStep.h"

namespace toward {

CheckInPracticeStep::CheckInPracticeStep(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CheckInPracticeStep>())
    , m_clock(&m_steadyClock)
    , m_ownSoundDevices(std::make_unique<SoundDevices>())
    , m_soundDevices(m_ownSoundDevices.get())
{
    m_ui->setupUi(this);
    AppStyle::setTextRole(m_ui->titleLabel, TextRole::Title);
    AppStyle::setTextRole(m_ui->textLabel, TextRole::Lead);
    AppStyle::setTextRole(m_ui->progressLabel, TextRole::Caption);
    AppStyle::setTextRole(m_ui->keysLabel, TextRole::Caption);
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
    m_sound.reset();
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

void CheckInPracticeStep::setSoundSettings(const SoundSettings &settings)
{
    m_soundDevices->setSettings(settings);
    if (!settings.hasTones()) {
        dropSound();
        m_ui->pacer->setRunsUnseen(false);
        m_ui->soundProblemLabel->hide();
    }
}

const SoundSettings &CheckInPracticeStep::soundSettings() const
{
    return m_soundDevices->settings();
}

void CheckInPracticeStep::setSoundDevices(SoundDevices &devices)
{
    dropSound();
    m_soundDevices = &devices;
}

std::unique_ptr<PracticeSound> CheckInPracticeStep::newPracticeSound()
{
    const SoundSettings &settings = m_soundDevices->settings();
    QStringList problems;
    SoundOutput *tones = settings.hasTones() ? &m_soundDevices->tones() : nullptr;
    if (tones && !tones->isAvailable())
        problems.append(tones->problem());
    VoiceOutput *voice = settings.hasVoice() ? &m_soundDevices->voice() : nullptr;
    if (voice && !voice->isAvailable()) {
        problems.append(voice->problem());
        voice = nullptr;
    }
    m_ui->soundProblemLabel->setText(problems.join(u'\n'));
    m_ui->soundProblemLabel->setVisible(!problems.isEmpty());
    if (!voice && (!tones || !tones->isAvailable()))
        return nullptr;
    auto sound = std::make_unique<PracticeSound>(*m_clock, *tones, voice);
    sound->setSpeaksPhases(settings.speakPhases);
    return sound;
}

void CheckInPracticeStep::dropSound()
{
    const bool paused = isPaused();
    m_sound.reset();
    if (m_listening) {
        m_listening = false;
        m_ui->pacer->start();
        if (paused)
            m_ui->pacer->pause();
    }
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
    if (m_sound || !m_soundDevices->settings().hasVoice())
        return;
    m_sound = newPracticeSound();
    if (m_sound && m_sound->hasVoice())
        m_sound->play(SoundSchedule::forIntro(Speech::On));
    else
        m_sound.reset();
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
        keys = practisingKeys();
    }
    m_ui->keysLabel->setText(keys);
}

QString CheckInPracticeStep::practisingKeys() const
{
    if (isPaused())
        return tr("Paused. Space: go on · ←: back · →: skip · Esc: end early");
    if (m_listening)
        return tr("Listening… Space: pause · ←: back · →: skip · Esc: end early");
    return tr("Space: pause · ←: back · →: skip · Esc: end early");
}

void CheckInPracticeStep::startPacing(const CheckInFlow &flow, bool paused)
{
    const std::optional<CurrentCue> current = flow.currentCue();
    const std::optional<BreathPattern> pattern = flow.breathPattern();
    if (!current || !pattern)
        return;
    m_sound.reset();
    m_listening = false;
    auto pacer = std::make_unique<BreathPacer>(*pattern, *m_clock, current->breaths);
    m_ui->pacer->setPacer(pacer.get());
    m_pacer = std::move(pacer);
    m_sound = newPracticeSound();
    m_ui->pacer->setRunsUnseen(m_sound != nullptr);
    const Speech speech = m_sound && m_sound->hasVoice() ? Speech::On : Speech::Off;
    m_listening = speech == Speech::On;
    if (!m_listening) {
        m_ui->pacer->start();
        if (paused)
            m_ui->pacer->pause();
    }
    if (m_sound) {
        const SoundSchedule schedule = SoundSchedule::forCue(
            *current, *pattern, flow.ratesCuesAtEnd() ? AfterCue::MoveOn : AfterCue::Rate, speech);
        connect(
            m_sound.get(), &PracticeSound::breathsBegin, this, &CheckInPracticeStep::beginBreaths);
        // Tones alone need no lead-in: the sound joins the pacer where its breaths begin. Spoken,
        // the cue is heard from its start, and the pacer starts when the voice is done. Either way
        // both read the same clock from the same moment, so ear and eye agree.
        m_sound->play(schedule, schedule.breathsStart().value_or(milliseconds(0)), paused);
    }
    showKeys(flow);
}

void CheckInPracticeStep::beginBreaths()
{
    if (!m_listening)
        return;
    m_listening = false;
    m_ui->pacer->start();
    m_ui->keysLabel->setText(practisingKeys());
}

void CheckInPracticeStep::togglePause()
{
    if (m_listening) {
        if (m_sound->isPaused())
            m_sound->resume();
        else
            m_sound->pause();
        return;
    }
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
    if (m_listening)
        return m_sound && m_sound->isPaused();
    return m_pacer && m_pacer->isPaused();
}

PacerWidget *CheckInPracticeStep::pacerWidget() const
{
    return m_ui->pacer;
}

void CheckInPracticeStep::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    // Hidden itself, the step was left: the practice ended or moved on, and its sound with it.
    if (isHidden())
        dropSound();
    // Breathing on while looking at the journal would miss the cue; it waits for Space instead.
    // With tones it goes on, heard with the eyes closed or the window out of the way.
    if (m_sound)
        return;
    if (m_pacer && m_pacer->isRunning() && !m_pacer->state().finished)
        m_ui->pacer->pause();
}

} // namespace toward
