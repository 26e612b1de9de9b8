#include "sound/SoundSettingsDialog.h"

#include "practice/PracticeWording.h"
#include "sound/PracticeSound.h"
#include "sound/SoundDevices.h"
#include "sound/SoundOutput.h"
#include "sound/VoiceOutput.h"
#include "ui_SoundSettingsDialog.h"

#include <QPushButton>

namespace toward {

SoundSettingsDialog::SoundSettingsDialog(
    SoundDevices &devices, BreathPattern sample, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SoundSettingsDialog>())
    , m_devices(devices)
    , m_sample(std::move(sample))
    , m_before(devices.settings())
    , m_settings(devices.settings())
    , m_clock(&m_steadyClock)
{
    m_ui->setupUi(this);
    m_ui->problemLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->tryPatternLabel->setText(PracticeWording::breathPattern(m_sample));
    m_ui->tryPatternLabel->setForegroundRole(QPalette::PlaceholderText);
    showSettings();

    for (const auto &[mode, button] : modeButtons())
        connect(button, &QRadioButton::toggled, this, &SoundSettingsDialog::takeSettings);
    connect(m_ui->volumeSlider, &QSlider::valueChanged, this, &SoundSettingsDialog::takeSettings);
    connect(m_ui->rateSlider, &QSlider::valueChanged, this, &SoundSettingsDialog::takeSettings);
    connect(
        m_ui->voiceBox, &QComboBox::currentIndexChanged, this, &SoundSettingsDialog::takeSettings);
    connect(m_ui->speakPhasesBox, &QCheckBox::toggled, this, &SoundSettingsDialog::takeSettings);
    connect(m_ui->tryButton, &QPushButton::clicked, this, &SoundSettingsDialog::playOneBreath);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

SoundSettingsDialog::~SoundSettingsDialog() = default;

std::array<std::pair<SoundMode, QRadioButton *>, 3> SoundSettingsDialog::modeButtons() const
{
    return {{{SoundMode::Off, m_ui->offButton}, {SoundMode::Tones, m_ui->tonesButton},
        {SoundMode::VoiceAndTones, m_ui->voiceButton}}};
}

void SoundSettingsDialog::setClock(const MonotonicClock &clock)
{
    m_clock = &clock;
}

void SoundSettingsDialog::reject()
{
    m_trySound.reset();
    m_devices.setSettings(m_before);
    QDialog::reject();
}

void SoundSettingsDialog::showSettings()
{
    const QSignalBlocker blockOff(m_ui->offButton);
    const QSignalBlocker blockTones(m_ui->tonesButton);
    const QSignalBlocker blockVoice(m_ui->voiceButton);
    const QSignalBlocker blockVolume(m_ui->volumeSlider);
    const QSignalBlocker blockRate(m_ui->rateSlider);
    const QSignalBlocker blockPhases(m_ui->speakPhasesBox);
    for (const auto &[mode, button] : modeButtons())
        button->setChecked(mode == m_settings.mode);
    m_ui->volumeSlider->setValue(m_settings.volumePercent());
    m_ui->rateSlider->setValue(m_settings.rateStep());
    m_ui->speakPhasesBox->setChecked(m_settings.speakPhases);
    if (m_settings.hasVoice())
        listVoices();
    m_ui->volumeValueLabel->setText(tr("%1%").arg(m_ui->volumeSlider->value()));
    for (QWidget *widget :
        std::initializer_list<QWidget *> {m_ui->volumeSlider, m_ui->volumeLabel, m_ui->tryButton})
        widget->setEnabled(m_settings.hasTones());
    for (QWidget *widget : std::initializer_list<QWidget *> {m_ui->voiceBox, m_ui->voiceLabel,
             m_ui->rateSlider, m_ui->rateLabel, m_ui->speakPhasesBox})
        widget->setEnabled(m_settings.hasVoice());
    showProblem();
}

void SoundSettingsDialog::takeSettings()
{
    for (const auto &[mode, button] : modeButtons()) {
        if (button->isChecked())
            m_settings.mode = mode;
    }
    m_settings.setVolumePercent(m_ui->volumeSlider->value());
    m_settings.setRateStep(m_ui->rateSlider->value());
    if (m_voicesListed)
        m_settings.voice = m_ui->voiceBox->currentData().toString();
    m_settings.speakPhases = m_ui->speakPhasesBox->isChecked();
    m_devices.setSettings(m_settings);
    showSettings();
}

// Opens the voice only once it is chosen: the speech engine is not loaded for nothing.
void SoundSettingsDialog::listVoices()
{
    if (m_voicesListed)
        return;
    m_voicesListed = true;
    const QSignalBlocker block(m_ui->voiceBox);
    m_ui->voiceBox->addItem(tr("The system's default voice"), QString());
    for (const QString &name : m_devices.voice().voiceNames())
        m_ui->voiceBox->addItem(name, name);
    const int chosen = m_ui->voiceBox->findData(m_settings.voice);
    if (chosen >= 0) {
        m_ui->voiceBox->setCurrentIndex(chosen);
    } else if (!m_settings.voice.isEmpty()) {
        // A voice kept from an engine that is gone is still shown, not silently replaced.
        m_ui->voiceBox->addItem(tr("%1 (not available)").arg(m_settings.voice), m_settings.voice);
        m_ui->voiceBox->setCurrentIndex(m_ui->voiceBox->count() - 1);
    }
}

void SoundSettingsDialog::showProblem()
{
    QString problem;
    if (m_settings.hasTones() && !m_devices.tones().isAvailable())
        problem = m_devices.tones().problem();
    else if (m_settings.hasVoice() && !m_devices.voice().isAvailable())
        problem = m_devices.voice().problem();
    m_ui->problemLabel->setText(problem);
    m_ui->problemLabel->setVisible(!problem.isEmpty());
}

void SoundSettingsDialog::playOneBreath()
{
    m_trySound.reset();
    if (!m_settings.hasTones() || !m_devices.tones().isAvailable())
        return;
    VoiceOutput *voice =
        m_settings.hasVoice() && m_devices.voice().isAvailable() ? &m_devices.voice() : nullptr;
    const SoundSchedule sample =
        SoundSchedule::forSample(m_sample, voice ? Speech::On : Speech::Off);
    m_trySound = std::make_unique<PracticeSound>(*m_clock, m_devices.tones(), voice);
    // The lead-in is for settling into a practice; a try-out is heard at once.
    m_trySound->play(sample, voice ? milliseconds(0) : SoundSchedule::LeadIn);
}

} // namespace toward
