#include "sound/SoundSettingsDialog.h"

#include "AppTestKeyboard.h"
#include "TestSupport.h"
#include "practice/ManualClock.h"
#include "practice/TestBreathPatterns.h"
#include "settings/AppSettings.h"
#include "sound/RecordingSoundOutput.h"
#include "sound/SoundDevices.h"
#include "sound/SoundMenu.h"
#include "sound/SoundOutputLoader.h"
#include "sound/SoundWording.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSlider>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace toward;
using namespace std::chrono_literals;
using test::press;

namespace {

struct DialogFixture {
    explicit DialogFixture(SoundSettings settings = {})
        : devices(tones, voice)
    {
        devices.setSettings(settings);
        dialog = std::make_unique<SoundSettingsDialog>(devices, test::Box);
        dialog->setClock(clock);
        dialog->show();
        dialog->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(dialog.get()));
    }

    template<typename Widget>
    Widget *child(const QString &name) const
    {
        auto *widget = dialog->findChild<Widget *>(name);
        REQUIRE(widget);
        return widget;
    }

    // Plays the try-out on the manual clock until `until`, waking as its timer would.
    void playUntil(milliseconds until)
    {
        PracticeSound *sound = dialog->trySound();
        REQUIRE(sound);
        while (sound->wakeAt() && *sound->wakeAt() <= until) {
            clock.advance(*sound->wakeAt() - sound->elapsed());
            sound->catchUp();
        }
    }

    test::RecordingSoundOutput tones;
    test::RecordingVoiceOutput voice;
    SoundDevices devices;
    test::ManualClock clock;
    std::unique_ptr<SoundSettingsDialog> dialog;
};

} // namespace

TEST_CASE("The sound settings are chosen with the keyboard and heard at once", "[sound-settings]")
{
    DialogFixture f;
    CHECK(f.child<QRadioButton>(u"offButton"_s)->isChecked());
    CHECK_FALSE(f.child<QPushButton>(u"tryButton"_s)->isEnabled());
    CHECK_FALSE(f.child<QComboBox>(u"voiceBox"_s)->isEnabled());
    CHECK(f.child<QComboBox>(u"voiceBox"_s)->count() == 0); // the voice is not opened for nothing

    press(Qt::Key_V, Qt::AltModifier);
    // A mnemonic clicks its button a moment later, as a click is shown.
    REQUIRE(QTest::qWaitFor([&] { return f.child<QRadioButton>(u"voiceButton"_s)->isChecked(); }));
    CHECK(f.devices.settings().mode == SoundMode::VoiceAndTones);
    auto *voices = f.child<QComboBox>(u"voiceBox"_s);
    CHECK(voices->isEnabled());
    REQUIRE(voices->count() == 2);
    CHECK(voices->itemText(0) == u"The system's default voice"_s);
    voices->setFocus();
    press(Qt::Key_Down);
    CHECK(f.voice.settings.voice == u"test"_s);

    auto *volume = f.child<QSlider>(u"volumeSlider"_s);
    volume->setFocus();
    press(Qt::Key_PageDown);
    CHECK(f.tones.volume == 0.5);
    CHECK(f.child<QLabel>(u"volumeValueLabel"_s)->text() == u"50%"_s);
    auto *rate = f.child<QSlider>(u"rateSlider"_s);
    rate->setFocus();
    press(Qt::Key_Left);
    CHECK(f.voice.settings.rate == -0.1);
    press(Qt::Key_S, Qt::AltModifier);
    REQUIRE(QTest::qWaitFor([&] { return f.voice.settings.speakPhases; }));

    press(Qt::Key_Return);
    CHECK(f.dialog->result() == QDialog::Accepted);
    const SoundSettings chosen = f.dialog->settings();
    CHECK(chosen.mode == SoundMode::VoiceAndTones);
    CHECK(chosen.volume == 0.5);
    CHECK(chosen.voice == u"test"_s);
    CHECK(chosen.rate == -0.1);
    CHECK(chosen.speakPhases);
}

TEST_CASE("Cancel puts the sound back as it was", "[sound-settings]")
{
    SoundSettings before;
    before.mode = SoundMode::Tones;
    before.volume = 0.8;
    DialogFixture f(before);
    press(Qt::Key_N, Qt::AltModifier);
    REQUIRE(QTest::qWaitFor([&] { return f.devices.settings().mode == SoundMode::Off; }));
    press(Qt::Key_Escape);
    CHECK(f.dialog->result() == QDialog::Rejected);
    CHECK(f.devices.settings() == before);
}

TEST_CASE("Play one breath: the intro's words, then the breath's four tones", "[sound-settings]")
{
    SoundSettings settings;
    settings.mode = SoundMode::VoiceAndTones;
    DialogFixture f(settings);
    press(Qt::Key_B, Qt::AltModifier);
    REQUIRE(QTest::qWaitFor([&] { return f.dialog->trySound() != nullptr; }));
    f.tones.setTimeSource(f.dialog->trySound());
    CHECK(f.voice.words() == QStringList {SoundWording::intro()});
    CHECK(f.tones.heard.isEmpty()); // the breath waits for the words
    f.clock.advance(2s);
    f.voice.finish();
    f.playUntil(20s);
    QList<BreathPhase> phases;
    for (const auto &heard : f.tones.heard)
        phases.append(heard.tone);
    CHECK(phases
        == QList<BreathPhase> {
            BreathPhase::Inhale, BreathPhase::HoldIn, BreathPhase::Exhale, BreathPhase::HoldOut});
    CHECK(f.tones.heard.constFirst().at == 2s);
    CHECK(f.tones.heard.constLast().at == 14s);
}

TEST_CASE("A sound that cannot be had is said in the settings", "[sound-settings]")
{
    SilentSoundOutput noDevice(u"No audio device: the pacer goes on without sound."_s);
    test::RecordingVoiceOutput voice;
    SoundDevices devices(noDevice, voice);
    SoundSettings settings;
    settings.mode = SoundMode::Tones;
    devices.setSettings(settings);
    SoundSettingsDialog dialog(devices, test::Resonance);
    auto *problem = dialog.findChild<QLabel *>(u"problemLabel"_s);
    REQUIRE(problem);
    CHECK(problem->text() == u"No audio device: the pacer goes on without sound."_s);
    CHECK_FALSE(problem->isHidden());
}

TEST_CASE("The Sound menu keeps its choice; --sound only for the run", "[sound-settings]")
{
    test::TemporaryDataDir dir;
    AppSettings settings(dir.filePath(u"settings.ini"_s));
    QWidget window;
    QAction off, tones, voice, more;
    SoundMenu menu(
        settings, {&off, &tones, &voice, &more}, [] { return test::Resonance; }, &window);
    CHECK(off.isChecked());
    QList<SoundSettings> changes;
    QObject::connect(&menu, &SoundMenu::settingsChanged, &window,
        [&changes](const SoundSettings &sound) { changes.append(sound); });

    tones.trigger();
    CHECK(tones.isChecked());
    CHECK_FALSE(off.isChecked());
    CHECK(settings.value(Setting::SoundMode) == u"tones"_s);
    REQUIRE(changes.size() == 1);
    CHECK(changes.constLast().mode == SoundMode::Tones);

    menu.overrideMode(SoundMode::VoiceAndTones);
    CHECK(voice.isChecked());
    CHECK(menu.settings().mode == SoundMode::VoiceAndTones);
    CHECK(settings.value(Setting::SoundMode) == u"tones"_s);
    CHECK(changes.constLast().mode == SoundMode::VoiceAndTones);
}
