#include "sound/SoundMenu.h"

#include "settings/AppSettings.h"
#include "sound/SoundSettingsDialog.h"

#include <QAction>
#include <QActionGroup>

namespace toward {

SoundMenu::SoundMenu(AppSettings &settings, Actions actions,
    std::function<BreathPattern()> samplePattern, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_settings(settings)
    , m_actions(actions)
    , m_samplePattern(std::move(samplePattern))
    , m_dialogParent(dialogParent)
{
    m_devices.setSettings(SoundSettings::read(settings));
    auto *modes = new QActionGroup(this);
    for (const auto &[action, mode] : modeActions()) {
        action->setCheckable(true);
        action->setActionGroup(modes);
        connect(action, &QAction::triggered, this, [this, mode] { useMode(mode); });
    }
    connect(actions.settings, &QAction::triggered, this, &SoundMenu::openSettingsDialog);
    showMode();
}

void SoundMenu::overrideMode(SoundMode mode)
{
    useMode(mode, true);
}

void SoundMenu::openSettingsDialog()
{
    auto *dialog = new SoundSettingsDialog(m_devices, m_samplePattern(), m_dialogParent);
    dialog->setObjectName(QStringLiteral("soundSettingsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { use(dialog->settings()); });
    dialog->open();
}

void SoundMenu::useMode(SoundMode mode, bool forThisRunOnly)
{
    SoundSettings sound = settings();
    sound.mode = mode;
    use(sound, forThisRunOnly);
}

void SoundMenu::use(const SoundSettings &sound, bool forThisRunOnly)
{
    m_devices.setSettings(sound);
    if (!forThisRunOnly)
        sound.write(m_settings);
    showMode();
    emit settingsChanged(sound);
}

void SoundMenu::showMode()
{
    for (const auto &[action, mode] : modeActions())
        action->setChecked(mode == settings().mode);
}

std::array<std::pair<QAction *, SoundMode>, 3> SoundMenu::modeActions() const
{
    return {{{m_actions.off, SoundMode::Off}, {m_actions.tones, SoundMode::Tones},
        {m_actions.voice, SoundMode::VoiceAndTones}}};
}

} // namespace toward
